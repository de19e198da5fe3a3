/**
 * Postings of money leaving the platform to a payee (a transfer) or coming back (a reversal), and
 * of a ban withholding a mechanic's balances. Pure: the ledger store books what these return.
 * Integer cents, credit positive, the lines of one posting sum to zero.
 */
import type { LedgerAccount, TransferRecipient } from "../../platform/db/generated/enums.ts";
import type { KeyedLine } from "./ledger-line.ts";

/** The payable account a transfer to each kind of payee pays down. */
export const PAYABLE_OF: Readonly<Record<TransferRecipient, LedgerAccount>> = { WORKSHOP: "WORKSHOP_PAYABLE", MECHANIC: "MECHANIC_PAYABLE", PARTNER: "PARTNER_PAYABLE" };

/** Whose payable a payout debits: the payee fields of the first credit of that payable on the payment. */
export interface PayeeOfPayable {
  userId: string | null;
  workshopId: string | null;
  partnershipId: string | null;
}

/**
 * A payout of `amountCents` on a payment: the payee's payable debited (the same payee as the
 * payable's credits), PLATFORM_CASH credited. A negative amount books a reversal (owed again, cash back).
 */
export function payoutPostings(input: { paymentId: string; recipient: TransferRecipient; payee: PayeeOfPayable; amountCents: number; description: string }): KeyedLine[] {
  const account = PAYABLE_OF[input.recipient];
  const line = { kind: "PAYOUT" as const, paymentId: input.paymentId, description: input.description };
  return [
    { ...line, key: account, account, amountCents: -input.amountCents, ...input.payee },
    { ...line, key: "PLATFORM_CASH", account: "PLATFORM_CASH", amountCents: input.amountCents },
  ];
}

/** A mechanic's balance on one payment, in cents (null payment: none). */
export interface PaymentBalance {
  paymentId: string;
  amountCents: number;
}

/**
 * Moves a mechanic's positive balances, payment by payment (so refunds and payouts still find
 * them), from one account to another: MECHANIC_PAYABLE to WITHHELD for a permanent ban (seed 003,
 * 003_0add1c2809e6e7b6.txt:336 "Third offense: Permanent ban + withhold unpaid earnings"), back on a
 * dismissed ban.
 */
export function withholdingPostings(mechanicId: string, balances: readonly PaymentBalance[], move: { from: LedgerAccount; to: LedgerAccount; description: string }): KeyedLine[] {
  const line = { kind: "WITHHOLDING" as const, userId: mechanicId, description: move.description };
  return balances
    .filter((balance) => balance.amountCents > 0)
    .flatMap((balance) => [
      { ...line, paymentId: balance.paymentId, key: `${balance.paymentId}:${move.from}`, account: move.from, amountCents: -balance.amountCents },
      { ...line, paymentId: balance.paymentId, key: `${balance.paymentId}:${move.to}`, account: move.to, amountCents: balance.amountCents },
    ]);
}
