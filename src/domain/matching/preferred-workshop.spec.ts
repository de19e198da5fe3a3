import { describe, expect, it } from "vitest";
import { matchInput, workshop } from "./match-candidates.fixture.ts";
import { matchWorkshops, preferredRejection, type MatchCandidate, type MatchInput } from "./workshop-matcher.ts";

const prefer = (preferredWorkshopId: string | null, candidates: MatchCandidate[]): MatchInput => matchInput(candidates, preferredWorkshopId);

/** Seed 003 "Customer preference for workshop selection": the preferred workshop first when it qualifies, else the usual order and why. */
describe("the customer's preferred workshop", () => {
  it("is offered first, ahead of a better-rated workshop, when it serves the city and categories and has capacity", () => {
    const given = prefer("low", [workshop("top", { ratingHundredths: 490 }), workshop("low", { ratingHundredths: 300 })]);
    expect(matchWorkshops(given, 2).workshopIds).toEqual(["low", "top"]);
    expect(preferredRejection(given)).toBeNull();
  });

  it.each([
    ["at capacity", { openEscalations: 3, maxOpenEscalations: 3 }],
    ["does not serve the customer's city", { city: "Dallas" }],
    ["does not offer brakes", { servicesOffered: ["tires"] }],
  ])("falls back to the usual order when it is %s, and says so without naming the city", (why, overrides) => {
    const given = prefer("pref", [workshop("pref", overrides), workshop("other")]);
    expect(matchWorkshops(given, 1).workshopIds).toEqual(["other"]);
    expect(preferredRejection(given)).toBe(why);
    expect(preferredRejection(given)).not.toContain("Austin");
  });

  it("reports a workshop that is not a candidate at all, and nothing when none was named", () => {
    expect(preferredRejection(prefer("gone", [workshop("other")]))).toBe("not among the candidates");
    expect(preferredRejection(prefer(null, [workshop("other")]))).toBeNull();
  });
});
