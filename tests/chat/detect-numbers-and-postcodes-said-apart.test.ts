// Issue 13: the parts of an address said apart from each other: the house number after its street
// with the ZIP between ("Birch Ln 85704, the number is 112"), after a crossing ("on 3rd and Ash,
// no. 808"), a postcode said before its name ("T12 K8P2 is our eircode") or spelled a character at
// a time after it ("postcode M K four one D X"). Gears, cylinders, bays and days with a number stay
// innocent, and so does a postcode asked about.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a house number or a postcode said apart from the rest", () => {
  it.each([
    ["the number after the street and its ZIP", "Quarry Rd 30518, the house number is 96", "96"],
    ["the number after a crossing", "we're on 3rd and Ash, no. 808, the duplex", "808"],
    ["a crossing named first", "I'm on Alder & 9th, number 2210", "2210"],
    ["an eircode before its name", "T12 K8P2 is our eircode if you're coming out", "T12 K8P2"],
    ["a ZIP before its name", "30518 is my zip, the rest is on the mailbox", "30518"],
    ["a UK postcode spelled out", "postcode M K four one D X, flat two", "four one D X"],
  ])("%s: %j hides it", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("ADDRESS");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["I'm on 3rd gear, number 4 cylinder misfires"],
    ["on Monday, number 3 bay is free for the alignment"],
    ["is 90210 the zip the app wants for the invoice?"],
    ["the part number is a 5 digit code, not my zip"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
