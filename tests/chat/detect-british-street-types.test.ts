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
    ["I live at 4 Engine Close", "4 Engine Close"],
    ["I'm at 4 Window Rise, the blue door", "4 Window Rise"],
    ["12 Station Approach, Leeds", "12 Station Approach"],
    ["collect it from 12 station approach after 5", "12 station approach"],
    ["fetch the keys from 7 millers mead", "7 millers mead"],
  ])("%j hides %j", (text, secret) => {
    expect(kindsOf(text)).toContain("ADDRESS");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["we take a 2 step approach to diagnosis"],
    ["the 2 front mount bushes are gone"],
    ["we reach 60 mph in 8 seconds"],
    ["collect it from 2 step approach"],
    ["collect it from 3 top mount bearings"],
    ["he took a 10 minute approach to the job"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

// A street type that is also a fitting ("Mount", "Rise", "Row", "Close", "Drive") after a car
// part's word, or before a part noun, is a parts list: "2 Engine Mount", "Top Mount bearings".
describe("car parts named like a street", () => {
  it.each([
    ["need 2 Engine Mount and 1 Gearbox Mount for the Focus"],
    ["3 Engine Mount, 2 Gearbox Mount"],
    ["got 2 Top Mount Bearings fitted"],
    ["fitted 3 Exhaust Mount rubbers"],
    ["swapped 4 Window Rise motors"],
    ["replaced 2 Top Row seats"],
    ["bought 2 Front Drive shafts"],
    ["need 2 Tailgate Strut and 1 Bonnet Close sensor"],
    ["need an Engine Mount and Gearbox Mount"],
    ["the Engine Mount no. 2 is cracked"],
    ["Gearbox Mount number 3 is gone"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
