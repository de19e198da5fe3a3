// Issue 13, round 12: look-ups of a code and apps' names in their everyday sense are innocent: a
// fault code or part number searched on a site finds no one, and "line", "signal", "teams" and
// "zoom" name a manager, a reception, a group or a picture before the words that give them that
// sense. A name or a handle searched the same way is still a look-up.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("code look-ups and everyday senses of app names", () => {
  it.each([
    ["a fault code searched on a site", "search p0300 on google, it's a random misfire"],
    ["a code word searched", "look up the fault code on youtube, loads of videos"],
    ["a part number searched", "search the part number on ebay and compare"],
    ["a part-number-shaped token", "search 1K0615301 on google for the rotor size"],
    ["a manager", "I'll ask my line manager if I can leave at four"],
    ["reception", "signal strength in the workshop is poor so I reply late"],
    ["a picture", "zoom in on the second photo, there's a crack"],
  ])("%s: %j stays innocent", (_form, text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ["a business name searched", "search Harlow Street Motors on google"],
    ["a handle searched", "search turbotina_88 on insta"],
    ["the app named as a channel", "let's talk on line, my id is kenji_r"],
  ])("%s: %j is still a look-up or an app", (_form, text) => {
    expect(kindsOf(text).length).toBeGreaterThan(0);
  });
});

describe("topic searches and apps asked about as tools", () => {
  it.each([
    ["a symptom searched", 'search "2016 focus rough idle cold start" on reddit'],
    ["a how-to searched in the platform's help", 'search "tyre pressure light reset" in the app\'s help section'],
    ["an app asked about as a tool", "what's app do you use for reading live data?"],
  ])("%s: %j stays innocent", (_form, text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it("a quoted business name searched is still a look-up", () => {
    expect(kindsOf('search "Marsh Lane Motors" on google')).toContain("OFF_PLATFORM_REQUEST");
  });
});
