import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import { requireViewer, type Context } from "../../app/context.ts";
import { PageArgs, toPageRequest } from "../shared/pagination.ts";
import { Workshop, WorkshopConnection } from "./workshop.types.ts";

@Resolver(() => Workshop)
export class WorkshopResolver {
  @Query(() => WorkshopConnection, { description: "The workshop directory by name, optionally for one city." })
  workshops(@Args(() => PageArgs) page: PageArgs, @Arg("city", () => String, { nullable: true }) city: string | null, @Ctx() ctx: Context) {
    return ctx.services.workshops.directory(requireViewer(ctx), toPageRequest(page), city);
  }

  @Query(() => [String], {
    description: "The service categories workshops are matched on, lower case and sorted: the values completeSession's recommendedServices takes (the standard ones and every one a workshop offers).",
  })
  serviceCategories(@Ctx() ctx: Context): Promise<string[]> {
    return ctx.services.workshops.serviceCategories();
  }
}
