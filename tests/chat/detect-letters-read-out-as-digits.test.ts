// Issue 13, phones in letters for digits: a number read out a character or a short group at a
// time, groups apart by spaces, commas, dashes or dots, with stand-ins inside ("4 I 5, SSS, O I 2 3",
// "l-2-l-5-5-5-O-l-3-3"), is all digits, "I", "l" and a lone capital "L" included; a stand-in other than the classic
// ones ("b" for 6, "g" for 9) counts in a token no word is written as ("ZZbO", "gOO"). Lists of
// numbers, words next to a number and codes stay as typed.
// The sentences are written for this file, not taken from the corpus.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

/** [message, number as written]: hidden. */
const CONTACTS: [string, string][] = [
  ["reach me on 6 I 7, SSS, O I 9 4", "6 I 7, SSS, O I 9 4"],
  ["Text. Three I Z, S S S, O I 8 8", "I Z, S S S, O I 8 8"],
  ["l-4-l-5-5-5-O-l-7-7 thats me", "l-4-l-5-5-5-O-l-7-7"],
  ["cell: s1-5755-ZZbO", "s1-5755-ZZbO"],
  ["O7TOO gOO 4Z1 after six", "O7TOO gOO 4Z1"],
  ["call L-2-L-5-5-5-O-L-3-3", "L-2-L-5-5-5-O-L-3-3"],
  ["cell: 3 1 L 5 5 5 O L 2 3", "3 1 L 5 5 5 O L 2 3"],
  ["ring L.2.L.5.5.5.O.L.3.3 tonight", "L.2.L.5.5.5.O.L.3.3"],
];

const INNOCENT = [
  "S, 2, 3, 4, 5, 6, 7 gears and reverse",
  "it's 3 I think, maybe 4, the 5 is the spare",
  "the new pump is 0 580 464 125, bosch says it supersedes",
  "codes P0300, P0301, P0302 and P0304 again",
  "update iOS 17 then 18.2 and the carplay came back",
  "sizes 8, 10, 12, 13, 14, 17 and 19, lol, all metric",
  "is it 2, 3 or 4 of them? I, II or III?",
  "the 2.0L engine takes 5L of oil, 1 2 3 4 firing order",
  "drop the L plates off, slot 2 4 5 6 7 on the form",
];

describe("letters read out as digits", () => {
  it.each(CONTACTS)("%j hides %j", (text, number) => {
    expect(kindsOf(text)).toContain("PHONE");
    expect(hides(text, number)).toBe(true);
  });
  it.each(INNOCENT)("%j is not flagged", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
