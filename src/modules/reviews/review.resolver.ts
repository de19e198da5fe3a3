import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { requireViewer, type Context } from "../../app/context.ts";
import { PageArgs, toPageRequest } from "../shared/pagination.ts";
import { parseInput } from "../shared/validation.ts";
import { ReviewInput } from "./review.inputs.ts";
import { MechanicReputation, Review, ReviewConnection } from "./review.types.ts";

@Resolver()
export class ReviewResolver {
  @Mutation(() => Review, { description: "The customer rates the mechanic of a completed, paid session (once)." })
  reviewMechanic(@Arg("sessionId", () => ID) sessionId: string, @Arg("input", () => ReviewInput) input: ReviewInput, @Ctx() ctx: Context): Promise<Review> {
    return ctx.services.reviews.reviewMechanic(requireViewer(ctx), sessionId, parseInput(ReviewInput, input));
  }

  @Mutation(() => Review, { description: "The customer rates the workshop of a completed, paid repair (once per repair quote)." })
  reviewWorkshop(@Arg("quoteId", () => ID) quoteId: string, @Arg("input", () => ReviewInput) input: ReviewInput, @Ctx() ctx: Context): Promise<Review> {
    return ctx.services.reviews.reviewWorkshop(requireViewer(ctx), quoteId, parseInput(ReviewInput, input));
  }

  @Query(() => ReviewConnection, { description: "A mechanic's reviews, newest first." })
  mechanicReviews(@Arg("mechanicId", () => ID) mechanicId: string, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.reviews.mechanicReviews(mechanicId, toPageRequest(page));
  }

  @Query(() => ReviewConnection, { description: "A workshop's reviews, newest first." })
  workshopReviews(@Arg("workshopId", () => ID) workshopId: string, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.reviews.workshopReviews(workshopId, toPageRequest(page));
  }

  @Query(() => MechanicReputation, { description: "Admins: a mechanic's reputation on escalation quality." })
  mechanicReputation(@Arg("mechanicId", () => ID) mechanicId: string, @Ctx() ctx: Context): Promise<MechanicReputation> {
    return ctx.services.reviews.mechanicReputation(mechanicId);
  }
}
