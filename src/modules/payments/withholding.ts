import { withholdingPostings } from "../../domain/ledger/payout.ts";
import type { LedgerAccount } from "../../platform/db/generated/enums.ts";
import type { Tx } from "../../platform/db/prisma.ts";
import { bookTransaction, mechanicBalancesByPayment } from "./ledger.store.ts";

/**
 * A permanent ban withholds what the mechanic is still owed: each payment's unpaid balance moves
 * from MECHANIC_PAYABLE to WITHHELD, payment by payment so refunds and payouts still find it
 * (withholdingPostings). Keyed by the penalty, so a retried transaction books it once.
 */
export function withholdEarnings(tx: Tx, mechanicId: string, penaltyId: string): Promise<void> {
  return moveBalances(tx, mechanicId, { from: "MECHANIC_PAYABLE", to: "WITHHELD", transactionKey: `withholding:${penaltyId}`, description: "unpaid earnings withheld: permanent ban" });
}

/** A dismissed ban gives back everything withheld, including what was earned while it stood. */
export function releaseEarnings(tx: Tx, mechanicId: string, penaltyId: string): Promise<void> {
  return moveBalances(tx, mechanicId, { from: "WITHHELD", to: "MECHANIC_PAYABLE", transactionKey: `withholding-release:${penaltyId}`, description: "withheld earnings released: ban dismissed" });
}

async function moveBalances(tx: Tx, mechanicId: string, move: { from: LedgerAccount; to: LedgerAccount; transactionKey: string; description: string }): Promise<void> {
  const balances = await mechanicBalancesByPayment(tx, mechanicId, move.from);
  await bookTransaction(tx, move.transactionKey, withholdingPostings(mechanicId, balances, move));
}
