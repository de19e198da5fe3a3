// Issue 13, false positives by kind: "one" as a pronoun ("the other one", "the 11-digit one",
// "which one") is no digit 1, so it does not join a reading, a part number or a street number
// after it ("the 11-digit one 88890-..." read as an 11-digit phone; "other one reads OL / so heater
// circuit" read as "1 ... Circuit"). Number words said as a number ("five five five one two", "the
// same one, five five five one two one two") and digits after the pronoun stay caught. The
// sentences are written for this file, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { burstFlagged, burstHides, hides, kindsOf } from "./detector-helpers.ts";

const INNOCENT: string[] = [
  "is the 10-digit one 76543-21098 or the short one? the label is torn",
  "the other one reads 0.4 ohms, this one reads open",
  "which one 45022-55013 or 45022-55031, the box has both",
  "the cheaper one 61 555 fits the 2014 model",
  "no one at the counter knew, the old one was 88 5550",
  "each one 2 litres, the blue one 4 litres",
];

const INNOCENT_BURSTS: string[][] = [
  ["left bank sensor 0.8 volts", "the other one shows OL", "so that circuit is broken"],
  ["the front pads are fine", "the rear one 4 mm", "court side of the car"],
  ["checked both fuses", "this one blown", "replaced it with a 15 amp one"],
];

/** [text, secret]: numbers said after a pronoun "one" or with "one" among their words. */
const CONTACT: [string, string][] = [
  ["call me on five five five one two one two", "five five five one two one two"],
  ["my number is the same one, five five five, one two three four", "five five five, one two three four"],
  ["text the other one: 0412 555 873", "0412 555 873"],
  ["use this one 07700 900 123 for whatsapp", "07700 900 123"],
  ["my cell: four one five, five five five, one two one two", "four one five, five five five, one two one two"],
];

describe("innocent 'one' used as a pronoun", () => {
  it.each(INNOCENT)("leaves %j unflagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
  it.each(INNOCENT_BURSTS)("leaves the burst %j unflagged", (...messages) => {
    expect(burstFlagged(messages)).toBe(false);
  });
});

describe("numbers said with 'one' stay caught", () => {
  it.each(CONTACT)("hides %j", (text, secret) => {
    expect(kindsOf(text).length).toBeGreaterThan(0);
    expect(hides(text, secret)).toBe(true);
  });
  it("hides a number split across messages after a pronoun one", () => {
    expect(burstHides(["my other one is", "0412 555 873"], ["0412 555 873"])).toBe(true);
  });
});
