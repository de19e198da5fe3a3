import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { z } from "zod";
import { MAX_LINE_ITEMS, MAX_QUOTE_TOTAL_CENTS } from "../../domain/money/pricing.ts";
import { PartnershipType, PaymentTerms } from "../../platform/db/generated/enums.ts";
import { calendarDay } from "../shared/dates.ts";
import { Check, CheckInput, inputSchemaOf } from "../shared/validation.ts";

export enum CatalogFormat {
  CSV = "CSV",
  JSON = "JSON",
}
registerEnumType(CatalogFormat, { name: "CatalogFormat" });

const day = calendarDay;
const limitCents = z.number().int().min(1).max(MAX_QUOTE_TOTAL_CENTS);

@InputType({ description: "Permissions the partner grants the mechanic under a partnership." })
export class PartnershipPermissionsInput {
  @Field(() => Boolean, { nullable: true, defaultValue: true })
  canCreateQuotes?: boolean | null;

  @Field(() => Boolean, { nullable: true, defaultValue: true })
  quoteApprovalRequired?: boolean | null;

  @Field(() => Int, { nullable: true, description: "Quotes at or under this total skip partner approval; null: every quote needs it." })
  autoApproveBelowCents?: number | null;

  @Field(() => Int, { description: "Monthly limit on the total quoted." })
  maxQuoteAmountCents!: number;
}

export const permissionsSchema = z
  .object({
    canCreateQuotes: z.boolean().nullish(),
    quoteApprovalRequired: z.boolean().nullish(),
    autoApproveBelowCents: z.number().int().min(0).max(MAX_QUOTE_TOTAL_CENTS).nullish(),
    maxQuoteAmountCents: limitCents,
  })
  .strict();

@InputType({ description: "A mechanic's application: the proposed terms, which the mechanic accepts by applying." })
export class ApplyForPartnershipInput {
  @Field(() => ID)
  partnerId!: string;

  @Field(() => PartnershipType)
  type!: PartnershipType;

  @Field(() => Int, {
    nullable: true,
    description: "Basis points of each repair, paid by the platform out of its partnership fee (at most that fee). Defaults to 10% for every type (configurable per type).",
  })
  commissionBasisPoints?: number | null;

  @Field(() => PaymentTerms, { nullable: true, defaultValue: PaymentTerms.NET_30 })
  paymentTerms?: PaymentTerms | null;

  @Field(() => String, { description: "YYYY-MM-DD" })
  contractStartDate!: string;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD, after the start date." })
  contractEndDate?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  autoRenew?: boolean | null;

  @Field(() => PartnershipPermissionsInput)
  permissions!: PartnershipPermissionsInput;
}

export const applySchema = z
  .object({
    partnerId: z.string().uuid(),
    type: z.nativeEnum(PartnershipType),
    commissionBasisPoints: z.number().int().min(0).max(10_000).nullish(),
    paymentTerms: z.nativeEnum(PaymentTerms).nullish(),
    contractStartDate: day,
    contractEndDate: day.nullish(),
    autoRenew: z.boolean().nullish(),
    permissions: permissionsSchema,
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.contractEndDate && input.contractEndDate <= input.contractStartDate) {
      ctx.addIssue({ code: "custom", path: ["contractEndDate"], message: "must be after contractStartDate" });
    }
  });

@InputType()
export class CatalogPartInput {
  @Field(() => String)
  partNumber!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  category!: string;

  @Field(() => Int)
  wholesalePriceCents!: number;

  @Field(() => Int)
  retailPriceCents!: number;

  @Field(() => Int)
  availableQuantity!: number;

  @Field(() => Int)
  leadTimeDays!: number;

  @Field(() => String, { description: "YYYY-MM-DD; with partNumber, the entry's key (a new validFrom adds a price version)." })
  validFrom!: string;

  @Field(() => String, { nullable: true })
  validUntil?: string | null;
}

@InputType()
export class LaborRateInput {
  @Field(() => String)
  serviceCategory!: string;

  @Field(() => Int)
  ratePerHourCents!: number;

  @Field(() => Int, { description: "What the customer is charged per hour." })
  mechanicRateCents!: number;

  @Field(() => String, { description: "YYYY-MM-DD" })
  validFrom!: string;

  @Field(() => String, { nullable: true })
  validUntil?: string | null;
}

export const laborRateSchema = z
  .object({
    serviceCategory: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .transform((v) => v.toLowerCase()),
    ratePerHourCents: z.number().int().min(0).max(MAX_QUOTE_TOTAL_CENTS),
    mechanicRateCents: z.number().int().min(0).max(MAX_QUOTE_TOTAL_CENTS),
    validFrom: day,
    validUntil: day.nullish(),
  })
  .strict()
  .superRefine((rate, ctx) => {
    if (rate.validUntil && rate.validUntil < rate.validFrom) ctx.addIssue({ code: "custom", path: ["validUntil"], message: "must not be before validFrom" });
  });

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

export const requiredReasonSchema = z.string().trim().min(3, "must say why").max(1000);
