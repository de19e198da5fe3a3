// A promise never to ask, its list going on past "or" ("we'll never ask you to pay outside the app
// or to share your email", "we don't ask customers for payment outside the app or for your
// address"), offers nothing: the your-detail request rule lets the last item pass, the negation
// reaching it however long the first item, unless what follows turns the promise into a lead-in
// ("but", "so just", "anyway", "unless", "except", "yours").
import { describe, expect, it } from "vitest";
import { kindsOf } from "./detector-helpers.ts";

describe("a promise never to ask for a detail stays clean", () => {
  it.each([
    "Just a reminder: we'll never ask you to pay outside the app or to share your email. If anyone does, please report it.",
    "Heads up: the workshop will never ask you to move the booking off the platform or to send your phone number",
    "we don't ask customers for payment outside the app or for your address, everything is on your booking",
  ])("%j", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});

describe("attacks: a promise never to ask, turned into a request, stays flagged", () => {
  it.each([
    "we'll never ask you to pay outside the app or to share your email, but I need your email for the invoice",
    "they'll never ask you to pay outside the app or to share your email so just send me yours",
    "we'll never ask you to pay outside the app or to share your email. Share it with me anyway",
    "I'd never ask you to pay outside the app or to share your number, just whatsapp me",
    "we won't ask you to pay outside the app or to share your email unless it's me, drop your email here",
    "the app will never ask you to pay outside or to share your number except me lol, what's your number",
    "I won't ask you to pay cash or to give your number, text me instead on 0412 555 019",
    "we never ask you to leave the app or to give your email; give me your email though",
  ])("%j", (text) => {
    expect(kindsOf(text)).toContain("OFF_PLATFORM_REQUEST");
  });
});
