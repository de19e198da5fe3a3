import { Args, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { requireViewer, type Context } from "../../app/context.ts";
import { PageArgs, toPageRequest } from "../shared/pagination.ts";
import { parseInput } from "../shared/validation.ts";
import { ContentFlagFilterArgs } from "./content-flag.inputs.ts";
import { ContentFlag, ContentFlagConnection } from "./content-flag.types.ts";

/** Admins: flags of written fields. Every operation and field here is admin-only (authz/permissions.ts). */
@Resolver(() => ContentFlag)
export class ContentFlagResolver {
  @Query(() => ContentFlagConnection, { description: "Admins: contact details found in written fields (customers' included), newest first." })
  contentFlags(@Args(() => ContentFlagFilterArgs) filter: ContentFlagFilterArgs, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    const viewer = requireViewer(ctx);
    const request = toPageRequest(page);
    return ctx.services.contentFlags.list(viewer, parseInput(ContentFlagFilterArgs, filter), request);
  }

  @FieldResolver(() => String, { description: "Admins: what the author wrote. Every read is written to the audit log before the value is returned." })
  async original(@Root() flag: ContentFlag, @Ctx() ctx: Context): Promise<string> {
    const viewer = requireViewer(ctx);
    await ctx.services.audit.write([{ actor: viewer, action: "content.original.read", entityType: "ContentFlag", entityId: flag.id, subjectUserId: flag.authorId, fields: ["original"] }]);
    return ctx.services.contentFlags.original(viewer, flag.id);
  }
}
