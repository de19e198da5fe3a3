import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireViewer, type Context } from "../../app/context.ts";
import { FlagStatus } from "../../platform/db/generated/enums.ts";
import { Mechanic } from "../accounts/account.types.ts";
import { PageArgs, toPageRequest } from "../shared/pagination.ts";
import { ComplianceRate, ContactViolation, ContactViolationConnection, FlaggedConversationConnection, InvestigationTriggers, ReviewDecision } from "./enforcement.types.ts";

/** The admin side of contact-sharing enforcement. Every operation here is admin-only (authz/permissions.ts). */
@Resolver(() => ContactViolation)
export class EnforcementResolver {
  @Query(() => ContactViolationConnection, { description: "Admins: contact-sharing violations, newest first." })
  violations(
    @Arg("mechanicId", () => ID, { nullable: true }) mechanicId: string | null,
    @Arg("status", () => FlagStatus, { nullable: true }) status: FlagStatus | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.enforcement.violations(requireViewer(ctx), { mechanicId, status }, toPageRequest(page));
  }

  @Query(() => FlaggedConversationConnection, { description: "Admins: sessions whose chat has flagged messages, most recently flagged first." })
  flaggedConversations(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.enforcement.flaggedConversations(toPageRequest(page));
  }

  @Query(() => ComplianceRate, { description: "Admins: the share of mechanics with no standing violation." })
  complianceRate(@Ctx() ctx: Context): Promise<ComplianceRate> {
    return ctx.services.enforcement.complianceRate();
  }

  @Query(() => InvestigationTriggers, { description: "Admins: mechanics and messages the retention strategy says to investigate." })
  investigationTriggers(@Arg("days", () => Int, { defaultValue: 7, description: "How far back to list contact messages." }) days: number, @Ctx() ctx: Context): Promise<InvestigationTriggers> {
    return ctx.services.enforcement.investigationTriggers(days);
  }

  @Mutation(() => ContactViolation, { description: "Admins: confirms an open flag, or dismisses it as a false positive, which reverses its penalty." })
  reviewViolation(
    @Arg("id", () => ID) id: string,
    @Arg("decision", () => ReviewDecision) decision: ReviewDecision,
    @Arg("note", () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: Context,
  ): Promise<ContactViolation> {
    return ctx.services.enforcement.review(requireViewer(ctx), id, decision, note);
  }

  @FieldResolver(() => Mechanic, { nullable: true })
  offender(@Root() violation: ContactViolation, @Ctx() ctx: Context) {
    return ctx.services.accounts.mechanicProfile(violation.offenderId);
  }
}
