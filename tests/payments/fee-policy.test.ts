import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../src/app/config.ts";
import { diagnosticPostings, platformRevenue, repairPostings, revenueRowsOf } from "../../src/domain/ledger/postings.ts";
import { feePolicyProblems, SEED_FEE_POLICY, splitDiagnostic, splitRepair } from "../../src/domain/money/fee-policy.ts";
import { basisPointsOf, MAX_QUOTE_TOTAL_CENTS, PricingError } from "../../src/domain/money/pricing.ts";
import { randomInt, seededRandom } from "../../src/domain/seeded-random.ts";
import { seedMonth } from "./seed-months.ts";

const sum = (lines: { amountCents: number }[]) => lines.reduce((total, line) => total + line.amountCents, 0);

describe("the seeds' fee policy is the default", () => {
  it("10% of diagnostics and repairs, a 5% referral and, on partnered repairs, 15% with a 10% commission for every type", () => {
    expect(SEED_FEE_POLICY).toEqual({
      diagnosticPriceCents: 2_500,
      platformFeeBasisPoints: 1_000,
      referralFeeBasisPoints: 500,
      partnership: { platformFeeBasisPoints: 1_500, commissionBasisPoints: { WORKSHOP: 1_000, SUPPLIER: 1_000, NETWORK: 1_000 } },
    });
    const config = loadConfig({});
    expect(config.fees).toMatchObject(SEED_FEE_POLICY);
    expect(feePolicyProblems(SEED_FEE_POLICY)).toEqual([]);
  });

  it("per-type commission overrides are allowed below the platform's partnership fee", () => {
    expect(loadConfig({ PARTNERSHIP_COMMISSION_SUPPLIER_BP: "1499" }).fees.partnership.commissionBasisPoints).toEqual({ WORKSHOP: 1_000, SUPPLIER: 1_499, NETWORK: 1_000 });
  });

  it("a referral above the fee it is paid from, or a commission that leaves the platform none of it, is refused at start, naming the variable", () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadConfig(env);
      } catch (error) {
        if (error instanceof ConfigError) return error.problems;
        throw error;
      }
      return [];
    };
    expect(problems({ PARTNERSHIP_COMMISSION_NETWORK_BP: "1600" })).toEqual([
      "PARTNERSHIP_COMMISSION_NETWORK_BP: must be below PARTNERSHIP_PLATFORM_FEE_BP: the network partnership commission (1600 bp) is paid by the platform out of its partnership fee (1500 bp) and must leave it a margin",
    ]);
    // Seed 000: at a commission as high as the fee the platform keeps $0 of every partnered repair.
    expect(problems({ PARTNERSHIP_COMMISSION_SUPPLIER_BP: "1500" })).toEqual([
      "PARTNERSHIP_COMMISSION_SUPPLIER_BP: must be below PARTNERSHIP_PLATFORM_FEE_BP: the supplier partnership commission (1500 bp) is paid by the platform out of its partnership fee (1500 bp) and must leave it a margin",
    ]);
    expect(problems({ PLATFORM_FEE_BP: "400" })).toEqual([
      "REFERRAL_FEE_BP: must not exceed PLATFORM_FEE_BP: the referral fee (500 bp) is paid by the platform out of its fee and cannot exceed it (400 bp)",
    ]);
  });
});

describe("splitDiagnostic", () => {
  it("seed 003: a $25 diagnostic is $2.50 to the platform and $22.50 to the mechanic", () => {
    expect(splitDiagnostic(2_500, 1_000)).toEqual({ platformFeeCents: 250, mechanicShareCents: 2_250 });
  });
});

describe("splitRepair", () => {
  it("seed 003: on a $1,200 escalated repair the workshop gets $1,080; the platform's $120 pays the $60 referral and keeps $60", () => {
    expect(splitRepair({ totalCents: 120_000, platformFeeBasisPoints: 1_000, mechanicFeeBasisPoints: 500 })).toEqual({
      platformFeeCents: 12_000,
      mechanicFeeCents: 6_000,
      payeeShareCents: 108_000,
      platformNetCents: 6_000,
    });
  });

  it("seed 000 revised model: on an $800 partnered repair the partner gets $680; the platform's $120 pays the $80 commission and keeps $40", () => {
    expect(splitRepair({ totalCents: 80_000, platformFeeBasisPoints: 1_500, mechanicFeeBasisPoints: 1_000 })).toEqual({
      platformFeeCents: 12_000,
      mechanicFeeCents: 8_000,
      payeeShareCents: 68_000,
      platformNetCents: 4_000,
    });
  });

  it("rounds each fee half up to the cent; the payee absorbs nothing of the mechanic's fee", () => {
    // 33.3 -> 33 and 16.65 -> 17
    expect(splitRepair({ totalCents: 333, platformFeeBasisPoints: 1_000, mechanicFeeBasisPoints: 500 })).toEqual({
      platformFeeCents: 33,
      mechanicFeeCents: 17,
      payeeShareCents: 300,
      platformNetCents: 16,
    });
    expect(splitRepair({ totalCents: 0, platformFeeBasisPoints: 1_000, mechanicFeeBasisPoints: 500 })).toEqual({ platformFeeCents: 0, mechanicFeeCents: 0, payeeShareCents: 0, platformNetCents: 0 });
  });

  it.each([
    ["a negative total", { totalCents: -1, platformFeeBasisPoints: 1_000, mechanicFeeBasisPoints: 500 }, "totalCents"],
    ["a fractional total", { totalCents: 99.5, platformFeeBasisPoints: 1_000, mechanicFeeBasisPoints: 500 }, "totalCents"],
    ["a negative platform fee", { totalCents: 100, platformFeeBasisPoints: -1, mechanicFeeBasisPoints: 0 }, "platformFeeBasisPoints"],
    ["a platform fee over 100%", { totalCents: 100, platformFeeBasisPoints: 10_001, mechanicFeeBasisPoints: 0 }, "platformFeeBasisPoints"],
    ["a fractional mechanic fee", { totalCents: 100, platformFeeBasisPoints: 1_000, mechanicFeeBasisPoints: 2.5 }, "mechanicFeeBasisPoints"],
    ["a mechanic fee above the platform fee it is paid from", { totalCents: 100, platformFeeBasisPoints: 1_000, mechanicFeeBasisPoints: 1_001 }, "mechanicFeeBasisPoints"],
  ])("rejects %s", (_label, input, field) => {
    let caught: unknown;
    try {
      splitRepair(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PricingError);
    expect((caught as PricingError).field).toBe(field);
  });

  it("the payee and the platform's fee make the total, and the mechanic and the platform's net make the fee (seeded random amounts and rates)", () => {
    const random = seededRandom(20_240_601);
    for (let run = 0; run < 20_000; run += 1) {
      const totalCents = randomInt(random, run % 2 === 0 ? 1_000 : MAX_QUOTE_TOTAL_CENTS);
      const platformFeeBasisPoints = randomInt(random, 10_000);
      const mechanicFeeBasisPoints = randomInt(random, platformFeeBasisPoints);
      const split = splitRepair({ totalCents, platformFeeBasisPoints, mechanicFeeBasisPoints });
      const context = JSON.stringify({ totalCents, platformFeeBasisPoints, mechanicFeeBasisPoints, split });
      expect(split.payeeShareCents + split.platformFeeCents, context).toBe(totalCents);
      expect(split.platformNetCents + split.mechanicFeeCents, context).toBe(split.platformFeeCents);
      for (const share of Object.values(split)) expect(Number.isSafeInteger(share) && share >= 0, context).toBe(true);
      expect(split.platformFeeCents).toBe(basisPointsOf(totalCents, platformFeeBasisPoints));
      expect(split.mechanicFeeCents).toBe(basisPointsOf(totalCents, mechanicFeeBasisPoints));
    }
  });
});

describe("ledger postings", () => {
  const mechanic = { account: "MECHANIC_PAYABLE" as const, userId: "m", description: "to the mechanic" };

  it("a $1,200 escalated repair: the referral is debited from the platform's revenue, not the workshop's share", () => {
    const lines = repairPostings({
      amountCents: 120_000,
      platformFeeCents: 12_000,
      mechanicFeeCents: 6_000,
      mechanicKind: "REFERRAL_FEE",
      mechanic,
      payee: { account: "WORKSHOP_PAYABLE", kind: "WORKSHOP_SHARE", workshopId: "w", description: "workshop" },
    });
    expect(Object.fromEntries(lines.map((l) => [l.key, [l.account, l.kind, l.amountCents]]))).toEqual({
      cash: ["PLATFORM_CASH", "PAYMENT_RECEIVED", -120_000],
      "platform-fee": ["PLATFORM_REVENUE", "PLATFORM_FEE", 12_000],
      "workshop-share": ["WORKSHOP_PAYABLE", "WORKSHOP_SHARE", 108_000],
      "referral-paid-by-platform": ["PLATFORM_REVENUE", "REFERRAL_FEE", -6_000],
      referral: ["MECHANIC_PAYABLE", "REFERRAL_FEE", 6_000],
    });
    expect(sum(lines)).toBe(0);
    expect(platformRevenue(revenueRowsOf("REPAIR", lines))).toEqual({ diagnosticFeesCents: 0, repairFeesCents: 12_000, referralFeesPaidCents: 6_000, commissionsPaidCents: 0, netRevenueCents: 6_000 });
  });

  it("a $25 diagnostic balances and earns the platform $2.50", () => {
    const lines = diagnosticPostings({ amountCents: 2_500, platformFeeBasisPoints: 1_000, mechanic });
    expect(sum(lines)).toBe(0);
    expect(platformRevenue(revenueRowsOf("DIAGNOSTIC", lines))).toEqual({ diagnosticFeesCents: 250, repairFeesCents: 0, referralFeesPaidCents: 0, commissionsPaidCents: 0, netRevenueCents: 250 });
  });
});

/**
 * The seeds' revenue tables from the pure postings, at full scale. The service-built samples in
 * seed-revenue.test.ts must agree with the same functions at their scale.
 */
describe("the seeds' revenue tables, from the postings", () => {
  it("seed 003's month: 1,000 diagnostics at $25, 300 escalations, average repair $800, 60% approved", () => {
    // The seed's arithmetic checks out: 300 × 60% = 180 repairs; 180 × $800 × 10% = $14,400 in fees;
    // 180 × $800 × 5% = $7,200 in referrals; 1,000 × $25 × 10% = $2,500; $2,500 + $14,400 - $7,200 = $9,700.
    const revenue = platformRevenue(seedMonth({ diagnostics: 1_000, escalatedRepairs: 180, partneredRepairs: 0, repairCents: 80_000 }));
    expect(revenue).toEqual({ diagnosticFeesCents: 250_000, repairFeesCents: 1_440_000, referralFeesPaidCents: 720_000, commissionsPaidCents: 0, netRevenueCents: 970_000 });
  });

  it("seed 000's revised model for one mechanic: 50 diagnostics, 20 partnered quotes of $800 -> net $925", () => {
    // Diagnostic fees $125 + repair fees 20 × $800 × 15% = $2,400 - commission 20 × $800 × 10% = $1,600 -> $925.
    const revenue = platformRevenue(seedMonth({ diagnostics: 50, escalatedRepairs: 0, partneredRepairs: 20, repairCents: 80_000 }));
    expect(revenue).toEqual({ diagnosticFeesCents: 12_500, repairFeesCents: 240_000, referralFeesPaidCents: 0, commissionsPaidCents: 160_000, netRevenueCents: 92_500 });
  });

  it("the seed months are sums of identical payments, so a 1/k sample scales exactly", () => {
    const full = platformRevenue(seedMonth({ diagnostics: 1_000, escalatedRepairs: 180, partneredRepairs: 0, repairCents: 80_000 }));
    const sample = platformRevenue(seedMonth({ diagnostics: 50, escalatedRepairs: 9, partneredRepairs: 0, repairCents: 80_000 }));
    for (const key of Object.keys(full) as (keyof typeof full)[]) expect(sample[key] * 20).toBe(full[key]);
  });
});
