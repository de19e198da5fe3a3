// Issue 13: the home described and its number, with no street named ("the green house, number
// 318, can't miss it", "our bungalow is no. 14"), is an ADDRESS: with the area the platform already
// knows it finds the door. The house number as a topic, a job's number on a list, and a number
// painted on a house in a story stay innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a described home and its number", () => {
  it.each([
    ["the green house, number 318, can't miss it", "number 318"],
    ["our bungalow is no. 14, the one with the ramp", "no. 14"],
    ["my cottage, #7, is at the bottom of the hill", "#7"],
  ])("%j hides %j", (text, secret) => {
    expect(kindsOf(text)).toContain("ADDRESS");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([["my house number is on the fuse box lid, weird I know"], ["my house, number 2 on the list is the brakes"], ["the house has number 12 painted on it in the photo"]])(
    "%j stays innocent",
    (text) => {
      expect(kindsOf(text)).toEqual([]);
    },
  );
});
