// `matchesOf` (context.ts) stands in for `String.prototype.matchAll` in the detector so that the
// expression itself, which keeps its compiled code through garbage collections, runs instead of a
// copy: it must hand back exactly what matchAll does, and leave the expression as it found it.
import { describe, expect, it } from "vitest";
import { atWords, matchesOf } from "./context.ts";

/** Everything a caller can read off a match, as plain data to compare. */
const shape = (m: RegExpMatchArray) => ({
  all: [...m],
  index: m.index,
  input: m.input,
  groups: m.groups === undefined ? undefined : { ...m.groups },
  indices: m.indices === undefined ? undefined : { all: [...m.indices], groups: m.indices.groups === undefined ? undefined : { ...m.indices.groups } },
});

/** matchAll's matches and matchesOf's, read with the expression's lastIndex set to `lastIndex` both times. */
function both(re: RegExp, text: string, lastIndex = 0) {
  re.lastIndex = lastIndex;
  const expected = [...text.matchAll(re)].map(shape);
  expect(re.lastIndex).toBe(lastIndex);
  const got = [...matchesOf(re, text)].map(shape);
  expect(re.lastIndex).toBe(lastIndex);
  return { got, expected };
}

describe("matchesOf gives what matchAll gives", () => {
  it.each<[string, RegExp, string, number?]>([
    ["plain matches", /\d+/g, "call 555 12 then 9"],
    ["no match", /\d+/g, "no digits here"],
    ["an empty text", /x*/g, ""],
    ["empty matches everywhere", /x*/g, "axxbx"],
    ["empty and non-empty matches mixed", /\b|\d+/g, "ab 12 cd"],
    ["a lookahead that only matches empty", /(?=\d)/g, "a1b22"],
    ["an empty match at the very end", /$/gm, "one\ntwo"],
    ["empty matches over surrogate pairs, unicode", /(?:)/gu, "a😀b𝒳"],
    ["empty matches over surrogate pairs, not unicode", /(?:)/g, "a😀b𝒳"],
    ["empty matches over surrogate pairs, unicode sets", new RegExp("(?:)", "gv"), "😀x😀"],
    ["a lone lead surrogate under unicode", /(?:)/gu, "a\ud83d"],
    ["a lone trail surrogate under unicode", /(?:)/gu, "\ude00b"],
    ["a code point class under unicode", /\p{Extended_Pictographic}|(?:)/gu, "ok 👍 fine 😀"],
    ["case-insensitive words", /\bcash\b/gi, "Cash or CASH, not cashew"],
    ["named groups", /(?<area>\d{3})-(?<rest>\d{4})(?<ext>x\d+)?/g, "555-1234 and 666-9876x12"],
    ["a group that does not take part", /(a)|(b)/g, "ab"],
    ["the d flag's indices", /(?<word>[a-z]+)(\d)?/dg, "abc1 de f9"],
    ["the d flag with an empty match", /(?<e>)/dg, "ab"],
    ["sticky and global: stops at the first gap", /\d/gy, "123a45"],
    ["a non-zero lastIndex on entry", /\d+/g, "12 34 56", 3],
    ["a lastIndex past the end on entry", /\d+/g, "12 34", 99],
    ["a lastIndex inside a surrogate pair, unicode", /./gu, "😀😀", 1],
    ["a lastIndex on entry with empty matches", /x*/g, "abc", 2],
  ])("%s", (_, re, text, lastIndex) => {
    const { got, expected } = both(re, text, lastIndex);
    expect(got).toEqual(expected);
  });

  it("reads lastIndex when called, as matchAll does, not when first iterated", () => {
    const re = /\d/g;
    re.lastIndex = 2;
    const expected = [...(() => "0123".matchAll(re))()].map(shape);
    const matches = matchesOf(re, "0123");
    re.lastIndex = 0;
    expect([...matches].map(shape)).toEqual(expected);
  });

  it("leaves lastIndex as it was between matches, and walks on whatever the body does with the expression", () => {
    const re = /\d/g;
    const seen: Array<[number, number, number]> = [];
    for (const m of matchesOf(re, "1a2b3")) {
      const lastIndexSeen = re.lastIndex;
      const nested = [...matchesOf(re, "x9y8")].length;
      re.test("x9"); // moves lastIndex to 2: the caller's own state from here on
      seen.push([m.index, lastIndexSeen, nested]);
    }
    expect(seen).toEqual([
      [0, 0, 2],
      [2, 2, 1], // the nested walk starts at the caller's lastIndex (2), as matchAll would: the "8" only
      [4, 0, 2], // re.test failed from 2 and put lastIndex back to 0
    ]);
  });

  it("leaves lastIndex as it was when the walk is left early", () => {
    const re = /\d/g;
    re.lastIndex = 1;
    for (const _ of matchesOf(re, "1a2b3")) break;
    expect(re.lastIndex).toBe(1);
  });

  it("refuses an expression without the global flag, as matchAll does", () => {
    expect(() => "a".matchAll(/a/y)).toThrow(TypeError);
    expect(() => matchesOf(/a/y, "a")).toThrow(TypeError);
    expect(() => matchesOf(/a/, "a")).toThrow(TypeError);
  });
});

// `atWords` tries each expression of a list only where its matches can open (anchors.ts): per
// expression, walking from each match's end (or one past a rejected one), it must find what a scan finds.
describe("atWords finds what a scan finds", () => {
  const LIST = [
    /\b(?:my|our)\s+(?:number|phone)\b/gi, // opens on words
    /(?<![\p{L}\p{N}])(?:код|code)\s+\d+/giu, // may open on a letter outside ASCII
    /(?<=^|\n)[\s,]*\d{3}\b/gi, // opens on a space or a digit: scanned
    /\b[A-Z][a-z]+\s+code\b/g, // opens on any capitalised word
  ];
  const scanned = (re: RegExp, text: string, step: (m: RegExpExecArray) => number) => {
    const out: number[] = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; re.lastIndex = step(m), m = re.exec(text)) out.push(m.index);
    return out;
  };
  const walked = (find: (from: number) => RegExpExecArray | null, step: (m: RegExpExecArray) => number) => {
    const out: number[] = [];
    for (let m = find(0); m !== null; m = find(step(m))) out.push(m.index);
    return out;
  };
  const pieces = ["my", "our", "MY", "number", "phone", "code", "код", "the", "Leeds", "x", "5", "415", "\n", " ", "  ", ",", "ſ", "é", "mynumber"];
  it("on random texts, stepping past each match or one character on", () => {
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let t = 0; t < 3000; t++) {
      let text = "";
      for (let k = next(30); k > 0; k--) text += pieces[next(pieces.length)]! + (next(2) ? " " : "");
      const finders = atWords(LIST, text);
      LIST.forEach((re, k) => {
        const past = (m: RegExpExecArray) => m.index + m[0].length;
        const on = (m: RegExpExecArray) => m.index + 1;
        expect(walked(finders[k]!, past), text).toEqual(scanned(re, text, past));
        expect(walked(atWords(LIST, text)[k]!, on), text).toEqual(scanned(re, text, on));
      });
    }
  });
});
