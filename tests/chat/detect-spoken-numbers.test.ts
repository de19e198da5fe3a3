// Issue 13, "mixed words and digits": a phone number read out is caught in every spoken form,
// however it is grouped: digit by digit, in tens and hundreds, in the marketplace's other
// languages, with commas or "..." between the groups, in phonetic spellings, with "dash" said.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("phone numbers said in words", () => {
  it.each([
    ["tens and a teen", "my cell is four oh six, five five five, nineteen seventy", "four oh six, five five five, nineteen seventy"],
    ["two groups of tens in a row", "reach me at three twelve, five five five, twenty twenty", "three twelve, five five five, twenty twenty"],
    ["French pairs with a quatre-vingt", "mon numéro: zéro six, quatre-vingt-onze, vingt-deux, treize, cinquante", "zéro six, quatre-vingt-onze, vingt-deux, treize, cinquante"],
    ["Spanish groups with commas", "mi número es seis uno cero, veinte, cuarenta y tres, diecinueve", "seis uno cero, veinte, cuarenta y tres, diecinueve"],
    ["groups apart by an ellipsis", "eight one six... five five five... oh two four seven", "eight one six... five five five... oh two four seven"],
    ["a run of context words read from its digit end", "its for too oh, ate ate ate, seven one six two", "for too oh, ate ate ate, seven one six two"],
    ["phonetic spellings", "txt me tree oh fiv, fiv fiv fiv, nyne oh wun sevan", "tree oh fiv, fiv fiv fiv, nyne oh wun sevan"],
    ["a spoken dash", "number is five five five dash oh one six six, area code two one four", "five five five dash oh one six six"],
  ])("%s: %j hides the number", (_kind, text, secret) => {
    expect(kindsOf(text)).toContain("PHONE");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["a year and a count in words", "it's a twenty twelve with about fifty five thousand on it"],
    ["rpm in hundreds", "it shakes from eighteen hundred to twenty-two hundred rpm"],
    ["a price said in hundreds", "they wanted two hundred and fifty for the pads, three hundred with rotors"],
    ["an interjection after a number", "the quote was 640 — oh and they charged for the shop rag"],
  ])("%s: %j stays innocent", (_kind, text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
