import { platformRevenue } from "../../domain/ledger/postings.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import { Prisma } from "../../platform/db/generated/client.ts";
import type { LedgerEntryKind, PaymentKind } from "../../platform/db/generated/enums.ts";
import type { PrismaClient } from "../../platform/db/prisma.ts";
import type { AdminMetrics, Earnings } from "./payment.type.ts";

/** Reads over the ledger and the marketplace tables: earnings and admin metrics. */
export class LedgerService {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * A mechanic's, a workshop's or a partner's earnings, from the ledger only: credits net of
   * refunds (earned), PAYOUT entries net of reversals (paid out), and the difference (owed).
   */
  async earnings(viewer: Viewer, from?: Date | null, to?: Date | null): Promise<Earnings> {
    const createdAt = range(from, to);
    const mine: Prisma.LedgerEntryWhereInput =
      viewer.role === "WORKSHOP_ADVISOR"
        ? { account: "WORKSHOP_PAYABLE", workshopId: viewer.workshopId ?? "" }
        : { account: viewer.role === "PARTNER" ? "PARTNER_PAYABLE" : "MECHANIC_PAYABLE", userId: viewer.id };
    const [rows, withheld] = await Promise.all([
      this.prisma.ledgerEntry.groupBy({ by: ["kind"], where: { ...mine, ...createdAt }, _sum: { amountCents: true }, orderBy: { kind: "asc" } }),
      viewer.role === "MECHANIC"
        ? this.prisma.ledgerEntry.aggregate({ where: { account: "WITHHELD", userId: viewer.id, ...createdAt }, _sum: { amountCents: true } })
        : Promise.resolve({ _sum: { amountCents: 0 } }),
    ]);
    const byKind = rows.filter((row) => row.kind !== "PAYOUT").map((row) => ({ kind: row.kind, amountCents: row._sum.amountCents ?? 0 }));
    const totalCents = byKind.reduce((sum, line) => sum + line.amountCents, 0);
    // Payouts debit the payable account: their negated sum is what left the platform (0 -, never -0).
    const paidOutCents = 0 - (rows.find((row) => row.kind === "PAYOUT")?._sum.amountCents ?? 0);
    return { totalCents, paidOutCents, owedCents: totalCents - paidOutCents, withheldCents: withheld._sum.amountCents ?? 0, byKind };
  }

  /**
   * Marketplace health and the platform's revenue over [from, to). The money figures (cents) are
   * the PLATFORM_REVENUE entries booked in the range, summed by `platformRevenue` (postings.ts), the
   * same function that reproduces the seeds' revenue tables.
   */
  async metrics(from: Date, to: Date): Promise<AdminMetrics> {
    const [completedSessions, escalatedSessions, quotes, approved, quoteAverage, offers, revenueRows] = await Promise.all([
      this.prisma.diagnosticSession.count({ where: { status: "COMPLETED", completedAt: { gte: from, lt: to } } }),
      this.prisma.diagnosticSession.count({ where: { status: "COMPLETED", completedAt: { gte: from, lt: to }, escalation: { isNot: null } } }),
      this.prisma.repairQuote.count({ where: { createdAt: { gte: from, lt: to }, status: { not: "SUPERSEDED" } } }),
      this.prisma.repairQuote.count({ where: { createdAt: { gte: from, lt: to }, status: { in: ["APPROVED", "COMPLETED"] } } }),
      this.prisma.repairQuote.aggregate({ where: { createdAt: { gte: from, lt: to }, status: { not: "SUPERSEDED" } }, _avg: { totalCents: true } }),
      this.prisma.escalationOffer.findMany({
        where: { offeredAt: { gte: from, lt: to }, autoAccepted: false, status: { in: ["ACCEPTED", "DECLINED"] }, respondedAt: { not: null } },
        select: { offeredAt: true, respondedAt: true },
      }),
      this.prisma.$queryRaw<{ paymentKind: PaymentKind | null; kind: LedgerEntryKind; amountCents: bigint }[]>(Prisma.sql`
        SELECT p.kind::text AS "paymentKind", e.kind::text AS kind, SUM(e."amountCents") AS "amountCents"
        FROM "LedgerEntry" e LEFT JOIN "Payment" p ON p.id = e."paymentId"
        WHERE e.account = 'PLATFORM_REVENUE' AND e."createdAt" >= ${from.toISOString()}::timestamp AND e."createdAt" < ${to.toISOString()}::timestamp
        GROUP BY 1, 2`),
    ]);
    const revenue = platformRevenue(revenueRows.map((row) => ({ ...row, amountCents: Number(row.amountCents) })));
    const responseMinutes = offers.map((offer) => (offer.respondedAt!.getTime() - offer.offeredAt.getTime()) / 60_000);
    return {
      completedSessions,
      escalatedSessions,
      onPlatformTransactionRate: completedSessions ? escalatedSessions / completedSessions : 0,
      quotes,
      quoteApprovalRate: quotes ? approved / quotes : 0,
      averageQuoteCents: Math.round(quoteAverage._avg.totalCents ?? 0),
      averageWorkshopResponseMinutes: responseMinutes.length ? responseMinutes.reduce((a, b) => a + b, 0) / responseMinutes.length : null,
      ...revenue,
      platformFeesCents: revenue.diagnosticFeesCents + revenue.repairFeesCents,
    };
  }
}

function range(from?: Date | null, to?: Date | null): Prisma.LedgerEntryWhereInput {
  if (!from && !to) return {};
  return { createdAt: { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) } };
}
