// Issue 13, round 18 (fp18): a workshop speaking of its own premises ("pop round to my shop Tuesday,
// I'll do it then", "bring it by our garage Friday") names where booked work happens, not a private
// meeting place. phrases.ts's older visit rule (come/drop/pop round "to my shop") now leaves a
// business noun after a bare "my"/"our" (vocabulary.ts WORKSHOP_PREMISES) to private-visits.ts,
// which makes it a deal only with the booking left out; a home, a driveway or "mine" stays a deal,
// and so does the workshop offered instead of the booking, for cash or with no booking needed.
// The sentences are written for this file, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("a workshop's own premises named for a visit", () => {
  it.each([
    ["Pop round to my shop Tuesday, I'll do it then"],
    ["come by our garage on Friday morning and we'll have a look"],
    ["Drop in to our workshop whenever suits, the tyres are here"],
    ["swing by my shop after 2, the part's arrived"],
    ["bring the car to our unit Monday, it's booked in for 9"],
    ["just pop over to my garage at half eight, we'll get it on the ramp"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });

  it.each([
    ["a home", "come round to my house Saturday and I'll do it"],
    ["a driveway", "bring it to my driveway, I'll sort it there"],
    ["mine", "pop round mine after work"],
    ["the booking skipped", "swing by my garage tonight, skip the app and I'll do it for 200"],
    ["cash", "come by my shop, cash is fine"],
    ["instead of the booking", "pop round to my shop Thursday instead of the one you booked"],
    ["no booking needed", "no need to book it, just bring it by my garage Sunday"],
    ["paid there", "bring the car to my garage and pay there"],
    ["a relative's workshop", "bring it over to my uncle's workshop, I'll do it there"],
  ])("%s: %j is a deal", (_kind, text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });
});
