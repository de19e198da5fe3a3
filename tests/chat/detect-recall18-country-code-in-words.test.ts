// Issue 13, round 18, "phones": a number read out in words from its country code, the "+" not
// said, in tens and hundreds ("sixty one, four ninety one, five seventy, one ten" is +61 491 570
// 110), is read as the international number it makes when that number is valid; temperatures or
// scores read out in tens stay innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a number read out from its country code", () => {
  it.each([
    ["Australia, in tens", "sixty one, four twelve, three forty five, six seventy eight", "sixty one, four twelve, three forty five, six seventy eight"],
    ["Ireland, in tens and single digits", "three five three, eighty seven, one two three, forty five sixty seven", "three five three, eighty seven, one two three, forty five sixty seven"],
  ])("%s: %j hides the number", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("PHONE");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["temperatures over a week", "it was twenty one, forty four, ninety one, sixty one and twelve degrees over the week"],
    ["test scores", "the scores were sixty one, seventy two, eighty and ninety one out of a hundred"],
  ])("%s: %j is no phone", (_form, text) => {
    expect(kindsOf(text)).not.toContain("PHONE");
  });
});
