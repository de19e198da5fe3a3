// Issue 13, round 8: more of the ways a deal around the platform is put in English: its cut named
// as a share, money in hand, the job redone privately, dealing with each other directly, a direct
// price said to be lower. The same words about something else stay innocent.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("deal vocabulary", () => {
  it.each([
    ["the platform's share", "honestly the app takes 18% so it's a rip for both of us"],
    ["money in hand", "skip the booking and give me 80 in hand on the day"],
    ["redone privately", "if they decline it I'll fix it for you privately next week"],
    ["each other directly", "next time we can deal with each other directly"],
    ["arranged directly", "Cancelled - arranged it with the mechanic directly"],
    ["a lower direct price", "the quote here is the app rate, my direct rate is lower"],
    ["the money outside", "let's settle the rest outside of this"],
  ])("%s: %j is an OFF_PLATFORM_DEAL", (_kind, text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });

  it.each([
    ["a restocking fee", "they charge 15% restocking if I return the pump"],
    ["a charge level", "the battery took 40% after an hour on the charger"],
    ["in hand as a state", "I have the keys in hand, ready when you are"],
    ["a direct fit", "it's a direct fit part, no adapter needed"],
  ])("%s: %j is no deal", (_kind, text) => {
    expect(kindsOf(text)).not.toContain("OFF_PLATFORM_DEAL");
  });
});
