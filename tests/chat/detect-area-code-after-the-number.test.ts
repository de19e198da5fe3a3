// Issue 13, round 12: a number's area code or prefix announced after the rest, or said to go in
// front of it, is part of the number and hidden with it; an area code named with no number near
// it, and readings beside the word "area", stay readable.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("an area code announced around the number", () => {
  it.each([
    ["the area code after the rest", "555 0142 is the number, area code 720", "720"],
    ["a prefix after the rest", "rest is 555-0177, the prefix is 0161 though", "0161"],
    ["the front piece put before it", "stick 713 before 555-0123", "713"],
    ["the area named with a city", "555-0166 and the area is 503 portland", "503"],
  ])("%s: %j hides %j", (_form, text, piece) => {
    expect(hides(text, piece)).toBe(true);
  });

  it.each([
    ["an area code with no number", "the area code is 512 and the shop is downtown"],
    ["an area measured", "area of the dent is 30 cm, quote 555 for the panel"],
  ])("%s: %j stays innocent", (_form, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
