/**
 * The refund reversal rule (reversalPostings over payeeShares): each refund takes from every payee
 * what brings its cumulative reversal to its proportion of the cumulative refund, from wherever
 * its share sits now. Examples from the attack round's reproductions, then properties over seeded
 * random payments and refund sequences.
 */
import { describe, expect, it } from "vitest";
import { seededRandom } from "../seeded-random.ts";
import type { KeyedLine } from "./ledger-line.ts";
import { diagnosticEarnedPostings, diagnosticPostings, repairPostings } from "./postings.ts";
import { payeeShares, reversalPostings, shareToReverse, type ShareEntry } from "./reversal.ts";

const PLATFORM = new Set(["PLATFORM_CASH", "PLATFORM_REVENUE", "DISPUTES_RECEIVABLE"]);
const refund = { kind: "REFUND", counter: "PLATFORM_CASH", counterDescription: "refund paid to customer", cause: "refund" } as const;

/** A payment's ledger as the store keeps it: every line booked, with whether it is a share's (split, earned move). */
class Books {
  readonly lines: (KeyedLine & { share: boolean })[] = [];
  refundedCents = 0;

  constructor(
    readonly amountCents: number,
    split: readonly KeyedLine[],
  ) {
    this.post(split, true);
  }

  post(lines: readonly KeyedLine[], share: boolean): void {
    expect(lines.reduce((sum, line) => sum + line.amountCents, 0)).toBe(0);
    for (const line of lines) expect(Number.isSafeInteger(line.amountCents)).toBe(true);
    this.lines.push(...lines.map((line) => ({ ...line, share })));
  }

  /** What the store's shareEntries reads: the payees' lines, in booking order. */
  entries(): ShareEntry[] {
    return this.lines.filter((line) => !PLATFORM.has(line.account));
  }

  refund(amountCents: number): KeyedLine[] {
    const lines = reversalPostings(payeeShares(this.entries()), {
      ...refund,
      amountCents,
      reversibleCents: amountCents,
      givenBackBeforeCents: this.refundedCents,
      paymentAmountCents: this.amountCents,
    });
    this.post(lines, false);
    this.refundedCents += amountCents;
    return lines;
  }

  /** The held diagnostic share moves to the mechanic, as diagnosticEarnedPostings books it: whatever clearing holds then. */
  earn(): void {
    const held = this.balance("DIAGNOSTIC_CLEARING");
    if (held > 0) this.post(diagnosticEarnedPostings({ amountCents: held, mechanic: { account: "MECHANIC_PAYABLE", userId: "m1", description: "earned" } }), true);
  }

  balance(account: string): number {
    return this.lines.filter((line) => line.account === account).reduce((sum, line) => sum + line.amountCents, 0);
  }

  /** What the split credited each payee account (before moves), and what refunds took from each share kind. */
  reversedOf(kinds: readonly string[]): number {
    return this.lines.filter((line) => !line.share && !PLATFORM.has(line.account) && this.kindOf(line.account, kinds)).reduce((sum, line) => sum - line.amountCents, 0);
  }

  private kindOf(account: string, kinds: readonly string[]): boolean {
    return this.lines.some((line) => line.share && line.account === account && kinds.includes(line.kind));
  }
}

const heldDiagnostic = (amountCents = 2_500) =>
  diagnosticPostings({ amountCents, platformFeeBasisPoints: 1_000, mechanic: { account: "DIAGNOSTIC_CLEARING", userId: null, description: "held until a mechanic completes the session" } });

function escalatedRepair(amountCents: number, platformFeeCents: number, referralCents: number): KeyedLine[] {
  return repairPostings({
    amountCents,
    platformFeeCents,
    mechanicFeeCents: referralCents,
    mechanicKind: "REFERRAL_FEE",
    mechanic: { account: "MECHANIC_PAYABLE", userId: "m1", description: "referral" },
    payee: { account: "WORKSHOP_PAYABLE", kind: "WORKSHOP_SHARE", workshopId: "w1", description: "workshop share" },
  });
}

describe("shareToReverse", () => {
  it("is the share of the cumulative refund rounded down, less what was reversed; all that is left at the full amount", () => {
    expect(shareToReverse({ creditedCents: 2_250, reversedCents: 0 }, 1, 2_500)).toBe(0);
    expect(shareToReverse({ creditedCents: 2_250, reversedCents: 0 }, 592, 2_500)).toBe(532);
    expect(shareToReverse({ creditedCents: 2_250, reversedCents: 532 }, 2_500, 2_500)).toBe(1_718);
    // Never more than credited, never negative (a reinstated or over-reversed share).
    expect(shareToReverse({ creditedCents: 2_250, reversedCents: 2_300 }, 2_500, 2_500)).toBe(0);
    expect(shareToReverse({ creditedCents: 2_250, reversedCents: 0 }, 9_999, 2_500)).toBe(2_250);
  });

  it("is exact beyond Number's safe products (Stripe's largest charge)", () => {
    expect(shareToReverse({ creditedCents: 89_999_999, reversedCents: 0 }, 99_999_998, 99_999_999)).toBe(89_999_998);
  });
});

describe("refunds in parts", () => {
  it("of the attack round's $329.27 repair (F1) reverse the workshop's and the referral's whole shares", () => {
    const books = new Books(32_927, escalatedRepair(32_927, 3_293, 1_646));
    for (const amount of [1, 1, 1_000, 1_000, 100, 200, 300, 400, 500, 600, 700]) books.refund(amount);
    books.refund(32_927 - books.refundedCents);
    expect(books.balance("WORKSHOP_PAYABLE")).toBe(0);
    expect(books.balance("MECHANIC_PAYABLE")).toBe(0);
    expect(books.balance("PLATFORM_REVENUE")).toBe(0);
    expect(books.balance("PLATFORM_CASH")).toBe(0);
  });

  it("of one cent each reverse the mechanic's proportion of their sum (F1: 592 cents took nothing)", () => {
    const books = new Books(2_500, diagnosticPostings({ amountCents: 2_500, platformFeeBasisPoints: 1_000, mechanic: { account: "MECHANIC_PAYABLE", userId: "m1", description: "fee" } }));
    for (let i = 0; i < 592; i++) books.refund(1);
    expect(books.balance("MECHANIC_PAYABLE")).toBe(2_250 - 532);
    books.refund(2_500 - 592);
    expect(books.balance("MECHANIC_PAYABLE")).toBe(0);
    expect(books.balance("PLATFORM_REVENUE")).toBe(0);
  });

  it("of a diagnostic released to its mechanic between them take the rest from the mechanic, not from the emptied clearing (F9)", () => {
    const books = new Books(2_500, heldDiagnostic());
    expect(books.refund(1_000).find((line) => line.account === "DIAGNOSTIC_CLEARING")?.amountCents).toBe(-900);
    books.earn();
    expect(books.balance("MECHANIC_PAYABLE")).toBe(1_350);
    const last = books.refund(1_500);
    expect(last.filter((line) => line.account === "DIAGNOSTIC_CLEARING")).toEqual([]);
    expect(last.find((line) => line.account === "MECHANIC_PAYABLE")).toMatchObject({ amountCents: -1_350, userId: "m1", key: "MECHANIC_PAYABLE:DIAGNOSTIC_FEE" });
    expect(books.balance("DIAGNOSTIC_CLEARING")).toBe(0);
    expect(books.balance("MECHANIC_PAYABLE")).toBe(0);
    expect(books.balance("PLATFORM_REVENUE")).toBe(0);
  });

  it("catch up a share earlier refunds under-reversed (books kept by the old per-refund rounding)", () => {
    const books = new Books(2_500, heldDiagnostic());
    // The old rule took floor(2250 × 1 / 2500) = 0 for each of ten one-cent refunds.
    books.post(
      [
        { key: "PLATFORM_CASH", account: "PLATFORM_CASH", kind: "REFUND", amountCents: 10, description: "old" },
        { key: "rev", account: "PLATFORM_REVENUE", kind: "REFUND", amountCents: -10, description: "old" },
      ],
      false,
    );
    books.refundedCents = 10;
    books.refund(10);
    expect(books.balance("DIAGNOSTIC_CLEARING")).toBe(2_250 - 18);
  });
});

describe("any sequence of partial refunds (properties, 500 seeded cases)", () => {
  const kinds = ["DIAGNOSTIC_FEE", "WORKSHOP_SHARE", "REFERRAL_FEE"] as const;

  it("reverses each share to floor(credited × refunded / amount) after every refund, never lets a payee or the clearing account go negative, and ends with every share reversed exactly", () => {
    for (let seed = 1; seed <= 500; seed++) {
      const next = seededRandom(seed);
      const int = (max: number) => Math.floor(next() * max);
      const amount = 1 + int(next() < 0.3 ? 50 : 500_000);
      const diagnostic = next() < 0.5;
      const fee = int(amount + 1);
      const referral = int(fee + 1);
      const split = diagnostic ? heldDiagnostic(amount) : escalatedRepair(amount, fee, referral);
      const books = new Books(amount, split);
      const credited = new Map(kinds.map((kind) => [kind, split.filter((line) => line.kind === kind && line.amountCents > 0).reduce((sum, line) => sum + line.amountCents, 0)]));
      const earnAfter = int(6);
      let step = 0;
      while (books.refundedCents < amount) {
        if (diagnostic && step === earnAfter) books.earn();
        const left = amount - books.refundedCents;
        const part = next() < 0.25 ? 1 : 1 + int(Math.min(left, 1 + int(amount / 3)));
        books.refund(Math.min(part, left));
        step++;
        for (const kind of kinds) {
          const expected = Number((BigInt(credited.get(kind)!) * BigInt(books.refundedCents)) / BigInt(amount));
          expect(books.reversedOf([kind]), `seed ${seed}, ${kind} after ${books.refundedCents}`).toBe(expected);
        }
        for (const account of ["DIAGNOSTIC_CLEARING", "MECHANIC_PAYABLE", "WORKSHOP_PAYABLE"]) expect(books.balance(account), `seed ${seed}, ${account}`).toBeGreaterThanOrEqual(0);
        // The platform gives back its net fee in proportion plus the payees' rounding: less than a cent per share.
        expect(books.balance("PLATFORM_REVENUE"), `seed ${seed}: the platform's net fee`).toBeGreaterThan(-kinds.length);
      }
      for (const account of ["DIAGNOSTIC_CLEARING", "MECHANIC_PAYABLE", "WORKSHOP_PAYABLE", "PLATFORM_REVENUE", "PLATFORM_CASH"]) expect(books.balance(account), `seed ${seed}, ${account}`).toBe(0);
    }
  });
});
