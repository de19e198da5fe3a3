// Issue 13 round 6, phone shapes: a phone number announced after it ("98xxx xxxxx call me", "... is
// my cell") counts as announced, like one with the cue before it; a part number followed by "call me
// when it arrives" is still a part number; a money amount's "$" is no letter typed for a 5.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a phone cue after the number", () => {
  it.each([
    ["call me after", "91234 56780 call me after 6", "91234 56780"],
    ["is my cell after", "07911 123456 is my cell", "07911 123456"],
  ])("%s: %j hides the number", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("PHONE");
    expect(hides(text, secret)).toBe(true);
  });

  it("a part number before 'call me' stays a part number", () => {
    expect(kindsOf("part 90915 10004 call me when it arrives")).not.toContain("PHONE");
  });
});

describe("money is no disguised number", () => {
  it("a dollar sign opening an amount is a currency sign, not a typed 5: 'Charged $318.45 for parts'", () => {
    expect(kindsOf("Charged $318.45 for parts and $90 labour, so 408.45 total")).toEqual([]);
  });
});
