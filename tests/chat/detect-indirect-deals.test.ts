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

// Forms added after reading fresh10's 60% (round 12), each written here in other words.
describe("deals said indirectly: the forms read in round 12", () => {
  it.each([
    ["the manner as an adjective", "we can sort the rest direct, you save and so do I"],
    ["a platform step faked in quotes", 'I\'ll "decline" it on here and swing by anyway'],
    ["reluctance to pay through the platform", "honestly reluctant to pay through the app, can we sort another way"],
    ["a wish not to use the platform", "can we not pay through the app this time?"],
    ["a token price", "book it at $0 and I'll collect on the day"],
    ["declined but done", "I won't confirm the job here but I'll come anyway"],
    ["next time outside", "next time just come straight to my garage, no booking"],
    ["money into the sender's account", "send the deposit to my account and I'll get the part"],
    ["cash on handover", "cash on collection works for me"],
    ["a cheaper in-person rate", "my in-person rate is cheaper than what you see on here"],
  ])("%s: %j is a deal", (_form, text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });

  it.each([
    ["a button named", '"complete" button isn\'t working'],
    ["cash on delivery refused", "cash on delivery isn't an option here, right?"],
    ["next time through the app", "next time I'll book earlier through the app"],
    ["the platform's price", "the platform price includes parts"],
    ["a quote refused", "I won't accept the quote, too pricey"],
  ])("%s: %j stays innocent", (_form, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
