// Issue 13, round 18, "phones": a local number whose exchange is typed and whose line is said in
// words in a few pieces ("555 oh one ninety-nine", "555 twenty one forty") is read like the typed
// "555-0199", which needs no phone word before it; an amount or a distance said the same way
// beside a 555 (a price, miles) stays innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("the 555 exchange, the line in words", () => {
  it.each([
    ["oh, one and a tens word", "555 oh one ninety-nine, the app wont let me type it", "555 oh one ninety-nine"],
    ["after its", "its 555 oh one ninety nine", "555 oh one ninety nine"],
    ["two tens words", "555 twenty one forty, ring after six", "555 twenty one forty"],
    ["o for zero", "555 o one seventy seven", "555 o one seventy seven"],
  ])("%s: %j hides the number", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("PHONE");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["a part's price", "the 555 part costs forty five"],
    ["two amounts", "I paid 555 for the set and forty two for fitting"],
    ["miles", "555 miles and twenty two on the trip meter"],
  ])("%s: %j is no phone", (_form, text) => {
    expect(kindsOf(text)).not.toContain("PHONE");
  });
});
