/**
 * The refund reversal rule (reversalPostings over payeeShares): each refund takes from every payee
 * what brings its cumulative reversal to its proportion of the cumulative refund, from wherever
 * its share sits now (held, withheld from a banned mechanic, owed). Examples from the attack
 * rounds' reproductions, then properties over seeded random payments, refund sequences, bans and
 * their lifts.
 */
import { describe, expect, it } from "vitest";
import { splitOfNet, splitRepair } from "../money/fee-policy.ts";
import { basisPointsOf } from "../money/pricing.ts";
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
  const diagnostic = { amountCents: 2_500, platformFeeCents: 250, mechanicFeeCents: 0 };
  const escalated = { amountCents: 120_000, platformFeeCents: 12_000, mechanicFeeCents: 6_000 };

  it("is the share's credit less its part of the split of the net, less what was reversed; all that is left once nothing is paid", () => {
    // Net 2,499: fee round(249.9) = 250, the mechanic 2,249; net 1,908: fee round(190.8) = 191, the mechanic 1,717.
    expect(shareToReverse({ kind: "DIAGNOSTIC_FEE", creditedCents: 2_250, reversedCents: 0 }, splitOfNet(diagnostic, 2_499))).toBe(1);
    expect(shareToReverse({ kind: "DIAGNOSTIC_FEE", creditedCents: 2_250, reversedCents: 0 }, splitOfNet(diagnostic, 1_908))).toBe(533);
    expect(shareToReverse({ kind: "DIAGNOSTIC_FEE", creditedCents: 2_250, reversedCents: 533 }, splitOfNet(diagnostic, 0))).toBe(1_717);
    // Never negative (a reinstated or over-reversed share).
    expect(shareToReverse({ kind: "DIAGNOSTIC_FEE", creditedCents: 2_250, reversedCents: 2_300 }, splitOfNet(diagnostic, 0))).toBe(0);
  });

  it("holds a referral or commission to the mechanic's part of the net's fee, any other share to the rest", () => {
    // The attack's $1,199.99 refund: the cent still paid is the workshop's (its fee rounds to 0).
    const net = splitOfNet(escalated, 1);
    expect(shareToReverse({ kind: "REFERRAL_FEE", creditedCents: 6_000, reversedCents: 0 }, net)).toBe(6_000);
    expect(shareToReverse({ kind: "COMMISSION", creditedCents: 6_000, reversedCents: 0 }, net)).toBe(6_000);
    expect(shareToReverse({ kind: "WORKSHOP_SHARE", creditedCents: 108_000, reversedCents: 0 }, net)).toBe(107_999);
  });

  it("is exact beyond Number's safe products (Stripe's largest charge)", () => {
    const net = splitOfNet({ amountCents: 99_999_999, platformFeeCents: 10_000_000, mechanicFeeCents: 0 }, 1);
    expect(shareToReverse({ kind: "PARTNER_SHARE", creditedCents: 89_999_999, reversedCents: 0 }, net)).toBe(89_999_998);
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

  it("of one cent each reverse what one refund of their sum does (F1: 592 cents took nothing)", () => {
    const books = new Books(2_500, diagnosticPostings({ amountCents: 2_500, platformFeeBasisPoints: 1_000, mechanic: { account: "MECHANIC_PAYABLE", userId: "m1", description: "fee" } }));
    for (let i = 0; i < 592; i++) books.refund(1);
    // Net 1,908: the fee round(190.8) = 191, the mechanic the rest.
    expect(books.balance("MECHANIC_PAYABLE")).toBe(1_908 - 191);
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

function partneredRepair(amountCents: number, platformFeeCents: number, commissionCents: number): KeyedLine[] {
  return repairPostings({
    amountCents,
    platformFeeCents,
    mechanicFeeCents: commissionCents,
    mechanicKind: "COMMISSION",
    mechanic: { account: "MECHANIC_PAYABLE", userId: "m1", description: "commission" },
    payee: { account: "PARTNER_PAYABLE", kind: "PARTNER_SHARE", userId: "p1", description: "partner share" },
    partnershipId: "ps1",
  });
}

/** What each party holds of a payment now: the payee (workshop, partner, or a diagnostic's held share), the mechanic (wherever their share sits), the platform's net fee. */
function holdings(books: Books) {
  const payee = books.balance("WORKSHOP_PAYABLE") + books.balance("PARTNER_PAYABLE");
  const mechanic = books.balance("MECHANIC_PAYABLE") + books.balance("WITHHELD") + books.balance("DIAGNOSTIC_CLEARING");
  return { payee, mechanic, platform: books.balance("PLATFORM_REVENUE") };
}

describe("what every party keeps after refunds (round 52: the platform absorbed all the rounding, down to -1)", () => {
  it("a $1,199.99 refund of the $1,200 escalated repair leaves its cent with the workshop: the referral and the platform's fee of a cent round to 0", () => {
    const books = new Books(120_000, escalatedRepair(120_000, 12_000, 6_000));
    const lines = books.refund(119_999);
    // What the payees' transfers are reversed by: all the referral, all but the cent of the workshop's share.
    expect(lineOn(lines, "WORKSHOP_PAYABLE")?.amountCents).toBe(-107_999);
    expect(lineOn(lines, "MECHANIC_PAYABLE")?.amountCents).toBe(-6_000);
    expect(holdings(books)).toEqual({ payee: 1, mechanic: 0, platform: 0 });
  });

  it("refunds of 1 + 30 + 23 cents of a 55-cent quote (fee 6, referral 3) leave the platform its net fee of what is still paid, never below 0", () => {
    const books = new Books(55, escalatedRepair(55, 6, 3));
    books.refund(1);
    // Net 54: the fee round(54 × 6 / 55 = 5.89) = 6, the referral 3 of it: the workshop gives the cent back.
    expect(holdings(books)).toEqual({ payee: 48, mechanic: 3, platform: 3 });
    books.refund(30);
    // Net 24: fee round(24 × 6 / 55 = 2.62) = 3, of which the referral round(1.5) = 2.
    expect(holdings(books)).toEqual({ payee: 21, mechanic: 2, platform: 1 });
    books.refund(23);
    expect(holdings(books)).toEqual({ payee: 1, mechanic: 0, platform: 0 });
  });

  it("a partnered repair's partner share and commission follow the same rule", () => {
    const books = new Books(80_000, partneredRepair(80_000, 12_000, 8_000));
    const lines = books.refund(79_999);
    expect(lineOn(lines, "PARTNER_PAYABLE")?.amountCents).toBe(-67_999);
    expect(lineOn(lines, "MECHANIC_PAYABLE")?.amountCents).toBe(-8_000);
    expect(holdings(books)).toEqual({ payee: 1, mechanic: 0, platform: 0 });
  });

  it("a lost dispute of what is left after a partial refund gives every party's part back; of more than is left, the platform pays the rest", () => {
    const books = new Books(120_000, escalatedRepair(120_000, 12_000, 6_000));
    books.refund(1);
    const lose = (amountCents: number) =>
      reversalPostings(payeeShares(books.entries()), {
        amountCents,
        reversibleCents: Math.min(amountCents, 120_000 - books.refundedCents),
        givenBackBeforeCents: books.refundedCents,
        paymentAmountCents: 120_000,
        kind: "DISPUTE",
        counter: "DISPUTES_RECEIVABLE",
        counterDescription: "dispute lost",
        cause: "lost dispute",
      });
    books.post(lose(119_998), false);
    books.refundedCents += 119_998;
    expect(holdings(books)).toEqual({ payee: 1, mechanic: 0, platform: 0 });
    const beyond = lose(120_000);
    expect(lineOn(beyond, "WORKSHOP_PAYABLE")?.amountCents).toBe(-1);
    expect(lineOn(beyond, "PLATFORM_REVENUE")?.amountCents).toBe(-119_999);
  });

  it("of every odd amount 1..1999 under the seeds' splits, random refund sequences: every party >= 0 and only ever gives back, the referral within the fee, the parts summing to the net, each the split of the net", () => {
    const next = seededRandom(52);
    const int = (max: number) => Math.floor(next() * max);
    const seedSplits = (amount: number) => {
      const escalated = splitRepair({ totalCents: amount, platformFeeBasisPoints: 1_000, mechanicFeeBasisPoints: 500 });
      const partnered = splitRepair({ totalCents: amount, platformFeeBasisPoints: 1_500, mechanicFeeBasisPoints: 1_000 });
      return [
        {
          paid: { amountCents: amount, platformFeeCents: escalated.platformFeeCents, mechanicFeeCents: escalated.mechanicFeeCents },
          lines: escalatedRepair(amount, escalated.platformFeeCents, escalated.mechanicFeeCents),
        },
        {
          paid: { amountCents: amount, platformFeeCents: partnered.platformFeeCents, mechanicFeeCents: partnered.mechanicFeeCents },
          lines: partneredRepair(amount, partnered.platformFeeCents, partnered.mechanicFeeCents),
        },
        { paid: { amountCents: amount, platformFeeCents: basisPointsOf(amount, 1_000), mechanicFeeCents: 0 }, lines: heldDiagnostic(amount) },
      ];
    };
    // Collected rather than asserted one by one: some 30,000 refunds, each checked on seven counts.
    const broken: string[] = [];
    const check = (holds: boolean, what: string) => holds || broken.push(what);
    for (let amount = 1; amount < 2_000; amount += 2) {
      for (const { paid, lines } of seedSplits(amount)) {
        const books = new Books(amount, lines);
        const diagnostic = lines.some((line) => line.kind === "DIAGNOSTIC_FEE");
        let before = holdings(books);
        while (books.refundedCents < amount) {
          const left = amount - books.refundedCents;
          books.refund(next() < 0.3 ? 1 : 1 + int(left));
          const now = holdings(books);
          const at = `amount ${amount}, ${lines[2]!.kind}, ${books.refundedCents} refunded: ${JSON.stringify(now)}`;
          // A diagnostic's mechanic is its payee (the rest); a repair's mechanic is paid out of the fee.
          const parts = diagnostic ? { payee: now.mechanic, mechanic: 0, fee: now.platform } : { payee: now.payee, mechanic: now.mechanic, fee: now.platform + now.mechanic };
          for (const party of ["payee", "mechanic", "platform"] as const) {
            check(now[party] >= 0, `${at}: ${party} below 0`);
            check(now[party] <= before[party], `${at}: ${party} given more by a refund`);
          }
          check(parts.mechanic <= parts.fee, `${at}: referral beyond the fee`);
          check(now.payee + now.mechanic + now.platform === amount - books.refundedCents, `${at}: parts do not sum to the net`);
          const net = splitOfNet(paid, amount - books.refundedCents);
          check(parts.payee === net.payeeShareCents && parts.mechanic === net.mechanicFeeCents && parts.fee === net.platformFeeCents, `${at}: not the split of the net ${JSON.stringify(net)}`);
          before = now;
        }
      }
    }
    expect(broken.slice(0, 5)).toEqual([]);
  });
});

describe("any sequence of partial refunds, bans and lifts (properties, 500 seeded cases)", () => {
  const kinds = ["DIAGNOSTIC_FEE", "WORKSHOP_SHARE", "REFERRAL_FEE"] as const;

  it("leaves each share at its part of the split of the net after every refund, from wherever it sits, never lets a payee, WITHHELD or the clearing account go negative, and ends with every share reversed exactly", () => {
    for (let seed = 1; seed <= 500; seed++) {
      const next = seededRandom(seed);
      const int = (max: number) => Math.floor(next() * max);
      const amount = 1 + int(next() < 0.3 ? 50 : 500_000);
      const diagnostic = next() < 0.5;
      const fee = diagnostic ? basisPointsOf(amount, 1_000) : int(amount + 1);
      const referral = diagnostic ? 0 : int(fee + 1);
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
        const net = splitOfNet({ amountCents: amount, platformFeeCents: fee, mechanicFeeCents: referral }, amount - books.refundedCents);
        const kept = { DIAGNOSTIC_FEE: net.payeeShareCents, WORKSHOP_SHARE: net.payeeShareCents, REFERRAL_FEE: net.mechanicFeeCents };
        for (const kind of kinds) {
          if (credited.get(kind)! > 0) expect(books.reversedOf([kind]), `seed ${seed}, ${kind} after ${books.refundedCents}`).toBe(credited.get(kind)! - kept[kind]);
        }
        for (const account of ["DIAGNOSTIC_CLEARING", "MECHANIC_PAYABLE", "WITHHELD", "WORKSHOP_PAYABLE"]) expect(books.balance(account), `seed ${seed}, ${account}`).toBeGreaterThanOrEqual(0);
        expect(books.balance("PLATFORM_REVENUE"), `seed ${seed}: the platform's net fee`).toBe(net.platformNetCents);
      }
      for (const account of ["DIAGNOSTIC_CLEARING", "MECHANIC_PAYABLE", "WITHHELD", "WORKSHOP_PAYABLE", "PLATFORM_REVENUE", "PLATFORM_CASH"])
        expect(books.balance(account), `seed ${seed}, ${account}`).toBe(0);
    }
  });
});
