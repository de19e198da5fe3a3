import { Field, InputType, Int } from "type-graphql";
import { z } from "zod";
import { MAX_LINE_ITEMS } from "../../domain/money/pricing.ts";
import { LineItemKind } from "../../platform/db/generated/enums.ts";
import { partNumberSchema } from "../shared/part-number.ts";

@InputType()
export class QuoteLineItemInput {
  @Field(() => LineItemKind)
  kind!: LineItemKind;

  @Field(() => String)
  description!: string;

  @Field(() => String, { nullable: true })
  partNumber?: string | null;

  @Field(() => Int, { description: "Parts and fees: a count. Labor: minutes." })
  quantity!: number;

  @Field(() => Int, { description: "Parts and fees: cents per unit. Labor: cents per hour." })
  unitPriceCents!: number;
}

@InputType({ description: "Line items only: totals, the platform fee and the referral fee are computed by the server." })
export class QuoteInput {
  @Field(() => [QuoteLineItemInput])
  lineItems!: QuoteLineItemInput[];

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: 14, description: "Days the quote stays valid, 1 to 90." })
  validDays?: number | null;
}

/** Shapes only; prices, counts and descriptions are checked by pricing.ts, whose errors name the line. */
export const quoteInputSchema = z
  .object({
    lineItems: z
      .array(
        z
          .object({
            kind: z.nativeEnum(LineItemKind),
            description: z.string(),
            partNumber: partNumberSchema.nullish(),
            quantity: z.number().int(),
            unitPriceCents: z.number().int(),
          })
          .strict(),
      )
      .min(1)
      .max(MAX_LINE_ITEMS),
    notes: z.string().trim().max(4000).nullish(),
    validDays: z.number().int().min(1).max(90).nullish(),
  })
  .strict();

export const reasonSchema = z.string().trim().max(1000).nullish();
