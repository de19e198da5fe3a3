// Issue 13, round 12: deals to pay or meet around the platform said indirectly: the platform or its
// booking left out, part of the money paid apart, the platform's fee taken off a price, money
// handed over in person. Each is a deal (masked with its sentence); the platform's own checkout,
// questions about its fees and the everyday senses of the words stay innocent.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("deals said indirectly", () => {
  it.each([
    ["the booking left out", "if we skip the booking I'll knock forty off"],
    ["the app left out", "ditch the app and I'll sort you out Saturday"],
    ["the platform kept out", "we can keep the platform out and both come out ahead"],
    ["off the record", "happy to do the brakes off the record"],
    ["a price for not booking", "it's cheaper for you when it isn't booked through the app"],
    ["half paid apart", "pay half in the app and the other half to me"],
    ["the difference paid apart", "I'll quote it low on here and you give me the difference in cash"],
    ["the rest settled on the day", "book it as a diagnostic on here and the rest we settle on the day"],
    ["the fee taken off", "I can do it for the quote minus their commission if you pay me"],
    ["money handed over", "just hand the cash over in person when I drop the car back"],
  ])("%s: %j is a deal", (_form, text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });

  it.each([
    ["a part skipped", "skip the cabin filter this time, it's new"],
    ["the rest paid in the app", "I'll pay the rest through the app when you're done"],
    ["the balance on completion", "the balance is due on completion in the app"],
    ["a price comparison", "the difference between OEM and aftermarket is the price"],
    ["a question about the fee", "is that price without the service fee?"],
    ["the mechanic's payout", "minus the platform fee it comes to about 340"],
    ["not booked yet", "it's not booked through the app yet, can you send the quote?"],
    ["a negated reminder", "don't forget the app shows your arrival time"],
  ])("%s: %j stays innocent", (_form, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
