import { DAY_MS, isPenalisable, penaltyFor, penaltyOutcome } from "../../domain/enforcement/penalty-ladder.ts";
import { penaltyRestriction, sanctionRestriction, standingFrom } from "../../domain/enforcement/standing.ts";
import { againstTarget, rateBasisPoints, targetWindowStart, weekOverWeek, weeksEndingAt, type BadDirection, type Trend } from "../../domain/metrics/retention.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { AccountStatus, ContactKind, FlagStatus, PenaltyKind, Role } from "../../platform/db/generated/enums.ts";
import type { Tx } from "../../platform/db/prisma.ts";
import { notFound } from "../../platform/errors.ts";
import type { AccountMachine } from "../accounts/account.machine.ts";
import type { AccountService } from "../accounts/account.service.ts";
import type { AccountStore } from "../accounts/account.store.ts";
import type { AuditEntry, AuditStore } from "../audit/audit.store.ts";
import type { ChatStore } from "../chat/chat.store.ts";
import { toChatMessage, type ChatMessage } from "../chat/chat.types.ts";
import type { PaymentStore } from "../payments/payment.store.ts";
import { releaseEarnings, withholdEarnings } from "../payments/withholding.ts";
import type { QuoteStore } from "../quotes/quote.store.ts";
import type { SessionStore } from "../sessions/session.store.ts";
import { toPage, type Page, type PageRequest } from "../shared/pagination.ts";
import { violationScope } from "./enforcement.policy.ts";
import { flaggedMessageSelect, type EnforcementStore, type FlaggedMessageRow, type ViolationRow } from "./enforcement.store.ts";
import { ReviewDecision, type ComplianceRate, type ContactViolation, type FlaggedConversation, type InvestigationTriggers } from "./enforcement.types.ts";
import { RetentionMetric, WarningSignal, type RetentionReport, type SignalTrend } from "./retention.types.ts";
import type { ViolationMachine } from "./violation.machine.ts";

/** Investigation trigger: a mechanic with more than this many completed diagnostics and no escalation. */
export const INVESTIGATION_MIN_COMPLETED = 10;
const INVESTIGATION_DAYS_DEFAULT = 7;

/** What a violation is about: a chat message, or a flagged field of another record (a ContentFlag). */
export type Offence = { offenderId: string; kinds: ContactKind[] } & ({ messageId: string; sessionId: string } | { contentFlagId: string; entityType: string; entityId: string; field: string });

export interface AppliedPenalty {
  violationId: string;
  penaltyId: string;
  kind: PenaltyKind;
  status: AccountStatus;
}

const adminMessage = (row: FlaggedMessageRow): ChatMessage => toChatMessage({ ...row, senderRole: row.sender?.role ?? null }, true);

/**
 * Where penalties are decided. Contact-sharing enforcement: the ladder's penalty the moment a
 * professional's message or field is flagged (domain/enforcement/penalty-ladder.ts says which;
 * AccountMachine changes the account's status), admin review (a dismissal reverses the penalty),
 * and the compliance views of the admin dashboard.
 */
export class EnforcementService {
  constructor(
    private readonly store: EnforcementStore,
    private readonly accountStore: AccountStore,
    private readonly accountMachine: AccountMachine,
    private readonly violationMachine: ViolationMachine,
    private readonly accounts: AccountService,
    private readonly audit: AuditStore,
    /** The owners of what the compliance views read: flagged chat messages, and sessions. */
    private readonly chats: ChatStore,
    private readonly sessions: SessionStore,
    /** The owners of what the retention report counts besides: quotes and payments. */
    private readonly metrics: { quotes: QuoteStore; payments: PaymentStore },
  ) {}

  /**
   * Records a professional's violation and, when it holds a contact detail or an explicit
   * off-platform deal (`isPenalisable`), applies the next rung of the ladder, inside the caller's
   * transaction (the one that stores the message or the flagged field), so nothing is flagged
   * without its violation and penalty. A phrase-only hit ("call me") is recorded OPEN for review
   * and costs nothing: the answer is null then. The ladder applies to mechanics, workshop advisors
   * and partners alike; a ban withholds earnings of mechanics (the payees of MECHANIC_PAYABLE).
   * The caller announces the returned status (announceStatus) once its transaction committed.
   *
   * @throws CONFLICT when a suspension would replace a ban (two offences racing past the 3rd)
   */
  async penalise(tx: Tx, offence: Offence): Promise<AppliedPenalty | null> {
    const now = new Date();
    const source = "messageId" in offence ? { messageId: offence.messageId } : { contentFlagId: offence.contentFlagId };
    const violation = await this.store.createViolation(tx, source, offence.offenderId, offence.kinds);
    const where =
      "messageId" in offence
        ? { messageId: offence.messageId, sessionId: offence.sessionId }
        : { contentFlagId: offence.contentFlagId, entityType: offence.entityType, entityId: offence.entityId, field: offence.field };
    const detected = (role: Role, penalised: boolean): AuditEntry => ({
      actor: { id: offence.offenderId, role },
      action: "messageId" in offence ? "chat.contact_violation.detected" : "content.contact_violation.detected",
      entityType: "ContactViolation",
      entityId: violation.id,
      subjectUserId: offence.offenderId,
      fields: [],
      data: { ...where, kinds: offence.kinds, ...(penalised ? {} : { penalised: false }) },
    });
    if (!isPenalisable(offence.kinds)) {
      const account = await this.accountStore.standingOf(tx, offence.offenderId);
      if (!account) throw notFound("Account");
      await this.audit.write([detected(account.role, false)], tx);
      return null;
    }
    // The increment is atomic and returns the new count, so concurrent offences take distinct rungs.
    const { violationCount, role } = await this.accountStore.countViolation(tx, offence.offenderId);
    const rung = penaltyFor(violationCount);
    const { status, endsAt } = penaltyOutcome(rung, now);
    const penalty = await this.store.createPenalty(tx, { userId: offence.offenderId, violationId: violation.id, kind: rung.kind, startsAt: now, endsAt });
    // A ban of a mechanic withholds their unpaid earnings; its audit row says how much, and where in the ledger.
    let withheld: Awaited<ReturnType<typeof withholdEarnings>> | null = null;
    if (rung.kind === "PERMANENT_BAN" && role === "MECHANIC") {
      await this.accountStore.withholdEarnings(tx, offence.offenderId);
      withheld = await withholdEarnings(tx, offence.offenderId, penalty.id);
    }
    await this.audit.write([detected(role, true)], tx);
    await this.accountMachine.move(
      tx,
      "SYSTEM",
      offence.offenderId,
      status === "BANNED" ? "ban" : "suspend",
      { suspendedUntil: endsAt, reason: rung.reason },
      {
        actor: null,
        action: "account.penalty.applied",
        entityType: "Penalty",
        entityId: penalty.id,
        subjectUserId: offence.offenderId,
        fields: ["status", "suspendedUntil", ...(withheld ? ["earningsWithheld"] : [])],
        data: { kind: rung.kind, violationCount, endsAt: endsAt?.toISOString() ?? null, status, ...withheld },
      },
    );
    return { violationId: violation.id, penaltyId: penalty.id, kind: rung.kind, status };
  }

  /** After the penalty's transaction committed: drop cached statuses everywhere and end the user's live sockets. */
  announceStatus(userId: string, status: AccountStatus): void {
    this.accountMachine.announce({ userId, status });
  }

  /**
   * An admin confirms or dismisses an open flag. Dismissing (a false positive) reverses its
   * penalty and nothing else: the violation stops counting, and the account's standing is
   * recomputed from all that still stands (the ladder's other penalties and the suspensions and
   * bans an admin imposed by hand, less what a lift ended), so a ban or a longer suspension still
   * applies and only liftAccountSanction ends an admin's sanction.
   *
   * `id` and `note` are parsed by the resolver (enforcement.inputs.ts ReviewViolationArgs).
   *
   * @throws NOT_FOUND for an unknown violation; CONFLICT when already reviewed
   */
  async review(admin: Viewer, id: string, decision: ReviewDecision, note?: string | null): Promise<ContactViolation> {
    const now = new Date();
    const changed = await this.store.transaction(async (tx) => {
      const move = decision === ReviewDecision.CONFIRM ? "confirm" : "dismiss";
      const violation = await this.violationMachine.review(tx, admin, id, move, note ?? null, now);
      if (move === "confirm" || !violation.penalty || violation.penalty.reversedAt) return null;
      return this.reversePenalty(tx, admin, violation.offenderId, violation.penalty.id, now);
    });
    if (changed) this.accountMachine.announce(changed);
    return this.violation(id);
  }

  /**
   * Reverses a dismissed violation's penalty: it stops counting, the account takes the standing
   * of what still stands (domain standingFrom over restrictionsInForce: penalties and admins'
   * sanctions), and a mechanic's withheld earnings are released unless a ban (either kind) stands
   * (audited with the penalty's reversal: `releasedCents`, `ledgerTransactionKey`).
   */
  private async reversePenalty(tx: Tx, admin: Viewer, userId: string, penaltyId: string, now: Date) {
    await this.store.reversePenalty(tx, penaltyId, now);
    await this.accountStore.uncountViolation(tx, userId);
    const { penalties, sanctions } = await this.store.restrictionsInForce(tx, userId, now);
    const standing = standingFrom([...penalties.map(penaltyRestriction), ...sanctions.map(sanctionRestriction)], now);
    const account = await this.accountStore.standingOf(tx, userId);
    if (!account) throw notFound("Account");
    // Released before the move is audited, so its audit row says how much, and where in the ledger.
    const banned = standing.status === "BANNED";
    const released = (await this.accountStore.resetWithheldEarnings(tx, userId, banned)) && !banned ? await releaseEarnings(tx, userId, penaltyId) : null;
    return this.accountMachine.restore(tx, admin, userId, account.status, standing, {
      actor: admin,
      action: "account.penalty.reversed",
      entityType: "Penalty",
      entityId: penaltyId,
      subjectUserId: userId,
      fields: ["status", "suspendedUntil", "earningsWithheld"],
      data: { status: standing.status, ...released },
    });
  }

  async violation(id: string): Promise<ContactViolation> {
    const row = await this.store.violation(id);
    if (!row) throw notFound("Violation");
    return toViolation(row);
  }

  /** Violations within the admin's scope, newest first; `filter` parsed by the resolver (ViolationFilterArgs). */
  async violations(admin: Viewer, filter: { mechanicId?: string | null; status?: FlagStatus | null }, page: PageRequest): Promise<Page<ContactViolation>> {
    const { mechanicId } = filter;
    const { rows, totalCount } = await this.store.violations(violationScope(admin), { ...(mechanicId ? { offenderId: mechanicId } : {}), ...(filter.status ? { status: filter.status } : {}) }, page);
    return toPage(rows.map(toViolation), page, totalCount, (row) => row.createdAt);
  }
  /**
   * Conversations with flagged messages, most recently flagged first, aggregated in the database:
   * a session's chat and each workshop conversation of the session apart (`workshopId` says which);
   * each session read in the admin's scope with its relations (two statements whatever the page size).
   */
  async flaggedConversations(admin: Viewer, page: PageRequest): Promise<Page<FlaggedConversation>> {
    const { rows, totalCount } = await this.chats.flaggedThreads(page);
    const sessions = await this.sessions.byIds(admin, [...new Set(rows.map((r) => r.sessionId))]);
    const byId = new Map(sessions.map((s) => [s.id, s]));
    const nodes = rows.map((r) => ({ id: r.lastMessageId, session: byId.get(r.sessionId)!, workshopId: r.workshopId, flaggedMessageCount: r.flagged, lastFlaggedAt: r.last }));
    const result = toPage(nodes, page, totalCount, (row) => row.lastFlaggedAt);
    return { ...result, nodes: result.nodes.map(({ id: _id, ...node }) => node) };
  }

  async complianceRate(): Promise<ComplianceRate> {
    const { mechanicCount, compliantCount } = await this.accountStore.mechanicCompliance();
    return { mechanicCount, compliantCount, basisPoints: mechanicCount === 0 ? null : Math.floor((compliantCount * 10_000) / mechanicCount) };
  }

  /**
   * The seed's investigation triggers: mechanics with more than 10 completed diagnostics and no
   * escalation, contact messages of the last `days` days (1 to 365, parsed by the resolver: InvestigationArgs), the open solicitation reports (seed
   * "customer complaints about solicitation"; up to 100, newest first), and the week-over-week
   * warning signals (`retentionReport`).
   */
  async investigationTriggers(days: number = INVESTIGATION_DAYS_DEFAULT, now: Date = new Date()): Promise<InvestigationTriggers> {
    const since = new Date(now.getTime() - days * DAY_MS);
    const [idle, recent, reports, report] = await Promise.all([
      this.sessions.mechanicsNeverEscalating(INVESTIGATION_MIN_COMPLETED),
      this.chats.recentFlagged(since, flaggedMessageSelect),
      this.store.reports("OPEN", { take: 100, after: null }),
      this.retentionReport(now),
    ]);
    const mechanics = await Promise.all(idle.map((row) => this.accounts.mechanicProfile(row.mechanicId)));
    return {
      mechanicsWithoutEscalations: idle.flatMap((row, i) => (mechanics[i] ? [{ mechanic: mechanics[i], completedDiagnostics: row.completed, escalations: 0 }] : [])),
      recentContactMessages: recent.map(adminMessage),
      openSolicitationReports: reports.rows.slice(0, 100),
      alerts: report.trends.filter((trend) => trend.alert),
    };
  }

  /**
   * The seed's retention metrics over the 30 days ending at `asOf` beside their targets (the
   * compliance rate is today's), and its warning signals in the 7 days ending at `asOf` against
   * the 7 days before (domain/metrics/retention.ts). Counts come from their owning stores.
   */
  async retentionReport(asOf: Date = new Date()): Promise<RetentionReport> {
    const since = targetWindowStart(asOf);
    const { previous, current } = weeksEndingAt(asOf);
    const [sessions, quotes, compliance, escalations, contacts, volume, reports] = await Promise.all([
      this.sessions.completedIn(since, asOf),
      this.metrics.quotes.createdIn(since, asOf),
      this.complianceRate(),
      Promise.all([this.sessions.completedIn(previous.from, previous.to), this.sessions.completedIn(current.from, current.to)]),
      Promise.all([this.chats.countFlaggedIn(previous.from, previous.to), this.chats.countFlaggedIn(current.from, current.to)]),
      Promise.all([this.metrics.payments.volumeIn(previous.from, previous.to), this.metrics.payments.volumeIn(current.from, current.to)]),
      Promise.all([this.store.countReportsIn(previous.from, previous.to), this.store.countReportsIn(current.from, current.to)]),
    ]);
    const escalationRate = ({ escalated, completed }: { escalated: number; completed: number }) => rateBasisPoints(escalated, completed);
    const trend = (signal: WarningSignal, [before, now]: [number | null, number | null], bad: BadDirection) => ({ signal, ...renameWeeks(weekOverWeek(before, now, bad)) });
    return {
      asOf,
      since,
      targets: [
        againstTarget(RetentionMetric.ON_PLATFORM_TRANSACTION_RATE, rateBasisPoints(sessions.escalated, sessions.completed)),
        againstTarget(RetentionMetric.QUOTE_APPROVAL_RATE, rateBasisPoints(quotes.approved, quotes.quotes)),
        againstTarget(RetentionMetric.MECHANIC_COMPLIANCE_RATE, compliance.basisPoints),
      ].map((check) => ({ ...check, metric: RetentionMetric[check.metric] })),
      trends: [
        trend(WarningSignal.ESCALATION_RATE, [escalationRate(escalations[0]), escalationRate(escalations[1])], "DROP"),
        trend(WarningSignal.CONTACT_MESSAGES, contacts, "RISE"),
        trend(WarningSignal.TRANSACTION_VOLUME, [volume[0].amountCents, volume[1].amountCents], "DROP"),
        trend(WarningSignal.SOLICITATION_REPORTS, reports, "RISE"),
      ],
    };
  }
}

/** A domain trend in the API's words (the weeks named). */
function renameWeeks(trend: Trend): Omit<SignalTrend, "signal"> {
  return { previousWeek: trend.previous, currentWeek: trend.current, changeBasisPoints: trend.changeBasisPoints, alert: trend.alert };
}

function toViolation(row: ViolationRow): ContactViolation {
  const { contentFlag, ...rest } = row;
  return { ...rest, message: row.message ? adminMessage(row.message) : null, content: contentFlag };
}
