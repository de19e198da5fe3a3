import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { z } from "zod";
import { requiredText as text } from "../shared/text.ts";
import { Check, inputSchemaOf } from "../shared/validation.ts";

/** A city or service category as matching compares them: trimmed, single-spaced, lower case. */
const key = (max: number) => text(max).transform((value) => value.normalize("NFC").replace(/\s+/g, " ").toLowerCase());
/** A list of keys, duplicates dropped. */
const keys = (max: number) =>
  z
    .array(key(60))
    .max(max, `must list at most ${max}`)
    .transform((values) => [...new Set(values)]);
const capacity = z.number().int().min(0, "must be 0 or more").max(1000, "must be at most 1000");
const responseMinutes = z.number().int().min(5, "must be at least 5 minutes").max(10_080, "must be at most a week (10080 minutes)");

/** At most this many auto-accept rules per workshop (one per service category). */
export const MAX_AUTO_ACCEPT_RULES = 30;

/** `workshopSettings`' and `updateWorkshop`'s workshop. */
@ArgsType()
export class WorkshopIdArgs {
  @Field(() => ID)
  @Check(z.string().uuid("must be a workshop id"))
  id!: string;
}

/** The workshop whose advisors `workshopAdvisors` lists and `addWorkshopAdvisor` adds to. */
@ArgsType()
export class AdvisorsOfWorkshopArgs {
  @Field(() => ID)
  @Check(z.string().uuid("must be a workshop id"))
  workshopId!: string;
}

/** `removeWorkshopAdvisor`'s arguments: the workshop and one of its advisors. */
@ArgsType()
export class WorkshopAdvisorArgs extends AdvisorsOfWorkshopArgs {
  @Field(() => ID)
  @Check(z.string().uuid("must be an advisor id"))
  advisorId!: string;
}

@InputType({ description: "A new workshop, onboarded by an admin." })
export class CreateWorkshopInput {
  @Field(() => String)
  @Check(text(120))
  name!: string;

  @Field(() => String)
  @Check(text(80))
  city!: string;

  @Field(() => [String], { nullable: true, description: "Cities served besides its own." })
  @Check(keys(50).nullish())
  serviceArea?: string[] | null;

  @Field(() => [String], { description: "Service categories it repairs, e.g. brakes, engine." })
  @Check(keys(30).refine((values) => values.length > 0, "must list at least one"))
  servicesOffered!: string[];

  @Field(() => Int, { nullable: true, description: "Escalations held open at once (default 10)." })
  @Check(capacity.nullish())
  maxOpenEscalations?: number | null;

  @Field(() => Int, { nullable: true, description: "Minutes an offer waits for an answer (default 240)." })
  @Check(responseMinutes.nullish())
  responseTimeoutMinutes?: number | null;
}

@InputType({ description: "An admin's edit of a workshop: only the fields given change." })
export class UpdateWorkshopInput {
  @Field(() => String, { nullable: true })
  @Check(text(120).nullish())
  name?: string | null;

  @Field(() => String, { nullable: true })
  @Check(text(80).nullish())
  city?: string | null;

  @Field(() => [String], { nullable: true })
  @Check(keys(50).nullish())
  serviceArea?: string[] | null;

  @Field(() => [String], { nullable: true })
  @Check(
    keys(30)
      .refine((values) => values.length > 0, "must list at least one")
      .nullish(),
  )
  servicesOffered?: string[] | null;

  @Field(() => Int, { nullable: true })
  @Check(capacity.nullish())
  maxOpenEscalations?: number | null;

  @Field(() => Int, { nullable: true })
  @Check(responseMinutes.nullish())
  responseTimeoutMinutes?: number | null;
}

@InputType({ description: "A workshop's escalation preferences, set by its advisors: only the fields given change." })
export class EscalationPreferencesInput {
  @Field(() => Boolean, { nullable: true, description: "False: matching offers this workshop nothing." })
  @Check(z.boolean().nullish())
  acceptsEscalations?: boolean | null;

  @Field(() => Int, { nullable: true })
  @Check(capacity.nullish())
  maxOpenEscalations?: number | null;

  @Field(() => Int, { nullable: true })
  @Check(responseMinutes.nullish())
  responseTimeoutMinutes?: number | null;
}

@InputType({ description: "Accept offers for this category automatically when the mechanic's estimate is at most `maxAmountCents`." })
export class AutoAcceptRuleInput {
  @Field(() => String)
  @Check(key(60))
  serviceCategory!: string;

  @Field(() => Int)
  @Check(z.number().int().min(1, "must be at least 1 cent").max(100_000_000, "must be at most $1,000,000"))
  maxAmountCents!: number;
}

@InputType({ description: "An advisor account for a workshop, created by an admin." })
export class AddWorkshopAdvisorInput {
  @Field(() => String)
  @Check(z.string().trim().toLowerCase().max(254).email("must be an email address"))
  email!: string;

  @Field(() => String)
  @Check(z.string().min(10, "must be at least 10 characters").max(200, "must be at most 200 characters"))
  password!: string;

  @Field(() => String)
  @Check(text(80))
  displayName!: string;
}

/**
 * `setAutoAcceptRules`' argument: the workshop's whole rule list, at most MAX_AUTO_ACCEPT_RULES,
 * one per service category (compared as matching compares them: trimmed, single-spaced, lower case).
 */
@ArgsType()
export class AutoAcceptRulesArgs {
  @Field(() => [AutoAcceptRuleInput])
  @Check(
    z
      .array(inputSchemaOf(AutoAcceptRuleInput))
      .max(MAX_AUTO_ACCEPT_RULES, `at most ${MAX_AUTO_ACCEPT_RULES}`)
      .refine((rules) => new Set(rules.map((rule) => rule.serviceCategory)).size === rules.length, "one rule per service category"),
  )
  rules!: AutoAcceptRuleInput[];
}
