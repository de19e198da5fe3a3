import { describe, expect, it } from "vitest";
import { feePolicyProblems, leavesPlatformMargin, maxPartnershipCommission, SEED_FEE_POLICY, splitDiagnostic, splitRepair } from "./fee-policy.ts";
import { PricingError } from "./pricing.ts";

describe("the fee policy", () => {
  it("splits seed 003's $25 diagnostic: 10% ($2.50) to the platform, the rest to the mechanic (003_0add1c2809e6e7b6.txt:192-193)", () => {
    expect(splitDiagnostic(SEED_FEE_POLICY.diagnosticPriceCents, SEED_FEE_POLICY.platformFeeBasisPoints)).toEqual({ platformFeeCents: 250, mechanicShareCents: 2_250 });
  });

  it("splits seed 003's $1,200 repair: $120 fee, $60 referral paid out of it, $1,080 to the workshop (003_0add1c2809e6e7b6.txt:212-216)", () => {
    expect(splitRepair({ totalCents: 120_000, platformFeeBasisPoints: SEED_FEE_POLICY.platformFeeBasisPoints, mechanicFeeBasisPoints: SEED_FEE_POLICY.referralFeeBasisPoints })).toEqual({
      platformFeeCents: 12_000,
      mechanicFeeCents: 6_000,
      payeeShareCents: 108_000,
      platformNetCents: 6_000,
    });
  });

  it("splits seed 000's $800 partnered repair: 15% fee, 10% commission out of it (000_04139fa9eb10cdb4.txt:447-448)", () => {
    const { partnership } = SEED_FEE_POLICY;
    expect(splitRepair({ totalCents: 80_000, platformFeeBasisPoints: partnership.platformFeeBasisPoints, mechanicFeeBasisPoints: partnership.commissionBasisPoints.WORKSHOP })).toEqual({
      platformFeeCents: 12_000,
      mechanicFeeCents: 8_000,
      payeeShareCents: 68_000,
      platformNetCents: 4_000,
    });
  });

  it("rounds half up to the cent and keeps the invariants in whole cents", () => {
    for (const totalCents of [0, 1, 5, 15, 999, 12_345, 100_001]) {
      const split = splitRepair({ totalCents, platformFeeBasisPoints: 1_000, mechanicFeeBasisPoints: 500 });
      expect(split.payeeShareCents + split.platformFeeCents).toBe(totalCents);
      expect(split.platformNetCents + split.mechanicFeeCents).toBe(split.platformFeeCents);
      for (const cents of Object.values(split)) expect(Number.isSafeInteger(cents) && cents >= 0).toBe(true);
    }
    expect(splitDiagnostic(5, 1_000)).toEqual({ platformFeeCents: 1, mechanicShareCents: 4 });
  });

  it("refuses a mechanic's fee above the platform's, which the platform could not pay", () => {
    expect(() => splitRepair({ totalCents: 1_000, platformFeeBasisPoints: 500, mechanicFeeBasisPoints: 600 })).toThrow(PricingError);
    expect(feePolicyProblems({ ...SEED_FEE_POLICY, referralFeeBasisPoints: 1_100 }).map((p) => p.setting)).toEqual(["referralFeeBasisPoints"]);
    expect(feePolicyProblems(SEED_FEE_POLICY)).toEqual([]);
  });
});

describe("partnership commissions leave the platform a margin (000_04139fa9eb10cdb4.txt:433-449)", () => {
  it("a commission is in range strictly below the partnership fee: at the fee the platform keeps nothing, above it loses", () => {
    expect(leavesPlatformMargin(1_000, 1_500)).toBe(true);
    expect(leavesPlatformMargin(1_499, 1_500)).toBe(true);
    expect(leavesPlatformMargin(1_500, 1_500)).toBe(false);
    expect(leavesPlatformMargin(2_000, 1_500)).toBe(false);
  });

  it("a mechanic applies for at most the type's configured commission (the revised model's 10%)", () => {
    for (const kind of ["WORKSHOP", "SUPPLIER", "NETWORK"] as const) expect(maxPartnershipCommission(SEED_FEE_POLICY.partnership, kind)).toBe(1_000);
    const network = { ...SEED_FEE_POLICY.partnership, commissionBasisPoints: { ...SEED_FEE_POLICY.partnership.commissionBasisPoints, NETWORK: 800 } };
    expect(maxPartnershipCommission(network, "NETWORK")).toBe(800);
  });

  it("a policy whose commission for a type is the whole partnership fee is inconsistent", () => {
    const whole = { ...SEED_FEE_POLICY, partnership: { ...SEED_FEE_POLICY.partnership, commissionBasisPoints: { ...SEED_FEE_POLICY.partnership.commissionBasisPoints, SUPPLIER: 1_500 } } };
    expect(feePolicyProblems(whole).map((p) => [p.setting, p.bound])).toEqual([["commissionBasisPoints.SUPPLIER", "below"]]);
  });
});
