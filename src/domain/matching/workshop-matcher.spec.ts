import { describe, expect, it } from "vitest";
import { matchRecord, matchWorkshop, type MatchCandidate, type MatchInput } from "./workshop-matcher.ts";

const workshop = (id: string, overrides: Partial<MatchCandidate> = {}): MatchCandidate => ({
  id,
  name: `Workshop ${id}`,
  city: "Austin",
  serviceArea: [],
  servicesOffered: ["brakes"],
  acceptsEscalations: true,
  openEscalations: 0,
  maxOpenEscalations: 10,
  ratingHundredths: 450,
  avgResponseMinutes: 30,
  ...overrides,
});

const input = (candidates: MatchCandidate[]): MatchInput => ({ customerCity: "Austin", recommendedServices: ["brakes"], preferredWorkshopId: null, excludeWorkshopIds: [], candidates });

describe("matchRecord: what an offer stores as matchInputs", () => {
  it("keeps the escalation's side of the input, the estimate and each candidate's counted figures, and the ranking", () => {
    const given = input([workshop("w1", { ratingHundredths: 490 }), workshop("w2")]);
    const result = matchWorkshop(given);
    if (result.workshopId === null) throw new Error("expected a match");
    expect(matchRecord(given, 110_000, result)).toEqual({
      customerCity: "Austin",
      recommendedServices: ["brakes"],
      preferredWorkshopId: null,
      excludeWorkshopIds: [],
      estimatedAmountCents: 110_000,
      candidates: [
        { id: "w1", openEscalations: 0, maxOpenEscalations: 10, ratingHundredths: 490, avgResponseMinutes: 30 },
        { id: "w2", openEscalations: 0, maxOpenEscalations: 10, ratingHundredths: 450, avgResponseMinutes: 30 },
      ],
      ranked: result.ranked,
    });
  });

  it("records why every workshop was rejected when none qualifies", () => {
    const given = input([workshop("w1", { servicesOffered: ["tires"] })]);
    const result = matchWorkshop(given);
    if (result.workshopId !== null) throw new Error("expected no match");
    const record = matchRecord(given, null, result);
    expect(record).toMatchObject({ estimatedAmountCents: null, rejected: result.rejected });
    expect(result.rejected.length).toBeGreaterThan(0);
    expect(record).not.toHaveProperty("ranked");
  });
});
