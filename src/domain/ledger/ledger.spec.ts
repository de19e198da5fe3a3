import { describe, expect, it } from "vitest";
import { SEED_FEE_POLICY } from "../money/fee-policy.ts";
import type { KeyedLine } from "./ledger-line.ts";
import { PAYABLE_OF, payoutPostings, withholdingPostings } from "./payout.ts";
import { diagnosticEarnedPostings, diagnosticPostings, platformRevenue, repairPostings, revenueRowsOf } from "./postings.ts";
import { disputeWithdrawnPostings, disputeWonPostings, payeeShares, reversalPostings, type PayeeShare } from "./reversal.ts";

/** Every posting must balance, in whole cents, with keys unique within it. */
function expectBalanced(lines: readonly KeyedLine[]): void {
  expect(lines.reduce((sum, line) => sum + line.amountCents, 0)).toBe(0);
  for (const line of lines) expect(Number.isSafeInteger(line.amountCents)).toBe(true);
  expect(new Set(lines.map((line) => line.key)).size).toBe(lines.length);
}
const byKey = (lines: readonly KeyedLine[]) => Object.fromEntries(lines.map((line) => [line.key, line.amountCents]));
const mechanic = { account: "MECHANIC_PAYABLE" as const, userId: "m1", description: "diagnostic fee to the mechanic" };

// Seed 003 (003_0add1c2809e6e7b6.txt:192-193): "Diagnostic on platform: $25 / Platform fee (10%): $2.50".
const diagnostic = diagnosticPostings({ amountCents: SEED_FEE_POLICY.diagnosticPriceCents, platformFeeBasisPoints: SEED_FEE_POLICY.platformFeeBasisPoints, mechanic });
// Seed 003 (003_0add1c2809e6e7b6.txt:212-216): "Platform fee (10%): $120.00", "Mechanic referral fee: $60 (5% of $1,200) Paid by platform".
const escalated = repairPostings({
  amountCents: 120_000,
  platformFeeCents: 12_000,
  mechanicFeeCents: 6_000,
  mechanicKind: "REFERRAL_FEE",
  mechanic: { ...mechanic, description: "referral" },
  payee: { account: "WORKSHOP_PAYABLE", kind: "WORKSHOP_SHARE", workshopId: "w1", description: "workshop share" },
});
// Seed 000 (000_04139fa9eb10cdb4.txt:447-448): "Repair fees: 20 × $800 × 15%", "Commission paid: 20 × $800 × 10%".
const partnered = repairPostings({
  amountCents: 80_000,
  platformFeeCents: 12_000,
  mechanicFeeCents: 8_000,
  mechanicKind: "COMMISSION",
  mechanic: { ...mechanic, description: "commission" },
  payee: { account: "PARTNER_PAYABLE", kind: "PARTNER_SHARE", userId: "p1", description: "partner share" },
  partnershipId: "ps1",
});
const positionsOf = (lines: readonly KeyedLine[]): PayeeShare[] =>
  payeeShares(lines.filter((line) => line.account !== "PLATFORM_CASH" && line.account !== "PLATFORM_REVENUE").map((line) => ({ ...line, share: true })));

describe("a payment's split", () => {
  it("of seed 003's $25 diagnostic: $2.50 to the platform, $22.50 to the mechanic, balanced", () => {
    expectBalanced(diagnostic);
    expect(byKey(diagnostic)).toEqual({ cash: -2_500, "platform-fee": 250, "mechanic-share": 2_250 });
  });

  it("of seed 003's $1,200 escalated repair: $1,080 to the workshop, the $60 referral paid out of the platform's $120", () => {
    expectBalanced(escalated);
    expect(byKey(escalated)).toEqual({ cash: -120_000, "platform-fee": 12_000, "workshop-share": 108_000, "referral-paid-by-platform": -6_000, referral: 6_000 });
  });

  it("of seed 000's $800 partnered repair: 15% fee, the 10% commission out of it, 85% to the partner", () => {
    expectBalanced(partnered);
    expect(byKey(partnered)).toEqual({ cash: -80_000, "platform-fee": 12_000, "partner-share": 68_000, "commission-paid-by-platform": -8_000, commission: 8_000 });
  });

  it("moves a held diagnostic share to the mechanic who earned it, balanced", () => {
    const earned = diagnosticEarnedPostings({ amountCents: 2_250, mechanic: { ...mechanic, userId: "m1" } });
    expectBalanced(earned);
    expect(byKey(earned)).toEqual({ clearing: -2_250, "mechanic-share": 2_250 });
  });
});

describe("a reversal of the split", () => {
  const refund = { kind: "REFUND", counter: "PLATFORM_CASH", counterDescription: "refund paid to customer", cause: "refund" } as const;

  it("gives a full refund of the diagnostic back from the mechanic and the platform, balanced", () => {
    const lines = reversalPostings(positionsOf(diagnostic), { ...refund, amountCents: 2_500, reversibleCents: 2_500, givenBackBeforeCents: 0, paymentAmountCents: 2_500 });
    expectBalanced(lines);
    expect(byKey(lines)).toEqual({ PLATFORM_CASH: 2_500, "PLATFORM_REVENUE:PLATFORM_FEE": -250, "MECHANIC_PAYABLE:DIAGNOSTIC_FEE": -2_250 });
  });

  it("leaves every party its part of the split of what the customer still pays, in whole cents", () => {
    const lines = reversalPostings(positionsOf(escalated), { ...refund, amountCents: 333, reversibleCents: 333, givenBackBeforeCents: 0, paymentAmountCents: 120_000 });
    expectBalanced(lines);
    // Net 119,667: fee round(11,966.7) = 11,967, of which the referral round(5,983.5) = 5,984; the workshop the rest, 107,700.
    // So the workshop gives back 300, the referral 16, the platform 333 - 316 = 17 (its net fee 6,000 -> 5,983).
    expect(byKey(lines)).toEqual({ PLATFORM_CASH: 333, "WORKSHOP_PAYABLE:WORKSHOP_SHARE": -300, "MECHANIC_PAYABLE:REFERRAL_FEE": -16, "PLATFORM_REVENUE:PLATFORM_FEE": -17 });
  });

  it("charges the platform alone for what is beyond the reversible amount (a dispute of money already refunded)", () => {
    // Refunded in full first: the payees gave it all back then.
    const refunded = reversalPostings(positionsOf(partnered), { ...refund, amountCents: 80_000, reversibleCents: 80_000, givenBackBeforeCents: 0, paymentAmountCents: 80_000 });
    const payeeLines = (lines: readonly KeyedLine[], share: boolean) =>
      lines.filter((line) => line.account !== "PLATFORM_CASH" && line.account !== "PLATFORM_REVENUE").map((line) => ({ ...line, share }));
    const shares = payeeShares([...payeeLines(partnered, true), ...payeeLines(refunded, false)]);
    const lines = reversalPostings(shares, {
      amountCents: 80_000,
      reversibleCents: 0,
      givenBackBeforeCents: 80_000,
      paymentAmountCents: 80_000,
      kind: "DISPUTE",
      counter: "DISPUTES_RECEIVABLE",
      counterDescription: "dispute lost",
      cause: "lost dispute",
    });
    expectBalanced(lines);
    expect(byKey(lines)).toEqual({ DISPUTES_RECEIVABLE: 80_000, "PLATFORM_REVENUE:PLATFORM_FEE": -80_000 });
  });

  it("nets a held and since earned diagnostic share to the mechanic's credit", () => {
    const held = diagnosticPostings({ amountCents: 2_500, platformFeeBasisPoints: 1_000, mechanic: { ...mechanic, account: "DIAGNOSTIC_CLEARING", userId: null } });
    const earned = diagnosticEarnedPostings({ amountCents: 2_250, mechanic: { ...mechanic, userId: "m1" } });
    expect(positionsOf([...held, ...earned])).toMatchObject([
      {
        kind: "DIAGNOSTIC_FEE",
        creditedCents: 2_250,
        reversedCents: 0,
        holdings: [
          { account: "DIAGNOSTIC_CLEARING", amountCents: 0 },
          { account: "MECHANIC_PAYABLE", amountCents: 2_250, userId: "m1" },
        ],
      },
    ]);
  });

  it("holds a disputed amount as a receivable and reinstates it when won, each balanced", () => {
    expectBalanced(disputeWithdrawnPostings(2_500));
    expectBalanced(disputeWonPostings(2_500));
    expect(byKey([...disputeWithdrawnPostings(2_500), ...disputeWonPostings(2_500)].map((l, i) => ({ ...l, key: `${l.key}${i}` })))).toEqual({
      PLATFORM_CASH0: 2_500,
      DISPUTES_RECEIVABLE1: -2_500,
      DISPUTES_RECEIVABLE2: 2_500,
      PLATFORM_CASH3: -2_500,
    });
  });
});

describe("the platform's revenue after refunds", () => {
  const refund = { kind: "REFUND", counter: "PLATFORM_CASH", counterDescription: "refund paid to customer", cause: "refund" } as const;

  it("counts referrals and commissions paid net of what refunds took back from the mechanics; the net revenue stays the platform's balance", () => {
    // Half of the $1,200 escalated repair and all but a cent of the $800 partnered one refunded.
    const escalatedRefund = reversalPostings(positionsOf(escalated), { ...refund, amountCents: 60_000, reversibleCents: 60_000, givenBackBeforeCents: 0, paymentAmountCents: 120_000 });
    const partneredRefund = reversalPostings(positionsOf(partnered), { ...refund, amountCents: 79_999, reversibleCents: 79_999, givenBackBeforeCents: 0, paymentAmountCents: 80_000 });
    const takenFromMechanic = (lines: readonly KeyedLine[]) => lines.filter((line) => line.account === "MECHANIC_PAYABLE").reduce((sum, line) => sum + line.amountCents, 0);
    const revenue = platformRevenue(
      [...revenueRowsOf("REPAIR", [...escalated, ...escalatedRefund]), ...revenueRowsOf("REPAIR", [...partnered, ...partneredRefund])],
      [
        { kind: "REFERRAL_FEE", amountCents: takenFromMechanic(escalatedRefund) },
        { kind: "COMMISSION", amountCents: takenFromMechanic(partneredRefund) },
      ],
    );
    // Still paid: $600 of the repair, its fee $60 with the $30 referral; the $800 repair's cent, all the partner's.
    expect(revenue).toEqual({ diagnosticFeesCents: 0, repairFeesCents: 24_000, referralFeesPaidCents: 3_000, commissionsPaidCents: 0, netRevenueCents: 3_000 });
  });
});

describe("payouts and withholding", () => {
  it("debits the payee's payable and credits the cash; a negative amount reverses it", () => {
    const payee = { userId: null, workshopId: "w1", partnershipId: null };
    for (const amountCents of [108_000, -500]) {
      const lines = payoutPostings({ paymentId: "pay1", recipient: "WORKSHOP", payee, amountCents, description: "payout" });
      expectBalanced(lines);
      expect(byKey(lines)).toEqual({ WORKSHOP_PAYABLE: -amountCents, PLATFORM_CASH: amountCents });
    }
    expect(PAYABLE_OF).toEqual({ WORKSHOP: "WORKSHOP_PAYABLE", MECHANIC: "MECHANIC_PAYABLE", PARTNER: "PARTNER_PAYABLE" });
  });

  it("withholds a banned mechanic's positive balances payment by payment, balanced", () => {
    const lines = withholdingPostings(
      "m1",
      [
        { paymentId: "a", amountCents: 2_250 },
        { paymentId: "b", amountCents: 0 },
        { paymentId: "c", amountCents: 6_000 },
      ],
      { from: "MECHANIC_PAYABLE", to: "WITHHELD", description: "withheld" },
    );
    expectBalanced(lines);
    expect(byKey(lines)).toEqual({ "a:MECHANIC_PAYABLE": -2_250, "a:WITHHELD": 2_250, "c:MECHANIC_PAYABLE": -6_000, "c:WITHHELD": 6_000 });
  });
});
