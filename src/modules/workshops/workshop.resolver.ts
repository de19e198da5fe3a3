import { Arg, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../auth/context.ts";
import { Workshop } from "./workshop.types.ts";

@Resolver(() => Workshop)
export class WorkshopResolver {
  @Query(() => [Workshop])
  workshops(@Arg("city", () => String, { nullable: true }) city: string | null, @Ctx() ctx: Context): Promise<Workshop[]> {
    return ctx.services.workshops.directory(city);
  }
}
