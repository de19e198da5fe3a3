// Issue 13, round 18 (back in round 19), "addresses": a home in a block of flats given by its
// flat, apartment or unit and the block's name ("Flat 4, 2nd floor, Kensington Mansions",
// "Rosewood Court, flat 9"), the floors, blocks and wings between belonging to it. A unit and a
// floor without a named block (car park levels, chargers, engine units) and a flat-four engine
// stay innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a flat in a named block", () => {
  it.each([
    ["flat, floor, mansions", "Flat 7, 3rd floor, Albany Mansions, the lift is out so take the stairs", "Flat 7, 3rd floor, Albany Mansions"],
    ["apartment letter, building letter, towers", "apt 14D, building C, Lakeside Towers, buzz me and ill come down", "apt 14D, building C, Lakeside Towers"],
    ["unit, block, apartments", "unit 9, block C, Harbour View Apartments, ring 9", "unit 9, block C, Harbour View Apartments"],
    ["the block first", "Rosewood Court, flat 9, come round the back", "Rosewood Court, flat 9"],
    ["flat in a house, floor after", "im in flat 22 at Carlton House, 3rd floor", "flat 22 at Carlton House"],
    ["heights, lower case unit word", "suite 301 of the Marina Heights, parking under the building", "suite 301 of the Marina Heights"],
    // Round 19's own attacks: other blocks, orders and spellings.
    ["a house in one word, stairs after", "Flat 5, Bramley House, up the stairs on the left", "Flat 5, Bramley House"],
    ["lofts after at the", "apt 4C at the Harbour Lofts, the Civic is in bay 2", "apt 4C at the Harbour Lofts"],
    ["the block first with no comma and a floor", "Ashdown Court flat 12, 3rd floor, knock loud", "Ashdown Court flat 12"],
    ["a number sign and gardens", "flat #3, Willow Gardens, round the side", "flat #3, Willow Gardens"],
    ["capitals and villas", "APT 2B, PALM VILLAS, gate's open", "APT 2B"],
    ["a wing between", "Flat 18, east wing A, Beaumont Residences", "Flat 18, east wing A, Beaumont Residences"],
  ])("%s: %j hides the flat and its block", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("ADDRESS");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["a flat-four engine and a service level", "Subaru flat 4, level 1 service done, next one at 60k"],
    ["a car park tower", "the hospital car park, tower 2, level 4, battery's dead"],
    ["a charger unit", "unit 3, level 2 charger at the services was broken so the EV ran flat"],
    ["a flat-four and a capitalised workshop", "the flat 4 in my Porsche, House of Boxer did the rebuild"],
    ["a control unit and a part maker", "control unit 2 is behind the glovebox, the Bosch House part number is on it"],
    // Round 19's own attacks: units and flats that are parts, tyres and levels.
    ["a flat tyre on a numbered axle", "flat 2 tyres on the trailer, the Court hearing is Monday"],
    ["an ECU unit and a brand", "ECU unit 3 failed, swapped it for a Siemens part"],
    ["a flat-six and a dealer's name", "flat 6 rebuild done by Porsche Centre Leeds"],
    ["an apartment never given", "I won't give you my apt 12 details, use the app"],
    ["a suite of tests", "suite 2 of the diagnostics passed, the lofty reading is gone"],
  ])("%s: %j stays innocent", (_form, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
