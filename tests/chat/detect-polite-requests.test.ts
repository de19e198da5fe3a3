// Requests for contact asked politely (channel-requests.ts, 15. POLITE-ING and 16. SHOP-LINE;
// phrases.ts, the platform named as a trouble after a request): "mind giving me a call?", "fancy
// sending me your digits", "what's the shop's number, I'll ring them", and a request followed by a
// complaint about typing on the platform. A notification, a third party's line, the platform's own
// channel and a shop's opening hours stay innocent.
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("a polite request for contact", () => {
  it.each([
    ["mind with a call to me", "mind giving me a quick ring this arvo?"],
    ["would you mind, the reader's mobile", "would you mind sharing your mobile, my battery's nearly gone"],
    ["fancy, the reader's digits", "fancy sending me your digits so we can sort the rest"],
    ["care to, a text to me", "care to drop me a text tonight?"],
    ["mind calling me", "do you mind calling me after 6"],
    ["the reader's shop's number, to ring it", "what's your garage's landline? I'll phone them myself"],
    ["the shop's number as a question", "can I get the workshop's number?"],
    ["a switch of channel before a complaint about the platform", "can we talk by phone instead? messaging on here is a pain"],
  ])("%s: %j is a request", (_form, text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_REQUEST");
  });

  it.each([
    ["would you mind giving me a call when it's ready"],
    ["mind giving the dealer a ring about the recall?"],
    ["do you mind sharing your screen on the video call"],
    ["mind sending the quote through here?"],
    ["would you mind texting me through the app when you arrive"],
    ["fancy a coffee while you wait?"],
    ["what's the shop's opening time on saturday?"],
    ["mind leaving your keys with reception"],
    ["the app is a pain to type on but the quote looks fine"],
  ])("%j stays unflagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
