import { describe, expect, it } from "vitest";
import { capacityContenders, matchWorkshop, matchWorkshops, type MatchCandidate, type MatchInput } from "../../src/domain/matching/workshop-matcher.ts";

/** A workshop that qualifies for the default request below unless a test says otherwise. */
function workshop(id: string, overrides: Partial<MatchCandidate> = {}): MatchCandidate {
  return {
    id,
    name: `Workshop ${id}`,
    city: "Springfield",
    serviceArea: [],
    servicesOffered: ["brakes", "engine"],
    acceptsEscalations: true,
    openEscalations: 0,
    maxOpenEscalations: 5,
    ratingHundredths: 400,
    ratingCount: 10,
    avgResponseMinutes: 60,
    ...overrides,
  };
}

function request(candidates: MatchCandidate[], overrides: Partial<MatchInput> = {}): MatchInput {
  return { customerCity: "Springfield", recommendedServices: ["brakes"], candidates, ...overrides };
}

function chosenId(input: MatchInput): string | null {
  return matchWorkshop(input).workshopId;
}

function rejections(input: MatchInput): Record<string, string> {
  const result = matchWorkshop(input);
  if (result.workshopId !== null) throw new Error(`expected no match, got ${result.workshopId}`);
  return Object.fromEntries(result.rejected.map((rejection) => [rejection.workshopId, rejection.why]));
}

describe("matchWorkshop: who qualifies", () => {
  it("a workshop in the customer's city offering the service with spare capacity qualifies", () => {
    expect(chosenId(request([workshop("a")]))).toBe("a");
  });

  it("a workshop that does not accept escalations is skipped", () => {
    const input = request([workshop("a", { acceptsEscalations: false })]);
    expect(rejections(input)).toEqual({ a: "not accepting escalations" });
  });

  it("a workshop serves its own city and every city in its service area", () => {
    const shelby = workshop("a", { city: "Shelbyville", serviceArea: ["Capital City", "Springfield"] });
    expect(chosenId(request([shelby]))).toBe("a");
  });

  it("a workshop that serves neither the customer's city nor lists it in its service area is skipped", () => {
    const input = request([workshop("a", { city: "Shelbyville", serviceArea: ["Capital City"] })]);
    expect(rejections(input)).toEqual({ a: "does not serve the customer's city" });
  });

  it("cities match regardless of case and extra whitespace", () => {
    const candidates = [workshop("a", { city: "Ogdenville", serviceArea: ["  north   HAVERBROOK "] })];
    expect(chosenId(request(candidates, { customerCity: "North Haverbrook" }))).toBe("a");
  });

  it("a workshop must offer every recommended service", () => {
    const input = request([workshop("a", { servicesOffered: ["brakes"] })], {
      recommendedServices: ["brakes", "engine", "transmission"],
    });
    expect(rejections(input)).toEqual({ a: "does not offer engine, transmission" });
  });

  it("services match regardless of case and extra whitespace", () => {
    const input = request([workshop("a", { servicesOffered: ["Brakes", "Air  Conditioning"] })], {
      recommendedServices: ["BRAKES", " air conditioning"],
    });
    expect(chosenId(input)).toBe("a");
  });

  it("with no recommended services, any workshop serving the city qualifies", () => {
    const input = request([workshop("a", { servicesOffered: [] })], { recommendedServices: [] });
    expect(chosenId(input)).toBe("a");
  });

  it("a workshop at capacity is skipped; one below capacity qualifies", () => {
    const input = request([workshop("full", { openEscalations: 5, maxOpenEscalations: 5 }), workshop("room", { openEscalations: 4, maxOpenEscalations: 5, ratingHundredths: 100 })]);
    expect(chosenId(input)).toBe("room");
    expect(chosenId(request([workshop("full", { openEscalations: 5, maxOpenEscalations: 5 })]))).toBeNull();
  });

  it("a workshop that already declined or let the escalation expire is skipped", () => {
    const input = request([workshop("declined", { ratingHundredths: 500 }), workshop("next")], {
      excludeWorkshopIds: ["declined"],
    });
    expect(chosenId(input)).toBe("next");
  });

  it("a rejected workshop lists every rule it breaks", () => {
    const input = request([workshop("a", { acceptsEscalations: false, city: "Shelbyville", servicesOffered: [], openEscalations: 5 })], { excludeWorkshopIds: ["a"] });
    expect(rejections(input)).toEqual({
      a: "already declined or expired; not accepting escalations; does not serve the customer's city; does not offer brakes; at capacity",
    });
  });
});

describe("matchWorkshop: who wins", () => {
  it("the customer's preferred workshop wins when it qualifies, even if others rate higher", () => {
    const input = request([workshop("star", { ratingHundredths: 500 }), workshop("fav", { ratingHundredths: 300 })], {
      preferredWorkshopId: "fav",
    });
    expect(matchWorkshop(input)).toMatchObject({ workshopId: "fav", reason: "preferred workshop qualifies" });
  });

  it("a preferred workshop that does not qualify is passed over, and the reason says why", () => {
    const input = request([workshop("fav", { openEscalations: 5, maxOpenEscalations: 5 }), workshop("b", { ratingHundredths: 480 })], { preferredWorkshopId: "fav" });
    expect(matchWorkshop(input)).toMatchObject({
      workshopId: "b",
      reason: "only qualifying workshop (rating 4.80); preferred workshop not eligible: at capacity",
    });
  });

  it("a preferred workshop missing from the candidates is noted in the reason", () => {
    const input = request([workshop("b")], { preferredWorkshopId: "gone" });
    expect(matchWorkshop(input).reason).toBe("only qualifying workshop (rating 4.00); preferred workshop not eligible: not among the candidates");
  });

  it("otherwise the highest rating wins", () => {
    const input = request([workshop("good", { ratingHundredths: 450 }), workshop("best", { ratingHundredths: 480 }), workshop("fine", { ratingHundredths: 420 })]);
    expect(matchWorkshop(input)).toMatchObject({
      workshopId: "best",
      reason: "highest rating (4.80) among 3 qualifying workshops",
    });
  });

  it("equal ratings are broken by the fastest average response", () => {
    const input = request([
      workshop("slow", { ratingHundredths: 480, avgResponseMinutes: 90 }),
      workshop("fast", { ratingHundredths: 480, avgResponseMinutes: 15 }),
      workshop("lower", { ratingHundredths: 470, avgResponseMinutes: 1 }),
    ]);
    expect(matchWorkshop(input)).toMatchObject({
      workshopId: "fast",
      reason: "fastest response (15 min) among 2 qualifying workshops rated 4.80",
    });
  });

  it("equal rating and response time are broken by name, ignoring case", () => {
    const input = request([workshop("1", { name: "zenith Motors" }), workshop("2", { name: "Acme Garage" })]);
    expect(matchWorkshop(input)).toMatchObject({
      workshopId: "2",
      reason: "first by name among 2 qualifying workshops rated 4.00 with equal review counts and response times",
    });
  });

  it("identical workshops are broken by id, so the choice never depends on input order", () => {
    const twins = [workshop("b", { name: "Twin" }), workshop("a", { name: "Twin" })];
    expect(chosenId(request(twins))).toBe("a");
    expect(chosenId(request([...twins].reverse()))).toBe("a");
  });

  it("ranks every qualifying workshop, preferred first, then by the same order", () => {
    const result = matchWorkshop(
      request([workshop("c", { ratingHundredths: 420 }), workshop("a", { ratingHundredths: 480 }), workshop("fav", { ratingHundredths: 300 }), workshop("x", { acceptsEscalations: false })], {
        preferredWorkshopId: "fav",
      }),
    );
    if (result.workshopId === null) throw new Error("expected a match");
    expect(result.ranked).toEqual([
      { workshopId: "fav", rank: 1, preferred: true, ratingHundredths: 300, avgResponseMinutes: 60 },
      { workshopId: "a", rank: 2, preferred: false, ratingHundredths: 480, avgResponseMinutes: 60 },
      { workshopId: "c", rank: 3, preferred: false, ratingHundredths: 420, avgResponseMinutes: 60 },
    ]);
  });

  it("does not reorder the caller's candidate list", () => {
    const candidates = [workshop("low", { ratingHundredths: 100 }), workshop("high", { ratingHundredths: 500 })];
    matchWorkshop(request(candidates));
    expect(candidates.map((candidate) => candidate.id)).toEqual(["low", "high"]);
  });
});

describe("matchWorkshop: when nothing qualifies", () => {
  it("returns no workshop, why (as a code and in words naming the city and services), and why each candidate failed", () => {
    const input = request([workshop("far", { city: "Shelbyville" }), workshop("busy", { openEscalations: 5, maxOpenEscalations: 5 })], { recommendedServices: ["brakes", "engine"] });
    expect(matchWorkshop(input)).toEqual({
      workshopId: null,
      reason: "every workshop serving Springfield with brakes, engine is at capacity",
      unmatchedReason: "ALL_AT_CAPACITY",
      rejected: [
        { workshopId: "far", why: "does not serve the customer's city" },
        { workshopId: "busy", why: "at capacity" },
      ],
    });
  });

  it("names each recommended service once in the reason", () => {
    const input = request([workshop("a", { servicesOffered: ["tires"] })], { recommendedServices: ["brakes", "Brakes ", "engine"] });
    expect(matchWorkshop(input).reason).toBe("no workshop serves Springfield with brakes, engine");
  });

  it("leaves out the service list when no services were recommended", () => {
    expect(matchWorkshop(request([workshop("a", { openEscalations: 5 })], { recommendedServices: [] })).reason).toBe("every workshop serving Springfield is at capacity");
  });
});

describe("matchWorkshop: why nothing qualified (unmatchedReason)", () => {
  const unmatchedReason = (input: MatchInput) => {
    const result = matchWorkshop(input);
    return result.workshopId === null ? result.unmatchedReason : null;
  };

  it("NO_WORKSHOP_IN_CITY when no workshop serves the customer's city, or none there accepts escalations", () => {
    expect(unmatchedReason(request([]))).toBe("NO_WORKSHOP_IN_CITY");
    expect(unmatchedReason(request([workshop("far", { city: "Shelbyville", serviceArea: ["Capital City"] })]))).toBe("NO_WORKSHOP_IN_CITY");
    expect(unmatchedReason(request([workshop("closed", { acceptsEscalations: false })]))).toBe("NO_WORKSHOP_IN_CITY");
    expect(matchWorkshop(request([])).reason).toBe("no workshop serves Springfield");
  });

  it("NO_WORKSHOP_FOR_CATEGORIES when workshops serve the city but none offers every recommended service", () => {
    const input = request([workshop("a", { servicesOffered: ["brakes"] }), workshop("b", { servicesOffered: ["transmission"] })], {
      recommendedServices: ["brakes", "transmission"],
    });
    expect(unmatchedReason(input)).toBe("NO_WORKSHOP_FOR_CATEGORIES");
    expect(matchWorkshop(input).reason).toBe("no workshop serves Springfield with brakes, transmission");
  });

  it("ALL_DECLINED_OR_EXPIRED when every workshop serving the city and services was already tried", () => {
    const input = request([workshop("a"), workshop("b", { openEscalations: 5 }), workshop("far", { city: "Shelbyville" })], { excludeWorkshopIds: ["a", "b"] });
    expect(unmatchedReason(input)).toBe("ALL_DECLINED_OR_EXPIRED");
    expect(matchWorkshop(input).reason).toBe("every workshop serving Springfield with brakes already declined or let its offer expire");
  });

  it("ALL_AT_CAPACITY when the workshops not yet tried are all full (one may free up)", () => {
    const input = request([workshop("tried"), workshop("full", { openEscalations: 5, maxOpenEscalations: 5 })], { excludeWorkshopIds: ["tried"] });
    expect(unmatchedReason(input)).toBe("ALL_AT_CAPACITY");
  });

  it("is the same for matchWorkshops", () => {
    const result = matchWorkshops(request([workshop("a", { servicesOffered: ["engine"] })]), 3);
    expect("unmatchedReason" in result && result.unmatchedReason).toBe("NO_WORKSHOP_FOR_CATEGORIES");
  });
});

describe("matchWorkshops: comparing quotes from several workshops", () => {
  const candidates = [workshop("a", { ratingHundredths: 450 }), workshop("b", { ratingHundredths: 490 }), workshop("c", { ratingHundredths: 470 }), workshop("d", { ratingHundredths: 430 })];

  it("returns up to count workshops in the same order as matchWorkshop", () => {
    const result = matchWorkshops(request(candidates), 3);
    expect(result.workshopIds).toEqual(["b", "c", "a"]);
    expect(result.workshopIds[0]).toBe(chosenId(request(candidates)));
    expect(result.reason).toBe("3 workshops of 4 qualifying, by rating");
  });

  it("puts a qualifying preferred workshop first", () => {
    const result = matchWorkshops(request(candidates, { preferredWorkshopId: "d" }), 2);
    expect(result.workshopIds).toEqual(["d", "b"]);
    expect(result.reason).toBe("2 workshops of 4 qualifying, preferred workshop first, then by rating");
  });

  it("returns fewer workshops when fewer qualify", () => {
    const result = matchWorkshops(request([workshop("only"), workshop("x", { city: "Elsewhere" })]), 3);
    expect(result.workshopIds).toEqual(["only"]);
    expect(result.reason).toBe("1 workshop of 1 qualifying, by rating");
  });

  it("never returns the same workshop twice, even if it is listed twice", () => {
    const result = matchWorkshops(request([workshop("a"), workshop("a"), workshop("b")]), 3);
    expect(result.workshopIds).toEqual(["a", "b"]);
  });

  it("returns no workshops with the rejections when nothing qualifies", () => {
    expect(matchWorkshops(request([workshop("x", { acceptsEscalations: false })]), 2)).toEqual({
      workshopIds: [],
      reason: "no workshop serves Springfield",
      unmatchedReason: "NO_WORKSHOP_IN_CITY",
      rejected: [{ workshopId: "x", why: "not accepting escalations" }],
    });
  });

  it.each([0, 4, 1.5, Number.NaN])("rejects count %s (must be 1 to 3)", (count) => {
    expect(() => matchWorkshops(request(candidates), count)).toThrow(RangeError);
  });
});

describe("capacityContenders: the workshops whose capacity decides a match", () => {
  it("are the candidates meeting every rule but capacity, full ones included, in id order", () => {
    const input = request(
      [
        workshop("c", { openEscalations: 5, maxOpenEscalations: 5 }),
        workshop("a"),
        workshop("b", { city: "Shelbyville" }),
        workshop("d", { acceptsEscalations: false }),
        workshop("e", { servicesOffered: ["engine"] }),
        workshop("f"),
      ],
      { excludeWorkshopIds: ["f"] },
    );
    expect(capacityContenders(input)).toEqual(["a", "c"]);
  });

  it("always include whoever matchWorkshop chooses, so locking them covers the winner", () => {
    const input = request([workshop("b", { ratingHundredths: 480 }), workshop("a", { openEscalations: 5 }), workshop("c", { city: "Shelbyville" })]);
    expect(capacityContenders(input)).toContain(chosenId(input));
  });

  it("name a workshop listed twice once", () => {
    expect(capacityContenders(request([workshop("a"), workshop("a")]))).toEqual(["a"]);
  });
});
