import { ArgsType, Field, ID, InputType, Int } from "type-graphql";
import { z } from "zod";
import { Check } from "../shared/validation.ts";

const id = z.string().uuid("must be an id");

@InputType({ description: "A customer's rating of completed, paid work." })
export class ReviewInput {
  @Field(() => Int, { description: "1 to 5 stars." })
  @Check(z.number().int("must be a whole number").min(1, "must be 1 to 5").max(5, "must be 1 to 5"))
  rating!: number;

  @Field(() => String, { nullable: true, description: "Optional; contact details in it are masked (and flagged for admins)." })
  @Check(z.string().trim().max(2000, "must be at most 2000 characters").nullish())
  comment?: string | null;
}

/** `reviewMechanic`'s session. */
@ArgsType()
export class ReviewedSessionArgs {
  @Field(() => ID)
  @Check(id)
  sessionId!: string;
}

/** `reviewWorkshop`'s repair quote. */
@ArgsType()
export class ReviewedQuoteArgs {
  @Field(() => ID)
  @Check(id)
  quoteId!: string;
}

/** The mechanic whose reviews or reputation are read. */
@ArgsType()
export class ReviewedMechanicArgs {
  @Field(() => ID)
  @Check(id)
  mechanicId!: string;
}

/** The workshop whose reviews are read. */
@ArgsType()
export class ReviewedWorkshopArgs {
  @Field(() => ID)
  @Check(id)
  workshopId!: string;
}
