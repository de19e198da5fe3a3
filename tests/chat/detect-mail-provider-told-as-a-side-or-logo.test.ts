// Round 50: a mailbox at a provider named obliquely, by its initial and a word for its logo ("danaw88 on the big Y mail",
// "my handle at the blue G mail") or as a side or a place ("danaw88 over on the yahoo side", "mike.r77 over at hotmail
// land"), is an e-mail address, masked. The provider's side of something else, its logo and its app talked about stay innocent.
import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTION_OPTIONS } from "../../src/domain/contacts/contact-detector.ts";
import { APPLICATION, caughtBy, flaggedBy, kindsOf } from "./detector-helpers.ts";

describe("a mail provider told as a side, a place or its logo", () => {
  it.each([
    ["the yahoo side", "danaw88 over on the yahoo side", "danaw88"],
    ["the big Y mail", "I am danaw88 on the big Y mail", "danaw88"],
    ["the blue G mail", "my handle is turbo.tess at the blue G mail", "turbo.tess"],
    ["hotmail land", "mike.r77 over at hotmail land", "mike.r77"],
    ["the outlook side, after a request", "write to brakeguy_73 on the outlook side", "brakeguy_73"],
    ["the gmail side", "for the invoice it's wrenchwiz on the gmail side", "wrenchwiz"],
  ])("%s: %j is an e-mail, the mailbox hidden (rules and application)", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("EMAIL");
    expect(caughtBy(text, [secret], DEFAULT_DETECTION_OPTIONS)).toBe(true);
    expect(caughtBy(text, [secret], APPLICATION)).toBe(true);
  });

  it.each([
    ["the yahoo side of the forum said the same thing"],
    ["I read on the yahoo side of things that the pads squeal"],
    ["I'm on the yahoo side myself, the app notifications come through fine"],
    ["the big G says it's a sensor"],
    ["my big Y mail account got hacked lol"],
    ["the blue G mail app keeps crashing on my phone"],
    ["we moved the invoices to the outlook side of things"],
    ["the gmail side of the account settings is confusing"],
  ])("%j stays innocent (rules and application)", (text) => {
    expect(flaggedBy(text, DEFAULT_DETECTION_OPTIONS)).toBe(false);
    expect(flaggedBy(text, APPLICATION)).toBe(false);
  });
});
