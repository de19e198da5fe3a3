// Addresses given as directions (address.ts: DIRECTION + STREET + DWELLING in one sentence) and
// post-office boxes said without "PO": the sentence of directions, or the box with its town, is
// masked; car talk with the same words ("drive it past the shop", "the fuse box") stays innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("directions to a home", () => {
  it.each([
    ["blocks from a landmark, a bare street, a described building", "we're two blocks south of the library on Birch, the red brick building with the ramp", "Birch, the red brick building"],
    ["between two cross streets", "I'm on Alder, between 5th and 6th, the house with the wind chimes", "Alder, between 5th and 6th"],
    ["the end of a road", "go to the end of Larch Hollow, last house on the cul de sac", "Larch Hollow"],
    ["a numbered county road and a landmark", "im by the grain silo on County Rd 9, the double wide with the blue tarp", "County Rd 9"],
    ["a turn past a store, gates", "our yard is on Quarry Lane, 2nd left past the Co-op, big black gates", "Quarry Lane"],
  ])("%s: %j hides the directions", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("ADDRESS");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["drive it past the shop on Main Street and listen for the knock"],
    ["the noise starts by the time I get to the end of the street"],
    ["the door on the driver side rattles near the hinge"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("a post-office box without PO", () => {
  it.each([
    ["general delivery", "Box 318, General Delivery, Haines AK", "Box 318"],
    ["a town and a state", "post it to Box 4471, Moab UT 84532", "Box 4471"],
  ])("%s: %j hides the box", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("ADDRESS");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([["the fuse box 12 is blown, Main relay too"], ["gear box 14 Ford part"], ["box 3 of 5 arrived, Denver CO warehouse"]])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
