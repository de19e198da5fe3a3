/**
 * Postings that give back part of a payment's split (a refund, a lost dispute) and the dispute
 * holds around it. Pure: the ledger store books what these return. Integer cents, credit positive,
 * the lines of one posting sum to zero.
 */
import type { LedgerAccount, LedgerEntryKind } from "../../platform/db/generated/enums.ts";
import type { KeyedLine } from "./ledger-line.ts";

/** A payee's position in a payment's split: its credit (net of moves such as a diagnostic's earned share). */
export interface SharePosition {
  account: LedgerAccount;
  kind: LedgerEntryKind;
  /** The payee's net credit on the payment, in cents. */
  amountCents: number;
  userId?: string | null;
  workshopId?: string | null;
  partnershipId?: string | null;
}

/** What is reversed and against which account. */
export interface Reversal {
  /** The amount given back, in cents (the refund, the lost dispute's withdrawal). */
  amountCents: number;
  /** How much of it the payees give back in proportion, in cents: at most what is left unrefunded. */
  reversibleCents: number;
  /** The payment's amount, in cents: the base of each payee's proportion. */
  paymentAmountCents: number;
  kind: LedgerEntryKind;
  /** The account credited with the amount: PLATFORM_CASH for a refund, DISPUTES_RECEIVABLE for a lost dispute. */
  counter: LedgerAccount;
  counterDescription: string;
  /** Names the cause in the payees' lines ("refund", "lost dispute"). */
  cause: string;
}

/**
 * Sums the split's entries of a payment into one position per (account, kind): a diagnostic share
 * held in DIAGNOSTIC_CLEARING and since earned nets to 0 there and shows as the mechanic's credit.
 * Keeps the first entry's payee fields.
 */
export function sharePositions(entries: readonly SharePosition[]): SharePosition[] {
  const positions = new Map<string, SharePosition>();
  for (const entry of entries) {
    const key = `${entry.account}:${entry.kind}`;
    const seen = positions.get(key);
    positions.set(key, seen ? { ...seen, amountCents: seen.amountCents + entry.amountCents } : entry);
  }
  return [...positions.values()];
}

/**
 * Reverses `amountCents` of a payment's split against `counter`. Each payee's credit gives back
 * in proportion to `reversibleCents` (its credit × reversible / payment amount), rounded down; the
 * platform's revenue gives back the rest: its net share (its fee less what it paid the mechanic),
 * the rounding, and anything beyond `reversibleCents`. Lines of zero are left out.
 *
 * @example a full refund of seed 003's $25 diagnostic ("Platform fee (10%): $2.50",
 *   003_0add1c2809e6e7b6.txt:193): cash +2500, mechanic -2250, platform revenue -250.
 */
export function reversalPostings(positions: readonly SharePosition[], r: Reversal): KeyedLine[] {
  const reversals = positions
    .filter((position) => position.amountCents > 0)
    .map((position) => ({ position, amountCents: Math.floor((position.amountCents * r.reversibleCents) / r.paymentAmountCents) }));
  const platform = r.amountCents - reversals.reduce((sum, x) => sum + x.amountCents, 0);
  return [
    { key: r.counter, account: r.counter, kind: r.kind, amountCents: r.amountCents, description: r.counterDescription },
    ...(platform !== 0
      ? [{ key: "PLATFORM_REVENUE:PLATFORM_FEE", account: "PLATFORM_REVENUE" as const, kind: r.kind, amountCents: -platform, description: `${r.cause} reverses the platform's net fee` }]
      : []),
    ...reversals
      .filter((x) => x.amountCents !== 0)
      .map(({ position, amountCents }) => ({
        key: `${position.account}:${position.kind}`,
        account: position.account,
        kind: r.kind,
        amountCents: -amountCents,
        userId: position.userId ?? null,
        workshopId: position.workshopId ?? null,
        partnershipId: position.partnershipId ?? null,
        description: `${r.cause} reverses ${position.kind.toLowerCase()}`,
      })),
  ];
}

/** Stripe withdrew `amountCents` for an open dispute: the cash leaves, a receivable holds it pending the outcome. */
export function disputeWithdrawnPostings(amountCents: number): KeyedLine[] {
  return [
    { key: "PLATFORM_CASH", account: "PLATFORM_CASH", kind: "DISPUTE", amountCents, description: "disputed amount withdrawn by Stripe" },
    { key: "DISPUTES_RECEIVABLE", account: "DISPUTES_RECEIVABLE", kind: "DISPUTE", amountCents: -amountCents, description: "disputed amount held by Stripe pending the outcome" },
  ];
}

/** A won dispute: Stripe gives `amountCents` back, the receivable is settled and the cash returns. */
export function disputeWonPostings(amountCents: number): KeyedLine[] {
  return [
    { key: "DISPUTES_RECEIVABLE", account: "DISPUTES_RECEIVABLE", kind: "DISPUTE", amountCents, description: "dispute won: amount reinstated" },
    { key: "PLATFORM_CASH", account: "PLATFORM_CASH", kind: "DISPUTE", amountCents: -amountCents, description: "dispute won: amount reinstated" },
  ];
}
