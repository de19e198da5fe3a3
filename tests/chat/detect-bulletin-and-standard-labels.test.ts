// Issue 13 round 17, a label that names the kind of number after it: a service bulletin ("TSB",
// "SB") or a standard ("ISO", "BS") is written in capitals that look like digits (T 7, S 5, B 8,
// I 1, O 0), but before a bulletin's or a standard's number it is a word, not a disguised area code.
// The same letters inside a number's groups, or a phone after the label, are still read as digits.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a bulletin's or a standard's label before its number", () => {
  it.each([
    "dealer said to look for TSB 19-112 about the shudder",
    "there's an SB 20-067 for the sunroof drain on this one",
    "hydraulic oil should be ISO 4406 17/15/12 clean",
    "the wiring has to meet BS 7671 if it's a home charger",
  ])("%j is no phone", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ["stand-ins inside the groups", "text me 2I4 SSS OI57", "2I4 SSS OI57"],
    ["a phone after a bulletin's label", "TSB 19-112 or just ring 512-555-0143", "512-555-0143"],
    ["a phone typed with the label as its prefix", "call TSB 555 0142", "555 0142"],
  ])("%s: %j is still a phone", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("PHONE");
    expect(hides(text, secret)).toBe(true);
  });
});
