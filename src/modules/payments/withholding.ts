import type { KeyedLine } from "../../domain/ledger/ledger-line.ts";
import { withholdingPostings } from "../../domain/ledger/payout.ts";
import { reinstatedOn } from "../../domain/ledger/reversal.ts";
import type { LedgerAccount } from "../../platform/db/generated/enums.ts";
import type { Tx } from "../../platform/db/prisma.ts";
import { bookTransaction, lockPaymentsOfMechanic, mechanicBalancesByPayment } from "./ledger.store.ts";
import type { PayeeAccountStore } from "./payee-account.store.ts";

/**
 * The ledger transaction that holds a withholding or its release, for the audit row of the
 * sanction or penalty that made it: null when nothing was owed, so nothing was booked.
 */
type Booked = { ledgerTransactionKey: string | null };

/**
 * A permanent ban withholds what the mechanic is still owed: each payment's unpaid balance moves
 * from MECHANIC_PAYABLE to WITHHELD, payment by payment so refunds and payouts still find it
 * (withholdingPostings). Keyed by the penalty, so a retried transaction books it once. Returns
 * the cents withheld (over all payments) and the ledger transaction, for the audit row.
 */
export async function withholdEarnings(tx: Tx, mechanicId: string, penaltyId: string): Promise<Booked & { withheldCents: number }> {
  const moved = await moveBalances(tx, mechanicId, { from: "MECHANIC_PAYABLE", to: "WITHHELD", transactionKey: `withholding:${penaltyId}`, description: "unpaid earnings withheld: permanent ban" });
  return { withheldCents: moved.amountCents, ledgerTransactionKey: moved.ledgerTransactionKey };
}

/**
 * A dismissed ban gives back everything withheld, including what was earned while it stood.
 * Returns the cents released and the ledger transaction, for the audit row.
 */
export async function releaseEarnings(tx: Tx, mechanicId: string, penaltyId: string): Promise<Booked & { releasedCents: number }> {
  const moved = await moveBalances(tx, mechanicId, {
    from: "WITHHELD",
    to: "MECHANIC_PAYABLE",
    transactionKey: `withholding-release:${penaltyId}`,
    description: "withheld earnings released: ban dismissed",
  });
  return { releasedCents: moved.amountCents, ledgerTransactionKey: moved.ledgerTransactionKey };
}

/**
 * Moves every positive per-payment balance of the mechanic's `from` account to `to`, as one ledger
 * transaction; the cents moved. Called after the caller set the mechanic's withheld flag (its row
 * lock held until `tx` ends), it first locks the payments holding the mechanic's entries
 * (lockPaymentsOfMechanic), then reads their balances: a refund, lost dispute, payout or failed
 * refund of one of them that read the balances before commits first and is read here, and one
 * after reads the move. A payment the mechanic has no entry on yet is credited by settling or
 * earning a diagnostic, which read the flag under a share lock on the profile (PayeeAccountStore.earningsWithheld).
 */
async function moveBalances(tx: Tx, mechanicId: string, move: { from: LedgerAccount; to: LedgerAccount; transactionKey: string; description: string }): Promise<Booked & { amountCents: number }> {
  await lockPaymentsOfMechanic(tx, mechanicId, [move.from, move.to]);
  const balances = await mechanicBalancesByPayment(tx, mechanicId, move.from);
  const lines = withholdingPostings(mechanicId, balances, move);
  await bookTransaction(tx, move.transactionKey, lines);
  const amountCents = lines.filter((line) => line.account === move.to).reduce((sum, line) => sum + line.amountCents, 0);
  return { amountCents, ledgerTransactionKey: lines.length ? move.transactionKey : null };
}

/**
 * Where a mechanic's share is credited or put back: owed to them (MECHANIC_PAYABLE), or WITHHELD when
 * `withheld` (a ban withholds their earnings, or no mechanic can be paid it), as the caller read it
 * under the payment's row lock (PayeeAccountStore.earningsWithheld): a ban after it moves what this
 * credits (moveBalances).
 */
export function creditPlace(withheld: boolean): LedgerAccount {
  return withheld ? "WITHHELD" : "MECHANIC_PAYABLE";
}

/** The mechanic's share places: where a ban or lift moves it, and where a reversal of it is booked back. */
const MECHANIC_PLACES: readonly LedgerAccount[] = ["MECHANIC_PAYABLE", "WITHHELD"];

/**
 * Puts the mechanic's share a reinstatement gave back where it belongs now. `reinstated`: the lines
 * on payment `paymentId` that made a share owed again, as booked: a failed refund's
 * (failedRefundPostings, on the place the refund took it from) or a payout's reversal
 * (payoutPostings, on MECHANIC_PAYABLE). The mechanic they credit (mechanicCredited; none: nothing
 * to place) is owed it on MECHANIC_PAYABLE, or on WITHHELD while a ban withholds their earnings
 * (creditPlace, the flag read through `payees` without waiting for the profile's lock: the caller
 * holds the payment's row lock, and a ban or lift setting the flag locks this payment, which holds
 * the mechanic's entries, before moving its balances: moveBalances). What the reinstatement put on
 * the other place moves, as a ban or its lift would have moved it had it been there
 * (withholdingPostings, under `move.transactionKey` with `move.description`, so once). Null when
 * nothing was misplaced; else the mechanic, the cents moved, where to and the ledger transaction,
 * for the caller's audit row.
 */
export async function placeMechanicShare(
  tx: Tx,
  payees: Pick<PayeeAccountStore, "earningsWithheld">,
  paymentId: string,
  reinstated: readonly KeyedLine[],
  move: { transactionKey: string; description: string },
): Promise<{ mechanicId: string; movedCents: number; movedTo: LedgerAccount; ledgerTransactionKey: string } | null> {
  const mechanicId = mechanicCredited(reinstated);
  if (!mechanicId) return null;
  const to = creditPlace(await payees.earningsWithheld(tx, mechanicId, false));
  const from = MECHANIC_PLACES.find((account) => account !== to)!;
  const amountCents = reinstatedOn(reinstated, from, mechanicId);
  if (amountCents <= 0) return null;
  await bookTransaction(tx, move.transactionKey, withholdingPostings(mechanicId, [{ paymentId, amountCents }], { from, to, description: move.description }));
  return { mechanicId, movedCents: amountCents, movedTo: to, ledgerTransactionKey: move.transactionKey };
}

/** The mechanic whose share places `lines` credit (at most one per payment), or null. */
function mechanicCredited(lines: readonly KeyedLine[]): string | null {
  return lines.find((line) => MECHANIC_PLACES.includes(line.account) && line.amountCents > 0 && line.userId)?.userId ?? null;
}
