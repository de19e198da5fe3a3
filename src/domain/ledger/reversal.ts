/**
 * Postings that give back part of a payment's split (a refund, a lost dispute) and the dispute
 * holds around it. Pure: the ledger store books what these return. Integer cents, credit positive,
 * the lines of one posting sum to zero.
 */
import type { LedgerAccount, LedgerEntryKind } from "../../platform/db/generated/enums.ts";
import type { KeyedLine } from "./ledger-line.ts";

/** A ledger entry on a payee's side of a payment (never PLATFORM_REVENUE or PLATFORM_CASH), as the store reads it. */
export interface SharePosition {
  account: LedgerAccount;
  kind: LedgerEntryKind;
  /** Signed, in cents (credit positive). */
  amountCents: number;
  userId?: string | null;
  workshopId?: string | null;
  partnershipId?: string | null;
}

/**
 * One of a payment's entries on its payees' accounts: a `share` entry belongs to the split or a
 * diagnostic's earned move (shareKeys); a WITHHOLDING entry moves a share between the places it
 * can sit (a ban's withholding, its release, a failed refund's reinstatement put where the share
 * belongs now or earned from DIAGNOSTIC_CLEARING); any other is an earlier reversal of the split (a
 * refund, a lost dispute, a failed refund's reinstatement), whose kind is the reversal's, not the
 * share's.
 */
export interface ShareEntry extends SharePosition {
  share: boolean;
}

/**
 * The accounts a payee's share of a payment can sit on, one list per payee, in the order a
 * reversal takes from them. A mechanic's share (DIAGNOSTIC_FEE, REFERRAL_FEE or COMMISSION: one
 * per payment) sits on DIAGNOSTIC_CLEARING while held (a diagnostic no mechanic has completed
 * yet), on WITHHELD while a ban holds it back (seed 003, 003_0add1c2809e6e7b6.txt:336 "Third
 * offense: Permanent ban + withhold unpaid earnings"; a dismissed ban moves it back), on
 * MECHANIC_PAYABLE while owed; a workshop's on WORKSHOP_PAYABLE, a partner's on PARTNER_PAYABLE
 * (neither is ever withheld). Held and withheld money comes back first: the platform still has
 * all of it, while a payable's part may have been transferred already (a payout does not move a
 * share: the reversal of what a refund takes from a payable is what brings it back from the payee).
 */
export const SHARE_PLACES: readonly (readonly LedgerAccount[])[] = [["DIAGNOSTIC_CLEARING", "WITHHELD", "MECHANIC_PAYABLE"], ["WORKSHOP_PAYABLE"], ["PARTNER_PAYABLE"]];

/** Where part of a payee's share sits now: one of its SHARE_PLACES. */
export interface Holding {
  account: LedgerAccount;
  /** What the share has left on this account, in cents: credits and moves in, less moves out and reversals. */
  amountCents: number;
  userId: string | null;
  workshopId: string | null;
  partnershipId: string | null;
}

/** A payee's share of a payment (one per kind: DIAGNOSTIC_FEE, WORKSHOP_SHARE, REFERRAL_FEE, ...). */
export interface PayeeShare {
  kind: LedgerEntryKind;
  /** What the split credited, in cents (a diagnostic's earned move and a ban's withholding only move it). */
  creditedCents: number;
  /** What earlier reversals took back, net of reinstatements, in cents. */
  reversedCents: number;
  /** Where what is left sits, in the order of its SHARE_PLACES (the order a reversal takes from them). */
  holdings: Holding[];
}

/**
 * Reads a payment's payee entries into its shares. The places of one payee (SHARE_PLACES) hold one
 * share of a payment, named by the kind of its split's credit: an earned move or a withholding
 * only moves it between them, and an earlier reversal's line is the share of the place it was
 * booked on. Entries on a payee's places that no share credited are left out: nothing of the split
 * to reverse there.
 */
export function payeeShares(entries: readonly ShareEntry[]): PayeeShare[] {
  const placesOf = new Map(SHARE_PLACES.flatMap((places) => places.map((account) => [account, places] as const)));
  const kindOf = new Map<readonly LedgerAccount[], LedgerEntryKind>();
  for (const entry of entries) {
    const places = placesOf.get(entry.account);
    if (entry.share && places && !kindOf.has(places)) kindOf.set(places, entry.kind);
  }
  const shares = new Map<readonly LedgerAccount[], PayeeShare>();
  const holdings = new Map<LedgerAccount, Holding>();
  for (const entry of entries) {
    const places = placesOf.get(entry.account);
    const kind = places && kindOf.get(places);
    if (!places || !kind) continue;
    let share = shares.get(places);
    if (!share) shares.set(places, (share = { kind, creditedCents: 0, reversedCents: 0, holdings: [] }));
    if (entry.share) share.creditedCents += entry.amountCents;
    else if (entry.kind !== "WITHHOLDING") share.reversedCents -= entry.amountCents;
    let holding = holdings.get(entry.account);
    if (!holding) {
      holding = { account: entry.account, amountCents: 0, userId: null, workshopId: null, partnershipId: null };
      holdings.set(entry.account, holding);
      share.holdings.push(holding);
    }
    holding.amountCents += entry.amountCents;
    // The payee of the account is whoever the first credit or move into it names.
    if (entry.amountCents > 0 && (entry.share || entry.kind === "WITHHOLDING") && !holding.userId && !holding.workshopId && !holding.partnershipId) {
      Object.assign(holding, { userId: entry.userId ?? null, workshopId: entry.workshopId ?? null, partnershipId: entry.partnershipId ?? null });
    }
  }
  for (const [places, share] of shares) share.holdings.sort((a, b) => places.indexOf(a.account) - places.indexOf(b.account));
  return [...shares.values()];
}

/** What is reversed and against which account. */
export interface Reversal {
  /** The amount given back, in cents (the refund, the lost dispute's withdrawal). */
  amountCents: number;
  /** How much of it the payees give back in proportion, in cents: at most what is left unrefunded. */
  reversibleCents: number;
  /** How much of the payment was given back before, in cents (the refunded amount before this one). */
  givenBackBeforeCents: number;
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
 * What a share gives back when the payment's given-back total goes from `before` to `after` cents
 * of `payment`: its proportion of the cumulative total, rounded down, less what it gave back
 * already (floor(credited × after / payment) − reversed), never below 0 nor beyond what is left
 * of it. Cumulative, so partial refunds never drift from the share of their sum (a thousand
 * one-cent refunds reverse what one refund of $10 does), and a refund that brings the total to the
 * payment's amount takes back exactly what is left (floor(credited × 1) = credited). Exact in
 * integers (BigInt) for any amount Stripe can charge.
 */
export function shareToReverse(share: Pick<PayeeShare, "creditedCents" | "reversedCents">, afterCents: number, paymentAmountCents: number): number {
  if (share.creditedCents <= 0 || paymentAmountCents <= 0) return 0;
  const after = Math.min(Math.max(afterCents, 0), paymentAmountCents);
  const target = Number((BigInt(share.creditedCents) * BigInt(after)) / BigInt(paymentAmountCents));
  return Math.max(0, Math.min(target, share.creditedCents) - share.reversedCents);
}

/**
 * Reverses `amountCents` of a payment's split against `counter`. Each payee's share gives back
 * `shareToReverse` of the payment's given-back total once `reversibleCents` is added to
 * `givenBackBeforeCents`, taken from wherever that share sits now, in the order of its SHARE_PLACES
 * (held on DIAGNOSTIC_CLEARING, withheld from a banned mechanic, then owed to the payee), never
 * more than its part on an account; the platform's revenue
 * gives back the rest: its net share (its fee less what it paid the mechanic), the rounding, and
 * anything beyond `reversibleCents`. Lines of zero are left out.
 *
 * Seed line followed: seed 003's "$25 diagnostic ... Platform fee (10%): $2.50"
 * (003_0add1c2809e6e7b6.txt:192-193) and "Mechanic referral fee: $60 (5% of $1,200) Paid by
 * platform" (003_0add1c2809e6e7b6.txt:215-216): the customer's money went 90/10 (or 90/5/5) and
 * comes back from the same hands in the same proportion, so a payment refunded in full, in one
 * refund or in many, leaves every payee's share and the platform's net fee at zero.
 *
 * @example a full refund of seed 003's $25 diagnostic: cash +2500, mechanic -2250, platform revenue -250.
 */
export function reversalPostings(shares: readonly PayeeShare[], r: Reversal): KeyedLine[] {
  const after = r.givenBackBeforeCents + r.reversibleCents;
  const reversals = shares.flatMap((share) => {
    let left = shareToReverse(share, after, r.paymentAmountCents);
    return share.holdings.map((holding) => {
      const amountCents = Math.max(0, Math.min(left, holding.amountCents));
      left -= amountCents;
      return { kind: share.kind, holding, amountCents };
    });
  });
  const platform = r.amountCents - reversals.reduce((sum, x) => sum + x.amountCents, 0);
  return [
    { key: r.counter, account: r.counter, kind: r.kind, amountCents: r.amountCents, description: r.counterDescription },
    ...(platform !== 0
      ? [{ key: "PLATFORM_REVENUE:PLATFORM_FEE", account: "PLATFORM_REVENUE" as const, kind: r.kind, amountCents: -platform, description: `${r.cause} reverses the platform's net fee` }]
      : []),
    ...reversals
      .filter((x) => x.amountCents !== 0)
      .map(({ kind, holding, amountCents }) => ({
        key: `${holding.account}:${kind}`,
        account: holding.account,
        kind: r.kind,
        amountCents: -amountCents,
        userId: holding.userId,
        workshopId: holding.workshopId,
        partnershipId: holding.partnershipId,
        description: `${r.cause} reverses ${kind.toLowerCase()}`,
      })),
  ];
}

/**
 * Undoes a refund Stripe reports failed (the customer got nothing back): the refund's own lines
 * (`booked`, as `refund:<row>` holds them), negated, so the cash, the platform's fee and each
 * payee's share stand as before it; booked beside it, nothing deleted. The payees are owed again
 * what the refund took from them (a mechanic's share on the place it was taken from: where it
 * belongs now is the caller's to read: placeMechanicShare in modules/payments/withholding.ts).
 */
export function failedRefundPostings(booked: readonly KeyedLine[]): KeyedLine[] {
  return booked.map((line) => ({ ...line, amountCents: -line.amountCents, description: `refund failed at Stripe: ${line.description} undone` }));
}

/**
 * What `lines` (a failed refund's reinstatement, failedRefundPostings) put back on `account`, in
 * cents, only the lines naming `userId` when given (a mechanic's share places name the mechanic;
 * DIAGNOSTIC_CLEARING names no one). Where it belongs now is the caller's to read.
 */
export function reinstatedOn(lines: readonly KeyedLine[], account: LedgerAccount, userId?: string): number {
  return lines.filter((line) => line.account === account && (userId === undefined || line.userId === userId)).reduce((sum, line) => sum + line.amountCents, 0);
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
