/**
 * The refund reversal rule (reversalPostings over payeeShares): each refund takes from every payee
 * what brings its cumulative reversal to its proportion of the cumulative refund, from wherever
 * its share sits now (held, withheld from a banned mechanic, owed). Examples from the attack
 * rounds' reproductions, then properties over seeded random payments, refund sequences, bans and
 * their lifts.
 */
import { describe, expect, it } from "vitest";
import { seededRandom } from "../seeded-random.ts";
import type { KeyedLine } from "./ledger-line.ts";
import { withholdingPostings } from "./payout.ts";
import { diagnosticEarnedPostings, diagnosticPostings, repairPostings } from "./postings.ts";
import { failedRefundPostings, payeeShares, reinstatedOn, reversalPostings, SHARE_PLACES, shareToReverse, type ShareEntry } from "./reversal.ts";

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

  /**
   * The held diagnostic share moves to the mechanic, as diagnosticEarnedPostings books it: whatever
   * clearing holds then, to their payable (or WITHHELD, when a ban stands as they complete it).
   */
  earn(account: "MECHANIC_PAYABLE" | "WITHHELD" = "MECHANIC_PAYABLE"): void {
    const held = this.balance("DIAGNOSTIC_CLEARING");
    if (held > 0) this.post(diagnosticEarnedPostings({ amountCents: held, mechanic: { account, userId: "m1", description: "earned" } }), true);
  }

  /** A ban withholds the mechanic's balance on the payment (withholdingPostings), as withholdEarnings books it. */
  ban(): void {
    this.move("MECHANIC_PAYABLE", "WITHHELD");
  }

  /** A lifted ban releases what is still withheld. */
  unban(): void {
    this.move("WITHHELD", "MECHANIC_PAYABLE");
  }

  private move(from: "MECHANIC_PAYABLE" | "WITHHELD", to: "MECHANIC_PAYABLE" | "WITHHELD"): void {
    this.post(withholdingPostings("m1", [{ paymentId: "p1", amountCents: this.balance(from) }], { from, to, description: "moved" }), false);
  }

  balance(account: string): number {
    return this.lines.filter((line) => line.account === account).reduce((sum, line) => sum + line.amountCents, 0);
  }

  /** What refunds took from the shares of `kinds`, on whichever of its places (SHARE_PLACES) each sat. */
  reversedOf(kinds: readonly string[]): number {
    return this.lines.filter((line) => !line.share && line.kind !== "WITHHOLDING" && !PLATFORM.has(line.account) && this.kindOf(line.account, kinds)).reduce((sum, line) => sum - line.amountCents, 0);
  }

  private kindOf(account: string, kinds: readonly string[]): boolean {
    const places = SHARE_PLACES.find((accounts) => accounts.includes(account as never))!;
    return this.lines.some((line) => line.share && places.includes(line.account) && kinds.includes(line.kind));
  }
}

const heldDiagnostic = (amountCents = 2_500) =>
  diagnosticPostings({ amountCents, platformFeeBasisPoints: 1_000, mechanic: { account: "DIAGNOSTIC_CLEARING", userId: null, description: "held until a mechanic completes the session" } });

function escalatedRepair(amountCents: number, platformFeeCents: number, referralCents: number, mechanicAccount: "MECHANIC_PAYABLE" | "WITHHELD" = "MECHANIC_PAYABLE"): KeyedLine[] {
  return repairPostings({
    amountCents,
    platformFeeCents,
    mechanicFeeCents: referralCents,
    mechanicKind: "REFERRAL_FEE",
    mechanic: { account: mechanicAccount, userId: "m1", description: "referral" },
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

const owedDiagnostic = () => new Books(2_500, diagnosticPostings({ amountCents: 2_500, platformFeeBasisPoints: 1_000, mechanic: { account: "MECHANIC_PAYABLE", userId: "m1", description: "fee" } }));
const lineOn = (lines: readonly KeyedLine[], account: string) => lines.find((line) => line.account === account);

describe("reversals of a share withheld from a banned mechanic (round 51: they took it from the emptied payable)", () => {
  it("a full refund takes it from WITHHELD, leaving the payable and WITHHELD at zero", () => {
    const books = owedDiagnostic();
    books.ban();
    const lines = books.refund(2_500);
    expect(lineOn(lines, "WITHHELD")).toMatchObject({ amountCents: -2_250, userId: "m1", kind: "REFUND", key: "WITHHELD:DIAGNOSTIC_FEE" });
    expect(lineOn(lines, "MECHANIC_PAYABLE")).toBeUndefined();
    expect(books.balance("WITHHELD")).toBe(0);
    expect(books.balance("MECHANIC_PAYABLE")).toBe(0);
    expect(books.balance("PLATFORM_REVENUE")).toBe(0);
  });

  it("a partial refund takes its proportion from WITHHELD, so a lift releases only the rest, which the next refund takes from the payable", () => {
    const books = owedDiagnostic();
    books.ban();
    expect(lineOn(books.refund(1_000), "WITHHELD")?.amountCents).toBe(-900);
    expect(books.balance("MECHANIC_PAYABLE")).toBe(0);
    books.unban();
    expect(books.balance("WITHHELD")).toBe(0);
    expect(books.balance("MECHANIC_PAYABLE")).toBe(1_350);
    const rest = books.refund(1_500);
    expect(lineOn(rest, "MECHANIC_PAYABLE")?.amountCents).toBe(-1_350);
    expect(lineOn(rest, "WITHHELD")).toBeUndefined();
    expect(books.balance("MECHANIC_PAYABLE")).toBe(0);
  });

  it("a ban after a partial refund withholds the rest, and the next refund takes it from WITHHELD", () => {
    const books = owedDiagnostic();
    expect(lineOn(books.refund(1_000), "MECHANIC_PAYABLE")?.amountCents).toBe(-900);
    books.ban();
    expect(books.balance("WITHHELD")).toBe(1_350);
    expect(lineOn(books.refund(1_500), "WITHHELD")?.amountCents).toBe(-1_350);
    expect(books.balance("WITHHELD")).toBe(0);
    expect(books.balance("MECHANIC_PAYABLE")).toBe(0);
  });

  it("a lost dispute writes the share off against WITHHELD too", () => {
    const books = owedDiagnostic();
    books.ban();
    const lines = reversalPostings(payeeShares(books.entries()), {
      amountCents: 2_500,
      reversibleCents: 2_500,
      givenBackBeforeCents: 0,
      paymentAmountCents: 2_500,
      kind: "DISPUTE",
      counter: "DISPUTES_RECEIVABLE",
      counterDescription: "dispute lost: receivable written off",
      cause: "lost dispute",
    });
    expect(lineOn(lines, "WITHHELD")).toMatchObject({ amountCents: -2_250, userId: "m1", kind: "DISPUTE" });
    expect(lineOn(lines, "MECHANIC_PAYABLE")).toBeUndefined();
  });

  it("a held diagnostic earned by a banned mechanic gives back from the clearing, then from WITHHELD, then (the ban lifted) from the payable", () => {
    const books = new Books(2_500, heldDiagnostic());
    expect(lineOn(books.refund(1_000), "DIAGNOSTIC_CLEARING")?.amountCents).toBe(-900);
    books.earn("WITHHELD");
    expect(lineOn(books.refund(500), "WITHHELD")).toMatchObject({ amountCents: -450, userId: "m1" });
    books.unban();
    expect(books.balance("MECHANIC_PAYABLE")).toBe(900);
    const rest = books.refund(1_000);
    expect(lineOn(rest, "MECHANIC_PAYABLE")).toMatchObject({ amountCents: -900, userId: "m1" });
    expect(lineOn(rest, "WITHHELD")).toBeUndefined();
    for (const account of ["DIAGNOSTIC_CLEARING", "WITHHELD", "MECHANIC_PAYABLE", "PLATFORM_REVENUE"]) expect(books.balance(account), account).toBe(0);
  });

  it("a repair's referral credited to WITHHELD (banned at settlement) and released since comes back from the payable, the workshop's share from the workshop", () => {
    const books = new Books(120_000, escalatedRepair(120_000, 12_000, 6_000, "WITHHELD"));
    books.unban();
    const lines = books.refund(120_000);
    expect(lineOn(lines, "MECHANIC_PAYABLE")).toMatchObject({ amountCents: -6_000, userId: "m1" });
    expect(lineOn(lines, "WITHHELD")).toBeUndefined();
    expect(lineOn(lines, "WORKSHOP_PAYABLE")).toMatchObject({ amountCents: -108_000, workshopId: "w1" });
    for (const account of ["WITHHELD", "MECHANIC_PAYABLE", "WORKSHOP_PAYABLE", "PLATFORM_REVENUE"]) expect(books.balance(account), account).toBe(0);
  });

  it("a part refunded from the clearing whose refund fails after the diagnostic was earned is moved to the mechanic, and a later refund takes it from the payable", () => {
    const books = new Books(2_500, heldDiagnostic());
    const refunded = books.refund(1_000);
    books.earn();
    const reinstated = failedRefundPostings(refunded);
    books.post(reinstated, false);
    books.refundedCents -= 1_000;
    // What the reinstatement gave back, by place: the clearing's names no one, a payable's its payee.
    expect(reinstatedOn(reinstated, "DIAGNOSTIC_CLEARING")).toBe(900);
    expect(reinstatedOn(reinstated, "MECHANIC_PAYABLE", "m1")).toBe(0);
    expect(reinstatedOn(reinstated, "PLATFORM_CASH")).toBe(-1_000);
    books.post(withholdingPostings("m1", [{ paymentId: "p1", amountCents: 900 }], { from: "DIAGNOSTIC_CLEARING", to: "MECHANIC_PAYABLE", description: "earned" }), false);
    expect(books.balance("MECHANIC_PAYABLE")).toBe(2_250);
    const all = books.refund(2_500);
    expect(lineOn(all, "MECHANIC_PAYABLE")).toMatchObject({ amountCents: -2_250, userId: "m1" });
    expect(lineOn(all, "DIAGNOSTIC_CLEARING")).toBeUndefined();
    for (const account of ["DIAGNOSTIC_CLEARING", "WITHHELD", "MECHANIC_PAYABLE", "PLATFORM_REVENUE", "PLATFORM_CASH"]) expect(books.balance(account), account).toBe(0);
  });

  it("a share on WITHHELD and on the payable at once gives back from WITHHELD first (never transferred), then from the payable", () => {
    const books = owedDiagnostic();
    books.post(withholdingPostings("m1", [{ paymentId: "p1", amountCents: 1_000 }], { from: "MECHANIC_PAYABLE", to: "WITHHELD", description: "moved" }), false);
    expect(lineOn(books.refund(1_000), "WITHHELD")?.amountCents).toBe(-900);
    const rest = books.refund(1_500);
    expect(lineOn(rest, "WITHHELD")?.amountCents).toBe(-100);
    expect(lineOn(rest, "MECHANIC_PAYABLE")?.amountCents).toBe(-1_250);
  });
});

describe("any sequence of partial refunds, bans and lifts (properties, 500 seeded cases)", () => {
  const kinds = ["DIAGNOSTIC_FEE", "WORKSHOP_SHARE", "REFERRAL_FEE"] as const;

  it("reverses each share to floor(credited × refunded / amount) after every refund, never lets a payee, WITHHELD or the clearing account go negative, and ends with every share reversed exactly", () => {
    for (let seed = 1; seed <= 500; seed++) {
      const next = seededRandom(seed);
      const int = (max: number) => Math.floor(next() * max);
      const amount = 1 + int(next() < 0.3 ? 50 : 500_000);
      const diagnostic = next() < 0.5;
      const fee = int(amount + 1);
      const referral = int(fee + 1);
      let banned = next() < 0.3;
      const split = diagnostic ? heldDiagnostic(amount) : escalatedRepair(amount, fee, referral, banned ? "WITHHELD" : "MECHANIC_PAYABLE");
      const books = new Books(amount, split);
      const credited = new Map(kinds.map((kind) => [kind, split.filter((line) => line.kind === kind && line.amountCents > 0).reduce((sum, line) => sum + line.amountCents, 0)]));
      const earnAfter = int(6);
      let step = 0;
      while (books.refundedCents < amount) {
        if (diagnostic && step === earnAfter) books.earn(banned ? "WITHHELD" : "MECHANIC_PAYABLE");
        if (next() < 0.2) {
          banned = !banned;
          if (banned) books.ban();
          else books.unban();
        }
        const left = amount - books.refundedCents;
        const part = next() < 0.25 ? 1 : 1 + int(Math.min(left, 1 + int(amount / 3)));
        books.refund(Math.min(part, left));
        step++;
        for (const kind of kinds) {
          const expected = Number((BigInt(credited.get(kind)!) * BigInt(books.refundedCents)) / BigInt(amount));
          expect(books.reversedOf([kind]), `seed ${seed}, ${kind} after ${books.refundedCents}`).toBe(expected);
        }
        for (const account of ["DIAGNOSTIC_CLEARING", "MECHANIC_PAYABLE", "WITHHELD", "WORKSHOP_PAYABLE"]) expect(books.balance(account), `seed ${seed}, ${account}`).toBeGreaterThanOrEqual(0);
        // The platform gives back its net fee in proportion plus the payees' rounding: less than a cent per share.
        expect(books.balance("PLATFORM_REVENUE"), `seed ${seed}: the platform's net fee`).toBeGreaterThan(-kinds.length);
      }
      for (const account of ["DIAGNOSTIC_CLEARING", "MECHANIC_PAYABLE", "WITHHELD", "WORKSHOP_PAYABLE", "PLATFORM_REVENUE", "PLATFORM_CASH"])
        expect(books.balance(account), `seed ${seed}, ${account}`).toBe(0);
    }
  });
});
