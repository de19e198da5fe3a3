import { ArgsType, Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { z } from "zod";
import { MAX_LINE_ITEMS, MAX_QUOTE_TOTAL_CENTS, sellsBelowCost } from "../../domain/money/pricing.ts";
import { PartnershipType, PaymentTerms } from "../../platform/db/generated/enums.ts";
import { calendarDay } from "../shared/dates.ts";
import { partNumberSchema } from "../shared/part-number.ts";
import { requiredText } from "../shared/text.ts";
import { Check, CheckInput, inputSchemaOf } from "../shared/validation.ts";

export enum CatalogFormat {
  CSV = "CSV",
  JSON = "JSON",
}
registerEnumType(CatalogFormat, { name: "CatalogFormat" });

const day = calendarDay;

@InputType({ description: "Permissions the partner grants the mechanic under a partnership." })
export class PartnershipPermissionsInput {
  @Field(() => Boolean, { nullable: true, defaultValue: true })
  @Check(z.boolean().nullish())
  canCreateQuotes?: boolean | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  @Check(z.boolean().nullish())
  quoteApprovalRequired?: boolean | null;

  @Field(() => Int, { nullable: true, description: "Quotes at or under this total skip partner approval; null: every quote needs it." })
  // Bounded by maxQuoteAmountCents, and that by the platform's highest monthly limit (configured):
  // one bound, checked by the service (quotingLimitsProblem), so one message and one field path.
  @Check(z.number().int().min(0).nullish())
  autoApproveBelowCents?: number | null;

  @Field(() => Int, { description: "Monthly limit on the total quoted; at most the platform's highest monthly limit (PARTNERSHIP_MAX_MONTHLY_QUOTE_CENTS)." })
  @Check(z.number().int().min(1))
  maxQuoteAmountCents!: number;
}

@InputType({ description: "A mechanic's application: the proposed terms, which the mechanic accepts by applying." })
@CheckInput((input, ctx) => {
  if (input.contractEndDate && (input.contractEndDate as string) <= (input.contractStartDate as string)) {
    ctx.addIssue({ code: "custom", path: ["contractEndDate"], message: "must be after contractStartDate" });
  }
})
export class ApplyForPartnershipInput {
  @Field(() => ID)
  @Check(z.string().uuid())
  partnerId!: string;

  @Field(() => PartnershipType)
  @Check(z.nativeEnum(PartnershipType))
  type!: PartnershipType;

  @Field(() => Int, {
    nullable: true,
    description:
      "Basis points of each repair, paid by the platform out of its partnership fee. Defaults to, and may be at most, the platform's commission for the type (10% for every type, configurable per type; always below the fee, so the platform keeps a margin).",
  })
  @Check(z.number().int().min(0).max(10_000).nullish())
  commissionBasisPoints?: number | null;

  @Field(() => PaymentTerms, { nullable: true, defaultValue: PaymentTerms.NET_30 })
  @Check(z.nativeEnum(PaymentTerms).nullish())
  paymentTerms?: PaymentTerms | null;

  @Field(() => String, { description: "YYYY-MM-DD" })
  @Check(day)
  contractStartDate!: string;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, after the start date." })
  @Check(day.nullish())
  contractEndDate?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @Check(z.boolean().nullish())
  autoRenew?: boolean | null;

  @Field(() => PartnershipPermissionsInput)
  @Check(inputSchemaOf(PartnershipPermissionsInput))
  permissions!: PartnershipPermissionsInput;
}

/**
 * A whole number from 0 to `max` as an import row may give it (`message` when it is none, `tooLarge`
 * above `max`): a number, or text of plain decimal digits (a CSV field is text), spaces around
 * allowed (a leading minus is read, to be refused as negative). No other text and no other type is read as a number: `true`, `null`, an empty field,
 * `0x10`, `0b11`, `0o7`, `1e3` and `79.99` are all refused, where a coercing parse (Number()) read
 * the first seven as 1, 0, 0, 16, 3, 7 and 1000 and stored them.
 */
const wholeNumber = (message: string, max: number, tooLarge: string) =>
  z.preprocess(
    (value) => (typeof value === "string" && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value),
    z.number({ error: message }).int(message).min(0, "must not be negative").max(max, tooLarge),
  );
const cents = wholeNumber("must be a whole number of cents", MAX_QUOTE_TOTAL_CENTS, "is above the quote limit");
/** A free-text category, stored lower case. */
const category = z
  .string()
  .trim()
  .min(1, "is required")
  .max(64, "must be at most 64 characters")
  .transform((v) => v.toLowerCase());

/**
 * The price-list rule (sellsBelowCost) on an entry's selling field `selling` against its cost
 * field `cost`: BAD_USER_INPUT on `selling` when it is lower.
 */
function refuseSellingBelowCost(entry: Record<string, unknown>, ctx: z.RefinementCtx, selling: string, cost: string): void {
  if (sellsBelowCost(entry[selling] as number, entry[cost] as number)) ctx.addIssue({ code: "custom", path: [selling], message: `must not be below ${cost}` });
}

/**
 * A price list part, as the upsert mutation and each row of an import (catalog.service.ts) take
 * it: whole numbers may arrive as CSV text (wholeNumber), validUntil may be "" (none).
 */
@InputType()
@CheckInput((part, ctx) => {
  refuseSellingBelowCost(part, ctx, "retailPriceCents", "wholesalePriceCents");
  if (part.validUntil && (part.validUntil as string) < (part.validFrom as string)) ctx.addIssue({ code: "custom", path: ["validUntil"], message: "must not be before validFrom" });
})
export class CatalogPartInput {
  @Field(() => String)
  @Check(partNumberSchema)
  partNumber!: string;

  @Field(() => String)
  @Check(requiredText(200))
  name!: string;

  @Field(() => String)
  @Check(category)
  category!: string;

  @Field(() => Int)
  @Check(cents)
  wholesalePriceCents!: number;

  @Field(() => Int)
  @Check(cents)
  retailPriceCents!: number;

  @Field(() => Int)
  @Check(wholeNumber("must be a whole number", 1_000_000, "is too large"))
  availableQuantity!: number;

  @Field(() => Int)
  @Check(wholeNumber("must be a whole number", 365, "must be at most 365"))
  leadTimeDays!: number;

  @Field(() => String, { description: "YYYY-MM-DD; with partNumber, the entry's key (a new validFrom adds a price version)." })
  @Check(day)
  validFrom!: string;

  @Field(() => String, { nullable: true })
  @Check(day.nullish().or(z.literal("").transform(() => null)))
  validUntil?: string | null;
}

/** A labor rate of a partner's price list: the partner's rate and the customer's, per hour (never below the partner's). */
@InputType()
@CheckInput((rate, ctx) => {
  refuseSellingBelowCost(rate, ctx, "mechanicRateCents", "ratePerHourCents");
  if (rate.validUntil && (rate.validUntil as string) < (rate.validFrom as string)) ctx.addIssue({ code: "custom", path: ["validUntil"], message: "must not be before validFrom" });
})
export class LaborRateInput {
  @Field(() => String)
  @Check(
    z
      .string()
      .trim()
      .min(1)
      .max(64)
      .transform((v) => v.toLowerCase()),
  )
  serviceCategory!: string;

  @Field(() => Int, { description: "The partner's labor rate per hour (seed 000 labor_rate_per_hour)." })
  @Check(cents)
  ratePerHourCents!: number;

  @Field(() => Int, { description: "What the customer is charged per hour, the rate the mechanic quotes (seed 000 mechanic_rate); not below ratePerHourCents." })
  @Check(cents)
  mechanicRateCents!: number;

  @Field(() => String, { description: "YYYY-MM-DD" })
  @Check(day)
  validFrom!: string;

  @Field(() => String, { nullable: true })
  @Check(day.nullish())
  validUntil?: string | null;
}

/** One part from the partner's price list, 1 to 1000 of it. */
@InputType()
export class PartnerQuotePartInput {
  @Field(() => ID)
  @Check(z.string().uuid())
  catalogPartId!: string;

  @Field(() => Int)
  @Check(z.number().int().min(1).max(1000))
  quantity!: number;
}

/** One labor rate from the partner's price list, for 1 to 10,000 minutes. */
@InputType()
export class PartnerQuoteLaborInput {
  @Field(() => ID)
  @Check(z.string().uuid())
  laborRateId!: string;

  @Field(() => Int)
  @Check(z.number().int().min(1).max(10_000))
  minutes!: number;
}

/** A partner quote: at least one part or labor line (BAD_USER_INPUT on `parts` otherwise). */
@InputType({ description: "Lines picked from the partner's price list; the server prices them." })
@CheckInput((input, ctx) => {
  const lines = ((input.parts as unknown[] | null | undefined)?.length ?? 0) + ((input.labor as unknown[] | null | undefined)?.length ?? 0);
  if (lines === 0) ctx.addIssue({ code: "custom", path: ["parts"], message: "a quote needs at least one part or labor line" });
})
export class PartnerQuoteInput {
  @Field(() => ID)
  @Check(z.string().uuid())
  partnershipId!: string;

  @Field(() => [PartnerQuotePartInput], { nullable: true, defaultValue: [] })
  @Check(z.array(inputSchemaOf(PartnerQuotePartInput)).max(MAX_LINE_ITEMS).nullish())
  parts?: PartnerQuotePartInput[] | null;

  @Field(() => [PartnerQuoteLaborInput], { nullable: true, defaultValue: [] })
  @Check(z.array(inputSchemaOf(PartnerQuoteLaborInput)).max(MAX_LINE_ITEMS).nullish())
  labor?: PartnerQuoteLaborInput[] | null;

  @Field(() => String, { nullable: true })
  @Check(z.string().trim().max(4000).nullish())
  notes?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: 14, description: "Days the quote stays valid once sent to the customer, 1 to 90." })
  @Check(z.number().int().min(1).max(90).nullish())
  validDays?: number | null;
}

/** A suspension's, termination's or partner's rejection's reason: trimmed, 3 to 1000 characters. */
const requiredReason = z.string().trim().min(3, "must say why").max(1000);

/** `suspendPartnership`'s arguments: the partnership and why (extended by `terminatePartnership`'s). */
@ArgsType()
export class PartnershipReasonArgs {
  @Field(() => ID)
  @Check(z.string().uuid("must be a partnership id"))
  partnershipId!: string;

  @Field(() => String)
  @Check(requiredReason)
  reason!: string;
}

/** `terminatePartnership`'s arguments: the partnership, why, and whether for quality (partners and admins only). */
@ArgsType()
export class TerminatePartnershipArgs extends PartnershipReasonArgs {
  @Field(() => Boolean, { nullable: true, defaultValue: false })
  @Check(z.boolean().nullish())
  qualityIssue?: boolean | null;
}

/** `rejectPartnerQuote`'s arguments: the quote awaiting the partner, and why. */
@ArgsType()
export class RejectPartnerQuoteArgs {
  @Field(() => ID)
  @Check(z.string().uuid("must be a quote id"))
  quoteId!: string;

  @Field(() => String)
  @Check(requiredReason)
  reason!: string;
}
