// Round 52 (det52a): money sent, transferred or paid into the other party's own bank account or mobile wallet ("make I just
// transfer the money to your account direct", "just send am to my Opay"), or paid to a party with a wallet named ("pay the
// remaining with MoMo to you directly"): direct-payment.ts rule 11, PAID_INTO_ACCOUNT. The sender pays into "your" account,
// the reader is asked to pay into "my" one. A refund or payout, the sender's own account, the platform's checkout and a
// report or quote sent "to your account" stay innocent. Sentences written for this branch. Probed with the application's
// options (rules + trained stage).
import { describe, expect, it } from "vitest";
import { flaggedBy } from "./detector-helpers.ts";

describe("money paid into the other party's own account or wallet", () => {
  it.each([
    ["Boss make I just transfer the balance to your account direct, the app dey charge too much"],
    ["can I pay the rest with M-Pesa to you directly? I have no card"],
    ["nobody go know, just send am to my Palmpay and I go fix am"],
    ["I'll transfer the money to your account tonight, no need for the app"],
    ["just send the 40k to my MoMo and I'll start tomorrow"],
    ["can you pay the rest into my own account"],
    ["I can send the money with GCash to you"],
  ])("%j is caught", (text) => {
    expect(flaggedBy(text)).toBe(true);
  });

  it.each([
    ["the refund will go back to your account in 3-5 days"],
    ["can you send the refund to my account?"],
    ["I'll transfer the money to my account first then pay in the app"],
    ["can I pay with MoMo in the app?"],
    ["I just topped up my MoMo wallet so I can pay through the app"],
    ["does the platform pay into my bank account weekly?"],
    ["I paid the money into my account yesterday"],
    ["I'll send the payment to your account through the app"],
    ["the payout goes to your bank account every Friday"],
    ["you can link your MoMo wallet in the app settings"],
    ["I'll send it to your account, check your inbox"],
    ["I'll send the quote to your account"],
  ])("%j stays innocent", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });
});
