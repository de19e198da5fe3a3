// Issue 13, phones: a toll-free vanity number with its area code in brackets ("(888) 555-TOWS",
// "1 (800) FIX-AUTO") is a number as much as "1-888-CAR-DOCS"; words in capitals after a bracketed
// number that is no toll-free code, and readings with units, are not.
// The sentences are written for this file, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

/** [message, number]. */
const CONTACTS: [string, string][] = [
  ["(888) 555-TOWS anytime day or night", "888) 555-TOWS"],
  ["ring 1 (800) FIX-AUTO for the mobile unit", "1 (800) FIX-AUTO"],
  ["(877) CAR-FIXX is us", "877) CAR-FIXX"],
];

const INNOCENT = ["the 800 NM torque spec is for the crank bolt", "error (404) NOT FOUND on the app page", "it makes 855 HP ON E85 apparently"];

describe("a vanity number with its area code in brackets", () => {
  it.each(CONTACTS)("%j hides %j", (text, number) => {
    expect(kindsOf(text)).toContain("PHONE");
    expect(hides(text, number)).toBe(true);
  });
  it.each(INNOCENT)("%j is not flagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
