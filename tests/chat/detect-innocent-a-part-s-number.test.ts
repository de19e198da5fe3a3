// Issue 13, false positives: a part named by what it is, then "number" ("the pump number", "the
// compressor number is", "turbo no."), gives that part's identifier, not a phone, as "part number"
// already did; a phone word nearer the number, or "number" of the sender, still hides it.
// The sentences are written for this file, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

const INNOCENT = [
  "the pump number stamped on it is 021 906 461 2",
  "the compressor number is 447260-4710, same as the old one",
  "injector number 0445 110 183 on all four",
  "gearbox number reads 0412 555 873 on the casing",
  "what's the turbo number? mine says 5439 988 0027",
  "the alternator number 0124 525 093 is the 140A one",
  "label number 4471 5550 190 on the box",
];

/** [message, number]: phone numbers beside a part, still hidden. */
const CONTACTS: [string, string][] = [
  ["the pump is in, my number is 0412 555 873", "0412 555 873"],
  ["compressor's done, call me on 07700 900123", "07700 900123"],
  ["the injector number? text me at 312 555 0188 and I'll tell you", "312 555 0188"],
  ["gearbox is done, ring me 0412 555 873", "0412 555 873"],
];

describe("a part's number", () => {
  it.each(INNOCENT)("%j is not flagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
  it.each(CONTACTS)("%j hides %j", (text, number) => {
    expect(kindsOf(text)).toContain("PHONE");
    expect(hides(text, number)).toBe(true);
  });
});
