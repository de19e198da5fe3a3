import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { z } from "zod";
import { MAX_LINE_ITEMS } from "../../domain/money/pricing.ts";
import { LineItemKind } from "../../platform/db/generated/enums.ts";
import { partNumberSchema } from "../shared/part-number.ts";
import { Check, inputSchemaOf } from "../shared/validation.ts";

/** One line as the advisor writes it; prices, counts and descriptions are checked by pricing.ts, whose errors name the line. */
@InputType()
export class QuoteLineItemInput {
  @Field(() => LineItemKind)
  @Check(z.nativeEnum(LineItemKind))
  kind!: LineItemKind;

  @Field(() => String)
  @Check(z.string())
  description!: string;

  @Field(() => String, { nullable: true })
  @Check(partNumberSchema.nullish())
  partNumber?: string | null;

  @Field(() => Int, { description: "Parts and fees: a count. Labor: minutes." })
  @Check(z.number().int())
  quantity!: number;

  @Field(() => Int, { description: "Parts and fees: cents per unit. Labor: cents per hour." })
  @Check(z.number().int())
  unitPriceCents!: number;
}

/** A workshop quote's lines (1 to MAX_LINE_ITEMS), notes (at most 4000 characters) and validity in days (1 to 90). */
@InputType({ description: "Line items only: totals, the platform fee and the referral fee are computed by the server." })
export class QuoteInput {
  @Field(() => [QuoteLineItemInput])
  @Check(z.array(inputSchemaOf(QuoteLineItemInput)).min(1).max(MAX_LINE_ITEMS))
  lineItems!: QuoteLineItemInput[];

  @Field(() => String, { nullable: true })
  @Check(z.string().trim().max(4000).nullish())
  notes?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: 14, description: "Days the quote stays valid, 1 to 90." })
  @Check(z.number().int().min(1).max(90).nullish())
  validDays?: number | null;
}

/** `declineQuote`'s arguments: the quote and the customer's optional reason (at most 1000 characters, trimmed). */
@ArgsType()
export class DeclineQuoteArgs {
  @Field(() => ID)
  @Check(z.string().uuid("must be a quote id"))
  quoteId!: string;

  @Field(() => String, { nullable: true })
  @Check(z.string().trim().max(1000).nullish())
  reason?: string | null;
}

/** `quoteAdded`'s argument: the session whose arriving quotes the customer follows. */
@ArgsType()
export class QuoteArrivalsArgs {
  @Field(() => ID)
  @Check(z.string().uuid("must be a session id"))
  sessionId!: string;
}
