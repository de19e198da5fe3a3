// Round 51: an off-platform deal said softly, with none of the trigger words (cash app names, "directly", "fees", "privately"):
// the platform's cut given as the reason and the money squared face to face ("the app adds 15%, so let's just settle up when
// I see you"), part of the job billed apart from the platform ("the parts I'll charge you separately, not through here"), the
// rest done "on the quiet", the app waved away beside cash ("don't worry about the app"), the "old-fashioned way" as the
// cheaper one, and a friend's shop where a name dropped earns the favour ("tell them Dave sent you"). Each is masked with its
// sentence. A customer's question whether the workshop takes cash (unless a saving is offered beside it), a question about the platform's fee, settling up through
// the app and the booked workshop's own referral stay innocent.
import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTION_OPTIONS } from "../../src/domain/contacts/contact-detector.ts";
import { APPLICATION, caughtBy, flaggedBy, kindsOf } from "./detector-helpers.ts";

describe("an off-platform deal in soft wording", () => {
  it.each([
    ["the platform's cut, then settling up in person", "the platform adds 20% on top, so just settle up with me on the day", "settle up with me on the day"],
    ["the app's percentage, then squaring up face to face", "app whacks on a 15% cut so we'll square up in person", "square up in person"],
    ["part of the job billed apart from the platform", "I'll bill you for the tyres separately, not through the app", "bill you for the tyres separately"],
    ["the parts charged apart, the platform as 'here'", "the parts I'll charge you for separately, not via here", "charge you for separately"],
    ["the rest of the job done on the sly", "just book the diagnostic and I'll do the rest on the sly", "the rest on the sly"],
    ["the rest paid on the quiet", "pay the deposit here and the rest on the quiet", "the rest on the quiet"],
    ["the app waved away beside cash", "never mind the app mate, cash is fine", "never mind the app"],
    ["the booking waved away beside cash", "don't worry about the booking, bring cash saturday", "don't worry about the booking"],
    ["the old-school way as the cheaper one", "we can sort it the old school way, cheaper for you", "old school way"],
    ["a friend's garage and a name dropped", "take it to my cousin's garage and tell them I sent you", "my cousin's garage"],
    ["a brother's place and a name to say", "at my brother's place, just say Kev sent you", "Kev sent you"],
    ["the workshop's cash asked about beside a discount", "does the workshop take cash? I'll knock 10% off if so", "take cash"],
    ["cash at pickup asked for, the app's charge avoided after it", "could I pay cash on pickup? that way the app won't charge you", "pay cash on pickup"],
  ])("%s: %j is a deal, its sentence hidden (rules and application)", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_DEAL");
    expect(caughtBy(text, [secret], DEFAULT_DETECTION_OPTIONS)).toBe(true);
    expect(caughtBy(text, [secret], APPLICATION)).toBe(true);
  });

  it.each([
    // a customer asking how the booked workshop takes payment
    ["can I pay cash at the workshop?"],
    ["could we pay by card at the counter when I collect?"],
    ["does the garage take cash for the deposit or is it all in the app?"],
    ["does the shop accept cash at pickup?"],
    // the platform's fee asked about, or settled through it
    ["the app adds a fee?"],
    ["does the app add 15% on top of the quote?"],
    ["let's settle up through the app"],
    ["we can square up on the day through the app"],
    ["I'll charge you separately for the tyres on a second quote in the app"],
    // the app or the booking waved away for something else
    ["don't worry about the app crashing, just reopen it"],
    ["don't worry about the app notifications, they never come through for me"],
    ["no need to worry about the booking, it's confirmed"],
    // the old-fashioned way as a repair method, names dropped at the booked workshop
    ["you can bleed the brakes the old fashioned way, it's cheaper"],
    ["we can do it the old fashioned way with a puller, same price"],
    ["tell them I sent you when you drop the car at the workshop"],
    ["my mate's shop did my last service, cheaper than the dealer"],
    ["the rest on the side of the car is rust"],
  ])("%j stays innocent (rules and application)", (text) => {
    expect(flaggedBy(text, DEFAULT_DETECTION_OPTIONS)).toBe(false);
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
});
