// Issue 13 round 17, a measurement is no meeting place: the capitalised word a place's name would
// start with is the unit of the number right before it ("torque to 120 Nm on the Golf, check again
// after 50 km"), so no place is named. A clause that asks to meet still names one.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("a unit after a number is no place", () => {
  it.each([
    "torque the caliper bolts to 90 Nm on the Passat, recheck after the first drive",
    "run 36 PSI on the Tacoma, then check them again tomorrow",
    "it holds 2 Bar on the Mondeo cooling system, come back if it drops",
    "set it to 25 Nm at the Hub, then I'll have a look at the rest",
  ])("%j is no meeting", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ["a place after a time, asked to meet", "meet me at 6 Bar Louie on Main, bring the cash"],
    ["a place said plainly", "the Shell on Lamar at 4, bring the cash"],
    ["a place after a number with a meet cue", "see you at 5 PSI Tyres on Ashby tomorrow"],
  ])("%s: %j is still a meeting", (_kind, text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });
});
