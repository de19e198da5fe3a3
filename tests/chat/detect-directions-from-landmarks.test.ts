// Issue 13: directions to a home counted from a shop or a public place instead of a street ("past
// the Lidl, ours is number 9", "same road as the library, corner house with the trailer"), with
// the home itself pointed at (its number, a floor, the house described), are an ADDRESS masked
// with their sentence; a UK road number after "off the" names a street; an abbreviation's full
// stop ("gali no. 4") does not end the directions. A car parked near a place, car talk with a door
// or a gate, and a shop met at through the booking stay innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("directions from a landmark to a home", () => {
  it.each([
    ["a lower-case public place and a house number", "same road as the library in Hanwell, number 27, ring twice", "number 27"],
    ["a shop after 'from' and a described home", "from the Morrisons car park go left at the lights, my place is the grey one with the camper van", "grey one with the camper van"],
    ["a UK road number and exits", "leave the M6 at junction 12, second exit, then our house is number 3 by the postbox", "number 3"],
    ["a German shop and the house number", "gleich neben dem Rewe, Hausnummer 7, Hinterhaus", "Hausnummer 7"],
    ["a floor counted and an abbreviation's full stop", "behind Gupta Electricals, gali no. 9, third floor, blue door", "third floor"],
    ["a house described after a shop", "go past the Spar and it's the corner house with the boat on the drive", "corner house"],
    ["a house number said alone after a shop", "past the Lidl, number 9, the green door", "number 9"],
    ["a house number with what stands outside", "opposite the Co-op, number 22 with the red car outside", "number 22"],
    ["'I'm' and a number near a public place", "near the school, I'm number 14", "number 14"],
  ])("%s: %j hides the directions", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("ADDRESS");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["I parked behind the church, the door lock is jammed again"],
    ["past the roundabout the rear door started rattling"],
    ["my house is near the school so I can walk to your shop"],
    ["the noise starts after the roundabout, second gear, the one with the whine"],
    ["the fuse box is behind the glovebox, number 14 fuse"],
    ["my shop is next to the Tesco, meet you at the shop on Tuesday through the booking"],
    ["I'm at the Shell near the roundabout, the one with the flat tyre is mine"],
    // a part, position or code numbered where the fault happened, and a car park's floor
    ["near the Asda it misfires on no. 2"],
    ["past the station, number 1 plug was black"],
    ["at the roundabout it went, #3 spark plug"],
    ["behind the Morrisons it stalled, fault code number 5 came up"],
    ["next to the Tesco the dash went dark, number 6 fuse on the diagram"],
    ["from the Shell the wheel wobbles, number 2 wheel bearing I reckon"],
    ["we park near the hospital, second floor of the car park, bay 40"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
