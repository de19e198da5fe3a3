// Issue 13, round 23: a UK postcode read out a character at a time, in any case and with any
// separators ("s w one a, one a a", "L-S-6, 2-A-B"), with the postcode or the house named in its
// sentence, is an ADDRESS and is hidden. Part, order and reference codes read out the same way, a
// run that is no whole postcode, and a postcode shape with no house or postcode named stay innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a UK postcode read out a character at a time", () => {
  it.each([
    ["lower case, number words", "my post code is s w one a, one a a", "s w one a, one a a"],
    ["dashes and a house number", "it's L-S-six, two-A-B, house 14", "L-S-six, two-A-B"],
    ["spaced capitals, the postcode named after", "N W 3  5 Q R is the postcode, flat above the bakery", "N W 3  5 Q R"],
    ["a district in one piece, the rest read out", "CF24 three, A-A, number 22", "CF24 three, A-A"],
  ])("%s: %j hides the postcode", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("ADDRESS");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["a part number read out", "the part number is B 1 4, 7 X X, it's on the box"],
    ["a tracking code", "tracking code reads M E 1 5, 6 A B if that helps"],
    ["a reference with a house in the sentence", "the house insurance ref is L S 6, 2 A B"],
    ["no whole postcode", "number 4 on the list, sizes 1 2, 1 4 mm"],
    ["a postcode shape and nothing named", "torque pattern goes B 1 4, 7 X X around the hub"],
  ])("%s: %j is no address", (_kind, text) => {
    expect(kindsOf(text)).not.toContain("ADDRESS");
  });
});
