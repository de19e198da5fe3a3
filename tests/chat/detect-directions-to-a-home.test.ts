// Issue 13, round 8: directions to a home given instead of its address (a landmark or a turn, a
// street, and the house, door or floor pointed at, in one sentence) are masked with the sentence;
// a location on the car or a landmark without a dwelling is not an address.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("directions to a home", () => {
  it.each([
    ["a landmark, a street and a house", "two blocks past the Kroger on Riverside Dr, the green house with the boat"],
    ["a turn and a driveway", "turn right after the church on Route 12, second driveway, white gate"],
    ["Spanish", "detrás de la panadería en la calle Sol, portal 3"],
  ])("%s: %j is an ADDRESS", (_kind, text) => {
    expect(kindsOf(text)).toContain("ADDRESS");
  });

  it.each([
    ["a part's location", "the leak is behind the engine near the oil filter housing"],
    ["a landmark without a home", "turn left at the light on Oak St and the tyre shop is right there"],
  ])("%s: %j is no address", (_kind, text) => {
    expect(kindsOf(text)).not.toContain("ADDRESS");
  });
});
