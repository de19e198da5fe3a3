import { Arg, Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { requireViewer, type Context } from "../../app/context.ts";
import { PageArgs, toPageRequest } from "../shared/pagination.ts";
import { parseInput } from "../shared/validation.ts";
import { ReviewedMechanicArgs, ReviewedQuoteArgs, ReviewedSessionArgs, ReviewedWorkshopArgs, ReviewInput } from "./review.inputs.ts";
import { MechanicReputation, Review, ReviewConnection } from "./review.types.ts";

@Resolver()
export class ReviewResolver {
  @Mutation(() => Review, { description: "The customer rates the mechanic of a completed, paid session (once)." })
  reviewMechanic(@Args(() => ReviewedSessionArgs) args: ReviewedSessionArgs, @Arg("input", () => ReviewInput) input: ReviewInput, @Ctx() ctx: Context): Promise<Review> {
    return ctx.services.reviews.reviewMechanic(requireViewer(ctx), parseInput(ReviewedSessionArgs, args).sessionId, parseInput(ReviewInput, input, "input"));
  }

  @Mutation(() => Review, { description: "The customer rates the workshop of a completed, paid repair (once per repair quote)." })
  reviewWorkshop(@Args(() => ReviewedQuoteArgs) args: ReviewedQuoteArgs, @Arg("input", () => ReviewInput) input: ReviewInput, @Ctx() ctx: Context): Promise<Review> {
    return ctx.services.reviews.reviewWorkshop(requireViewer(ctx), parseInput(ReviewedQuoteArgs, args).quoteId, parseInput(ReviewInput, input, "input"));
  }

  @Query(() => ReviewConnection, { description: "A mechanic's reviews, newest first." })
  mechanicReviews(@Args(() => ReviewedMechanicArgs) args: ReviewedMechanicArgs, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.reviews.mechanicReviews(parseInput(ReviewedMechanicArgs, args).mechanicId, toPageRequest(page));
  }

  @Query(() => ReviewConnection, { description: "A workshop's reviews, newest first." })
  workshopReviews(@Args(() => ReviewedWorkshopArgs) args: ReviewedWorkshopArgs, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.reviews.workshopReviews(parseInput(ReviewedWorkshopArgs, args).workshopId, toPageRequest(page));
  }

  @Query(() => MechanicReputation, { description: "Admins: a mechanic's reputation on escalation quality." })
  mechanicReputation(@Args(() => ReviewedMechanicArgs) args: ReviewedMechanicArgs, @Ctx() ctx: Context): Promise<MechanicReputation> {
    return ctx.services.reviews.mechanicReputation(parseInput(ReviewedMechanicArgs, args).mechanicId);
  }
}
