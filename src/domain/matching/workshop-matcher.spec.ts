import { describe, expect, it } from "vitest";
import { matchInput, workshop } from "./match-candidates.fixture.ts";
import { matchRecord, matchWorkshop } from "./workshop-matcher.ts";

describe("matchRecord: what an offer stores as matchInputs", () => {
  it("keeps the escalation's side of the input, the estimate and each candidate's counted figures, and the ranking", () => {
    const given = matchInput([workshop("w1", { ratingHundredths: 490 }), workshop("w2")]);
    const result = matchWorkshop(given);
    if (result.workshopId === null) throw new Error("expected a match");
    expect(matchRecord(given, 110_000, result)).toEqual({
      customerCity: "Austin",
      recommendedServices: ["brakes"],
      preferredWorkshopId: null,
      excludeWorkshopIds: [],
      estimatedAmountCents: 110_000,
      candidates: [
        { id: "w1", openEscalations: 0, maxOpenEscalations: 10, ratingHundredths: 490, ratingCount: 10, avgResponseMinutes: 30 },
        { id: "w2", openEscalations: 0, maxOpenEscalations: 10, ratingHundredths: 450, ratingCount: 10, avgResponseMinutes: 30 },
      ],
      ranked: result.ranked,
    });
  });

  it("records why every workshop was rejected when none qualifies", () => {
    const given = matchInput([workshop("w1", { servicesOffered: ["tires"] })]);
    const result = matchWorkshop(given);
    if (result.workshopId !== null) throw new Error("expected no match");
    const record = matchRecord(given, null, result);
    expect(record).toMatchObject({ estimatedAmountCents: null, rejected: result.rejected });
    expect(result.rejected.length).toBeGreaterThan(0);
    expect(record).not.toHaveProperty("ranked");
  });
});

describe("matchWorkshop: the review-count tie-breaker (issue 18 item 4)", () => {
  it("among equal ratings, prefers the one computed from more reviews, before response time", () => {
    const given = matchInput([workshop("few", { ratingHundredths: 480, ratingCount: 1, avgResponseMinutes: 5 }), workshop("many", { ratingHundredths: 480, ratingCount: 40, avgResponseMinutes: 90 })]);
    expect(matchWorkshop(given)).toMatchObject({ workshopId: "many", reason: "most reviews (40) among 2 qualifying workshops rated 4.80" });
  });

  it("never lets more reviews outweigh a higher rating", () => {
    const given = matchInput([workshop("popular", { ratingHundredths: 470, ratingCount: 400 }), workshop("better", { ratingHundredths: 480, ratingCount: 2 })]);
    expect(matchWorkshop(given).workshopId).toBe("better");
  });

  it("ranks a workshop without reviews (0, count 0) after every reviewed one", () => {
    const given = matchInput([workshop("new", { ratingHundredths: 0, ratingCount: 0 }), workshop("rated", { ratingHundredths: 300, ratingCount: 3 })]);
    const result = matchWorkshop(given);
    if (result.workshopId === null) throw new Error("expected a match");
    expect(result.ranked.map((r) => r.workshopId)).toEqual(["rated", "new"]);
  });
});
