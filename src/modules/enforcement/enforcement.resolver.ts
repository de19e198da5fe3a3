import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireViewer, type Context } from "../../app/context.ts";
import { Professional } from "../accounts/account.types.ts";
import { ContentFlag } from "../content/content-flag.types.ts";
import { PageArgs, toPageRequest } from "../shared/pagination.ts";
import { parseInput } from "../shared/validation.ts";
import { InvestigationArgs, ReviewViolationArgs, ViolationFilterArgs } from "./enforcement.inputs.ts";
import { ComplianceRate, ContactViolation, ContactViolationConnection, FlaggedConversationConnection, InvestigationTriggers } from "./enforcement.types.ts";
import { RetentionReport } from "./retention.types.ts";

/** The admin side of contact-sharing enforcement. Every operation here is admin-only (authz/permissions.ts). */
@Resolver(() => ContactViolation)
export class EnforcementResolver {
  @Query(() => ContactViolationConnection, { description: "Admins: contact-sharing violations, newest first." })
  violations(@Args(() => ViolationFilterArgs) filter: ViolationFilterArgs, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.enforcement.violations(requireViewer(ctx), parseInput(ViolationFilterArgs, filter), toPageRequest(page));
  }

  @Query(() => FlaggedConversationConnection, { description: "Admins: conversations with flagged messages (a session chat, or a workshop conversation: `workshopId`), most recently flagged first." })
  flaggedConversations(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.enforcement.flaggedConversations(requireViewer(ctx), toPageRequest(page));
  }

  @Query(() => ComplianceRate, { description: "Admins: the share of mechanics with no standing violation." })
  complianceRate(@Ctx() ctx: Context): Promise<ComplianceRate> {
    return ctx.services.enforcement.complianceRate();
  }

  @Query(() => InvestigationTriggers, { description: "Admins: mechanics and messages the retention strategy says to investigate." })
  investigationTriggers(@Args(() => InvestigationArgs) args: InvestigationArgs, @Ctx() ctx: Context): Promise<InvestigationTriggers> {
    return ctx.services.enforcement.investigationTriggers(parseInput(InvestigationArgs, args).days);
  }

  @Query(() => RetentionReport, { description: "Admins: the seed's retention metrics beside their targets, and its warning signals week over week." })
  retentionReport(
    @Arg("asOf", () => Date, { nullable: true, description: "The end of the weeks compared and of the 30 days the rates cover; now when omitted." }) asOf: Date | null,
    @Ctx() ctx: Context,
  ): Promise<RetentionReport> {
    return ctx.services.enforcement.retentionReport(asOf ?? new Date());
  }

  @Mutation(() => ContactViolation, { description: "Admins: confirms an open flag, or dismisses it as a false positive, which reverses its penalty." })
  reviewViolation(@Args(() => ReviewViolationArgs) args: ReviewViolationArgs, @Ctx() ctx: Context): Promise<ContactViolation> {
    const { id, decision, note } = parseInput(ReviewViolationArgs, args);
    return ctx.services.enforcement.review(requireViewer(ctx), id, decision, note);
  }

  @FieldResolver(() => Professional, {
    nullable: true,
    description:
      "Who shared the details: the mechanic of a session chat, the workshop advisor of a workshop conversation, or the mechanic, workshop advisor or partner organization that wrote a flagged field. Null for an advisor since removed from their workshop.",
  })
  offender(@Root() violation: ContactViolation, @Ctx() ctx: Context) {
    return ctx.services.accounts.professional(violation.offenderId);
  }

  @FieldResolver(() => [ContentFlag], {
    description:
      "Every written field the write flagged (one write is one offence however many of its fields held contact details), in the order recorded: path, kinds and masked text; each `original` is read through its audited field. Empty for a chat message.",
  })
  contents(@Root() violation: ContactViolation, @Ctx() ctx: Context): Promise<ContentFlag[]> {
    return violation.content ? ctx.services.contentFlags.ofWrite(requireViewer(ctx), violation.content.writeId) : Promise.resolve([]);
  }
}
