// Round 50: a person introduced with the business they speak for ("Rivera at Eastside here") is no spoken
// e-mail address when nothing mail-like goes with it: no mail provider or "mail" in the place's name, no
// dot or domain ending, no digits or signs in the name, no mail cue ("email", "write", "reach") beside it.
// The trained stage read "Rivera at Eastside" as one (second-stage/candidates.ts, `standsAsEmail`); the
// rules never did. A handle-like mailbox, a provider, a domain or a mail cue still makes it an address.
// Nor is it a place to meet when a day follows ("It's Marco at Riverside again, ... free Thursday"):
// "this is", "it's", "I'm" before it or "here", "again", "speaking" after it frame an introduction
// (phrases.ts, `introducedAtABusiness`); a meeting asked for is still a deal.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy, kindsOf } from "./detector-helpers.ts";

describe("a name at a business, introduced", () => {
  it.each([
    ["Hi Dana, Rivera at Eastside here, your quote is on its way"],
    ["Morning Mr Patel, Kowalski at Northgate here, the car is on the ramp now"],
    ["Hello, this is Priya at Brakeworks, we have your pads in stock"],
    ["Jordan at Westfield speaking, the diagnostic report is uploaded to the session"],
    ["Hi Sam, Tanya at Citywide here. The timing belt quote is ready for you to approve"],
    ["It's Marco at Riverside again, the courtesy car is free Thursday if you want it"],
    ["Hey Chris, Alvarez at Midtown here, we found a small leak at the water pump"],
    ["Ellie at Hillcrest here, just confirming the 9am slot in the app"],
    ["Hi Dana, Rivera at Eastside here, your car will be ready Tuesday after 3"],
    ["This is Kim at Northside, we can fit you in tomorrow morning"],
  ])("%j stays innocent", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  it.each([
    ["Rivera at Eastside here, email me at rivera at eastsidemotors dot com", "rivera at eastsidemotors dot com"],
    ["Hi Dana, write to rivera88 at eastside, quicker than the app", "rivera88 at eastside"],
    ["Rivera here, my mail is dana at yahoo", "dana at yahoo"],
    ["reach me directly: rivera at gmail", "rivera at gmail"],
  ])("%j hides %j", (text, secret) => {
    expect(caughtBy(text, [secret])).toBe(true);
  });

  it.each([["Dave at Shell on 5th tomorrow, bring cash"], ["Rivera at Eastside here, meet me at the Shell on 5th at 6"]])("%j is a deal", (text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });
});
