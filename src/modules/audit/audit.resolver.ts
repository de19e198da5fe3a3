import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../app/context.ts";
import { PageArgs, toPageRequest } from "../shared/pagination.ts";
import { parseInput } from "../shared/validation.ts";
import { AuditEntryConnection, AuditEntryView, AuditLogFilter } from "./audit.types.ts";

/** Admins read the audit log. */
@Resolver(() => AuditEntryView)
export class AuditResolver {
  @Query(() => AuditEntryConnection, { description: "Admins: the audit log, newest first, filtered by action, record, actor and time." })
  auditLog(@Arg("filter", () => AuditLogFilter, { defaultValue: {} }) filter: AuditLogFilter, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    const request = toPageRequest(page);
    return ctx.services.audit.query(parseInput(AuditLogFilter, filter, "filter"), request);
  }
}
