// Issue 13, round 12: digits said in Tagalog and Polish (languages chat is written in), British
// "nought", phonetic spellings and a misspelt "double" are read as digits, so a number said in
// them is hidden; the words that are also names or ordinary words ("Lima", "isa", "piec") count
// only beside other digits.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("number words in more languages and spellings", () => {
  it.each([
    ["Tagalog", "tawag ka: sero siyam isa pito, lima lima lima, sero dalawa apat anim"],
    ["Polish", "numer: szesc zero dwa, piec piec piec, zero jeden osiem trzy"],
    ["British nought", "it's oh seven seven nought nought, nine double oh, four six one"],
    ["a misspelt double", "dubble five five oh one four two, area 512"],
    ["phonetic spellings", "seex one seex, five five five, zero one three two"],
  ])("%s: %j is a phone, hidden", (_form, text) => {
    expect(kindsOf(text)).toContain("PHONE");
    const digitsSaid = text.slice(text.search(/(?:sero|szesc|oh|dubble|seex)/));
    expect(hides(text, digitsSaid.split(",")[0]!)).toBe(true);
  });

  it.each([
    ["a city beside a number", "we flew to Lima last year for 5 days"],
    ["an oven", "the piec is broken, 2 burners"],
    ["nought to sixty", "nought to sixty in 6 seconds"],
  ])("%s: %j stays innocent", (_form, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
