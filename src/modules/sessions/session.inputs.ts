import { ArgsType, Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { z } from "zod";
import { VIN_FORMAT, vinCarriesPhoneNumber } from "../../domain/vehicles/vin.ts";
import { SessionStatus } from "../../platform/db/generated/enums.ts";
import { ErrorReason } from "../../platform/errors.ts";
import { CustomerWhere, customerWhereSchema } from "../accounts/customer.inputs.ts";
import { FILTER_COMBINATORS, MAX_FILTER_NESTING, StringFilter, stringFilterSchema } from "../shared/filters.ts";
import { requiredText as text } from "../shared/text.ts";
import { Check, CheckInput, inputSchemaOf, MaxNesting } from "../shared/validation.ts";
import { MechanicAbsenceChoice } from "./session.types.ts";

const uuid = (what: string) => z.string().uuid(`must be a ${what} id`);
const thisYear = new Date().getUTCFullYear();
/** A nested filter list (AND/OR): at most 10 branches. */
const branches = (filter: () => z.ZodType) => z.array(z.lazy(filter)).max(10).nullish();

@InputType()
export class VehicleWhere {
  @Field(() => StringFilter, { nullable: true })
  @Check(stringFilterSchema.nullish())
  make?: StringFilter | null;

  @Field(() => StringFilter, { nullable: true })
  @Check(stringFilterSchema.nullish())
  model?: StringFilter | null;

  @Field(() => Int, { nullable: true })
  @Check(z.number().int().min(1900).max(2100).nullish())
  year?: number | null;
}

@InputType({ description: `Filter on sessions, within the sessions the caller may see. AND, OR and NOT nest at most ${MAX_FILTER_NESTING} levels deep.` })
@MaxNesting(FILTER_COMBINATORS, MAX_FILTER_NESTING)
export class SessionWhere {
  @Field(() => [SessionStatus], { nullable: true })
  @Check(z.array(z.nativeEnum(SessionStatus)).max(10).nullish())
  status?: SessionStatus[] | null;

  @Field(() => StringFilter, { nullable: true })
  @Check(stringFilterSchema.nullish())
  concern?: StringFilter | null;

  @Field(() => Date, { nullable: true })
  @Check(z.date().nullish())
  requestedAfter?: Date | null;

  @Field(() => Date, { nullable: true })
  @Check(z.date().nullish())
  requestedBefore?: Date | null;

  @Field(() => VehicleWhere, { nullable: true })
  @Check(z.lazy(() => inputSchemaOf(VehicleWhere)).nullish())
  vehicle?: VehicleWhere | null;

  @Field(() => CustomerWhere, { nullable: true })
  @Check(customerWhereSchema.nullish())
  customer?: CustomerWhere | null;

  @Field(() => [SessionWhere], { nullable: true })
  @Check(branches(() => inputSchemaOf(SessionWhere)))
  AND?: SessionWhere[] | null;

  @Field(() => [SessionWhere], { nullable: true })
  @Check(branches(() => inputSchemaOf(SessionWhere)))
  OR?: SessionWhere[] | null;

  @Field(() => SessionWhere, { nullable: true })
  @Check(z.lazy(() => inputSchemaOf(SessionWhere)).nullish())
  NOT?: SessionWhere | null;
}

export enum SessionOrderField {
  REQUESTED_AT = "REQUESTED_AT",
  CUSTOMER_FIRST_NAME = "CUSTOMER_FIRST_NAME",
  CUSTOMER_LAST_NAME = "CUSTOMER_LAST_NAME",
  CUSTOMER_CITY = "CUSTOMER_CITY",
}
registerEnumType(SessionOrderField, { name: "SessionOrderField", description: "Ordering by a customer field the caller may not read is FORBIDDEN." });

export enum SortDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(SortDirection, { name: "SortDirection" });

@InputType()
export class SessionOrder {
  @Field(() => SessionOrderField)
  @Check(z.nativeEnum(SessionOrderField))
  field!: SessionOrderField;

  @Field(() => SortDirection, { nullable: true, defaultValue: SortDirection.DESC })
  @Check(z.nativeEnum(SortDirection).nullish())
  direction?: SortDirection | null;
}

@InputType()
export class AddVehicleInput {
  @Field(() => Int)
  @Check(
    z
      .number()
      .int()
      .min(1950, "must be 1950 or later")
      .max(thisYear + 1, `must be at most ${thisYear + 1}`),
  )
  year!: number;

  @Field(() => String)
  @Check(text(60))
  make!: string;

  @Field(() => String)
  @Check(text(60))
  model!: string;

  @Field(() => String, { nullable: true })
  @Check(text(40).nullish())
  color?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "17-character vehicle identification number (ISO 3779), read by the session's mechanic and workshops: one that spells out a phone number is refused.",
  })
  @Check(
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(VIN_FORMAT, "must be a 17-character VIN")
      // Refused like any field holding a contact detail: a client reads CONTACT_DETAILS, whichever field it is.
      .refine((vin) => !vinCarriesPhoneNumber(vin), { message: "must be the vehicle's VIN, not a phone number", params: { reason: ErrorReason.CONTACT_DETAILS } })
      .nullish(),
  )
  vin?: string | null;
}

@InputType()
export class RequestSessionInput {
  @Field(() => ID, { description: "One of the caller's vehicles." })
  @Check(uuid("vehicle"))
  vehicleId!: string;

  @Field(() => String, { description: "What is wrong, in the customer's words." })
  @Check(text(2000))
  concern!: string;

  @Field(() => [String], { nullable: true, description: "Photo and video URLs of the issue (https, up to 10)." })
  @Check(
    z
      .array(
        z
          .string()
          .trim()
          .max(2000, "must be at most 2000 characters")
          .url("must be URLs")
          .refine((u) => u.startsWith("https://"), "must be https URLs"),
      )
      .max(10, "must be at most 10 URLs")
      .nullish(),
  )
  mediaUrls?: string[] | null;
}

@InputType()
export class CompleteSessionInput {
  @Field(() => String)
  @Check(text(5000))
  diagnosis!: string;

  @Field(() => [String], { description: 'Service categories to quote, each one of `serviceCategories` (e.g. "brakes"); workshops are matched on them.' })
  @Check(
    z
      .array(
        z
          .string()
          .trim()
          .toLowerCase()
          .regex(/^[a-z][a-z0-9 _-]{0,39}$/, "must be service category names"),
      )
      .max(20, "must be at most 20 categories"),
  )
  recommendedServices!: string[];
}

/**
 * A session named by an `id` argument (session, claimSession, startSession, completeSession): a
 * malformed id would reach PostgreSQL's uuid cast and surface as an internal error.
 */
@ArgsType()
export class SessionIdArgs {
  @Field(() => ID)
  @Check(uuid("session"))
  id!: string;
}

/** `cancelSession`'s and `adminCancelSession`'s arguments: the session and why (the parties see it). */
@ArgsType()
export class CancelSessionArgs extends SessionIdArgs {
  @Field(() => String)
  @Check(text(500))
  reason!: string;
}

/** `adminReassignSession`'s arguments: the session, the mechanic to hand it to, and why (for the audit log). */
@ArgsType()
export class ReassignSessionArgs extends SessionIdArgs {
  @Field(() => ID)
  @Check(uuid("mechanic"))
  mechanicId!: string;

  @Field(() => String)
  @Check(text(500))
  reason!: string;
}

/** A session named by a `sessionId` argument (extended by the operations that take one). */
@ArgsType()
export class OfSessionArgs {
  @Field(() => ID)
  @Check(uuid("session"))
  sessionId!: string;
}

/** `resolveMechanicAbsence`'s arguments: the session and the customer's choice. */
@ArgsType()
export class MechanicAbsenceArgs extends OfSessionArgs {
  @Field(() => MechanicAbsenceChoice)
  @Check(z.nativeEnum(MechanicAbsenceChoice))
  choice!: MechanicAbsenceChoice;
}

/**
 * `postPlatformNote`'s arguments: the session and the admin's note, posted as the platform into the
 * session chat, or, with `escalationId`, into that escalation's workshop conversation (`workshopId`
 * names which, when the escalation went to several workshops).
 */
@ArgsType()
@CheckInput((args: { escalationId?: string | null; workshopId?: string | null }, ctx: z.RefinementCtx) => {
  // A workshop's conversation is one of an escalation's: without it the note would go to the session chat instead.
  if (args.workshopId && !args.escalationId) ctx.addIssue({ code: "custom", path: ["workshopId"], message: "needs escalationId: a workshop's conversation is one of an escalation's" });
})
export class PlatformNoteArgs extends OfSessionArgs {
  @Field(() => String)
  @Check(text(2000))
  body!: string;

  @Field(() => ID, { nullable: true, description: "Post into this escalation's workshop conversation instead of the session chat." })
  @Check(uuid("escalation").nullish())
  escalationId?: string | null;

  @Field(() => ID, { nullable: true, description: "Which workshop's conversation of the escalation (default: the workshop that accepted it)." })
  @Check(uuid("workshop").nullish())
  workshopId?: string | null;
}
