import { platformRevenue } from "../../domain/ledger/postings.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { EscalationStore } from "../escalations/escalation.store.ts";
import type { QuoteStore } from "../quotes/quote.store.ts";
import type { SessionStore } from "../sessions/session.store.ts";
import type { LedgerStore } from "./ledger.store.ts";
import { earningsOf, withheldOf } from "./payment.policy.ts";
import type { AdminMetrics, Earnings } from "./payment.type.ts";

/** Reads over the ledger and the marketplace tables: earnings and admin metrics. */
export class LedgerService {
  constructor(
    private readonly ledger: LedgerStore,
    /** The stores of what the admin metrics count besides money: sessions, quotes, workshops' responses to offers. */
    private readonly marketplace: { sessions: SessionStore; quotes: QuoteStore; escalations: EscalationStore },
  ) {}

  /**
   * A mechanic's, a workshop's or a partner's earnings, from the ledger only (earningsOf):
   * credits net of refunds (earned), PAYOUT entries net of reversals (paid out), and the
   * difference (owed); a mechanic's withheld earnings besides. All in cents.
   */
  async earnings(viewer: Viewer, from?: Date | null, to?: Date | null): Promise<Earnings> {
    const period = { from: from ?? null, to: to ?? null };
    const withheld = withheldOf(viewer);
    const [rows, withheldCents] = await Promise.all([this.ledger.sumByKind(earningsOf(viewer), period), withheld ? this.ledger.sum(withheld, period) : Promise.resolve(0)]);
    const byKind = rows.filter((row) => row.kind !== "PAYOUT");
    const totalCents = byKind.reduce((sum, line) => sum + line.amountCents, 0);
    // Payouts debit the payable account: their negated sum is what left the platform (0 -, never -0).
    const paidOutCents = 0 - (rows.find((row) => row.kind === "PAYOUT")?.amountCents ?? 0);
    return { totalCents, paidOutCents, owedCents: totalCents - paidOutCents, withheldCents, byKind };
  }

  /**
   * Marketplace health and the platform's revenue over [from, to). The money figures (cents) are
   * the PLATFORM_REVENUE entries booked in the range, with what refunds and lost disputes booked in
   * it on mechanics' referrals and commissions, summed by `platformRevenue` (postings.ts), the same
   * function that reproduces the seeds' revenue tables.
   */
  async metrics(from: Date, to: Date): Promise<AdminMetrics> {
    const [sessions, { quotes, approved, averageTotalCents }, offers, revenueRows, mechanicFeeReversals] = await Promise.all([
      this.marketplace.sessions.completedIn(from, to),
      this.marketplace.quotes.createdIn(from, to),
      this.marketplace.escalations.answeredOffersIn(from, to),
      this.ledger.revenueRows(from, to),
      this.ledger.mechanicFeeReversals(from, to),
    ]);
    const { completed: completedSessions, escalated: escalatedSessions } = sessions;
    const revenue = platformRevenue(revenueRows, mechanicFeeReversals);
    const responseMinutes = offers.map((offer) => (offer.respondedAt.getTime() - offer.offeredAt.getTime()) / 60_000);
    return {
      completedSessions,
      escalatedSessions,
      onPlatformTransactionRate: completedSessions ? escalatedSessions / completedSessions : 0,
      quotes,
      quoteApprovalRate: quotes ? approved / quotes : 0,
      averageQuoteCents: Math.round(averageTotalCents ?? 0),
      averageWorkshopResponseMinutes: responseMinutes.length ? responseMinutes.reduce((a, b) => a + b, 0) / responseMinutes.length : null,
      ...revenue,
      platformFeesCents: revenue.diagnosticFeesCents + revenue.repairFeesCents,
    };
  }
}
