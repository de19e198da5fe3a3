import type { PrismaClient } from "../../src/platform/db/prisma.ts";

export type LedgerByTransaction = Record<string, Record<string, number>>;

/**
 * A payment's ledger entries, one `{ "ACCOUNT/KIND": cents }` per transaction, named for reading:
 * "payment" (the split), "payout WORKSHOP" (one per transfer, by payee), "refund 1" (refunds in
 * order), "reversal 1 WORKSHOP" (a refund's reversal of a transfer), "dispute" (the amount
 * withdrawn), "dispute-won", "dispute-lost" and "dispute-reversal WORKSHOP" (a lost dispute's
 * reversal of a transfer). Two entries of one account and kind in one transaction fail loudly
 * instead of hiding each other.
 */
export async function ledgerOf(prisma: PrismaClient, paymentId: string): Promise<LedgerByTransaction> {
  const [entries, transfers, refunds] = await Promise.all([
    prisma.ledgerEntry.findMany({ where: { paymentId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    prisma.transfer.findMany({ where: { paymentId }, select: { id: true, recipient: true } }),
    prisma.refund.findMany({ where: { paymentId }, orderBy: [{ createdAt: "asc" }, { amountCents: "asc" }], select: { id: true } }),
  ]);
  const payee = new Map(transfers.map((t) => [t.id, t.recipient]));
  const refundNumber = new Map(refunds.map((r, i) => [r.id, i + 1]));
  const name = (transactionKey: string) => {
    const [kind, first, second] = transactionKey.split(":");
    if (kind === "payout") return `payout ${payee.get(first!)}`;
    if (kind === "refund") return `refund ${refundNumber.get(first!)}`;
    if (kind === "payout-reversal") return `reversal ${refundNumber.get(first!)} ${payee.get(second!)}`;
    if (kind === "dispute-reversal") return `dispute-reversal ${payee.get(second!)}`;
    return kind!;
  };
  const ledger: LedgerByTransaction = {};
  for (const entry of entries) {
    const transaction = (ledger[name(entry.transactionKey)] ??= {});
    const line = `${entry.account}/${entry.kind}`;
    if (line in transaction) throw new Error(`two ${line} entries in ${entry.transactionKey}`);
    transaction[line] = entry.amountCents;
  }
  return ledger;
}

/** Transactions whose entries do not sum to zero: double entry says there are none. */
export async function unbalancedTransactions(prisma: PrismaClient): Promise<{ transactionKey: string; sum: number }[]> {
  const rows = await prisma.ledgerEntry.groupBy({ by: ["transactionKey"], _sum: { amountCents: true }, orderBy: { transactionKey: "asc" } });
  return rows.filter((row) => (row._sum.amountCents ?? 0) !== 0).map((row) => ({ transactionKey: row.transactionKey, sum: row._sum.amountCents ?? 0 }));
}

/** The payout pair of a transfer of `cents` from `account`. */
export const payout = (account: string, cents: number) => ({ [`${account}/PAYOUT`]: -cents, "PLATFORM_CASH/PAYOUT": cents });
