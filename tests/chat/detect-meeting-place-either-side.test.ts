// Issue 13: a meeting at a public place is an OFF_PLATFORM_DEAL however its parts are ordered: in
// romanised Hindi the verb comes last, after the time and place ("kal 4 baje bus stand pe milte
// hain"); and "come to the <shop> car park" is a meeting when a job for money or a time goes with
// it. A farewell ("kal milte hain"), the workshop itself as the place, and directions to a shop's
// own car park stay innocent.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("a meeting place said before the verb, or after 'come to'", () => {
  it.each([
    ["bhai kal 4 baje bus stand pe milte hain"],
    ["shaam ko Reliance market ke parking mein milo, paise cash"],
    ["come to the Morrisons car park, I'll swap the wiper motor for 30 quid"],
    ["come down to the B&Q car park tomorrow and I'll sort it"],
  ])("%j is a deal", (text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });

  it.each([
    ["kal milte hain, thank you"],
    ["kal 11 baje workshop pe milte hain, booking app pe hai"],
    ["come to the Kwik Fit car park entrance, the workshop is round the back"],
    ["come to the Tesco car park, it's free parking for 2 hours while we do the car"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
