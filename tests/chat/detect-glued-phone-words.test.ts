// Issue 13, "phones": a phone word typed onto the number ("TEL-", "ph-", "CALL-") is a cue, not a
// code the digits belong to, in chat, quotes, reviews and every monitored field; letters typed
// straight after an ungrouped number still make a code, and so does a part maker's prefix.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a phone word glued to the number", () => {
  it.each([
    ["ph and a dash", "ph-4155550162", "4155550162"],
    ["TEL and a dash, in a sentence", "Shop line TEL-7205550177 if the app is down", "7205550177"],
    ["CALL before a grouped number", "CALL-206-555-0133", "206-555-0133"],
    ["tel and a colon", "tel:3125550148 after six", "3125550148"],
    ["mob with no separator", "mob07700900461", "07700900461"],
    ["after a request, still masked", "text me ph-3035550100", "3035550100"],
  ])("%s: %j hides the number", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("PHONE");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["a maker's prefix on a part number", "part BOSCH-0280158117 is on order"],
    ["an invoice reference", "ref INV-2024-0042 paid"],
    ["letters after an ungrouped number", "cross ref 3397007120AB fits"],
    ["a single letter before ten digits (a Mercedes part number)", "need A2038201142 from the dealer"],
  ])("%s: %j is no phone", (_kind, text) => {
    expect(kindsOf(text)).not.toContain("PHONE");
  });
});
