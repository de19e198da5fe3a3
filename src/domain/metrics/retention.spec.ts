import { describe, expect, it } from "vitest";
import { againstTarget, rateBasisPoints, weekOverWeek, weeksEndingAt } from "./retention.ts";

describe("retention targets", () => {
  it("meets a target only above it (seed: >30%, >60%, >95%)", () => {
    expect(againstTarget("ON_PLATFORM_TRANSACTION_RATE", 3001)).toEqual({ metric: "ON_PLATFORM_TRANSACTION_RATE", valueBasisPoints: 3001, targetBasisPoints: 3000, met: true });
    expect(againstTarget("ON_PLATFORM_TRANSACTION_RATE", 3000).met).toBe(false);
    expect(againstTarget("QUOTE_APPROVAL_RATE", 5999).met).toBe(false);
    expect(againstTarget("MECHANIC_COMPLIANCE_RATE", 9600).met).toBe(true);
  });

  it("does not meet a target without data", () => {
    expect(againstTarget("QUOTE_APPROVAL_RATE", null)).toMatchObject({ valueBasisPoints: null, met: false });
    expect(rateBasisPoints(0, 0)).toBeNull();
    expect(rateBasisPoints(1, 3)).toBe(3333);
  });
});

describe("week-over-week warning signals", () => {
  it("alerts on a sudden drop of at least a quarter (escalation rate, transaction volume)", () => {
    expect(weekOverWeek(4000, 2000, "DROP")).toEqual({ previous: 4000, current: 2000, changeBasisPoints: -5000, alert: true });
    expect(weekOverWeek(4000, 3500, "DROP").alert).toBe(false);
    expect(weekOverWeek(4000, 6000, "DROP").alert).toBe(false);
  });

  it("alerts on an increase of at least a quarter, or from nothing to something (contact messages, reports)", () => {
    expect(weekOverWeek(4, 5, "RISE")).toMatchObject({ changeBasisPoints: 2500, alert: true });
    expect(weekOverWeek(4, 4, "RISE").alert).toBe(false);
    expect(weekOverWeek(0, 2, "RISE")).toEqual({ previous: 0, current: 2, changeBasisPoints: null, alert: true });
    expect(weekOverWeek(0, 0, "RISE").alert).toBe(false);
  });

  it("says nothing about a week without data", () => {
    expect(weekOverWeek(null, 3000, "DROP")).toEqual({ previous: null, current: 3000, changeBasisPoints: null, alert: false });
  });

  it("compares the 7 days ending at a time with the 7 days before", () => {
    const asOf = new Date("2026-11-30T00:00:00Z");
    expect(weeksEndingAt(asOf)).toEqual({
      previous: { from: new Date("2026-11-16T00:00:00Z"), to: new Date("2026-11-23T00:00:00Z") },
      current: { from: new Date("2026-11-23T00:00:00Z"), to: asOf },
    });
  });
});
