// Issue 13, round 18 (fp18, mended in round 19): a workshop speaking of its own premises ("pop
// round to my shop Tuesday, I'll do it then", "drop in to our workshop") names where booked work
// happens, not a private meeting place. phrases.ts's older visit rule (come/drop/pop round "to my
// shop") leaves a workshop's noun after a bare "my"/"our" (vocabulary.ts WORKSHOP_PREMISES: shop,
// workshop, bay) to private-visits.ts, which makes it a deal only with the booking left out. The
// round-18 review showed "come to my garage on Saturday and do the brakes there": a garage and a
// unit are customers' homes too, so they are no longer in the list, and the reader asked to do the
// work at the sender's place ("... and do the brakes there") is a customer's premises, a deal, as
// is a shop whose location the sentence gives ("it's on Elm Street behind the Shell").
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("a workshop's own premises named for a visit", () => {
  it.each([
    ["Pop round to my shop Tuesday, I'll do it then"],
    ["Drop in to our workshop whenever suits, the tyres are here"],
    ["swing by my shop after 2, the part's arrived"],
    // Round 19's own attacks: a workshop's premises with its own work said.
    ["come by our workshop after lunch, the quote's in the app"],
    ["pop over to my shop at the booked time, I'll be there from 8"],
    ["drop by our shop Thursday, we'll have it on the ramp by 10"],
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
    // Round 19's own attacks: a customer's garage, unit or shop where the reader is to work.
    ["a customer's shop, the work there", "come to my shop on Saturday and do the brakes there"],
    ["a customer's shop, you can fix it there", "swing by my shop Monday, you can fix it there"],
    ["a garage at home", "come over to my garage Sunday, I've got a ramp"],
    ["a unit", "pop round to my unit after 6 and look at the car"],
    ["a workshop and the reader's service", "come by our workshop and service it there, no app"],
    ["a shop located on a street", "come by my shop, it's on Elm Street behind the Shell"],
    ["a shop located by a landmark", "swing by our shop Friday, we're just behind the Aldi"],
  ])("%s: %j is a deal", (_kind, text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });
});
