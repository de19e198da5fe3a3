import type { Config } from "../../app/config.ts";
import { maxPartnershipCommission, type FeePolicy } from "../../domain/money/fee-policy.ts";
import { activationTermsProblem, effectiveMonthlyLimit, isoDay, quotingLimitsProblem, type InactiveReason, type QuotingLimits } from "../../domain/partnerships/partnership-rules.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { PartnershipStatus, QuoteStatus } from "../../platform/db/generated/enums.ts";
import type { Tx } from "../../platform/db/prisma.ts";
import { conflict, notFound, statusConflict, badInputAt, type InputPath } from "../../platform/errors.ts";
import type { AccountService } from "../accounts/account.service.ts";
import type { AccountStore } from "../accounts/account.store.ts";
import type { Mechanic } from "../accounts/account.types.ts";
import type { VettingCheck } from "../accounts/mechanic-vetting.service.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { LedgerStore } from "../payments/ledger.store.ts";
import type { QuoteTransition } from "../quotes/quote.machine.ts";
import type { QuoteService } from "../quotes/quote.service.ts";
import type { QuoteListFields, QuoteStore } from "../quotes/quote.store.ts";
import type { RepairQuote } from "../quotes/quote.type.ts";
import { toPage, type Direction, type Page, type PageRequest } from "../shared/pagination.ts";
import { systemScope } from "../shared/scope.ts";
import type { PartnershipUse } from "./partnership-use.service.ts";
import type { ApplyForPartnershipInput, PartnershipPermissionsInput } from "./partnership.inputs.ts";
import { auditPartnership, type PartnershipMachine, type PartnershipRow } from "./partnership.machine.ts";
import { assertIsPartnerOf, assertMayResume, assertMayTerminate, partnershipsOf } from "./partnership.policy.ts";
import { storedDay, type PartnershipFilter, type PartnershipScope, type PartnershipStore } from "./partnership.store.ts";
import {
  AbuseSignalKind,
  PartnershipInactiveReason,
  type MechanicPerformance,
  type PartnerOrganization,
  type Partnership,
  type PartnershipAbuseSignal,
  type PartnershipEarnings,
  toPartnerOrganization,
} from "./partnership.type.ts";

/** The partnership part of the fee policy (fee-policy.ts), the admin abuse signal and the highest monthly quote limit. */
export type PartnershipSettings = FeePolicy["partnership"] & Config["partnerships"];

const CUSTOMER_SENT: QuoteStatus[] = ["PENDING", "APPROVED", "DECLINED", "EXPIRED", "CLOSED", "COMPLETED"];

/**
 * Partnerships between a mechanic and a partner: the application (the mechanic accepts the
 * terms by applying), the partner's acceptance, the admin's verification (then ACTIVE),
 * suspension and termination by either party, the partner's permissions, and the dashboards.
 * Status moves go through PartnershipMachine (conditional on the state read: a race is CONFLICT;
 * audited); every other read and write of the module's tables through PartnershipStore, and of
 * other modules' tables through their owners' stores (partner profiles, quotes and complaints, the ledger).
 */
export class PartnershipService {
  constructor(
    private readonly machine: PartnershipMachine,
    private readonly store: PartnershipStore,
    /** The owners of what partnerships read besides their own tables: partner profiles, quotes and complaints, the ledger. */
    private readonly owners: { accounts: AccountStore; quotes: QuoteStore; ledger: LedgerStore },
    private readonly audit: AuditService,
    private readonly accounts: AccountService,
    private readonly quotes: QuoteService,
    private readonly settings: PartnershipSettings,
    /** The accounts module's vetting decision: only an APPROVED mechanic's partnership becomes ACTIVE. */
    private readonly vetting: VettingCheck,
    /** Whether a partnership is usable now (its status, contract, margin and mechanic's vetting). */
    private readonly use: PartnershipUse,
  ) {}

  /** The API's Partnership of a stored row: whether it is usable at `now` (and why not, PartnershipUse), dates as `YYYY-MM-DD`. */
  private async toPartnership(row: PartnershipRow, now: Date): Promise<Partnership> {
    return this.presented(row, await this.use.reasonOf(row, now));
  }

  /** `row` as the API's Partnership, given why it is not usable (null: it is). */
  private presented(row: PartnershipRow, reason: InactiveReason | null): Partnership {
    return {
      ...row,
      activeNow: reason === null,
      inactiveReason: reason ? PartnershipInactiveReason[reason] : null,
      platformFeeBasisPoints: this.settings.platformFeeBasisPoints,
      contractStartDate: isoDay(row.contractStartDate),
      contractEndDate: row.contractEndDate ? isoDay(row.contractEndDate) : null,
    };
  }

  /**
   * A mechanic applies with proposed terms (input parsed by the resolver); applying is the
   * mechanic's acceptance of them. The commission defaults to, and may be at most, the type's
   * (maxPartnershipCommission: the platform pays it, so the partner's acceptance does not bound it).
   * The partner sees the proposed permissions and accepts them, or not (acceptTerms).
   *
   * @throws BAD_USER_INPUT when the commission exceeds the type's, the monthly limit the platform's highest, the auto-approval threshold the monthly limit, or a WORKSHOP partner has no workshop
   * @throws NOT_FOUND for an unknown partner; CONFLICT when a live partnership of this type exists
   */
  async apply(viewer: Viewer, input: ApplyForPartnershipInput, now = new Date()): Promise<Partnership> {
    const maxCommission = maxPartnershipCommission(this.settings, input.type);
    const commissionBasisPoints = input.commissionBasisPoints ?? maxCommission;
    if (commissionBasisPoints > maxCommission) {
      throw badInputAt(
        ["input", "commissionBasisPoints"],
        `must be at most ${maxCommission}, the platform's ${input.type} commission (paid out of its ${this.settings.platformFeeBasisPoints} partnership fee)`,
      );
    }
    const permissions = input.permissions;
    this.assertQuotingLimits(permissions, ["input", "permissions"]);
    const partner = await this.owners.accounts.partnerProfile(input.partnerId);
    if (!partner) throw notFound("Partner");
    if (input.type === "WORKSHOP" && !partner.workshopId) throw badInputAt(["input", "type"], "this partner has no workshop to fulfil WORKSHOP partnerships");
    const row = await this.machine.open(
      viewer,
      {
        mechanicId: viewer.id,
        partnerId: partner.userId,
        type: input.type,
        commissionBasisPoints,
        paymentTerms: input.paymentTerms ?? "NET_30",
        canCreateQuotes: permissions.canCreateQuotes ?? true,
        quoteApprovalRequired: permissions.quoteApprovalRequired ?? true,
        autoApproveBelowCents: permissions.autoApproveBelowCents ?? null,
        maxQuoteAmountCents: permissions.maxQuoteAmountCents,
        mechanicAcceptedAt: now,
        contractStartDate: storedDay(input.contractStartDate),
        contractEndDate: input.contractEndDate ? storedDay(input.contractEndDate) : null,
        autoRenew: input.autoRenew ?? false,
      },
      { type: input.type, commissionBasisPoints, maxQuoteAmountCents: permissions.maxQuoteAmountCents },
    );
    return this.toPartnership(row, now);
  }

  /**
   * The partner accepts the terms the mechanic applied with, as the partnership shows them
   * (commission, payment terms, contract dates, and the permissions the mechanic proposed: quoting,
   * approval, auto-approval threshold, monthly limit). Only the partner changes them after applying
   * (updatePermissions), so what it read is what it accepts; the audit row records them (seed 000
   * "Both parties must agree to terms").
   *
   * @throws NOT_FOUND outside the viewer's partnerships; FORBIDDEN for anyone but its partner; CONFLICT unless awaiting the partner
   */
  async acceptTerms(viewer: Viewer, partnershipId: string, now = new Date()): Promise<Partnership> {
    const row = await this.find(viewer, partnershipId);
    assertIsPartnerOf(viewer, row, "accepts the terms here");
    const moved = await this.machine.make(viewer, "acceptTerms", {
      row,
      guard: { partnerAcceptedAt: null },
      data: { partnerAcceptedAt: now },
      audit: { terms: termsOf(row) },
      conflictMessage: "These terms are not awaiting your acceptance",
    });
    return this.toPartnership(moved, now);
  }

  /**
   * An admin verifies the partner once both parties accepted; the partnership becomes ACTIVE and
   * the partner organization verified. Its mechanic must be vetted (seed 000 "Identity
   * verification required"), and its commission within today's limit for the type: an application
   * from before the limit is not verified with terms the platform no longer offers.
   *
   * @throws FORBIDDEN (`MECHANIC_NOT_VETTED`) unless its mechanic is APPROVED
   * @throws CONFLICT before both parties accepted, when its terms are out of today's policy (activationTermsProblem), or unless PENDING
   */
  async verify(viewer: Viewer, partnershipId: string, now = new Date()): Promise<Partnership> {
    const row = await this.find(viewer, partnershipId);
    if (!row.mechanicAcceptedAt || !row.partnerAcceptedAt) throw conflict("Both parties must accept the terms before verification");
    const moved = await this.machine.make(viewer, "verify", {
      row,
      before: (tx) => this.assertMayActivate(viewer, row, tx),
      guard: { mechanicAcceptedAt: { not: null }, partnerAcceptedAt: { not: null } },
      data: { verifiedAt: now, verifiedById: viewer.id, statusReason: null },
      conflictMessage: "Only a pending partnership can be verified",
      after: (tx) => this.owners.accounts.verifyPartner(tx, row.partnerId, viewer.id, now),
    });
    return this.toPartnership(moved, now);
  }

  /**
   * Either party (or an admin) suspends an active partnership: quoting and partner approvals stop.
   * `reason` is parsed by the resolver (PartnershipReasonArgs).
   *
   * @throws NOT_FOUND outside the viewer's partnerships; CONFLICT unless ACTIVE
   */
  async suspend(viewer: Viewer, partnershipId: string, reason: string, now = new Date()): Promise<Partnership> {
    const row = await this.find(viewer, partnershipId);
    const moved = await this.machine.make(viewer, "suspend", {
      row,
      data: { statusReason: reason },
      audit: { reason },
      conflictMessage: "Only an active partnership can be suspended",
    });
    return this.toPartnership(moved, now);
  }

  /**
   * Only whoever suspended it (or an admin) lifts a suspension: a partner's quality hold is not the
   * mechanic's to undo. Resuming makes it ACTIVE again, so it passes verify's checks again: its
   * mechanic still vetted, its terms within today's policy (activationTermsProblem).
   *
   * @throws FORBIDDEN for the party that did not suspend it, and (`MECHANIC_NOT_VETTED`) unless its mechanic is APPROVED
   * @throws CONFLICT when its terms are out of today's policy, or unless SUSPENDED
   */
  async resume(viewer: Viewer, partnershipId: string, now = new Date()): Promise<Partnership> {
    const row = await this.find(viewer, partnershipId);
    assertMayResume(viewer, row);
    const moved = await this.machine.make(viewer, "resume", {
      row,
      before: (tx) => this.assertMayActivate(viewer, row, tx),
      data: { statusReason: null },
      conflictMessage: "Only a suspended partnership can be resumed",
    });
    return this.toPartnership(moved, now);
  }

  /**
   * Either party (or an admin) ends a partnership for good. A partner (or admin) may flag quality
   * issues. Its open quotes are cancelled, nobody will fulfil them: those awaiting the partner or
   * the customer are withdrawn, and those the customer approved and nobody paid for are called
   * off (their escalations take quotes again and their stock is given back), so the customer can
   * have the repair quoted again; each customer's quote feed reads the change. A paid quote stays
   * approved and is fulfilled. `reason` is validated by the resolver.
   *
   * @throws FORBIDDEN when a mechanic flags quality issues; CONFLICT once terminated
   */
  async terminate(viewer: Viewer, partnershipId: string, reason: string, qualityIssue: boolean, now = new Date()): Promise<Partnership> {
    const row = await this.find(viewer, partnershipId);
    assertMayTerminate(viewer, qualityIssue);
    const cancelled: QuoteTransition[] = [];
    const moved = await this.machine.make(viewer, "terminate", {
      row,
      // Before the partnership's row: a payment locks its quote, then the partnership (FOR SHARE).
      before: async (tx) => {
        cancelled.push(...(await this.quotes.callOffForPartnership(tx, viewer, await this.store.unpaidApprovedQuotes(tx, row.id))));
      },
      data: { statusReason: reason },
      audit: { reason, qualityIssue },
      conflictMessage: "This partnership is already terminated",
      after: async (tx) => {
        cancelled.push(...(await this.quotes.withdrawForPartnership(tx, viewer, row.id)));
      },
    });
    this.quotes.publishTransitions(cancelled);
    return this.toPartnership(moved, now);
  }

  /**
   * The partner sets what the mechanic may do: quoting, approval, the auto-approval threshold, the
   * monthly limit (input parsed by the resolver). Audited with the terms before and after.
   *
   * @throws BAD_USER_INPUT when the monthly limit exceeds the platform's highest or the auto-approval threshold the monthly limit
   * @throws NOT_FOUND outside the viewer's partnerships; FORBIDDEN unless its partner; CONFLICT once terminated
   */
  async updatePermissions(viewer: Viewer, partnershipId: string, input: PartnershipPermissionsInput, now = new Date()): Promise<Partnership> {
    this.assertQuotingLimits(input, ["input"]);
    const row = await this.find(viewer, partnershipId);
    assertIsPartnerOf(viewer, row, "sets the permissions");
    const next = {
      canCreateQuotes: input.canCreateQuotes ?? row.canCreateQuotes,
      quoteApprovalRequired: input.quoteApprovalRequired ?? row.quoteApprovalRequired,
      autoApproveBelowCents: input.autoApproveBelowCents ?? null,
      maxQuoteAmountCents: input.maxQuoteAmountCents,
    };
    const before = {
      canCreateQuotes: row.canCreateQuotes,
      quoteApprovalRequired: row.quoteApprovalRequired,
      autoApproveBelowCents: row.autoApproveBelowCents,
      maxQuoteAmountCents: row.maxQuoteAmountCents,
    };
    const updated = await this.store.transaction(async (tx) => {
      if (!(await this.store.updatePermissions(tx, row.id, next))) throw statusConflict("This partnership is terminated", "TERMINATED");
      await auditPartnership(this.audit, tx, viewer, row.id, "partnership.permissions_changed", { from: row.status, before, after: next });
      return this.store.reread(tx, row.id);
    });
    return this.toPartnership(updated, now);
  }

  // ───────────── reads and dashboards ─────────────

  /** The viewer's partnerships (partnershipScope), newest first; the count is scoped the same way. */
  list(viewer: Viewer, page: PageRequest, status?: PartnershipStatus | null, now = new Date()): Promise<Page<Partnership>> {
    return this.page(partnershipsOf(viewer), { status: status ?? null }, page, "desc", now);
  }

  /** @throws NOT_FOUND for a missing partnership and one outside the viewer's scope alike */
  async get(viewer: Viewer, id: string, now = new Date()): Promise<Partnership> {
    return this.toPartnership(await this.find(viewer, id), now);
  }

  /** Admins (the rule map): partnerships both parties accepted, waiting for verification, oldest first. */
  pendingVerification(page: PageRequest, now = new Date()): Promise<Page<Partnership>> {
    return this.page(systemScope("the admins' verification queue"), { status: "PENDING", bothAccepted: true }, page, "asc", now);
  }

  private async page(scope: PartnershipScope, filter: PartnershipFilter, page: PageRequest, direction: Direction, now: Date): Promise<Page<Partnership>> {
    const { rows, totalCount } = await this.store.page(scope, filter, page, direction);
    const reasons = await this.use.reasonsOf(rows, now);
    return toPage(
      rows.map((row) => this.presented(row, reasons.get(row.id) ?? null)),
      page,
      totalCount,
      (row) => row.createdAt,
    );
  }

  /** Partners mechanics may apply to, by organization name: names only. */
  async directory(page: PageRequest): Promise<Page<PartnerOrganization>> {
    const { rows, totalCount } = await this.owners.accounts.partnerOrganizations(page);
    return toPage(rows.map(toPartnerOrganization), page, totalCount, (organization) => organization.organizationName);
  }

  /** The partner organization of a partnership the viewer reached. */
  async partner(partnership: Partnership): Promise<PartnerOrganization> {
    return toPartnerOrganization(await this.store.organization(partnership.id));
  }

  /** The mechanic of a partnership the viewer reached (accounts' public profile). */
  async mechanic(partnership: Partnership): Promise<Mechanic> {
    const mechanic = await this.accounts.mechanicProfile(partnership.mechanicId);
    if (!mechanic) throw notFound("Mechanic");
    return mechanic;
  }

  /** Quotes written under partnerships, as the viewer may see them (quoteScope), optionally by partnership and status; `fields`: the fields asked for (QuoteService.page). */
  partnershipQuotes(viewer: Viewer, page: PageRequest, partnershipId?: string | null, status?: QuoteStatus | null, fields?: QuoteListFields): Promise<Page<RepairQuote>> {
    return this.quotes.page(viewer, page, { partnershipId: partnershipId ?? "ANY", status }, fields);
  }

  async earnings(partnership: Partnership, now = new Date()): Promise<PartnershipEarnings> {
    const [earned, quoted] = await Promise.all([
      // Earned, as Earnings.totalCents: payouts move money out of the payable, they do not unearn it.
      this.owners.ledger.partnershipEarnings(partnership.id),
      this.owners.quotes.quotedThisMonth(partnership.id, now),
    ]);
    return {
      ...earned,
      quotedThisMonthCents: quoted,
      remainingThisMonthCents: Math.max(0, effectiveMonthlyLimit(partnership.maxQuoteAmountCents, this.settings.maxMonthlyQuoteCents) - quoted),
    };
  }

  /** Per mechanic under the viewer's partnerships (all of them for admins): quotes, approvals, conversion, complaints. */
  async performance(viewer: Viewer): Promise<MechanicPerformance[]> {
    const partnerships = await this.store.withMechanicNames(partnershipsOf(viewer));
    if (!partnerships.length) return [];
    const ids = partnerships.map((p) => p.id);
    const { byStatus, partnerApproved, complaints } = await this.owners.quotes.partnershipCounts(ids);
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
        mechanicName: p.mechanicName,
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
    const quotes = await this.owners.quotes.partnershipQuotesSince(since);
    const partIds = [...new Set(quotes.flatMap((q) => q.lineItems.map((l) => l.catalogPartId).filter((id): id is string => id !== null)))];
    const rateIds = [...new Set(quotes.flatMap((q) => q.lineItems.map((l) => l.laborRateId).filter((id): id is string => id !== null)))];
    const { wholesale, rate } = await this.store.costs(partIds, rateIds);
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

  /**
   * What a move to ACTIVE (verify, resume) checks in its transaction, against the partnership as
   * the move's conditional update will find it (`tx` is the move's, before its update): its terms
   * within today's policy, and its mechanic vetted, read share-locked so a rejection cannot land
   * between the check and the move.
   *
   * @throws CONFLICT naming the term out of policy; FORBIDDEN (`MECHANIC_NOT_VETTED`) as VettingCheck.assertVetted
   */
  private async assertMayActivate(viewer: Viewer, row: PartnershipRow, tx: Tx): Promise<void> {
    const terms = await this.store.lockTerms(tx, row.mechanicId, row.id);
    const problem = terms && activationTermsProblem(terms, this.settings, this.settings.maxMonthlyQuoteCents);
    if (problem) throw conflict(problem);
    await this.vetting.assertVetted(viewer, row.mechanicId, tx);
  }

  /** BAD_USER_INPUT naming `path`'s offending permission when quotingLimitsProblem finds one. */
  private assertQuotingLimits(limits: QuotingLimits, path: InputPath): void {
    const problem = quotingLimitsProblem(limits, this.settings.maxMonthlyQuoteCents);
    if (problem) throw badInputAt([...path, problem.field], problem.message);
  }

  /** NOT_FOUND for a missing partnership and one outside the viewer's scope alike (the two parties and admins). */
  private async find(viewer: Viewer, id: string): Promise<PartnershipRow> {
    const row = await this.store.find(partnershipsOf(viewer), id);
    if (!row) throw notFound("Partnership");
    return row;
  }
}

/** The terms a party agrees to, as the audit records them: money in cents, rates in basis points, dates `YYYY-MM-DD`. */
function termsOf(row: PartnershipRow) {
  return {
    type: row.type,
    commissionBasisPoints: row.commissionBasisPoints,
    paymentTerms: row.paymentTerms,
    contractStartDate: isoDay(row.contractStartDate),
    contractEndDate: row.contractEndDate ? isoDay(row.contractEndDate) : null,
    autoRenew: row.autoRenew,
    canCreateQuotes: row.canCreateQuotes,
    quoteApprovalRequired: row.quoteApprovalRequired,
    autoApproveBelowCents: row.autoApproveBelowCents,
    maxQuoteAmountCents: row.maxQuoteAmountCents,
  };
}
