// Issue 13, phones: an ordinal right before a number ("into 4th", "the 2nd", "21st") is a word of
// the sentence, not the start of a code that mixes letters and digits (a tracking number or VIN,
// whose digits go on after it), so the phone after it is still read. Codes stay codes.
// The sentences are written for this file, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

/** [message, number]: a phone after an ordinal, hidden. */
const CONTACTS: [string, string][] = [
  ["box slips going into 4th (713) 555-0170 ring me", "(713) 555-0170"],
  ["free from the 2nd 312 555 0188 is my cell", "312 555 0188"],
  ["stuck in 3rd gear again, 0412 555 873 if you can help", "0412 555 873"],
  ["we close on the 21st 07700 900123 text before then", "07700 900123"],
];

const INNOCENT = ["tracking AA1 01 2345 6784 says it's out for delivery", "engine code 4G63 212 554 stamped on the block", "it only slips in 4th, done 212 455 miles", "booked for the 3rd at 10:30"];

describe("a phone after an ordinal", () => {
  it.each(CONTACTS)("%j hides %j", (text, number) => {
    expect(kindsOf(text)).toContain("PHONE");
    expect(hides(text, number)).toBe(true);
  });
  it.each(INNOCENT)("%j is not flagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
