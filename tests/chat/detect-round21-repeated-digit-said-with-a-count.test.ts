// Issue 13, round 21: inside a phone number told in pieces, a digit repeated may be said with a
// count instead of "double" or "triple": "3 times 7", "twice four", "tres veces 2", "trois fois
// 6", "dreimal die 5". After a group of digits such a count is that digit repeated, so the number
// is found whole. A count with no digit group before it (how often something happened) and a
// torque sequence stay innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a repeated digit said with a count inside a number", () => {
  it.each([
    ["English, times", "my cell is 41255 then 02 then 4 times 8", "41255 then 02 then 4 times 8"],
    ["English, twice", "ring 0207 946 then twice nine then 12", "0207 946 then twice nine then 12"],
    ["Spanish", "el celu es 11 4567 y luego 4 veces 3", "11 4567 y luego 4 veces 3"],
    ["French", "c'est le 06 12 puis 3 fois 4 puis 56 78", "06 12 puis 3 fois 4 puis 56 78"],
    ["German", "Nummer 0171 dann dreimal die 2 dann 4480", "0171 dann dreimal die 2 dann 4480"],
  ])("%s: %j is flagged and the whole number masked", (_kind, text, secret) => {
    expect(kindsOf(text)).not.toEqual([]);
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["how often it happened", "it stalled 3 times 2 days running, then started fine"],
    ["a torque sequence", "bolts to 25 Nm then 2 times 90 degrees"],
    ["a part fitted twice", "ordered pads 2 weeks ago, then twice 4 more for the rear"],
  ])("%s: %j is no phone", (_kind, text) => {
    expect(kindsOf(text)).not.toContain("PHONE");
  });
});
