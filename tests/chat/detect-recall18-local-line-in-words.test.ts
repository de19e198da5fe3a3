// Issue 13, round 18 (back in round 19), "phones": a local number whose exchange is typed and whose
// line is said in words in a few pieces ("555 oh one ninety-nine", "555 twenty one forty") is read
// like the typed "555-0199", which needs no phone word before it; an amount, a distance, a part or
// a chip said the same way beside a 555 stays innocent.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("the 555 exchange, the line in words", () => {
  it.each([
    ["oh, one and a tens word", "555 oh one ninety-nine, the app wont let me type it", "555 oh one ninety-nine"],
    ["after its", "its 555 oh one ninety nine", "555 oh one ninety nine"],
    ["two tens words", "555 twenty one forty, ring after six", "555 twenty one forty"],
    ["o for zero", "555 o one seventy seven", "555 o one seventy seven"],
    // Round 19's own attacks.
    ["zero written out, then a name", "555 zero one thirty two, ask for Dave", "555 zero one thirty two"],
    ["a hyphen after the exchange", "555-oh one eighty eight if the app plays up", "555-oh one eighty eight"],
    ["in capitals mid-sentence", "i'm on 555 OH ONE TWELVE most evenings", "555 OH ONE TWELVE"],
  ])("%s: %j hides the number", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("PHONE");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["a part's price", "the 555 part costs forty five"],
    ["two amounts", "I paid 555 for the set and forty two for fitting"],
    ["miles", "555 miles and twenty two on the trip meter"],
    // Round 19's own attacks: a 555 beside numbers said in words that are no line.
    ["a timer chip and resistors", "the 555 timer with two twenty two ohm resistors"],
    ["a price and a deposit in words", "555 quid plus twenty forty deposit"],
    ["a mileage then a year", "555 km since the twenty nineteen service"],
    ["a part number and a quantity", "part 555 twenty one forty pack of four"],
  ])("%s: %j is no phone", (_form, text) => {
    expect(kindsOf(text)).not.toContain("PHONE");
  });

  // Round 19's attacks not handled: the line's hundreds said out ("one hundred forty seven") are
  // not read as its last digits after an "oh".
  it.fails.each([["[missed] oh and hundreds said", "555 oh one hundred forty seven after lunch", "555 oh one hundred forty seven"]])("%s: %j hides the number", (_form, text, secret) => {
    expect(kindsOf(text)).toContain("PHONE");
    expect(hides(text, secret)).toBe(true);
  });
});
