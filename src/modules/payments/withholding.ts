import type { Prisma } from "../../platform/db/generated/client.ts";
import type { LedgerAccount } from "../../platform/db/generated/enums.ts";
import { bookTransaction } from "./bookkeeping.ts";

type Tx = Prisma.TransactionClient;

/**
 * A permanent ban withholds what the mechanic is still owed: each payment's unpaid balance moves
 * from MECHANIC_PAYABLE to WITHHELD, payment by payment so refunds and payouts still find it.
 * Keyed by the penalty, so a retried transaction books it once.
 */
export function withholdEarnings(tx: Tx, mechanicId: string, penaltyId: string): Promise<void> {
  return moveBalances(tx, mechanicId, { from: "MECHANIC_PAYABLE", to: "WITHHELD", transactionKey: `withholding:${penaltyId}`, description: "unpaid earnings withheld: permanent ban" });
}

/** A dismissed ban gives back everything withheld, including what was earned while it stood. */
export function releaseEarnings(tx: Tx, mechanicId: string, penaltyId: string): Promise<void> {
  return moveBalances(tx, mechanicId, { from: "WITHHELD", to: "MECHANIC_PAYABLE", transactionKey: `withholding-release:${penaltyId}`, description: "withheld earnings released: ban dismissed" });
}

async function moveBalances(tx: Tx, mechanicId: string, move: { from: LedgerAccount; to: LedgerAccount; transactionKey: string; description: string }): Promise<void> {
  const balances = await tx.ledgerEntry.groupBy({
    by: ["paymentId"],
    where: { account: move.from, userId: mechanicId, paymentId: { not: null } },
    _sum: { amountCents: true },
    orderBy: { paymentId: "asc" },
  });
  const line = { kind: "WITHHOLDING" as const, userId: mechanicId, description: move.description };
  await bookTransaction(
    tx,
    move.transactionKey,
    balances
      .filter((balance) => (balance._sum.amountCents ?? 0) > 0)
      .flatMap((balance) => [
        { ...line, paymentId: balance.paymentId, key: `${balance.paymentId}:${move.from}`, account: move.from, amountCents: -balance._sum.amountCents! },
        { ...line, paymentId: balance.paymentId, key: `${balance.paymentId}:${move.to}`, account: move.to, amountCents: balance._sum.amountCents! },
      ]),
  );
}
