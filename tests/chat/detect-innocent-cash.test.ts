// Issue 13, false positives by kind: cash named without a deal between the two people in the chat.
// Cash another business takes, the sender's own means ("strapped for cash"), a cash price weighed
// against an insurance claim, and a payment app named as what does not work are repair chat; the
// same words said as terms between sender and reader stay deals.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("cash without a deal", () => {
  it.each([
    ["cash a third party takes", "the scrapyard on Mill Road only takes cash, bring a card anyway for the deposit here"],
    ["cash a third party accepts", "they only accept cash at the tyre place, weird in 2026"],
    ["the sender's own means", "I'm a bit short of cash until payday, can the brakes wait?"],
    ["the sender's own means, plural", "money's tight, we're pressed for cash after the holidays"],
    ["a cash price against a warranty claim", "is the cash price lower than claiming on the warranty?"],
    ["a payment app that is locked", "my venmo is locked so I'll use the card in the app"],
    ["a payment app that keeps failing", "paypal keeps getting declined, I'll just do card"],
    ["cash for a car park", "it's £5 cash for parking at the station"],
    ["a car wash's cash price", "the car wash is a tenner cash only"],
    ["a car park's price as the subject", "the car park is £4 cash, so bring change"],
    ["the app compared at a car wash", "it's cheaper than the app at the car wash"],
  ])("%s: %j is not flagged", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("cash as the terms of a deal, said the same way", () => {
  it.each([
    ["the sender takes cash", "I take cash only"],
    ["the sender's shop takes cash, with the fee", "my shop takes cash, skip the app fee"],
    ["cash and the fee skipped", "cash, skip the app fee"],
    ["a business named, then the sender's discount", "the tyre place takes cash, so do I, 20% off"],
    ["short of cash, then paid in cash", "strapped for cash? pay me cash and I'll knock 50 off"],
    ["a cash price against the app's", "the cash price is lower than the app price"],
    ["a payment app as the channel", "venmo me the rest"],
    ["a cash price with a petrol station to meet at", "£45 cash, meet at the petrol station"],
    ["cash for the job, at a petrol station", "£45 cash for the job, at the petrol station"],
    ["cash to the sender at a car park", "£60 cash to me at the car park"],
    ["cash over the app, then a place to meet", "cash is faster than the app, meet me at the petrol station"],
  ])("%s: %j is a deal", (_kind, text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
  });
});
