// The units of an address (address.ts, UNITS_LATER and the two-unit dwelling): a flat, suite,
// floor, lot or gate code said later in the street's sentence, or opening the next one, is masked
// with the street; a building and a flat in a row are an address without a street. A unit word
// alone, a quantity after one, and parts of a thing ("unit 3 of the fuse box") stay innocent.
import { describe, expect, it } from "vitest";
import { kindsOf, hides } from "./detector-helpers.ts";

describe("the units of an address", () => {
  it.each([
    ["a flat said later in the sentence", "it's 61 Dorset Road but round the back of the chippy, flat 3B", "flat 3B"],
    ["a building and an apartment after the street", "I'm at 1800 N Halsted, the block behind the gym, bldg D apt 207", "bldg D apt 207"],
    ["a suite after an abbreviated street type", "the office is 410 W. Dunmore Blvd. Ste 12, Tulsa OK", "Ste 12, Tulsa OK"],
    ["a gate code opening the next sentence", "come to 19 Larch Close, Penwortham. Gate code is 4471", "4471"],
    ["a Spanish floor after the street", "estoy en Calle Olmo 23, piso 4, al lado del bar", "piso 4"],
    ["a building and a unit with no street", "The Maltings, building 2, unit 14, knock loud", "building 2, unit 14"],
    ["a tower and an apartment", "tower B apt 1203, the concierge will let you up", "tower B apt 1203"],
    ["a house and a floor, Indian style", "house 72, floor 2, near the water tank", "house 72, floor 2"],
  ])("%s: %j hides the unit", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("ADDRESS");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["the relay is in block 2, unit 3 of the fuse box"],
    ["unit 2 and unit 3 both failed the test"],
    ["our building 2 has floor 3 booked for the training"],
    ["the engine block 4 cylinder, level 2 diagnostic done"],
    ["replace the unit, level 3 warning on the dash"],
    ["the car is in bay 4, level 2 lift is broken"],
    ["oil level 3 quarts, apt to leak if overfilled"],
    ["flat tyre, suite of tools in the van, room for one more job"],
  ])("%j stays unflagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
