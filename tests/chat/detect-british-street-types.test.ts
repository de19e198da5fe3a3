// Issue 13: street types used in Britain, Ireland and Australia without a USPS abbreviation
// ("Station Approach", "Beech Croft", "Millers Mead", "Kings Mount") make a house number and a
// name an ADDRESS. As with "drive" and "way", the ordinary-word ones count only after a
// capitalised name: "a 2 step approach", "the front mount" stay innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("British, Irish and Australian street types", () => {
  it.each([
    ["collect it from 12 Station Approach after 5", "12 Station Approach"],
    ["I'm at 4 Beech Croft, the end house", "4 Beech Croft"],
    ["7 Millers Mead, Taunton", "7 Millers Mead"],
    ["we're at 31 Kings Mount, Bray", "31 Kings Mount"],
    ["drop it at 2 Sandpiper Reach please", "2 Sandpiper Reach"],
  ])("%j hides %j", (text, secret) => {
    expect(kindsOf(text)).toContain("ADDRESS");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([["we take a 2 step approach to diagnosis"], ["the 2 front mount bushes are gone"], ["we reach 60 mph in 8 seconds"], ["he took a 10 minute approach to the job"]])(
    "%j stays innocent",
    (text) => {
      expect(kindsOf(text)).toEqual([]);
    },
  );
});
