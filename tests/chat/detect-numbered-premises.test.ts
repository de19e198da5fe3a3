// Issue 13, round 12: premises numbered the way the Philippines and India number them (block and
// lot, numbered cross and main roads, a unit in a named building, the house number after the street
// or marked with "#") are addresses and hidden; engine blocks, main bearings and part numbers stay
// readable.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("numbered premises", () => {
  it.each([
    ["block and lot", "we're at Blk 7 Lot 3, Phase 1, Greenwoods, Pasig", "Blk 7 Lot 3"],
    ["cross and main", "6th cross, 4th main, Jayanagar, near the temple", "6th cross, 4th main"],
    ["a flat in a named building", "Flat No. 12, Lotus Apartments, Andheri East", "Flat No. 12, Lotus Apartments"],
    ["a unit in a numbered tower", "it's unit 1204, tower 2, Azure Residences", "unit 1204, tower 2"],
    ["the number after the street", "the house is on Willow Road, No. 45, next to the bakery", "Willow Road, No. 45"],
    ["the number marked with #", "#27 Rizal Ave., Brgy. Poblacion", "27 Rizal Ave"],
  ])("%s: %j hides %j", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("ADDRESS");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["an engine block", "the block is cracked at cylinder 3, lot of coolant"],
    ["main bearings", "cross member and main bearing, 2nd main is worn"],
    ["a part number", "part no. 12, brake line kit"],
    ["a street without a number", "I live on Willow Road, near the park"],
  ])("%s: %j stays innocent", (_form, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
