// Issue 13, phone numbers as kinds: a number read in the country its sender names, grouped in
// pairs after a phone cue, with its extension, and with look-alike letters standing alone between
// dashes or at the head of a group beside plain digit groups.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("phone numbers", () => {
  it.each([
    ["a country named before it", "norway number: 412 34 567", "412 34 567"],
    ["pairs after a cue", "ring me on 22 45 67 89", "22 45 67 89"],
    ["its extension", "office line 512 555 0148 ext 31, ask for me", "512 555 0148 ext 31"],
    ["a lone look-alike between dashes", "text 7-I-3 555 0-1-8-8", "7-I-3 555 0-1-8-8"],
    ["a look-alike heading a group", "cell is 832-555-O147", "832-555-O147"],
  ])("%s: %j hides the number", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("PHONE");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["fault codes", "codes P0420 and P0171 came back"],
    ["a price in another country", "it cost 412 euros in norway"],
  ])("%s: %j stays innocent", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
