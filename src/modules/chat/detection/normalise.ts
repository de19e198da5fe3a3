/**
 * Normalisation: undo the ways people disguise a contact detail, keeping for every character of
 * the result the range of the original message it came from, so that a span found on the
 * normalised text masks the characters the sender actually typed.
 *
 * Two stages:
 *   1. per code point (`unicodeSkeleton`): NFKC; default-ignorable code points and combining
 *      marks dropped (zero-width space/joiner, word joiner, soft hyphen, variation selectors, the
 *      keycap U+20E3, accents); every decimal digit of any script to ASCII; circled and keycap
 *      digits to ASCII; look-alike letters to their Latin skeleton with the Unicode TR39
 *      confusables table (package `unhomoglyph`, the table itself, not its whole-string function:
 *      see `confusableToAscii`).
 *   2. rewrites on the text (`REWRITES`): spelled-out letters, "(at)"/"(dot)", number words and
 *      letters typed for digits inside digit runs. Separators inside digit runs are left for the
 *      phone rule, which reads them as a phone's grouping.
 */
import { createRequire } from "node:module";
import type { Mapped } from "./types.ts";

// The package's table is plain JSON (source -> skeleton) generated from Unicode's confusables.txt;
// require keeps it out of the ESM JSON-import attribute dance.
const CONFUSABLES = createRequire(import.meta.url)("unhomoglyph/data.json") as Record<string, string>;

/** Identity map of a message: every character maps to itself. */
export function identity(text: string): Mapped {
  const n = text.length;
  const from = new Array<number>(n);
  const to = new Array<number>(n);
  const synth = new Array<boolean>(n);
  for (let i = 0; i < n; i++) {
    from[i] = i;
    to[i] = i + 1;
    synth[i] = false;
  }
  return { text, from, to, synth };
}

// ---------------------------------------------------------------------------------------
// Stage 1: per code point
// ---------------------------------------------------------------------------------------

const DROPPED = /^[\p{Default_Ignorable_Code_Point}\p{M}]$/u;
const DECIMAL_DIGIT = /^\p{Nd}$/u;
const OTHER_NUMBER = /^\p{No}$/u;
const DASH = /^\p{Pd}$/u;
const SPACE = /^\p{Zs}$/u;
const ASCII_GRAPHIC = /^[\x21-\x7e]+$/;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Value of a Unicode decimal digit (general category Nd). Every script's digits are encoded as a
 * contiguous run of ten starting at zero (runs may follow each other, as the mathematical digits
 * do), so the value is the distance from the start of the run, modulo ten.
 */
const digitValues = new Map<number, string>();
function decimalDigit(cp: number): string {
  let value = digitValues.get(cp);
  if (value === undefined) {
    let zero = cp;
    while (zero > 0 && DECIMAL_DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
    value = String((cp - zero) % 10);
    digitValues.set(cp, value);
  }
  return value;
}

/**
 * Circled digits that NFKC leaves alone (dingbats ❶ ➀ ➊, double-circled ⓵, ⓿): [first code point,
 * value of the first]. Each block counts up by one.
 */
const DINGBAT_DIGITS: ReadonlyArray<readonly [number, number, number]> = [
  [0x2776, 0x277f, 1],
  [0x2780, 0x2789, 1],
  [0x278a, 0x2793, 1],
  [0x24f5, 0x24fe, 1],
  [0x24ff, 0x24ff, 0],
  [0x24eb, 0x24f4, 11],
  [0x1f10b, 0x1f10c, 0],
];

/**
 * The TR39 skeleton of one non-ASCII character when it is ASCII ("а" Cyrillic -> "a", "ɡ" -> "g").
 * Only non-ASCII characters are looked up: the table also maps ASCII to ASCII ("m" -> "rn",
 * "0" -> "O", "1" -> "l") for comparing two strings, which would wreck ordinary text here.
 */
function confusableToAscii(ch: string): string | undefined {
  const skeleton = CONFUSABLES[ch];
  return skeleton !== undefined && ASCII_GRAPHIC.test(skeleton) ? skeleton : undefined;
}

/** ASCII rendering of one code point, "" to drop it, or the character itself when nothing fits. */
function foldCodePoint(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x80) return ch;
  if (DROPPED.test(ch)) return "";
  if (SPACE.test(ch)) return " ";
  if (cp === 0x2028 || cp === 0x2029) return "\n";
  if (DASH.test(ch)) return "-";
  if (DECIMAL_DIGIT.test(ch)) return decimalDigit(cp);
  for (const [first, last, base] of DINGBAT_DIGITS) if (cp >= first && cp <= last) return String(base + cp - first);
  let out = "";
  for (const c of ch.normalize("NFKC")) {
    if (!NON_ASCII.test(c)) out += c;
    else if (DECIMAL_DIGIT.test(c)) out += decimalDigit(c.codePointAt(0) ?? 0);
    else if (DROPPED.test(c)) continue;
    else out += confusableToAscii(c) ?? stripMarks(c);
  }
  // "⑴" -> "(1)", "⒈" -> "1.": an enclosed number is just its digits.
  if (OTHER_NUMBER.test(ch)) out = out.replace(/\D/g, "") || out;
  return out;
}

/** "é" -> "e": the base letter when the character decomposes into ASCII plus marks. */
function stripMarks(c: string): string {
  const base = c.normalize("NFKD").replace(/\p{M}/gu, "");
  return base.length > 0 && !NON_ASCII.test(base) ? base : c;
}

const folded = new Map<string, string>();

/** Stage 1 (see the file comment). ASCII-only messages, the vast majority, skip it entirely. */
export function unicodeSkeleton(message: string): Mapped {
  if (!NON_ASCII.test(message)) return identity(message);
  const out: Mapped = { text: "", from: [], to: [], synth: [] };
  let text = "";
  for (let i = 0; i < message.length; ) {
    const cp = message.codePointAt(i) ?? 0;
    const width = cp > 0xffff ? 2 : 1;
    const ch = message.slice(i, i + width);
    let rendered = folded.get(ch);
    if (rendered === undefined) {
      rendered = foldCodePoint(ch);
      if (folded.size < 10_000) folded.set(ch, rendered);
    }
    for (let k = 0; k < rendered.length; k++) {
      out.from.push(i);
      out.to.push(i + width);
      out.synth.push(rendered !== ch);
    }
    text += rendered;
    i += width;
  }
  out.text = text;
  return out;
}

// ---------------------------------------------------------------------------------------
// Stage 2: rewrites
// ---------------------------------------------------------------------------------------

/**
 * Replaces every match of `re` (global) by `replace(match)`; `undefined` keeps the match. Each
 * produced character maps to the whole original range of the match.
 */
export function rewrite(src: Mapped, re: RegExp, replace: (m: RegExpExecArray) => string | undefined): Mapped {
  re.lastIndex = 0;
  let m = re.exec(src.text);
  if (m === null) return src;
  const out: Mapped = { text: "", from: [], to: [], synth: [] };
  let text = "";
  const copy = (a: number, b: number): void => {
    text += src.text.slice(a, b);
    for (let k = a; k < b; k++) {
      out.from.push(src.from[k]!);
      out.to.push(src.to[k]!);
      out.synth.push(src.synth[k]!);
    }
  };
  let last = 0;
  for (; m !== null; m = re.exec(src.text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const replacement = replace(m);
    if (replacement === undefined || replacement === m[0]) continue;
    const start = m.index;
    const end = start + m[0].length;
    copy(last, start);
    const origFrom = src.from[start] ?? 0;
    const origTo = src.to[end - 1] ?? origFrom;
    for (let k = 0; k < replacement.length; k++) {
      out.from.push(origFrom);
      out.to.push(origTo);
      out.synth.push(true);
    }
    text += replacement;
    last = end;
  }
  copy(last, src.text.length);
  out.text = text;
  return out;
}

const DIGIT_WORDS: Record<string, string> = {
  zero: "0", oh: "0", one: "1", two: "2", three: "3", four: "4",
  five: "5", six: "6", seven: "7", eight: "8", nine: "9",
};
const DIGIT_WORD = "zero|one|two|three|four|five|six|seven|eight|nine";
const toDigits = (words: string): string =>
  words.toLowerCase().replace(new RegExp(`${DIGIT_WORD}|oh`, "g"), (w) => DIGIT_WORDS[w] ?? w);

interface Rewrite {
  re: RegExp;
  replace: (m: RegExpExecArray) => string | undefined;
}

const REWRITES: Rewrite[] = [
  // "w h a t s a p p", "g.m.a.i.l", "t-e-l-e-g-r-a-m", "m i k e @ g m a i l . c o m": letters
  // spelled out one by one to dodge filters. A separator is symmetric (" . " or "." but never
  // ". "), so abbreviations that end sentences ("U.S.A. e.g.") are not glued to the next word.
  {
    re: /(?<![\w@.])[A-Za-z@](?:(?: [.\-*_] | |[.\-*_])[A-Za-z@]){3,}(?![\w@])/g,
    // Among spaced letters a spaced " . " is the address's own dot; otherwise separators go.
    replace: (m) => (/[A-Za-z@] [A-Za-z@]/.test(m[0]) ? m[0].replace(/ \. /g, ".").replace(/ (?:[-*_] )?/g, "") : m[0].replace(/[ .\-*_]/g, "")),
  },
  // "name(at)gmail(dot)com", "name [at] gmail", "{dot}", "[.]": bracketed forms are always obfuscation.
  { re: /\s*[(\[{<]\s*(?:at|@)\s*[)\]}>]\s*/gi, replace: () => "@" },
  { re: /\s*[(\[{<]\s*(?:dot|\.)\s*[)\]}>]\s*/gi, replace: () => "." },
  // "johnATgmailDOTcom": upper-case separators glued to lower-case words.
  { re: /\b([a-z0-9._-]+)AT([a-z0-9-]+)DOT([a-z]{2,6})\b/g, replace: (m) => `${m[1]}@${m[2]}.${m[3]}` },
  // "fivefivefive", "ohseven": several digit words glued into one word.
  { re: new RegExp(`\\b(?:${DIGIT_WORD}|oh)(?:${DIGIT_WORD}|oh){1,}\\b`, "gi"), replace: (m) => (/^oh+$/i.test(m[0]) ? undefined : toDigits(m[0])) },
  // "seven20", "01three4": a digit word glued to digits.
  { re: new RegExp(`(?<=\\d)(?:${DIGIT_WORD})|\\b(?:${DIGIT_WORD})(?=\\d)`, "gi"), replace: (m) => toDigits(m[0]) },
  // "five five five" -> "5 5 5". Tens ("twenty") are deliberately NOT converted: people read
  // numbers to each other digit by digit, while "one twenty, one fifteen" is a compression reading.
  { re: new RegExp(`\\b(?:${DIGIT_WORD})\\b`, "gi"), replace: (m) => toDigits(m[0]) },
  // "oh"/"o" is a zero only next to other digits ("four oh four"), never in "oh no".
  { re: /(?<=\d[\s,.\/-]{0,3})\b(?:oh|o)\b|\b(?:oh|o)\b(?=[\s,.\/-]{0,3}\d)/gi, replace: () => "0" },
  // "double five", "triple 7", "double oh".
  {
    re: /\b(double|triple|dbl)[\s-]*(0|\d)\b/gi,
    replace: (m) => (m[2] ?? "").repeat((m[1] ?? "").toLowerCase() === "triple" ? 3 : 2),
  },
  // "2I4 555 OI57", "5O3-555-O142", "77OO 9OO461": O for 0 and I/l for 1 inside a token that
  // already holds digits. Tokens without a digit ("Oil", "lol") are words and stay.
  {
    re: /(?<![A-Za-z0-9])[0-9OoIl|]*\d[0-9OoIl|]*(?![A-Za-z0-9])/g,
    replace: (m) => (/[OoIl|]/.test(m[0]) && /\d.*\d|\d{1}[OoIl|]{2,}|[OoIl|]{2,}\d/.test(m[0]) ? m[0].replace(/[Oo]/g, "0").replace(/[Il|]/g, "1") : undefined),
  },
];

/** Both stages; the result's offsets point into `message`. */
export function normalise(message: string): Mapped {
  let mapped = unicodeSkeleton(message);
  for (const r of REWRITES) mapped = rewrite(mapped, r.re, r.replace);
  return mapped;
}
