import type { Config } from "../../app/config.ts";
import { partnershipScope } from "../../authz/scopes.ts";
import type { FeePolicy } from "../../domain/money/fee-policy.ts";
import { inactiveReason, isoDay, NOT_COUNTED_AGAINST_LIMIT, startOfUtcMonth, validOn } from "../../domain/partnerships/partnership-rules.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import { Prisma } from "../../platform/db/generated/client.ts";
import type { PartnershipStatus, QuoteStatus } from "../../platform/db/generated/enums.ts";
import type { PrismaClient } from "../../platform/db/prisma.ts";
import { badInput, conflict, forbidden, notFound } from "../../platform/errors.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { ContentFlagService } from "../content/content-flag.service.ts";
import type { QuoteTransition } from "../quotes/quote.machine.ts";
import { quoteScope } from "../quotes/quote.policy.ts";
import type { QuoteService } from "../quotes/quote.service.ts";
import type { RepairQuote } from "../quotes/quote.type.ts";
import { parseCalendarDay } from "../shared/dates.ts";
import { keysetAfter, timestampPage, toPage, type Direction, type Page, type PageRequest } from "../shared/pagination.ts";
import { validateInput } from "../shared/validation.ts";
import { catalogPartSchema, validateCatalogImport, type CatalogPartData } from "./catalog-import.ts";
import {
  applySchema,
  laborRateSchema,
  permissionsSchema,
  requiredReasonSchema,
  type ApplyForPartnershipInput,
  type CatalogFormat,
  type CatalogPartInput,
  type LaborRateInput,
  type PartnershipPermissionsInput,
} from "./partnership.inputs.ts";
import {
  AbuseSignalKind,
  PartnershipInactiveReason,
  type CatalogImportReport,
  type CatalogPart,
  type LaborRate,
  type MechanicPerformance,
  type PartnerOrganization,
  type Partnership,
  type PartnershipAbuseSignal,
  type PartnershipEarnings,
} from "./partnership.type.ts";

type Tx = Prisma.TransactionClient;
type PartnershipRow = Prisma.PartnershipGetPayload<object>;
/** The partnership part of the fee policy (fee-policy.ts) and the admin abuse signal. */
export type PartnershipSettings = FeePolicy["partnership"] & Config["partnerships"];

/** A validated `YYYY-MM-DD` (shared/dates.ts's calendarDay) as the UTC midnight it is stored as. */
const day = (value: string) => {
  const date = parseCalendarDay(value);
  if (!date) throw new Error("an unvalidated calendar day reached the service");
  return date;
};

const organizationSelect = { userId: true, organizationName: true, verifiedAt: true, workshopId: true } as const;
const toOrganization = (p: Prisma.PartnerProfileGetPayload<{ select: typeof organizationSelect }>): PartnerOrganization => ({
  id: p.userId,
  organizationName: p.organizationName,
  verified: p.verifiedAt !== null,
  hasWorkshop: p.workshopId !== null,
});
const CUSTOMER_SENT: QuoteStatus[] = ["PENDING", "APPROVED", "DECLINED", "EXPIRED", "CLOSED", "COMPLETED"];

/**
 * Partnerships between a mechanic and a partner: the application (the mechanic accepts the
 * terms by applying), the partner's acceptance, the admin's verification (then ACTIVE),
 * suspension and termination by either party, the partner's price list, and the dashboards.
 * Every state change is conditional on the state read (a race is CONFLICT) and audited.
 */
export class PartnershipService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly quotes: QuoteService,
    private readonly settings: PartnershipSettings,
    private readonly contentFlags: ContentFlagService,
  ) {}

  toPartnership(row: PartnershipRow, now = new Date()): Partnership {
    const reason = inactiveReason(row, now);
    return {
      ...row,
      activeNow: reason === null,
      inactiveReason: reason ? PartnershipInactiveReason[reason] : null,
      platformFeeBasisPoints: this.settings.platformFeeBasisPoints,
      contractStartDate: isoDay(row.contractStartDate),
      contractEndDate: row.contractEndDate ? isoDay(row.contractEndDate) : null,
    };
  }

  /** A mechanic applies with proposed terms; applying is the mechanic's acceptance of them. */
  async apply(viewer: Viewer, input: ApplyForPartnershipInput, now = new Date()): Promise<Partnership> {
    const data = validateInput(applySchema, input);
    const commissionBasisPoints = data.commissionBasisPoints ?? this.settings.commissionBasisPoints[data.type];
    // The platform pays the commission out of its partnership fee (seed 000's revised model), so it cannot exceed it.
    if (commissionBasisPoints > this.settings.platformFeeBasisPoints) {
      throw badInput(`input.commissionBasisPoints: must be at most ${this.settings.platformFeeBasisPoints}, the platform fee it is paid from`, "input.commissionBasisPoints");
    }
    const permissions = data.permissions;
    if (permissions.autoApproveBelowCents != null && permissions.autoApproveBelowCents > permissions.maxQuoteAmountCents) {
      throw badInput("input.permissions.autoApproveBelowCents: must not exceed maxQuoteAmountCents", "input.permissions.autoApproveBelowCents");
    }
    const partner = await this.prisma.partnerProfile.findUnique({ where: { userId: data.partnerId }, select: { userId: true, workshopId: true } });
    if (!partner) throw notFound("Partner");
    if (data.type === "WORKSHOP" && !partner.workshopId) throw badInput("input.type: this partner has no workshop to fulfil WORKSHOP partnerships", "input.type");

    const row = await this.prisma.$transaction(async (tx) => {
      // Serializes applications to one partner, so two concurrent ones cannot both pass the check below.
      await tx.$queryRaw`SELECT "userId" FROM "PartnerProfile" WHERE "userId" = ${partner.userId}::uuid FOR UPDATE`;
      const live = await tx.partnership.count({ where: { mechanicId: viewer.id, partnerId: partner.userId, type: data.type, status: { in: ["PENDING", "ACTIVE", "SUSPENDED"] } } });
      if (live > 0) throw conflict("You already have a partnership of this type with this partner");
      const created = await tx.partnership.create({
        data: {
          mechanicId: viewer.id,
          partnerId: partner.userId,
          type: data.type,
          status: "PENDING",
          commissionBasisPoints,
          paymentTerms: data.paymentTerms ?? "NET_30",
          canCreateQuotes: permissions.canCreateQuotes ?? true,
          quoteApprovalRequired: permissions.quoteApprovalRequired ?? true,
          autoApproveBelowCents: permissions.autoApproveBelowCents ?? null,
          maxQuoteAmountCents: permissions.maxQuoteAmountCents,
          mechanicAcceptedAt: now,
          contractStartDate: day(data.contractStartDate),
          contractEndDate: data.contractEndDate ? day(data.contractEndDate) : null,
          autoRenew: data.autoRenew ?? false,
        },
      });
      await this.record(tx, viewer, created.id, "partnership.applied", { type: data.type, commissionBasisPoints, maxQuoteAmountCents: permissions.maxQuoteAmountCents });
      return created;
    });
    return this.toPartnership(row, now);
  }

  /** The partner accepts the terms the mechanic applied with. */
  async acceptTerms(viewer: Viewer, partnershipId: string, now = new Date()): Promise<Partnership> {
    const row = await this.find(viewer, partnershipId);
    if (row.partnerId !== viewer.id) throw forbidden("Only the partner accepts the terms here");
    return this.transition(
      viewer,
      row,
      {
        where: { status: "PENDING", partnerAcceptedAt: null },
        data: { partnerAcceptedAt: now },
        action: "partnership.partner_accepted",
        conflictMessage: "These terms are not awaiting your acceptance",
      },
      now,
    );
  }

  /** An admin verifies the partner once both parties accepted; the partnership becomes ACTIVE. */
  async verify(viewer: Viewer, partnershipId: string, now = new Date()): Promise<Partnership> {
    const row = await this.find(viewer, partnershipId);
    if (!row.mechanicAcceptedAt || !row.partnerAcceptedAt) throw conflict("Both parties must accept the terms before verification");
    return this.transition(
      viewer,
      row,
      {
        where: { status: "PENDING", mechanicAcceptedAt: { not: null }, partnerAcceptedAt: { not: null } },
        data: { status: "ACTIVE", verifiedAt: now, verifiedById: viewer.id, statusChangedById: viewer.id, statusReason: null },
        action: "partnership.verified",
        conflictMessage: "Only a pending partnership can be verified",
        after: (tx) => tx.partnerProfile.updateMany({ where: { userId: row.partnerId, verifiedAt: null }, data: { verifiedAt: now, verifiedById: viewer.id } }),
      },
      now,
    );
  }

  /** Either party (or an admin) suspends an active partnership: quoting and partner approvals stop. */
  async suspend(viewer: Viewer, partnershipId: string, reason: string, now = new Date()): Promise<Partnership> {
    const why = validateInput(requiredReasonSchema.describe("reason"), reason);
    const row = await this.findAsParty(viewer, partnershipId);
    return this.transition(
      viewer,
      row,
      {
        where: { status: "ACTIVE" },
        data: { status: "SUSPENDED", statusReason: why, statusChangedById: viewer.id },
        action: "partnership.suspended",
        audit: { reason: why },
        conflictMessage: "Only an active partnership can be suspended",
      },
      now,
    );
  }

  /** Only whoever suspended it (or an admin) lifts a suspension: a partner's quality hold is not the mechanic's to undo. */
  async resume(viewer: Viewer, partnershipId: string, now = new Date()): Promise<Partnership> {
    const row = await this.findAsParty(viewer, partnershipId);
    if (row.status === "SUSPENDED" && viewer.role !== "ADMIN" && row.statusChangedById !== viewer.id) throw forbidden("Only the party that suspended this partnership can resume it");
    return this.transition(
      viewer,
      row,
      {
        where: { status: "SUSPENDED", ...(viewer.role === "ADMIN" ? {} : { statusChangedById: viewer.id }) },
        data: { status: "ACTIVE", statusReason: null, statusChangedById: viewer.id },
        action: "partnership.resumed",
        conflictMessage: "Only a suspended partnership can be resumed",
      },
      now,
    );
  }

  /**
   * Either party (or an admin) ends a partnership for good. A partner (or admin) may flag quality
   * issues. Quotes still awaiting the partner or the customer are cancelled: nobody will fulfil them.
   */
  async terminate(viewer: Viewer, partnershipId: string, reason: string, qualityIssue: boolean, now = new Date()): Promise<Partnership> {
    const why = validateInput(requiredReasonSchema.describe("reason"), reason);
    const row = await this.findAsParty(viewer, partnershipId);
    if (qualityIssue && viewer.role === "MECHANIC") throw forbidden("Only the partner can terminate for quality issues");
    let withdrawn: QuoteTransition[] = [];
    const result = await this.transition(
      viewer,
      row,
      {
        where: { status: { in: ["PENDING", "ACTIVE", "SUSPENDED"] } },
        data: { status: "TERMINATED", statusReason: why, statusChangedById: viewer.id },
        action: "partnership.terminated",
        audit: { reason: why, qualityIssue },
        conflictMessage: "This partnership is already terminated",
        after: async (tx) => {
          withdrawn = await this.quotes.withdrawForPartnership(tx, viewer, row.id);
        },
      },
      now,
    );
    this.quotes.publishTransitions(withdrawn);
    return result;
  }

  /** The partner sets what the mechanic may do: quoting, approval, the auto-approval threshold, the monthly limit. */
  async updatePermissions(viewer: Viewer, partnershipId: string, input: PartnershipPermissionsInput, now = new Date()): Promise<Partnership> {
    const data = validateInput(permissionsSchema, input);
    if (data.autoApproveBelowCents != null && data.autoApproveBelowCents > data.maxQuoteAmountCents) {
      throw badInput("input.autoApproveBelowCents: must not exceed maxQuoteAmountCents", "input.autoApproveBelowCents");
    }
    const row = await this.find(viewer, partnershipId);
    if (row.partnerId !== viewer.id) throw forbidden("Only the partner sets the permissions");
    const next = {
      canCreateQuotes: data.canCreateQuotes ?? row.canCreateQuotes,
      quoteApprovalRequired: data.quoteApprovalRequired ?? row.quoteApprovalRequired,
      autoApproveBelowCents: data.autoApproveBelowCents ?? null,
      maxQuoteAmountCents: data.maxQuoteAmountCents,
    };
    const before = {
      canCreateQuotes: row.canCreateQuotes,
      quoteApprovalRequired: row.quoteApprovalRequired,
      autoApproveBelowCents: row.autoApproveBelowCents,
      maxQuoteAmountCents: row.maxQuoteAmountCents,
    };
    return this.transition(
      viewer,
      row,
      { where: { status: { not: "TERMINATED" } }, data: next, action: "partnership.permissions_changed", audit: { before, after: next }, conflictMessage: "This partnership is terminated" },
      now,
    );
  }

  // ───────────── price list ─────────────

  async upsertCatalogPart(viewer: Viewer, partnershipId: string, input: CatalogPartInput): Promise<CatalogPart> {
    const data = validateInput(catalogPartSchema, input);
    const row = await this.findAsPartnerForPricing(viewer, partnershipId);
    const saved = await this.prisma.$transaction(async (tx) => {
      const part = await this.writePart(tx, row.id, data);
      await this.record(tx, viewer, row.id, "partnership.catalog_part_upserted", { partNumber: data.partNumber, validFrom: data.validFrom, retailPriceCents: data.retailPriceCents });
      return part;
    });
    return toCatalogPart(saved);
  }

  async upsertLaborRate(viewer: Viewer, partnershipId: string, input: LaborRateInput): Promise<LaborRate> {
    const data = validateInput(laborRateSchema, input);
    const row = await this.findAsPartnerForPricing(viewer, partnershipId);
    const values = {
      ratePerHourCents: data.ratePerHourCents,
      mechanicRateCents: data.mechanicRateCents,
      mechanicCommissionBasisPoints: row.commissionBasisPoints,
      validUntil: data.validUntil ? day(data.validUntil) : null,
    };
    const saved = await this.prisma.$transaction(async (tx) => {
      const rate = await tx.partnerLaborRate.upsert({
        where: { partnershipId_serviceCategory_validFrom: { partnershipId: row.id, serviceCategory: data.serviceCategory, validFrom: day(data.validFrom) } },
        create: { partnershipId: row.id, serviceCategory: data.serviceCategory, validFrom: day(data.validFrom), ...values },
        update: values,
      });
      await this.record(tx, viewer, row.id, "partnership.labor_rate_upserted", { serviceCategory: data.serviceCategory, validFrom: data.validFrom, mechanicRateCents: data.mechanicRateCents });
      return rate;
    });
    return toLaborRate(saved);
  }

  /** All or nothing: every row is validated first; one rejected row and nothing is written. */
  async importCatalog(viewer: Viewer, partnershipId: string, format: CatalogFormat, content: string): Promise<CatalogImportReport> {
    const row = await this.findAsPartnerForPricing(viewer, partnershipId);
    const { rows, rejected } = validateCatalogImport(format, content);
    if (rejected.length) return { applied: false, importedCount: 0, rejected: rejected.slice(0, 500) };
    // Every row was validated above, so the writes cannot be refused. They go in batches, each one
    // multi-row upsert in its own short transaction: 5,000 row-by-row upserts in one transaction
    // held the embedded database's one connection for 30 s, and outlived the request timeout
    // before it committed. Each row is keyed (partnership, part number, validFrom), so a batch
    // written twice (a retry after a failure part-way) writes the same rows again.
    for (let start = 0; start < rows.length; start += IMPORT_BATCH_ROWS) {
      const batch = rows.slice(start, start + IMPORT_BATCH_ROWS);
      const last = start + IMPORT_BATCH_ROWS >= rows.length;
      await this.prisma.$transaction(async (tx) => {
        await upsertParts(tx, row.id, batch);
        if (last) await this.record(tx, viewer, row.id, "partnership.catalog_imported", { format, rows: rows.length });
      });
    }
    if (rows.length === 0) await this.prisma.$transaction((tx) => this.record(tx, viewer, row.id, "partnership.catalog_imported", { format, rows: 0 }));
    return { applied: true, importedCount: rows.length, rejected: [] };
  }

  async catalogParts(partnership: Partnership, currentOnly: boolean, now = new Date()): Promise<CatalogPart[]> {
    const rows = await this.prisma.partnerCatalogPart.findMany({
      where: { partnershipId: partnership.id, ...(currentOnly ? validOn(now) : {}) },
      orderBy: [{ category: "asc" }, { partNumber: "asc" }, { validFrom: "desc" }],
      take: 1000,
    });
    return rows.map(toCatalogPart);
  }

  async laborRates(partnership: Partnership, currentOnly: boolean, now = new Date()): Promise<LaborRate[]> {
    const rows = await this.prisma.partnerLaborRate.findMany({
      where: { partnershipId: partnership.id, ...(currentOnly ? validOn(now) : {}) },
      orderBy: [{ serviceCategory: "asc" }, { validFrom: "desc" }],
      take: 500,
    });
    return rows.map(toLaborRate);
  }

  // ───────────── reads and dashboards ─────────────

  /** The viewer's partnerships (partnershipScope), newest first; the count is scoped the same way. */
  list(viewer: Viewer, page: PageRequest, status?: PartnershipStatus | null, now = new Date()): Promise<Page<Partnership>> {
    return this.page({ AND: [partnershipScope(viewer), status ? { status } : {}] }, page, "desc", now);
  }

  async get(viewer: Viewer, id: string, now = new Date()): Promise<Partnership> {
    return this.toPartnership(await this.find(viewer, id), now);
  }

  /** Admins: partnerships both parties accepted, waiting for verification, oldest first. */
  pendingVerification(page: PageRequest, now = new Date()): Promise<Page<Partnership>> {
    return this.page({ status: "PENDING", mechanicAcceptedAt: { not: null }, partnerAcceptedAt: { not: null } }, page, "asc", now);
  }

  private async page(where: Prisma.PartnershipWhereInput, page: PageRequest, direction: Direction, now: Date): Promise<Page<Partnership>> {
    const [rows, totalCount] = await Promise.all([this.prisma.partnership.findMany(timestampPage(where, page, "createdAt", direction)), this.prisma.partnership.count({ where })]);
    return toPage(
      rows.map((row) => this.toPartnership(row, now)),
      page,
      totalCount,
      (row) => row.createdAt,
    );
  }

  /** Partners mechanics may apply to, by organization name: names only. */
  async directory(page: PageRequest): Promise<Page<PartnerOrganization>> {
    const [rows, totalCount] = await Promise.all([
      this.prisma.partnerProfile.findMany({
        where: keysetAfter(page.after, "asc", (comparison, value) => ({ organizationName: { [comparison]: value } }), "userId"),
        orderBy: [{ organizationName: "asc" }, { userId: "asc" }],
        take: page.take + 1,
        select: organizationSelect,
      }),
      this.prisma.partnerProfile.count(),
    ]);
    return toPage(rows.map(toOrganization), page, totalCount, (organization) => organization.organizationName);
  }

  async partner(partnership: Partnership): Promise<PartnerOrganization> {
    return toOrganization(await this.prisma.partnerProfile.findUniqueOrThrow({ where: { userId: partnership.partnerId }, select: organizationSelect }));
  }

  async mechanic(partnership: Partnership) {
    const m = await this.prisma.mechanicProfile.findUniqueOrThrow({
      where: { userId: partnership.mechanicId },
      select: { userId: true, displayName: true, ratingHundredths: true, ratingCount: true },
    });
    return { id: m.userId, displayName: m.displayName, rating: m.ratingHundredths / 100, ratingCount: m.ratingCount };
  }

  /** Quotes written under partnerships, as the viewer may see them (quoteScope), optionally by partnership and status. */
  partnershipQuotes(viewer: Viewer, page: PageRequest, partnershipId?: string | null, status?: QuoteStatus | null): Promise<Page<RepairQuote>> {
    return this.quotes.page({ AND: [quoteScope(viewer), { partnershipId: partnershipId ?? { not: null } }, status ? { status } : {}] }, page);
  }

  async earnings(partnership: Partnership, now = new Date()): Promise<PartnershipEarnings> {
    const [mechanic, partner, quoted] = await Promise.all([
      // Earned, as Earnings.totalCents: payouts move money out of the payable, they do not unearn it.
      this.prisma.ledgerEntry.aggregate({ where: { partnershipId: partnership.id, account: { in: ["MECHANIC_PAYABLE", "WITHHELD"] }, kind: { not: "PAYOUT" } }, _sum: { amountCents: true } }),
      this.prisma.ledgerEntry.aggregate({ where: { partnershipId: partnership.id, account: "PARTNER_PAYABLE", kind: { not: "PAYOUT" } }, _sum: { amountCents: true } }),
      quotedThisMonth(this.prisma, partnership.id, now),
    ]);
    return {
      mechanicCommissionCents: mechanic._sum.amountCents ?? 0,
      partnerShareCents: partner._sum.amountCents ?? 0,
      quotedThisMonthCents: quoted,
      remainingThisMonthCents: Math.max(0, partnership.maxQuoteAmountCents - quoted),
    };
  }

  /** Per mechanic under the viewer's partnerships (all of them for admins): quotes, approvals, conversion, complaints. */
  async performance(viewer: Viewer): Promise<MechanicPerformance[]> {
    const partnerships = await this.prisma.partnership.findMany({
      where: partnershipScope(viewer),
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 200,
      select: { id: true, mechanicId: true, mechanic: { select: { mechanic: { select: { displayName: true } } } } },
    });
    if (!partnerships.length) return [];
    const ids = partnerships.map((p) => p.id);
    const [byStatus, partnerApproved, complaints] = await Promise.all([
      this.prisma.repairQuote.groupBy({
        by: ["partnershipId", "status"],
        where: { partnershipId: { in: ids }, status: { not: "SUPERSEDED" } },
        _count: { _all: true },
        orderBy: { partnershipId: "asc" },
      }),
      this.prisma.repairQuote.groupBy({ by: ["partnershipId"], where: { partnershipId: { in: ids }, partnerApprovedAt: { not: null } }, _count: { _all: true }, orderBy: { partnershipId: "asc" } }),
      this.prisma.complaint.groupBy({ by: ["partnershipId"], where: { partnershipId: { in: ids } }, _count: { _all: true }, orderBy: { partnershipId: "asc" } }),
    ]);
    return partnerships.map((p) => {
      const counts = byStatus.filter((row) => row.partnershipId === p.id);
      const count = (statuses: QuoteStatus[]) => counts.filter((row) => statuses.includes(row.status)).reduce((sum, row) => sum + row._count._all, 0);
      const quotes = counts.reduce((sum, row) => sum + row._count._all, 0);
      const approvedByPartner = partnerApproved.find((row) => row.partnershipId === p.id)?._count._all ?? 0;
      const rejectedByPartner = count(["REJECTED_BY_PARTNER"]);
      const sent = count(CUSTOMER_SENT);
      const converted = count(["APPROVED", "COMPLETED"]);
      return {
        partnershipId: p.id,
        mechanicId: p.mechanicId,
        mechanicName: p.mechanic.mechanic?.displayName ?? "",
        quotes,
        approvedByPartner,
        rejectedByPartner,
        approvalRate: approvedByPartner + rejectedByPartner ? approvedByPartner / (approvedByPartner + rejectedByPartner) : 0,
        converted,
        conversionRate: sent ? converted / sent : 0,
        complaints: complaints.find((row) => row.partnershipId === p.id)?._count._all ?? 0,
      };
    });
  }

  /**
   * Admins: quotes whose total is far above the partner's own cost (wholesale parts, partner
   * labor rate) over the last 90 days, and partnerships whose quotes reached customers at least
   * three times and never converted.
   */
  async abuseSignals(now = new Date()): Promise<PartnershipAbuseSignal[]> {
    const since = new Date(now.getTime() - 90 * 86_400_000);
    const quotes = await this.prisma.repairQuote.findMany({
      where: { partnershipId: { not: null }, createdAt: { gte: since }, status: { not: "SUPERSEDED" } },
      select: {
        id: true,
        status: true,
        totalCents: true,
        partnershipId: true,
        escalation: { select: { mechanicId: true } },
        lineItems: { select: { kind: true, quantity: true, catalogPartId: true, laborRateId: true } },
      },
      take: 5000,
    });
    const partIds = [...new Set(quotes.flatMap((q) => q.lineItems.map((l) => l.catalogPartId).filter((id): id is string => id !== null)))];
    const rateIds = [...new Set(quotes.flatMap((q) => q.lineItems.map((l) => l.laborRateId).filter((id): id is string => id !== null)))];
    const [parts, rates] = await Promise.all([
      this.prisma.partnerCatalogPart.findMany({ where: { id: { in: partIds } }, select: { id: true, wholesalePriceCents: true } }),
      this.prisma.partnerLaborRate.findMany({ where: { id: { in: rateIds } }, select: { id: true, ratePerHourCents: true } }),
    ]);
    const wholesale = new Map(parts.map((p) => [p.id, p.wholesalePriceCents]));
    const rate = new Map(rates.map((r) => [r.id, r.ratePerHourCents]));
    const signals: PartnershipAbuseSignal[] = [];
    for (const quote of quotes) {
      let cost = 0;
      for (const line of quote.lineItems) {
        if (line.catalogPartId) cost += (wholesale.get(line.catalogPartId) ?? 0) * line.quantity;
        else if (line.laborRateId) cost += Math.round(((rate.get(line.laborRateId) ?? 0) * line.quantity) / 60);
      }
      if (cost <= 0) continue;
      const markup = Math.round((quote.totalCents * 10_000) / cost);
      if (markup >= this.settings.markupAlertBasisPoints) {
        signals.push({
          kind: AbuseSignalKind.QUOTE_FAR_ABOVE_CATALOG,
          partnershipId: quote.partnershipId!,
          mechanicId: quote.escalation.mechanicId,
          quoteId: quote.id,
          markupBasisPoints: markup,
          detail: `quote total is ${(markup / 10_000).toFixed(2)}x the partner's cost`,
        });
      }
    }
    const byPartnership = new Map<string, { mechanicId: string; sent: number; converted: number }>();
    for (const quote of quotes) {
      const entry = byPartnership.get(quote.partnershipId!) ?? { mechanicId: quote.escalation.mechanicId, sent: 0, converted: 0 };
      if (CUSTOMER_SENT.includes(quote.status)) entry.sent++;
      if (quote.status === "APPROVED" || quote.status === "COMPLETED") entry.converted++;
      byPartnership.set(quote.partnershipId!, entry);
    }
    for (const [partnershipId, entry] of byPartnership) {
      if (entry.sent >= 3 && entry.converted === 0) {
        signals.push({
          kind: AbuseSignalKind.QUOTES_NEVER_CONVERT,
          partnershipId,
          mechanicId: entry.mechanicId,
          quoteId: null,
          markupBasisPoints: null,
          detail: `${entry.sent} quotes sent to customers in 90 days, none approved`,
        });
      }
    }
    return signals;
  }

  // ───────────── internals ─────────────

  /** NOT_FOUND for a missing partnership and one outside the viewer's scope alike. */
  private async find(viewer: Viewer, id: string): Promise<PartnershipRow> {
    const row = await this.prisma.partnership.findFirst({ where: { AND: [{ id }, partnershipScope(viewer)] } });
    if (!row) throw notFound("Partnership");
    return row;
  }

  /** The two parties and admins act on a partnership; partnershipScope already admits only them. */
  private findAsParty(viewer: Viewer, id: string): Promise<PartnershipRow> {
    return this.find(viewer, id);
  }

  private async findAsPartnerForPricing(viewer: Viewer, id: string): Promise<PartnershipRow> {
    const row = await this.find(viewer, id);
    if (row.partnerId !== viewer.id) throw forbidden("Only the partner manages its price list");
    if (row.status === "TERMINATED") throw conflict("This partnership is terminated");
    return row;
  }

  private writePart(tx: Tx, partnershipId: string, data: CatalogPartData) {
    const values = partValues(data);
    return tx.partnerCatalogPart.upsert({
      where: { partnershipId_partNumber_validFrom: { partnershipId, partNumber: data.partNumber, validFrom: day(data.validFrom) } },
      create: { partnershipId, partNumber: data.partNumber, validFrom: day(data.validFrom), ...values },
      update: values,
    });
  }

  /** A conditional update from the state read (CONFLICT when someone moved it first), audited in the same transaction. */
  private async transition(
    viewer: Viewer,
    row: PartnershipRow,
    change: {
      where: Prisma.PartnershipWhereInput;
      data: Prisma.PartnershipUncheckedUpdateManyInput;
      action: string;
      audit?: Prisma.InputJsonObject;
      conflictMessage: string;
      after?: (tx: Tx) => Promise<unknown>;
    },
    now: Date,
  ): Promise<Partnership> {
    const updated = await this.prisma.$transaction(async (tx) => {
      const done = await tx.partnership.updateMany({ where: { AND: [{ id: row.id }, change.where] }, data: change.data });
      if (done.count !== 1) throw conflict(change.conflictMessage);
      // A suspend or terminate reason's flags commit with the move.
      await this.contentFlags.record(tx, viewer, { type: "Partnership", id: row.id });
      await change.after?.(tx);
      await this.record(tx, viewer, row.id, change.action, { from: row.status, ...change.audit });
      return tx.partnership.findUniqueOrThrow({ where: { id: row.id } });
    });
    return this.toPartnership(updated, now);
  }

  private record(tx: Tx, viewer: Viewer, partnershipId: string, action: string, data: Prisma.InputJsonObject): Promise<void> {
    return this.audit.write([{ actor: viewer, action, entityType: "Partnership", entityId: partnershipId, data }], tx);
  }
}

/** This month's quoted total under a partnership: quotes that were or may still be sent to the customer. */
export async function quotedThisMonth(db: Pick<PrismaClient, "repairQuote">, partnershipId: string, now: Date): Promise<number> {
  const sum = await db.repairQuote.aggregate({
    where: { partnershipId, createdAt: { gte: startOfUtcMonth(now) }, status: { notIn: [...NOT_COUNTED_AGAINST_LIMIT] } },
    _sum: { totalCents: true },
  });
  return sum._sum.totalCents ?? 0;
}

function toCatalogPart(row: Prisma.PartnerCatalogPartGetPayload<object>): CatalogPart {
  return { ...row, validFrom: isoDay(row.validFrom), validUntil: row.validUntil ? isoDay(row.validUntil) : null };
}

function toLaborRate(row: Prisma.PartnerLaborRateGetPayload<object>): LaborRate {
  return { ...row, validFrom: isoDay(row.validFrom), validUntil: row.validUntil ? isoDay(row.validUntil) : null };
}

/** Rows per statement and transaction of a price list import: 5,000 rows are 10 short transactions. */
const IMPORT_BATCH_ROWS = 500;

/** The stored columns of a validated price list part, besides its key. */
function partValues(data: CatalogPartData) {
  return {
    name: data.name,
    category: data.category,
    wholesalePriceCents: data.wholesalePriceCents,
    retailPriceCents: data.retailPriceCents,
    // Margin on the retail price.
    marginBasisPoints: data.retailPriceCents ? Math.round(((data.retailPriceCents - data.wholesalePriceCents) * 10_000) / data.retailPriceCents) : 0,
    availableQuantity: data.availableQuantity,
    leadTimeDays: data.leadTimeDays,
    validUntil: data.validUntil ? day(data.validUntil) : null,
  };
}

/**
 * One statement upserting many validated parts by their key (partnership, part number, validFrom),
 * as writePart does one: writing the same rows again changes nothing, so a retried batch is safe.
 * The rows' keys are distinct (validateCatalogImport refuses repeats), as ON CONFLICT requires.
 */
function upsertParts(tx: Tx, partnershipId: string, parts: readonly CatalogPartData[]) {
  const tuples = parts.map((part) => {
    const v = partValues(part);
    return Prisma.sql`(gen_random_uuid(), ${partnershipId}::uuid, ${part.partNumber}, ${v.name}, ${v.category}, ${v.wholesalePriceCents}::int, ${v.retailPriceCents}::int,
      ${v.marginBasisPoints}::int, ${v.availableQuantity}::int, ${v.leadTimeDays}::int, ${day(part.validFrom)}::date, ${v.validUntil}::date)`;
  });
  return tx.$executeRaw`
    INSERT INTO "PartnerCatalogPart" (id, "partnershipId", "partNumber", name, category, "wholesalePriceCents", "retailPriceCents",
      "marginBasisPoints", "availableQuantity", "leadTimeDays", "validFrom", "validUntil")
    VALUES ${Prisma.join(tuples)}
    ON CONFLICT ("partnershipId", "partNumber", "validFrom") DO UPDATE SET
      name = EXCLUDED.name, category = EXCLUDED.category, "wholesalePriceCents" = EXCLUDED."wholesalePriceCents",
      "retailPriceCents" = EXCLUDED."retailPriceCents", "marginBasisPoints" = EXCLUDED."marginBasisPoints",
      "availableQuantity" = EXCLUDED."availableQuantity", "leadTimeDays" = EXCLUDED."leadTimeDays", "validUntil" = EXCLUDED."validUntil"`;
}
