// Round 50: a payment app named as the channel to the sender with the account pointed to rather than written ("zelle me, the
// number is on file", "venmo it to me, same number you have") is an off-platform deal: "on file" and "in my profile" are the
// platform's own only while nothing asks to pay outside it. The platform's card on file, a payment app refused and a
// question whether the app takes one stay innocent.
import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTION_OPTIONS } from "../../src/domain/contacts/contact-detector.ts";
import { APPLICATION, caughtBy, flaggedBy, kindsOf } from "./detector-helpers.ts";

describe("a payment app to an account pointed to", () => {
  it.each([
    ["zelle, the number on file", "zelle me, the number is on file", "zelle"],
    ["zelle, the number on file in the next sentence", "Just zelle me. Number's on file", "zelle"],
    ["venmo, the same number", "venmo it to me, same number you have. thanks", "venmo"],
    ["venmo, the number the reader has", "venmo me, same number you have on file", "venmo"],
    ["cash app, the number in the profile", "cashapp me, the number in my profile works", "cashapp"],
    ["cash app, the e-mail in the profile", "send the deposit on cash app, the email in my profile", "cash app"],
    ["paypal, an e-mail the reader has", "paypal me the balance, you already have my email", "paypal"],
  ])("%s: %j is a deal, the app hidden (rules and application)", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
    expect(caughtBy(text, [secret], DEFAULT_DETECTION_OPTIONS)).toBe(true);
    expect(caughtBy(text, [secret], APPLICATION)).toBe(true);
  });

  it.each([
    ["my number is on file if the shop needs to call"],
    ["the shop number is on file with the app"],
    ["the card on file will be charged, no zelle needed"],
    ["we don't take zelle, the card on file is charged after approval"],
    ["does the app take venmo? my email is on file"],
    ["your card on file is charged once you approve the quote"],
    ["the email in my profile is old, can I update it in the app?"],
    ["same number you have on file, the app texts me the reminders"],
  ])("%j stays innocent (rules and application)", (text) => {
    expect(flaggedBy(text, DEFAULT_DETECTION_OPTIONS)).toBe(false);
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
});
