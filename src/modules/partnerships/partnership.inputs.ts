import { Field, ID, InputType, Int, registerEnumType } from "type-graphql";
import { z } from "zod";
import { MAX_LINE_ITEMS, MAX_QUOTE_TOTAL_CENTS } from "../../domain/money/pricing.ts";
import { PartnershipType, PaymentTerms } from "../../platform/db/generated/enums.ts";
import { calendarDay } from "../shared/dates.ts";

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

@InputType()
export class PartnerQuotePartInput {
  @Field(() => ID)
  catalogPartId!: string;

  @Field(() => Int)
  quantity!: number;
}

@InputType()
export class PartnerQuoteLaborInput {
  @Field(() => ID)
  laborRateId!: string;

  @Field(() => Int)
  minutes!: number;
}

@InputType({ description: "Lines picked from the partner's price list; the server prices them." })
export class PartnerQuoteInput {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => [PartnerQuotePartInput], { nullable: true, defaultValue: [] })
  parts?: PartnerQuotePartInput[] | null;

  @Field(() => [PartnerQuoteLaborInput], { nullable: true, defaultValue: [] })
  labor?: PartnerQuoteLaborInput[] | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: 14, description: "Days the quote stays valid once sent to the customer, 1 to 90." })
  validDays?: number | null;
}

export const partnerQuoteSchema = z
  .object({
    partnershipId: z.string().uuid(),
    parts: z
      .array(z.object({ catalogPartId: z.string().uuid(), quantity: z.number().int().min(1).max(1000) }).strict())
      .max(MAX_LINE_ITEMS)
      .nullish(),
    labor: z
      .array(z.object({ laborRateId: z.string().uuid(), minutes: z.number().int().min(1).max(10_000) }).strict())
      .max(MAX_LINE_ITEMS)
      .nullish(),
    notes: z.string().trim().max(4000).nullish(),
    validDays: z.number().int().min(1).max(90).nullish(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if ((input.parts?.length ?? 0) + (input.labor?.length ?? 0) === 0) ctx.addIssue({ code: "custom", path: ["parts"], message: "a quote needs at least one part or labor line" });
  });

export const requiredReasonSchema = z.string().trim().min(3, "must say why").max(1000);
