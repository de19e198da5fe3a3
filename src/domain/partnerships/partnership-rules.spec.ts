import { describe, expect, it } from "vitest";
import type { MechanicVettingStatus } from "../../platform/db/generated/enums.ts";
import {
  activationTermsProblem,
  dueCutoff,
  effectiveMonthlyLimit,
  inactiveReason as inactiveReasonAt,
  isoDay,
  quotingLimitsProblem,
  startOfUtcMonth,
  utcDay,
  validOn,
  type ContractState,
} from "./partnership-rules.ts";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const contract = (terms: Partial<ContractState> = {}): ContractState => ({
  status: "ACTIVE",
  contractStartDate: day("2026-03-01"),
  contractEndDate: null,
  autoRenew: false,
  commissionBasisPoints: 1_000,
  ...terms,
});
/** Seed 000's revised model: a 15% partnership fee. */
const PLATFORM_FEE_BP = 1_500;
const inactiveReason = (partnership: ContractState, now: Date, mechanicVettingStatus: MechanicVettingStatus | null = "APPROVED") =>
  inactiveReasonAt(partnership, { now, platformFeeBasisPoints: PLATFORM_FEE_BP, mechanicVettingStatus });

describe("calendar days", () => {
  it("reads an instant's UTC day, month start and ISO day", () => {
    const now = new Date("2026-03-17T23:59:59.999Z");
    expect(utcDay(now)).toEqual(day("2026-03-17"));
    expect(startOfUtcMonth(now)).toEqual(day("2026-03-01"));
    expect(isoDay(day("2026-03-01"))).toBe("2026-03-01");
  });
});

describe("whether a partnership may be used today", () => {
  it("is usable when ACTIVE, started, and not past its end", () => {
    expect(inactiveReason(contract({ contractEndDate: day("2026-04-01") }), new Date("2026-03-31T23:00:00Z"))).toBeNull();
  });

  it("is not usable in any other status, whatever the dates", () => {
    for (const status of ["PENDING", "SUSPENDED", "TERMINATED"] as const) expect(inactiveReason(contract({ status }), new Date("2026-03-10T00:00:00Z"))).toBe(status);
  });

  it("starts on its start day, not before", () => {
    expect(inactiveReason(contract(), new Date("2026-02-28T23:59:59Z"))).toBe("NOT_STARTED");
    expect(inactiveReason(contract(), new Date("2026-03-01T00:00:00Z"))).toBeNull();
  });

  it("expires on its end day unless it renews automatically", () => {
    const ending = { contractEndDate: day("2026-04-01") };
    expect(inactiveReason(contract(ending), new Date("2026-04-01T00:00:00Z"))).toBe("EXPIRED");
    expect(inactiveReason(contract({ ...ending, autoRenew: true }), new Date("2026-09-01T00:00:00Z"))).toBeNull();
  });

  it("is not usable with a commission that leaves the platform none of its fee (seed 000 'NET: -$675/month per mechanic (LOSS!)')", () => {
    const now = new Date("2026-03-10T00:00:00Z");
    expect(inactiveReason(contract({ commissionBasisPoints: 1_499 }), now)).toBeNull();
    expect(inactiveReason(contract({ commissionBasisPoints: 1_500 }), now)).toBe("NO_PLATFORM_MARGIN");
    expect(inactiveReason(contract({ commissionBasisPoints: 2_000 }), now)).toBe("NO_PLATFORM_MARGIN");
    // Today's fee decides: a commission that was in range stops being so when the fee is lowered.
    expect(inactiveReasonAt(contract({ commissionBasisPoints: 1_000 }), { now, platformFeeBasisPoints: 1_000, mechanicVettingStatus: "APPROVED" })).toBe("NO_PLATFORM_MARGIN");
    // A stopped partnership says why it stopped first.
    expect(inactiveReason(contract({ status: "SUSPENDED", commissionBasisPoints: 1_500 }), now)).toBe("SUSPENDED");
  });

  it("is not usable while its mechanic is not APPROVED at vetting (an approval revoked, or no profile), and is again once approved", () => {
    const now = new Date("2026-03-10T00:00:00Z");
    for (const status of ["REJECTED", "PENDING", null] as const) expect(inactiveReason(contract(), now, status)).toBe("MECHANIC_NOT_VETTED");
    expect(inactiveReason(contract(), now, "APPROVED")).toBeNull();
    // A stopped partnership says why it stopped first.
    expect(inactiveReason(contract({ status: "SUSPENDED" }), now, "REJECTED")).toBe("SUSPENDED");
  });
});

describe("the monthly quote limit a partnership is held to", () => {
  it("is its stored limit, never above the platform's highest today", () => {
    expect(effectiveMonthlyLimit(100_000_000, 5_000_000)).toBe(5_000_000);
    expect(effectiveMonthlyLimit(130_000, 5_000_000)).toBe(130_000);
  });
});

describe("terms a partnership becomes ACTIVE with (verify, resume)", () => {
  const policy = { platformFeeBasisPoints: 1_500, commissionBasisPoints: { WORKSHOP: 1_000, SUPPLIER: 900, NETWORK: 500 } };
  const terms = { type: "SUPPLIER" as const, commissionBasisPoints: 900, maxQuoteAmountCents: 5_000_000 };

  it("are within the type's commission and the platform's highest monthly limit today", () => {
    expect(activationTermsProblem(terms, policy, 5_000_000)).toBeNull();
  });

  it("refuse a commission above the type's, naming both", () => {
    expect(activationTermsProblem({ ...terms, commissionBasisPoints: 1_000 }, policy, 5_000_000)).toMatch(/commission \(1000 bp\) is above the platform's SUPPLIER commission \(900 bp\)/);
  });

  it("refuse a monthly limit above the platform's highest, naming both", () => {
    expect(activationTermsProblem({ ...terms, maxQuoteAmountCents: 5_000_001 }, policy, 5_000_000)).toMatch(/monthly quote limit \(5000001 cents\) is above the platform's highest \(5000000 cents\)/);
  });
});

describe("quoting limits, proposed or set", () => {
  it("refuses a monthly limit above the platform's highest, naming it", () => {
    expect(quotingLimitsProblem({ maxQuoteAmountCents: 5_000_001 }, 5_000_000)).toEqual({
      field: "maxQuoteAmountCents",
      message: "must be at most 5000000, the platform's highest monthly quote limit",
    });
    expect(quotingLimitsProblem({ maxQuoteAmountCents: 5_000_000, autoApproveBelowCents: 5_000_000 }, 5_000_000)).toBeNull();
  });

  it("refuses an auto-approval threshold above the monthly limit", () => {
    expect(quotingLimitsProblem({ maxQuoteAmountCents: 100_000, autoApproveBelowCents: 100_001 }, 5_000_000)).toEqual({
      field: "autoApproveBelowCents",
      message: "must not exceed maxQuoteAmountCents",
    });
    expect(quotingLimitsProblem({ maxQuoteAmountCents: 100_000, autoApproveBelowCents: null }, 5_000_000)).toBeNull();
  });
});

describe("price list validity", () => {
  it("covers its first day through its last, validUntil inclusive", () => {
    const today = day("2026-03-17");
    expect(validOn(new Date("2026-03-17T15:00:00Z"))).toEqual({ validFrom: { lte: today }, OR: [{ validUntil: null }, { validUntil: { gte: today } }] });
  });
});

describe("when a partner's share falls due", () => {
  it("is the payment terms' days before the payout date", () => {
    const asOf = new Date("2026-03-31T12:00:00Z");
    expect(dueCutoff("IMMEDIATE", asOf)).toEqual(asOf);
    expect(dueCutoff("NET_30", asOf)).toEqual(new Date("2026-03-01T12:00:00Z"));
    expect(dueCutoff("NET_60", asOf)).toEqual(new Date("2026-01-30T12:00:00Z"));
  });
});
