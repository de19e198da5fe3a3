import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import type { CustomerAccess } from "../../authz/customer-access.ts";
import { SessionStatus } from "../../platform/db/generated/enums.ts";
import type { Instant } from "../../platform/db/sql.ts";
import type { Mechanic } from "../accounts/account.types.ts";
import type { Customer } from "../accounts/customer.type.ts";
import { ConnectionType } from "../shared/pagination.ts";

registerEnumType(SessionStatus, { name: "SessionStatus" });

/** The customer's choice when their mechanic is absent: suspended mid-session, or a no-show. */
export enum MechanicAbsenceChoice {
  REASSIGN = "REASSIGN",
  REFUND = "REFUND",
}
registerEnumType(MechanicAbsenceChoice, {
  name: "MechanicAbsenceChoice",
  description: "What the customer chooses when their mechanic is suspended mid-session or did not start a claimed session in time.",
  valuesConfig: {
    REASSIGN: { description: "Back to the open requests for another mechanic, who earns the diagnostic on completing it." },
    REFUND: { description: "Cancel the session and refund the diagnostic in full." },
  },
});

// Lists return these by the hundred: plain properties resolve with graphql's default resolver, not
// through type-graphql's per-field wrapper (the project uses no type-graphql middlewares).
@ObjectType({ simpleResolvers: true })
export class Vehicle {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => String)
  make!: string;

  @Field(() => String)
  model!: string;

  @Field(() => String, { nullable: true })
  color!: string | null;

  @Field(() => String, { nullable: true })
  vin!: string | null;
}

@ObjectType({ description: "A paid remote diagnostic between a customer and a virtual mechanic.", simpleResolvers: true })
export class DiagnosticSession {
  @Field(() => ID)
  id!: string;

  @Field(() => SessionStatus)
  status!: SessionStatus;

  @Field(() => String)
  concern!: string;

  @Field(() => [String], { description: "Photo and video URLs of the issue." })
  mediaUrls!: string[];

  @Field(() => Int, { description: "Price in cents." })
  priceCents!: number;

  @Field(() => String, { nullable: true })
  diagnosis!: string | null;

  @Field(() => [String], { description: "Service categories the mechanic recommends." })
  recommendedServices!: string[];

  // Times are Instants: Dates as Prisma reads them, ISO text as a list statement reads them (readPagedList).
  @Field(() => Date)
  requestedAt!: Instant;

  @Field(() => Date, { nullable: true })
  acceptedAt!: Instant | null;

  @Field(() => Date, { nullable: true })
  startedAt!: Instant | null;

  @Field(() => Date, { nullable: true })
  completedAt!: Instant | null;

  @Field(() => Date, { nullable: true })
  cancelledAt!: Instant | null;

  @Field(() => String, { nullable: true })
  cancelReason!: string | null;

  customerId!: string;
  mechanicId!: string | null;
  vehicleId!: string;

  /**
   * Relations a list already loaded in its own query, so each row's field resolvers need no query
   * of their own, and how the viewer reaches the session's customer (`access`: before committing,
   * SessionService shows the customer and the vehicle as BEFORE_COMMITMENT says).
   */
  preloaded?: { vehicle: Vehicle | null; mechanic: Mechanic | null; customer: Customer | null; access: CustomerAccess | null };
}

export const DiagnosticSessionConnection = ConnectionType("DiagnosticSession", DiagnosticSession);
