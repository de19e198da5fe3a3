/**
 * Postings that give back part of a payment's split (a refund, a lost dispute) and the dispute
 * holds around it. Pure: the ledger store books what these return. Integer cents, credit positive,
 * the lines of one posting sum to zero.
 */
import type { LedgerAccount, LedgerEntryKind } from "../../platform/db/generated/enums.ts";
import { splitOfNet, type PaidSplit, type RepairSplit } from "../money/fee-policy.ts";
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
  /** How much of it the customer no longer pays, in cents (at most what is left unrefunded): the split of what is left then is what every party keeps. */
  reversibleCents: number;
  /** How much of the payment was given back before, in cents (the refunded amount before this one). */
  givenBackBeforeCents: number;
  /** The payment's amount, in cents: with its shares' credits, the split each party's part of the net is taken at (paidSplitOf). */
  paymentAmountCents: number;
  kind: LedgerEntryKind;
  /** The account credited with the amount: PLATFORM_CASH for a refund, DISPUTES_RECEIVABLE for a lost dispute. */
  counter: LedgerAccount;
  counterDescription: string;
  /** Names the cause in the payees' lines ("refund", "lost dispute"). */
  cause: string;
}

/** The kinds of a mechanic's referral fee or commission, which the platform pays out of its fee; any other share is the payee's part of the payment (a workshop's, a partner's, a diagnostic's mechanic's). */
const PAID_OUT_OF_THE_FEE: ReadonlySet<LedgerEntryKind> = new Set(["REFERRAL_FEE", "COMMISSION"]);

/**
 * A payment's split as its shares' credits booked it (splitOfNet's input): the mechanic's fee is
 * what the referral or commission share was credited, the platform's fee what the payee's share
 * left of `amountCents` (repairPostings and diagnosticPostings credit the payee the amount less the
 * fee), never below 0, the mechanic's fee never above it.
 */
export function paidSplitOf(shares: readonly Pick<PayeeShare, "kind" | "creditedCents">[], amountCents: number): PaidSplit {
  const credited = (outOfTheFee: boolean) => shares.filter((share) => PAID_OUT_OF_THE_FEE.has(share.kind) === outOfTheFee).reduce((sum, share) => sum + share.creditedCents, 0);
  const platformFeeCents = Math.max(0, amountCents - credited(false));
  return { amountCents, platformFeeCents, mechanicFeeCents: Math.min(credited(true), platformFeeCents) };
}

/**
 * What a share gives back so that its payee holds their part of `net` (splitOfNet of what the
 * customer still pays: the referral or commission for a mechanic's fee, the rest for the payee's
 * share): its credit less that part, less what earlier reversals took already. Never below 0 (a
 * share reversed beyond it, by books kept under an earlier rule, is not paid back by a refund) nor
 * beyond what is left of it.
 */
export function shareToReverse(share: Pick<PayeeShare, "kind" | "creditedCents" | "reversedCents">, net: RepairSplit): number {
  if (share.creditedCents <= 0) return 0;
  const held = PAID_OUT_OF_THE_FEE.has(share.kind) ? net.mechanicFeeCents : net.payeeShareCents;
  return Math.max(0, share.creditedCents - Math.min(held, share.creditedCents) - share.reversedCents);
}

/**
 * Reverses `amountCents` of a payment's split against `counter`. The rule: after any refund or lost
 * dispute, partial or full, every party holds the seeds' split of what the customer still pays (the
 * payment's amount less everything given back so far, `givenBackBeforeCents + reversibleCents`),
 * computed by the payment's split function at the payment's rates (splitOfNet over paidSplitOf).
 * So each payee's share gives back (its share of the payment) - (its share of the net) - (what
 * earlier reversals took: shareToReverse), taken from wherever that share sits now, in the order of
 * its SHARE_PLACES (held on DIAGNOSTIC_CLEARING, withheld from a banned mechanic, then owed to the
 * payee), never more than its part on an account; the platform's revenue gives back the rest: what
 * its net fee (fee less the mechanic's) shrinks by, and anything beyond `reversibleCents` (a lost
 * dispute of money already refunded costs the platform alone). Lines of zero are left out.
 *
 * Seed lines followed: seed 003's "$25 diagnostic ... Platform fee (10%): $2.50"
 * (003_0add1c2809e6e7b6.txt:192-193) and "Mechanic referral fee: $60 (5% of $1,200) Paid by
 * platform" (003_0add1c2809e6e7b6.txt:215-216): the customer's money is split 90/10 (or 90/5/5)
 * and what the customer keeps paying stays split so. No party is ever left below 0 and nobody
 * absorbs the rounding: a refund of $1,199.99 of the $1,200 repair leaves its cent with the
 * workshop (the fee of a cent rounds to 0), not the platform at -1 with a cent each kept by the
 * workshop and the mechanic; each party's part only shrinks as more is given back (splitOfNet), so
 * no refund ever pays a payee, and a payment given back in full, in one refund or in many, leaves
 * every share and the platform's net fee at zero.
 *
 * @example a full refund of seed 003's $25 diagnostic: cash +2500, mechanic -2250, platform revenue -250.
 */
export function reversalPostings(shares: readonly PayeeShare[], r: Reversal): KeyedLine[] {
  const net = splitOfNet(paidSplitOf(shares, r.paymentAmountCents), r.paymentAmountCents - r.givenBackBeforeCents - r.reversibleCents);
  const reversals = shares.flatMap((share) => {
    let left = shareToReverse(share, net);
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
