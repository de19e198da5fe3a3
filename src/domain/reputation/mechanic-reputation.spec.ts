import { describe, expect, it } from "vitest";
import { mechanicReputation, type ReputationFacts } from "./mechanic-reputation.ts";

const facts = (overrides: Partial<ReputationFacts> = {}): ReputationFacts => ({ escalations: 0, approvedQuotes: 0, upheldComplaints: 0, ratingHundredths: 0, ratingCount: 0, ...overrides });

describe("mechanic reputation (seed 003: escalation quality)", () => {
  it("puts a newcomer with no history in the middle", () => {
    expect(mechanicReputation(facts())).toEqual({ score: 60, conversionBasisPoints: 5_000, ratingBasisPoints: 5_000, complaintBasisPoints: 0 });
  });

  it("rises with escalations that became approved quotes", () => {
    const few = mechanicReputation(facts({ escalations: 10, approvedQuotes: 2 }));
    const many = mechanicReputation(facts({ escalations: 10, approvedQuotes: 9 }));
    expect(many.score).toBeGreaterThan(few.score);
    expect(many.conversionBasisPoints).toBe(8_333);
  });

  it("falls with each upheld complaint", () => {
    const clean = mechanicReputation(facts({ escalations: 10, approvedQuotes: 8 }));
    const complained = mechanicReputation(facts({ escalations: 10, approvedQuotes: 8, upheldComplaints: 2 }));
    expect(complained.complaintBasisPoints).toBe(2_500);
    expect(clean.score - complained.score).toBe(5);
  });

  it("maps the rating from 1-5 stars to the rating share", () => {
    expect(mechanicReputation(facts({ ratingHundredths: 500, ratingCount: 3 })).ratingBasisPoints).toBe(10_000);
    expect(mechanicReputation(facts({ ratingHundredths: 100, ratingCount: 3 })).ratingBasisPoints).toBe(0);
    expect(mechanicReputation(facts({ ratingHundredths: 450, ratingCount: 3 })).ratingBasisPoints).toBe(8_750);
  });

  it("scores a perfect record near 100 and a bad one near 0", () => {
    expect(mechanicReputation(facts({ escalations: 100, approvedQuotes: 100, ratingHundredths: 500, ratingCount: 40 })).score).toBe(100);
    expect(mechanicReputation(facts({ escalations: 100, approvedQuotes: 0, upheldComplaints: 5, ratingHundredths: 100, ratingCount: 40 })).score).toBe(0);
  });

  it("refuses impossible facts", () => {
    expect(() => mechanicReputation(facts({ escalations: 1, approvedQuotes: 2 }))).toThrow(RangeError);
    expect(() => mechanicReputation(facts({ escalations: -1 }))).toThrow(RangeError);
  });
});
