// Issue 13, false positives: a part named by what it is, then "number" ("the pump number", "the
// compressor number is", "turbo no."), gives that part's identifier, not a phone, as "part number"
// already did; a phone word nearer the number, or "number" of the sender, still hides it. Only an
// identifier in a shape no phone is written in: a valid phone number typed as its region writes it
// ("0412 555 873") or with a phone word after it ("... ring it") is hidden whatever part is named.
// The sentences are written for this file, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

const INNOCENT = [
  "the pump number stamped on it is 021 906 461 2",
  "the compressor number is 447260-4710, same as the old one",
  "injector number 0445 110 183 on all four",
  "the pump number is 0 986 437 329",
  "filter number 26300-35503 fits the i30",
  "turbo number 49377-07000 on the tag",
  "the sensor number is 0 281 002 315",
  "the coil number is 0221 504 470",
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
  ["my pump number is 0412 555 873", "0412 555 873"],
  ["gearbox number reads 0412 555 873 on the casing", "0412 555 873"],
  ["my turbo no. is 0412 555 873", "0412 555 873"],
  ["the caliper number is 020 7946 0018", "020 7946 0018"],
  ["hose number 0412555873, ring that if I'm out", "0412555873"],
  ["the tag number is 0412 555 873 if you need to reach the owner", "0412 555 873"],
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
