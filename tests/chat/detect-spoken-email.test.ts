// Issue 13, "emails without @ or with spoken parts", as kinds: a two-part ending said with two
// "dot"s, words the sender says to join into one, and a mailbox-shaped word in the sentence that
// names the mail provider.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("spoken e-mail addresses", () => {
  it.each([
    ["a two-part ending", "mail me at rhi-b at btinternet dot co dot uk", "rhi-b at btinternet dot co dot uk"],
    ["words to join", "it's tomas berg, one word, at outlook", "tomas berg, one word, at outlook"],
    ["a mailbox-shaped word after the provider", "my hotmail is easy, same as my name with 84: dkowal84", "dkowal84"],
  ])("%s: %j hides the address", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("EMAIL");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["a provider and a car model", "my gmail got hacked, I'm typing from my wife's phone about the f150"],
    ["a provider and a version", "outlook keeps crashing on my laptop, v2.1"],
  ])("%s: %j is no e-mail address", (_kind, text) => {
    expect(kindsOf(text)).not.toContain("EMAIL");
  });
});
