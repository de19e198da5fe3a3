// Round 55 (det55b): the sender's number said to be the one painted or written on their garage door or shop shutter, which the
// reader can see, claimed as theirs or to be called, is a phone described (number-recipes.ts, SHOWN_ON), as one on the side of
// their van always was. Innocent: a house or bay number on a door, a door's number with no claim. Sentences written for this file.
import { describe, expect, it } from "vitest";
import { flaggedBy } from "./detector-helpers.ts";

describe("a number shown on the sender's garage door or shutter", () => {
  it.each([["ring the number painted on my garage door, you can see it in the photo, that's my cell"], ["call the number written on our roller shutter in the pic, thats me"]])(
    "%j is flagged",
    (text) => {
      expect(flaggedBy(text)).toBe(true);
    },
  );

  it.each([["the number on my garage door is 14, the house next to the bakery"], ["bring it round, the roller shutter is stuck halfway so use the side door"]])("%j stays innocent", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});
