// Issue 13, round 8: a local number whose last four are said or typed one digit at a time ("555
// oh one 4 two", "555 0 1 4 2"), and a number whose digits are joined by one or two underscores,
// are phones, as are romanised Hindi digits and a cued number's last four in pairs; a firing order
// or a reading said digit by digit is not.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("numbers given digit by digit", () => {
  it.each([
    ["words and digits mixed", "it's 555 oh six 3 nine", "555 oh six 3 nine"],
    ["typed one by one after a cue", "ring 555 0 1 7 7 after five", "555 0 1 7 7"],
    ["underscores, some doubled", "8_1_3__5_5_5__0_1_9_2", "8_1_3__5_5_5__0_1_9_2"],
    ["romanised Hindi with the long vowels typed", "mob: pāñc pāñc pāñc zero ek do teen", "pāñc pāñc pāñc zero ek do teen"],
    ["the last four in pairs after a cue", "Mobile: 555 - zero four - 81", "555 - zero four - 81"],
  ])("%s: %j hides the number", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("PHONE");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["a firing order", "firing order is 1 5 3 6 2 4"],
    ["a reading per cylinder", "compression 1 2 0 on all four, 150 psi"],
    ["a score in pairs without a cue", "the score was 555 - 10 - 77"],
  ])("%s: %j is no phone", (_kind, text) => {
    expect(kindsOf(text)).not.toContain("PHONE");
  });
});
