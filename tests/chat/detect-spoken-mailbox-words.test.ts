// Issue 13, round 8: a mailbox whose name is said as several words after its provider ("my outlook
// is sal vega 78") is hidden to the end of its clause, not only its first word; words that carry
// the sentence on ("... if you need it") are not part of it, and a mailbox's state is no request.
import { describe, expect, it } from "vitest";
import { detectContactDetails } from "../../src/domain/contacts/contact-detector.ts";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a mailbox said as words after its provider", () => {
  it.each([
    ["a name and a number", "my yahoo is rosa m diaz 61", "rosa m diaz 61"],
    ["a first name and an initial", "hotmail is tom k, thanks", "tom k"],
    ["before 'all one word'", "gmail is sally ann price all one word", "sally ann price"],
  ])("%s: %j hides every word of it", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("EMAIL");
    expect(hides(text, secret)).toBe(true);
  });

  it("hides the mailbox's sentence and keeps the next one", () => {
    expect(detectContactDetails("email is rick.hollis, thanks. See you Tuesday").masked).toBe("[hidden]. See you Tuesday");
  });

  it.each([["my email is working again now"], ["my address is changing next month"]])("%j is the mailbox's state, not a request", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
