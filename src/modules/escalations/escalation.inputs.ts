import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { z } from "zod";
import { MAX_COMPARED_WORKSHOPS } from "../../domain/matching/workshop-matcher.ts";
import { MAX_QUOTE_TOTAL_CENTS } from "../../domain/money/pricing.ts";
import { Check } from "../shared/validation.ts";

@InputType()
export class EscalateInput {
  @Field(() => String, { nullable: true, description: "Notes for the workshop (at most 4000 characters)." })
  @Check(z.string().trim().max(4000).nullish())
  notes?: string | null;

  @Field(() => Int, { nullable: true, defaultValue: 1, description: `Workshops to ask for a quote at once, 1 to ${MAX_COMPARED_WORKSHOPS}.` })
  @Check(z.number().int().min(1).max(MAX_COMPARED_WORKSHOPS).nullish())
  quotesRequested?: number | null;

  @Field(() => Int, { nullable: true, description: "Estimated repair amount in cents." })
  @Check(z.number().int().min(0).max(MAX_QUOTE_TOTAL_CENTS).nullish())
  estimatedAmountCents?: number | null;
}

@InputType({ description: "The customer's workshop choice for a session, before the mechanic escalates it." })
export class WorkshopChoiceInput {
  @Field(() => ID, { nullable: true, description: "The workshop to offer the escalation first when it serves the city and services and has capacity; null for none." })
  @Check(z.string().uuid().nullish())
  preferredWorkshopId?: string | null;

  @Field(() => Int, { nullable: true, description: `Workshops to ask for a quote at once, 1 to ${MAX_COMPARED_WORKSHOPS}; null leaves it to the mechanic.` })
  @Check(z.number().int().min(1).max(MAX_COMPARED_WORKSHOPS).nullish())
  quotesRequested?: number | null;
}

/** `respondToEscalation`'s arguments: the offer, the advisor's answer and, declining, an optional reason (at most 1000 characters, trimmed). */
@ArgsType()
export class RespondToOfferArgs {
  @Field(() => ID)
  @Check(z.string().uuid("must be an offer id"))
  offerId!: string;

  @Field(() => Boolean)
  @Check(z.boolean())
  accept!: boolean;

  @Field(() => String, { nullable: true })
  @Check(z.string().trim().max(1000).nullish())
  reason?: string | null;
}
