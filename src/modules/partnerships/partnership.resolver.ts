import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireViewer, type Context } from "../../app/context.ts";
import { PartnershipStatus, QuoteStatus } from "../../platform/db/generated/enums.ts";
import { Mechanic } from "../accounts/account.types.ts";
import { quoteListFields } from "../quotes/quote.resolver.ts";
import { RepairQuote, RepairQuoteConnection } from "../quotes/quote.type.ts";
import { PageArgs, toPageRequest } from "../shared/pagination.ts";
import { parseInput } from "../shared/validation.ts";
import {
  ApplyForPartnershipInput,
  CatalogFormat,
  CatalogPartInput,
  LaborRateInput,
  PartnerQuoteInput,
  PartnershipPermissionsInput,
  PartnershipReasonArgs,
  RejectPartnerQuoteArgs,
  TerminatePartnershipArgs,
} from "./partnership.inputs.ts";
import {
  CatalogImportReport,
  CatalogPart,
  CommissionPreview,
  LaborRate,
  MechanicPerformance,
  PartnerOrganization,
  PartnerOrganizationConnection,
  PartnerQuoteResult,
  Partnership,
  PartnershipConnection,
  PartnershipAbuseSignal,
  PartnershipEarnings,
} from "./partnership.type.ts";

@Resolver(() => Partnership)
export class PartnershipResolver {
  @Query(() => PartnershipConnection, { description: "The caller's partnerships (mechanic or partner side; all for admins), newest first." })
  partnerships(@Args(() => PageArgs) page: PageArgs, @Arg("status", () => PartnershipStatus, { nullable: true }) status: PartnershipStatus | null, @Ctx() ctx: Context) {
    return ctx.services.partnerships.list(requireViewer(ctx), toPageRequest(page), status);
  }

  @Query(() => Partnership)
  partnership(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<Partnership> {
    return ctx.services.partnerships.get(requireViewer(ctx), id);
  }

  @Query(() => PartnerOrganizationConnection, { description: "Partner organizations a mechanic may apply to, by name." })
  partnerDirectory(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.partnerships.directory(toPageRequest(page));
  }

  @Query(() => PartnershipConnection, { description: "Admins: partnerships both parties accepted, awaiting verification, oldest first." })
  partnershipsPendingVerification(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.partnerships.pendingVerification(toPageRequest(page));
  }

  @Query(() => RepairQuoteConnection, {
    description: "Quotes written under partnerships the caller is party to, newest first (e.g. status PENDING_PARTNER_APPROVAL: a partner's approval queue).",
  })
  partnershipQuotes(
    @Args(() => PageArgs) page: PageArgs,
    @Arg("partnershipId", () => ID, { nullable: true }) partnershipId: string | null,
    @Arg("status", () => QuoteStatus, { nullable: true }) status: QuoteStatus | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.partnerships.partnershipQuotes(requireViewer(ctx), toPageRequest(page), partnershipId, status, quoteListFields(info));
  }

  @Query(() => [MechanicPerformance], { description: "Partners: each mechanic's quotes, approval rate, conversion and complaints (admins: all partnerships)." })
  partnerPerformance(@Ctx() ctx: Context): Promise<MechanicPerformance[]> {
    return ctx.services.partnerships.performance(requireViewer(ctx));
  }

  @Query(() => [PartnershipAbuseSignal], { description: "Admins: quotes far above the partner's cost, partnerships whose quotes never convert." })
  partnershipAbuseSignals(@Ctx() ctx: Context): Promise<PartnershipAbuseSignal[]> {
    return ctx.services.partnerships.abuseSignals();
  }

  @Query(() => CommissionPreview, { description: "Prices partner price list lines and shows the split, writing nothing." })
  previewPartnerQuote(@Arg("input", () => PartnerQuoteInput) input: PartnerQuoteInput, @Ctx() ctx: Context): Promise<CommissionPreview> {
    return ctx.services.partnerQuotes.preview(requireViewer(ctx), parseInput(PartnerQuoteInput, input, "input"));
  }

  @Mutation(() => Partnership, { description: "A mechanic applies with proposed terms (and so accepts them)." })
  applyForPartnership(@Arg("input", () => ApplyForPartnershipInput) input: ApplyForPartnershipInput, @Ctx() ctx: Context): Promise<Partnership> {
    return ctx.services.partnerships.apply(requireViewer(ctx), parseInput(ApplyForPartnershipInput, input, "input"));
  }

  @Mutation(() => Partnership, { description: "The partner accepts the terms." })
  acceptPartnershipTerms(@Arg("partnershipId", () => ID) partnershipId: string, @Ctx() ctx: Context): Promise<Partnership> {
    return ctx.services.partnerships.acceptTerms(requireViewer(ctx), partnershipId);
  }

  @Mutation(() => Partnership, { description: "Admins verify the partner once both parties accepted: the partnership becomes ACTIVE." })
  verifyPartnership(@Arg("partnershipId", () => ID) partnershipId: string, @Ctx() ctx: Context): Promise<Partnership> {
    return ctx.services.partnerships.verify(requireViewer(ctx), partnershipId);
  }

  @Mutation(() => Partnership)
  suspendPartnership(@Args(() => PartnershipReasonArgs) args: PartnershipReasonArgs, @Ctx() ctx: Context): Promise<Partnership> {
    const { partnershipId, reason } = parseInput(PartnershipReasonArgs, args);
    return ctx.services.partnerships.suspend(requireViewer(ctx), partnershipId, reason);
  }

  @Mutation(() => Partnership, { description: "Lifts a suspension: only the party that suspended, or an admin." })
  resumePartnership(@Arg("partnershipId", () => ID) partnershipId: string, @Ctx() ctx: Context): Promise<Partnership> {
    return ctx.services.partnerships.resume(requireViewer(ctx), partnershipId);
  }

  @Mutation(() => Partnership, { description: "Ends the partnership; open quotes under it are cancelled. qualityIssue: partners and admins only." })
  terminatePartnership(@Args(() => TerminatePartnershipArgs) args: TerminatePartnershipArgs, @Ctx() ctx: Context): Promise<Partnership> {
    const { partnershipId, reason, qualityIssue } = parseInput(TerminatePartnershipArgs, args);
    return ctx.services.partnerships.terminate(requireViewer(ctx), partnershipId, reason, qualityIssue ?? false);
  }

  @Mutation(() => Partnership, { description: "The partner sets the mechanic's permissions and monthly limit." })
  updatePartnershipPermissions(
    @Arg("partnershipId", () => ID) partnershipId: string,
    @Arg("input", () => PartnershipPermissionsInput) input: PartnershipPermissionsInput,
    @Ctx() ctx: Context,
  ): Promise<Partnership> {
    return ctx.services.partnerships.updatePermissions(requireViewer(ctx), partnershipId, parseInput(PartnershipPermissionsInput, input, "input"));
  }

  @Mutation(() => CatalogPart, { description: "The partner adds or changes a price list part (keyed by part number and validFrom)." })
  upsertCatalogPart(@Arg("partnershipId", () => ID) partnershipId: string, @Arg("input", () => CatalogPartInput) input: CatalogPartInput, @Ctx() ctx: Context): Promise<CatalogPart> {
    return ctx.services.catalog.upsertCatalogPart(requireViewer(ctx), partnershipId, parseInput(CatalogPartInput, input, "input"));
  }

  @Mutation(() => LaborRate, { description: "The partner adds or changes a labor rate (keyed by service category and validFrom)." })
  upsertLaborRate(@Arg("partnershipId", () => ID) partnershipId: string, @Arg("input", () => LaborRateInput) input: LaborRateInput, @Ctx() ctx: Context): Promise<LaborRate> {
    return ctx.services.catalog.upsertLaborRate(requireViewer(ctx), partnershipId, parseInput(LaborRateInput, input, "input"));
  }

  @Mutation(() => CatalogImportReport, { description: "Bulk price list import, all or nothing: any rejected row and nothing is applied." })
  importCatalog(
    @Arg("partnershipId", () => ID) partnershipId: string,
    @Arg("format", () => CatalogFormat) format: CatalogFormat,
    @Arg("content", () => String) content: string,
    @Ctx() ctx: Context,
  ): Promise<CatalogImportReport> {
    return ctx.services.catalog.importCatalog(requireViewer(ctx), partnershipId, format, content);
  }

  @Mutation(() => PartnerQuoteResult, { description: "A partnered mechanic quotes their own completed session from the partner's price list." })
  createPartnerQuote(@Arg("sessionId", () => ID) sessionId: string, @Arg("input", () => PartnerQuoteInput) input: PartnerQuoteInput, @Ctx() ctx: Context): Promise<PartnerQuoteResult> {
    return ctx.services.partnerQuotes.create(requireViewer(ctx), sessionId, parseInput(PartnerQuoteInput, input, "input"));
  }

  @Mutation(() => RepairQuote, { description: "The partner approves a quote awaiting it; the customer then sees it." })
  approvePartnerQuote(@Arg("quoteId", () => ID) quoteId: string, @Ctx() ctx: Context): Promise<RepairQuote> {
    return ctx.services.partnerQuotes.approve(requireViewer(ctx), quoteId);
  }

  @Mutation(() => RepairQuote)
  rejectPartnerQuote(@Args(() => RejectPartnerQuoteArgs) args: RejectPartnerQuoteArgs, @Ctx() ctx: Context): Promise<RepairQuote> {
    const { quoteId, reason } = parseInput(RejectPartnerQuoteArgs, args);
    return ctx.services.partnerQuotes.reject(requireViewer(ctx), quoteId, reason);
  }

  @FieldResolver(() => PartnerOrganization)
  partner(@Root() partnership: Partnership, @Ctx() ctx: Context): Promise<PartnerOrganization> {
    return ctx.services.partnerships.partner(partnership);
  }

  @FieldResolver(() => Mechanic)
  mechanic(@Root() partnership: Partnership, @Ctx() ctx: Context): Promise<Mechanic> {
    return ctx.services.partnerships.mechanic(partnership);
  }

  @FieldResolver(() => [CatalogPart], { description: "currentOnly (default): entries valid today, the ones a quote can use." })
  catalogParts(@Root() partnership: Partnership, @Arg("currentOnly", () => Boolean, { nullable: true, defaultValue: true }) currentOnly: boolean, @Ctx() ctx: Context): Promise<CatalogPart[]> {
    return ctx.services.catalog.catalogParts(partnership, currentOnly ?? true);
  }

  @FieldResolver(() => [LaborRate])
  laborRates(@Root() partnership: Partnership, @Arg("currentOnly", () => Boolean, { nullable: true, defaultValue: true }) currentOnly: boolean, @Ctx() ctx: Context): Promise<LaborRate[]> {
    return ctx.services.catalog.laborRates(partnership, currentOnly ?? true);
  }

  @FieldResolver(() => PartnershipEarnings)
  earnings(@Root() partnership: Partnership, @Ctx() ctx: Context): Promise<PartnershipEarnings> {
    return ctx.services.partnerships.earnings(partnership);
  }
}

/** What a customer learns about a partnership quote: a verified-partner badge and the organization's name. */
@Resolver(() => RepairQuote)
export class PartnerQuoteBadgeResolver {
  @FieldResolver(() => Boolean, { description: "Quoted by a mechanic under a verified partnership." })
  async verifiedPartner(@Root() quote: RepairQuote, @Ctx() ctx: Context): Promise<boolean> {
    return (await ctx.services.partnerQuotes.partnerBadge(quote))?.verified ?? false;
  }

  @FieldResolver(() => String, { nullable: true, description: "The partner organization fulfilling a partnership quote (its name only)." })
  async partnerOrganizationName(@Root() quote: RepairQuote, @Ctx() ctx: Context): Promise<string | null> {
    return (await ctx.services.partnerQuotes.partnerBadge(quote))?.organizationName ?? null;
  }
}
