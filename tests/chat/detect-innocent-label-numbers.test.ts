// Issue 13, false positives by kind: a number read off a part's box, tag, label, casting or plate
// ("the box says A 624 390 40 94", "the gearbox tag reads 0AM 300 05") is that part's number, even
// when it is grouped like a phone. A phone cue before it ("the box says call ..."), the sender
// owning it or asking to be reached on it after it ("..., that is my cell", "ring it"), a 555
// number or a typed "+" keep it a phone; a sticker, a card or a van is no part's label. The
// sentences are written for this file, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { burstFlagged, hides, kindsOf } from "./detector-helpers.ts";

const INNOCENT: string[] = [
  "the old pump's box says a 447 130 26 81, the new one looks different",
  "the gearbox tag reads 0AM 300 05, is that the DSG?",
  "the label says 7 812 345 660 on the starter, can you order that one",
  "the housing is stamped 0 986 452 041, want a photo?",
  "the ID plate shows 4 633 912 77 but the invoice has another number",
];

const INNOCENT_BURSTS: string[][] = [
  ["found the old injector", "the box says 0 445 110 183"],
  ["the tag reads 01M 321 47", "4 speed"],
];

/** [text, secret]: the same shapes carrying the sender's number. */
const CONTACT: [string, string][] = [
  ["the box says call 0412 555 873 for stockists", "0412 555 873"],
  ["the label says 0412 555 873, that is my cell", "0412 555 873"],
  ["the tag says 0412 555 873 - ring it after 5", "0412 555 873"],
  ["the sticker on my van says 0412 555 873", "0412 555 873"],
  ["my card says 0412 555 873", "0412 555 873"],
  ["the box says 303-555-0178", "303-555-0178"],
  ["the label reads +44 7911 123456", "+44 7911 123456"],
];

describe("innocent numbers read off a part's box, tag or label", () => {
  it.each(INNOCENT)("leaves %j unflagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
  it.each(INNOCENT_BURSTS)("leaves the burst %j unflagged", (...messages) => {
    expect(burstFlagged(messages)).toBe(false);
  });
});

describe("numbers of the same shape that are the sender's stay caught", () => {
  it.each(CONTACT)("hides %j", (text, secret) => {
    expect(kindsOf(text)).toContain("PHONE");
    expect(hides(text, secret)).toBe(true);
  });
});
