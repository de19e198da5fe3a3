import { GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { EscalationStatus, EscalationUnmatchedReason, OfferStatus } from "../../platform/db/generated/enums.ts";
import type { Instant } from "../../platform/db/sql.ts";
import type { DiagnosticSession } from "../sessions/session.types.ts";
import { ConnectionType } from "../shared/pagination.ts";
import { Workshop } from "../workshops/workshop.types.ts";

registerEnumType(EscalationStatus, { name: "EscalationStatus" });
registerEnumType(OfferStatus, { name: "OfferStatus" });
registerEnumType(EscalationUnmatchedReason, {
  name: "EscalationUnmatchedReason",
  description: "Why an escalation matched no workshop: the first of the matcher's filters, in this order, that left none.",
  valuesConfig: {
    NO_WORKSHOP_IN_CITY: { description: "No workshop that accepts escalations serves the customer's city (its own city or its service area)." },
    NO_WORKSHOP_FOR_CATEGORIES: { description: "Workshops serve the city, but none offers every recommended service category." },
    ALL_DECLINED_OR_EXPIRED: { description: "Every workshop serving the city and the categories already declined it or let its offer expire." },
    ALL_AT_CAPACITY: { description: "The workshops left are all at their limit of open escalations; one may free up later." },
  },
});

@ObjectType({
  description:
    "A completed diagnostic handed to workshops for a repair quote. Workshops see the vehicle, concern, diagnosis, " +
    "recommended services and the customer's first name, last initial and city; never contact details.",
})
export class Escalation {
  @Field(() => ID)
  id!: string;

  @Field(() => EscalationStatus)
  status!: EscalationStatus;

  @Field(() => EscalationUnmatchedReason, {
    nullable: true,
    description: "Why no workshop took it, while UNMATCHED (null otherwise, and for escalations unmatched before reasons were recorded).",
  })
  unmatchedReason!: EscalationUnmatchedReason | null;

  @Field(() => String, { nullable: true, description: "The mechanic's notes for the workshop." })
  notes!: string | null;

  @Field(() => Int, { description: "How many workshops the customer asked to compare (1 to 3)." })
  quotesRequested!: number;

  @Field(() => Int, { nullable: true, description: "The mechanic's estimate in cents, used by workshop auto-accept rules." })
  estimatedAmountCents!: number | null;

  // A Date as Prisma reads it, ISO text as the list statement reads it (readPagedList).
  @Field(() => Date)
  createdAt!: Instant;

  sessionId!: string;
  mechanicId!: string;
  workshopId!: string | null;
  preferredWorkshopId!: string | null;
  preferenceNote!: string | null;
  /**
   * Set by the list (EscalationService.list): the escalation's session as the viewer reads it,
   * with its relations preloaded (sessionJsonSql), or null when the viewer's session scope leaves
   * it out (then `session` answers as a single read does).
   */
  preloaded?: { session: DiagnosticSession | null };
}

@ObjectType({ description: "The workshop the customer preferred for an escalation, and whether matching offered it the escalation." })
export class WorkshopPreference {
  @Field(() => Workshop, { description: "The preferred workshop's public card." })
  workshop!: Workshop;

  @Field(() => Boolean, { description: "Whether the preferred workshop was offered the escalation." })
  honoured!: boolean;

  @Field(() => String, { nullable: true, description: "When not honoured: why matching passed it over (e.g. at capacity), never naming the customer's city." })
  reason!: string | null;
}

@ObjectType({ description: "A customer's workshop choice for one of their sessions, applied when the mechanic escalates it." })
export class WorkshopChoice {
  @Field(() => ID)
  sessionId!: string;

  @Field(() => Workshop, { nullable: true, description: "The preferred workshop, offered first when it qualifies." })
  preferredWorkshop!: Workshop | null;

  @Field(() => Int, { nullable: true, description: "Workshops to ask for a quote at once (1 to 3); null leaves it to the mechanic." })
  quotesRequested!: number | null;
}

@ObjectType({ description: "One workshop's turn at an escalation, with why the matcher chose it." })
export class EscalationOffer {
  @Field(() => ID)
  id!: string;

  @Field(() => OfferStatus)
  status!: OfferStatus;

  @Field(() => Boolean, { description: "Accepted by one of the workshop's auto-accept rules." })
  autoAccepted!: boolean;

  @Field(() => String, { description: "Why the matcher chose this workshop." })
  matchReason!: string;

  @Field(() => GraphQLJSONObject, { description: "Admins: what the matcher saw (cities, services, candidates)." })
  matchInputs!: Record<string, unknown>;

  @Field(() => String, { nullable: true })
  declineReason!: string | null;

  @Field(() => Date)
  offeredAt!: Date;

  @Field(() => Date, { description: "Unanswered by then, the escalation moves to the next workshop." })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  respondedAt!: Date | null;

  escalationId!: string;
  workshopId!: string;
}

export const EscalationConnection = ConnectionType("Escalation", Escalation);
export const EscalationOfferConnection = ConnectionType("EscalationOffer", EscalationOffer);
