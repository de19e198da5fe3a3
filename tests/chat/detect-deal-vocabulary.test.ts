// Issue 13, "off-platform deals and meetings", read as a class: a booking or payment verb with a
// manner that leaves the platform, the platform named as the dearer alternative, a booking step
// skipped, a meeting at a place and a time in any case. The whole sentence of the offer is hidden.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("off-platform deals by their vocabulary", () => {
  it.each([
    ["payment with an off-platform manner", "we can settle the balance privately once it's running", "settle the balance privately"],
    ["paying at the premises", "just pay the deposit at our counter on friday", "pay the deposit at our counter"],
    ["the platform as the dearer option", "venmo is fine, saves you a lot compared to paying through the app", "venmo is fine"],
    ["a lower price against the app's", "it's 300 if you pay me direct, 380 through the app", "pay me direct"],
    ["a booking step skipped", "you don't need to record the job on here, I'll sort it", "record the job on here"],
    ["a faked booking state", "mark the booking as a no-show and I'll still come", "mark the booking as a no-show"],
    ["a meeting in lower case", "i'll be at the tesco on ashby road at 7, bring the car", "the tesco on ashby road"],
    ["the sentence with the terms", "do you take a cheque? rather not run it through the app", "do you take a cheque"],
    ["a discount for cash", "drop it at the shop, 10% off cash", "10% off cash"],
    ["a cash discount", "we give a cash discount on brakes", "cash discount"],
  ])("%s: %j is a deal, hidden", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["paying in the app", "I paid the deposit through the app this morning"],
    ["booking ahead", "no need to book ahead, they take walk-ins"],
    ["a place without a meeting", "the tesco on ashby road has cheap fuel"],
    ["a price comparison with the dealer", "the quote here is cheaper than the dealer's"],
    ["a discount without cash", "10% off the pads this month"],
  ])("%s: %j stays innocent", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
