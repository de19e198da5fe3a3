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
import { Buffer } from "node:buffer";
import { createRequire } from "node:module";
import { before, matchesOf, scan } from "./context.ts";
import { NUMBER_WORD_RUN, NUMBER_WORDS_ABROAD_GATE, readNumberWords } from "./number-words-abroad.ts";
import { TLD_SET } from "./tlds.ts";
import type { Mapped } from "./types.ts";
import { CHANNEL_SPELLINGS, isEnglishWord } from "./vocabulary.ts";

// The package's table is plain JSON (source -> skeleton) generated from Unicode's confusables.txt;
// require keeps it out of the ESM JSON-import attribute dance.
const CONFUSABLES = createRequire(import.meta.url)("unhomoglyph/data.json") as Record<string, string>;

/** 0, 1, 2, ...: offsets copied in blocks (a typed-array copy) instead of written one by one; grown as messages need. */
let counting = new Int32Array(0);
/** `counting` from `start` to before `end`, as a view (copy it before keeping it). */
function countingFrom(start: number, end: number): Int32Array {
  if (end > counting.length) counting = Int32Array.from({ length: Math.max(end, 2 * counting.length, 4096) }, (_, i) => i);
  return counting.subarray(start, end);
}

/** Identity map of a message: every character maps to itself. */
export function identity(text: string): Mapped {
  const n = text.length;
  return { text, from: countingFrom(0, n).slice(), to: countingFrom(1, n + 1).slice(), synth: new Uint8Array(n) };
}

// ---------------------------------------------------------------------------------------
// Stage 1: per code point
// ---------------------------------------------------------------------------------------

/**
 * Letters that show as a blank: the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0, letters to
 * Unicode, default-ignorable too) and the Braille blank (U+2800). Written between words they are
 * the space a reader sees ("Austin\u3164WhatsApp\u3164us"), so they are read as one: dropped like
 * the other ignorables, they glued the words into one that no rule reads.
 */
export const BLANK_LETTER = /[\u115F\u1160\u3164\uFFA0\u2800]/u;
const DROPPED = /^[\p{Default_Ignorable_Code_Point}\p{M}]$/u;
const DECIMAL_DIGIT = /^\p{Nd}$/u;
const OTHER_NUMBER = /^\p{No}$/u;
const DASH = /^\p{Pd}$/u;
const SPACE = /^\p{Zs}$/u;
const ASCII_GRAPHIC = /^[\x21-\x7e]+$/;
// eslint-disable-next-line no-control-regex -- the range starts at NUL on purpose: anything outside ASCII
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
  if (skeleton === undefined) return undefined;
  // TR39 folds the capital I into "l" (they look alike); a capital look-alike (Greek Ι, Cyrillic
  // І) is read as the capital it looks like, so "ΙG" is "IG", not "lG".
  if (skeleton === "l" && /^\p{Lu}$/u.test(ch)) return "I";
  if (ASCII_GRAPHIC.test(skeleton)) return skeleton;
  // Cyrillic "т", "н", "в" have a Latin small capital as their skeleton ("ᴛ", "ʜ", "ʙ"), and
  // read as t, h, b inside a Latin word ("Insтagram"): the small capital's own letter.
  const small = [...skeleton].map((c) => SMALL_CAPITALS[c] ?? c).join("");
  return ASCII_GRAPHIC.test(small) ? small : undefined;
}

/** ASCII rendering of one code point, "" to drop it, or the character itself when nothing fits. */
function foldCodePoint(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x80) return ch;
  if (BLANK_LETTER.test(ch) || SPACE.test(ch)) return " ";
  if (DROPPED.test(ch)) return "";
  if (cp === 0x2028 || cp === 0x2029) return "\n";
  if (DASH.test(ch)) return "-";
  // Ideographic and halfwidth full stops, small full stop: a dot in "tonyfixes。com".
  if (cp === 0x3002 || cp === 0xff61 || cp === 0xfe52) return ".";
  if (DECIMAL_DIGIT.test(ch)) return decimalDigit(cp);
  for (const [first, last, base] of DINGBAT_DIGITS) if (cp >= first && cp <= last) return String(base + cp - first);
  let out = "";
  for (const c of ch.normalize("NFKC")) {
    if (!NON_ASCII.test(c)) out += c;
    else if (DECIMAL_DIGIT.test(c)) out += decimalDigit(c.codePointAt(0) ?? 0);
    else if (DROPPED.test(c)) continue;
    else out += SMALL_CAPITALS[c] ?? confusableToAscii(c) ?? stripMarks(c);
  }
  // "⑴" -> "(1)", "⒈" -> "1.": an enclosed number is just its digits.
  if (OTHER_NUMBER.test(ch)) out = out.replace(/\D/g, "") || out;
  return out;
}

/**
 * Latin small capitals that TR39 leaves out of confusables.txt (it lists ᴡ but not ʜ, ɪ, ɴ...):
 * each is named LATIN LETTER SMALL CAPITAL <X> and read as <x>.
 */
// prettier-ignore
const SMALL_CAPITALS: Record<string, string> = {
  ᴀ: "a", ʙ: "b", ᴄ: "c", ᴅ: "d", ᴇ: "e", ꜰ: "f", ɢ: "g", ʜ: "h", ɪ: "i", ᴊ: "j", ᴋ: "k", ʟ: "l", ᴍ: "m",
  ɴ: "n", ᴏ: "o", ᴘ: "p", ǫ: "q", ʀ: "r", ꜱ: "s", ᴛ: "t", ᴜ: "u", ᴠ: "v", ᴡ: "w", ʏ: "y", ᴢ: "z",
};

/** "é" -> "e": the base letter when the character decomposes into ASCII plus marks. */
function stripMarks(c: string): string {
  const base = c.normalize("NFKD").replace(/\p{M}/gu, "");
  return base.length > 0 && !NON_ASCII.test(base) ? base : c;
}

const folded = new Map<string, string>();

/** Enclosed alphanumerics (U+2460-U+24FF): circled digits and letters. */
const ENCLOSED = /[\u2460-\u24ff]/;

/**
 * A circled "a" (ⓐ, Ⓐ) standing alone between ordinary characters is an "@" in disguise
 * ("jen_r1990ⓐgmail.com"); inside a word written all in circled letters ("ⓒⓐⓡ") it is the letter.
 * Undefined: fold it as usual.
 */
function circledAt(message: string, i: number): string | undefined {
  return ENCLOSED.test(message[i - 1] ?? "") || ENCLOSED.test(message[i + 1] ?? "") ? undefined : "@";
}

/** Stage 1 (see the file comment). ASCII-only messages, the vast majority, skip it entirely. */
export function unicodeSkeleton(message: string): Mapped {
  if (!NON_ASCII.test(message)) return identity(message);
  let capacity = message.length + 16;
  let from = new Int32Array(capacity);
  let to = new Int32Array(capacity);
  let synth = new Uint8Array(capacity);
  let text = "";
  let write = 0;
  const reserve = (n: number): void => {
    if (write + n <= capacity) return;
    capacity = (write + n) * 2;
    const grow = <T extends Int32Array | Uint8Array>(a: T, b: T): T => (b.set(a), b);
    from = grow(from, new Int32Array(capacity));
    to = grow(to, new Int32Array(capacity));
    synth = grow(synth, new Uint8Array(capacity));
  };
  let asciiStart = 0;
  const flushAscii = (end: number): void => {
    if (end <= asciiStart) return;
    reserve(end - asciiStart);
    text += message.slice(asciiStart, end);
    from.set(countingFrom(asciiStart, end), write);
    to.set(countingFrom(asciiStart + 1, end + 1), write);
    write += end - asciiStart;
  };
  for (let i = 0; i < message.length;) {
    const unit = message.charCodeAt(i);
    if (unit < 0x80) {
      i++;
      continue;
    }
    flushAscii(i);
    const cp = message.codePointAt(i) ?? unit;
    const width = cp > 0xffff ? 2 : 1;
    const ch = width === 1 ? message[i]! : message.slice(i, i + 2);
    let rendered = cp === 0x24d0 || cp === 0x24b6 ? circledAt(message, i) : folded.get(ch);
    if (rendered === undefined) {
      rendered = foldCodePoint(ch);
      if (folded.size < 10_000) folded.set(ch, rendered);
    }
    reserve(rendered.length);
    const changed = rendered !== ch ? 1 : 0;
    for (let k = 0; k < rendered.length; k++, write++) {
      from[write] = i;
      to[write] = i + width;
      synth[write] = changed;
    }
    text += rendered;
    i += width;
    asciiStart = i;
  }
  flushAscii(message.length);
  return { text: compactLatin1(text), from: from.subarray(0, write), to: to.subarray(0, write), synth: synth.subarray(0, write) };
}

// eslint-disable-next-line no-control-regex -- the range starts at NUL on purpose: anything past Latin-1
const PAST_LATIN1 = /[^\x00-\xff]/;

/**
 * The same text in V8's one-byte representation when every character fits in Latin-1. Pieces
 * sliced from a two-byte message stay two-byte after folding (one curly quote or emoji makes a
 * message two-byte, and folding turns it into ASCII), and every later expression then runs its
 * slower two-byte code: on the bench's 2,000-character messages the same content read about 20%
 * dearer with one folded "’" in it (bench/README, round 33). Same characters, so the same output.
 */
function compactLatin1(text: string): string {
  return PAST_LATIN1.test(text) ? text : Buffer.from(text, "latin1").toString("latin1");
}

// ---------------------------------------------------------------------------------------
// Stage 2: rewrites
// ---------------------------------------------------------------------------------------

/**
 * Replaces every match of `re` (global) by `replace(match)`; `undefined` keeps the match. Each
 * produced character maps to the whole original range of the match; `synth` marks it as produced.
 * The maps are copied in blocks between matches, so a rewrite costs one pass and one allocation.
 */
export function rewrite(
  src: Mapped,
  re: RegExp,
  replace: (m: RegExpExecArray) => string | undefined,
  synth: number = SPELLED,
  retry = false,
  find: (from: number) => RegExpExecArray | null = scan(re, src.text),
): Mapped {
  const edits: Edit[] = [];
  collectEdits(src.text, 0, find, replace, edits, retry);
  return applyEdits(src, edits, synth);
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * The edits of `replace` on the matches `find` gives (`scan`, or `fromMarks`: the same matches), in order: a search
 * goes on from a match's end, or from its next character when the match is empty or `retry` and `replace` declined it.
 * `offset`: where `text` stands in the text the edits are for.
 */
function collectEdits(text: string, offset: number, find: (from: number) => RegExpExecArray | null, replace: (m: RegExpExecArray) => string | undefined, edits: Edit[], retry = false): void {
  for (let m = find(0); m !== null;) {
    if (m[0].length === 0) {
      m = find(m.index + 1);
      continue;
    }
    const end = m.index + m[0].length;
    const replacement = replace(m);
    if (replacement !== undefined && replacement !== m[0]) edits.push({ start: offset + m.index, end: offset + end, text: replacement });
    else if (retry && replacement === undefined) {
      m = find(m.index + 1);
      continue;
    }
    m = find(end);
  }
}

/**
 * `rewrite` for a pattern that can only matter near a digit (letters typed for digits): it runs
 * on the stretches of text around digits, cut at whitespace, instead of on the whole message.
 */
function rewriteNearDigits(src: Mapped, re: RegExp, replace: (m: RegExpExecArray) => string | undefined, radius: number, synth: number = SPELLED): Mapped {
  const text = src.text;
  const edits: Edit[] = [];
  const digits = /\d/g;
  let done = 0;
  for (let d = digits.exec(text); d !== null; d = digits.exec(text)) {
    if (d.index < done) continue;
    let a = Math.max(done, d.index - radius);
    while (a > done && !/\s/.test(text[a - 1]!)) a--;
    let b = Math.min(text.length, d.index + radius);
    // Extend while more digits follow closely, then to the next whitespace.
    const ahead = /\d/g;
    ahead.lastIndex = b;
    for (let next = ahead.exec(text); next !== null && next.index < b + radius; next = ahead.exec(text)) {
      b = Math.min(text.length, next.index + radius);
      ahead.lastIndex = b;
    }
    while (b < text.length && !/\s/.test(text[b]!)) b++;
    // One more word past the cut: a word read with the digit before it ("7 6 oh.") stays with it.
    const more = /^[\s,.\/-]{1,3}[^\s,.\/-]+/.exec(text.slice(b, b + 32));
    if (more) b += more[0].length;
    const piece = text.slice(a, b);
    collectEdits(piece, a, scan(re, piece), replace, edits);
    done = b;
    digits.lastIndex = b;
  }
  return applyEdits(src, edits, synth);
}

/** `Mapped.synth` values: typed as is, spelled digit by digit ("five" -> "5"), a worded group ("fifty-five" -> "55"). */
export const TYPED = 0;
export const SPELLED = 1;
export const WORDED = 2;

function applyEdits(src: Mapped, edits: readonly Edit[], synth: number): Mapped {
  if (edits.length === 0) return src;
  const length = edits.reduce((n, e) => n + e.text.length - (e.end - e.start), src.text.length);
  const from = new Int32Array(length);
  const to = new Int32Array(length);
  const marks = new Uint8Array(length);
  const pieces: string[] = [];
  let read = 0;
  let write = 0;
  const copy = (end: number): void => {
    from.set(src.from.subarray(read, end), write);
    to.set(src.to.subarray(read, end), write);
    marks.set(src.synth.subarray(read, end), write);
    pieces.push(src.text.slice(read, end));
    write += end - read;
    read = end;
  };
  for (const e of edits) {
    copy(e.start);
    const origFrom = src.from[e.start] ?? 0;
    const origTo = src.to[e.end - 1] ?? origFrom;
    from.fill(origFrom, write, write + e.text.length);
    to.fill(origTo, write, write + e.text.length);
    marks.fill(synth, write, write + e.text.length);
    pieces.push(e.text);
    write += e.text.length;
    read = e.end;
  }
  copy(src.text.length);
  return { text: pieces.join(""), from, to, synth: marks };
}

/**
 * Digit words people read numbers with, in the languages of the marketplace's users (English,
 * Spanish, Portuguese, French, German, romanised Hindi) plus common misspellings. Words that are
 * also ordinary words ("do", "sat", "won", "too", "un", "null"...) are in `CONTEXT_DIGIT_WORDS`
 * and only count next to another digit.
 */
// prettier-ignore
const DIGIT_WORDS: Record<string, string> = {
  zero: "0", cero: "0", zéro: "0", shunya: "0", sifar: "0",
  one: "1", uno: "1", eins: "1",
  two: "2", dos: "2", dois: "2", deux: "2", zwei: "2",
  three: "3", tres: "3", três: "3", trois: "3", drei: "3",
  four: "4", fower: "4", cuatro: "4", quatro: "4", quatre: "4", vier: "4", chaar: "4",
  five: "5", fife: "5", fyve: "5", cinco: "5", cinq: "5", fünf: "5", funf: "5", paanch: "5", panch: "5", panc: "5", paanc: "5",
  six: "6", seis: "6", sechs: "6", chhe: "6",
  seven: "7", sevn: "7", siete: "7", sete: "7", sieben: "7", saat: "7",
  eight: "8", ocho: "8", oito: "8", huit: "8", acht: "8", aath: "8",
  nine: "9", niner: "9", nueve: "9", nove: "9", neuf: "9", neun: "9", nau: "9",
  // Italian (the Spanish/Portuguese ones above cover "tre"-less forms), and phonetic English spellings.
  tre: "3", quattro: "4", cinque: "5", sei: "6", sette: "7", ziro: "0", faiv: "5", fayv: "5", fiev: "5", sicks: "6", sevin: "7", nain: "9", nien: "9", wun: "1", fiv: "5", nyne: "9", sevan: "7",
  // British "nought", more phonetic spellings, and Tagalog and Polish, languages chat is written in
  // (other-languages.ts); their words that are ordinary words or names elsewhere are context words (round 12).
  nought: "0", naught: "0", seex: "6", sevun: "7", nein: "9",
  sero: "0", dalawa: "2", tatlo: "3", apat: "4", anim: "6", pito: "7", walo: "8", siyam: "9",
  dwa: "2", trzy: "3", cztery: "4", szesc: "6", siedem: "7", osiem: "8", dziewiec: "9",
  // Romanian, its marks gone as the skeleton drops them ("șapte" is "sapte"); "doi", "opt", "noua" (new) and "trei" are context words.
  unu: "1", patru: "4", cinci: "5", sase: "6", sapte: "7",
};
// prettier-ignore
const CONTEXT_DIGIT_WORDS: Record<string, string> = {
  oh: "0", o: "0", null: "0", won: "1", un: "1", um: "1", ek: "1", too: "2", do: "2", tree: "3", teen: "3",
  for: "4", fore: "4", char: "4", sat: "7", sept: "7", ate: "8", nao: "9", once: "11", seize: "16",
  due: "2", otto: "8", wan: "1", tu: "2", tri: "3", eit: "8",
  // Tagalog and Polish digits that are ordinary words or names elsewhere ("Lima", "isa", "jeden",
  // "piec" is an oven), so only beside another digit (round 12).
  isa: "1", lima: "5", jeden: "1", piec: "5",
  // Romanian digits that are words elsewhere or everyday words ("opt in", "DOI", "noua" new).
  doi: "2", doua: "2", trei: "3", opt: "8", noua: "9",
};
/** Tens and teens: two digits each ("fifty-five" -> 55, "eleven eighty-two" -> 11 82). */
// prettier-ignore
const TENS: Record<string, string> = {
  ten: "10", eleven: "11", twelve: "12", thirteen: "13", fourteen: "14", fifteen: "15", sixteen: "16", seventeen: "17", eighteen: "18", nineteen: "19",
  twenty: "2", thirty: "3", forty: "4", fourty: "4", fifty: "5", sixty: "6", seventy: "7", eighty: "8", ninety: "9",
  diez: "10", doce: "12", trece: "13", catorce: "14", quince: "15", veinte: "2", treinta: "3", cuarenta: "4", cincuenta: "5", sesenta: "6", setenta: "7", ochenta: "8", noventa: "9",
  dix: "10", onze: "11", douze: "12", treize: "13", quatorze: "14", vingt: "2", trente: "3", quarante: "4", cinquante: "5", soixante: "6",
  dez: "10", doze: "12", treze: "13", vinte: "2", trinta: "3", quarenta: "4", sessenta: "6", oitenta: "8",
  dieci: "10", undici: "11", dodici: "12", tredici: "13", venti: "2",
  // the teens and twenties written as one word (Spanish, Portuguese, Italian, French)
  dieciseis: "16", diecisiete: "17", dieciocho: "18", diecinueve: "19", veintiuno: "21", veintidos: "22", veintitres: "23", veinticuatro: "24",
  veinticinco: "25", veintiseis: "26", veintisiete: "27", veintiocho: "28", veintinueve: "29", catorze: "14", dezesseis: "16", dezessete: "17",
  dezoito: "18", dezenove: "19", quattordici: "14", quindici: "15", sedici: "16", diciassette: "17", diciotto: "18", diciannove: "19", quinze: "15", trenta: "3", quaranta: "4", cinquanta: "5", sessanta: "6", settanta: "7", ottanta: "8", novanta: "9",
};
const words = (table: Record<string, string>): string =>
  Object.keys(table)
    .sort((a, b) => b.length - a.length)
    .join("|");
const DIGIT_WORD = words(DIGIT_WORDS);
const CONTEXT_WORD = words(CONTEXT_DIGIT_WORDS);
const TEN_WORD = words(TENS);
/** The teens (and ten) of `TENS`, the words that are two digits by themselves. */
const TEEN_WORD = words(Object.fromEntries(Object.entries(TENS).filter(([, digits]) => digits.length === 2)));
const digitOf = (w: string): string => DIGIT_WORDS[w.toLowerCase()] ?? CONTEXT_DIGIT_WORDS[w.toLowerCase()] ?? w;
// "once" (Spanish 11) and "seize" (French 16) are English words: digits only next to digits.

/** Vietnamese digit words, their marks gone ("bảy" is "bay"; round 36). */
const VIETNAMESE_DIGITS: Record<string, string> = { khong: "0", mot: "1", hai: "2", ba: "3", bon: "4", nam: "5", sau: "6", bay: "7", tam: "8", chin: "9" };
/** Romanised Japanese digit words (round 36). */
const JAPANESE_DIGITS: Record<string, string> = {
  zero: "0",
  rei: "0",
  maru: "0",
  ichi: "1",
  ni: "2",
  san: "3",
  yon: "4",
  shi: "4",
  go: "5",
  roku: "6",
  nana: "7",
  shichi: "7",
  hachi: "8",
  kyu: "9",
  kyuu: "9",
};
/** Swahili digit words (round 36). */
const SWAHILI_DIGITS: Record<string, string> = { sifuri: "0", moja: "1", mbili: "2", tatu: "3", nne: "4", tano: "5", sita: "6", saba: "7", nane: "8", tisa: "9" };
/**
 * Languages whose digit words are everyday words before all else, and the shape their countries dial a mobile in:
 * Vietnamese "không" is "no", "năm" "year" as well as five, "hai", "ba", "bay" are words of every sentence; Japanese
 * "go", "ni", "san", "shi" are English words, names and a city's "-shi"; Swahili "moja", "sita", "saba", "tano" are
 * "one" of a list, "six" of a count, a name. Vietnam and Japan dial ten or eleven digits from a zero, Kenya and
 * Tanzania ten, "07.." or "01..". A run of them is read only as such a number (`dialledAtHome`).
 */
const DIALLED_AT_HOME = new Map<Record<string, string>, RegExp>([
  [VIETNAMESE_DIGITS, /^0\d{9,10}$/],
  [JAPANESE_DIGITS, /^0\d{9,10}$/],
  [SWAHILI_DIGITS, /^0[17]\d{8}$/],
]);
/**
 * A run of `DIALLED_AT_HOME` words whose digits (`digits`, the run read) spell a number as its countries dial it (the table's shape), opening on the zero
 * word, which is no "không," ("no,": "không, bảy tám năm 2015 rồi"), and no five word before a typed year ("năm 2020":
 * the year 2020).
 */
function dialledAtHome(run: string, digits: string, shape: RegExp): boolean {
  return /^(?:khong|zero|rei|maru|sifuri)(?![\s]*[,.])/iu.test(run.trimStart()) && shape.test(digits) && !/\bnam[ \t]+(?:19|20)\d\d\b/iu.test(run);
}

/**
 * Digit words of further languages chat is written in (Afrikaans and Dutch, Malay and Indonesian,
 * Norwegian and Danish, Turkish, romanised Arabic), issue 13 round 23; Swahili, Vietnamese and
 * romanised Japanese, round 36. Most are ordinary words
 * elsewhere ("een", "to", "fire", "bir", "lima", "dua"), so they are read only as a whole run of one
 * language's digit words (and typed digits) that spells a phone's length, see `RUN_OF_ONE_LANGUAGE`.
 */
// prettier-ignore
const RUN_DIGIT_WORDS: readonly Record<string, string>[] = [
  { nul: "0", een: "1", twee: "2", drie: "3", vier: "4", vyf: "5", vijf: "5", ses: "6", zes: "6", sewe: "7", zeven: "7", agt: "8", acht: "8", nege: "9", negen: "9" },
  { kosong: "0", nol: "0", satu: "1", dua: "2", tiga: "3", empat: "4", lima: "5", enam: "6", tujuh: "7", lapan: "8", delapan: "8", sembilan: "9" },
  { null: "0", en: "1", ett: "1", to: "2", tre: "3", fire: "4", fem: "5", seks: "6", sju: "7", syv: "7", "åtte": "8", atte: "8", otte: "8", ni: "9" },
  { "sıfır": "0", sifir: "0", bir: "1", iki: "2", "üç": "3", uc: "3", "dört": "4", dort: "4", "beş": "5", bes: "5", "altı": "6", alti: "6", yedi: "7", sekiz: "8", dokuz: "9" },
  // Swahili, Vietnamese, romanised Japanese (round 36).
  SWAHILI_DIGITS,
  VIETNAMESE_DIGITS,
  JAPANESE_DIGITS,
  { sifr: "0", sefr: "0", wa7ad: "1", wahid: "1", wa7ed: "1", wahed: "1", itnein: "2", etnein: "2", tnein: "2", etnen: "2", talata: "3", tlata: "3", arba3a: "4", arba: "4", khamsa: "5", sitta: "6", setta: "6", sab3a: "7", saba3a: "7", tamanya: "8", tmanya: "8", tes3a: "9", tis3a: "9" },
];
/** One run per language: its digit words (or typed digits, or a word with digits glued on) apart by spaces, commas, dots or dashes. */
const RUN_OF_ONE_LANGUAGE = RUN_DIGIT_WORDS.map((table) => {
  const word = `(?:${words(table)})`;
  // A word with digits glued on either side or both ("drie4", "12vijf", "5vijf5"), or digits alone.
  const token = `(?:\\d{0,4}${word}\\d{0,4}|\\d{1,4})`;
  return { table, re: new RegExp(`(?<![\\p{L}\\p{N}])${token}(?:[ \\t]*[,.\\/–—-]?[ \\t]+${token}|[,.\\/–—-]${token})+(?![\\p{L}\\p{N}])`, "giu") };
});
/**
 * A token as `runOfOneLanguage` counts them: a run of letters and digits. Its letters (the token without the digits
 * glued on either side) are a word of the run's language when they are one of a `RUN_DIGIT_WORDS` table.
 */
const TOKEN_CHARACTER = /^[\p{L}\p{N}]$/u;
/** Whether a code point is a letter or digit (`TOKEN_CHARACTER`): ASCII by its code, the rest by the expression. */
const isTokenCodePoint = (cp: number): boolean => (cp < 0x80 ? isDigitCode(cp) || isAsciiLetter(cp) : TOKEN_CHARACTER.test(String.fromCodePoint(cp)));
/** The words of every `RUN_DIGIT_WORDS` table, lower case (none opens or ends on a digit, so a token's letters are read by trimming its digits). */
const RUN_WORDS = new Set(RUN_DIGIT_WORDS.flatMap((table) => Object.keys(table)));
/**
 * The lengths and the first letters of the ASCII words of `RUN_WORDS`: a token's letters that are ASCII (they lower-case
 * to as many ASCII letters) are none of them when their length or first letter is no such word's, and are not sliced.
 */
const ASCII_RUN_WORDS = [...RUN_WORDS].filter((w) => !NON_ASCII.test(w));
const RUN_WORD_LENGTHS = new Set(ASCII_RUN_WORDS.map((w) => w.length));
/** The first two characters of the ASCII words of `RUN_WORDS` (every one has two), by their codes lower case: `c0 * 128 + c1`. */
const RUN_WORD_OPENINGS = new Uint8Array(128 * 128);
for (const w of ASCII_RUN_WORDS) RUN_WORD_OPENINGS[w.charCodeAt(0) * 128 + w.charCodeAt(1)] = 1;
/** An ASCII character's code lower case (a capital's letter's; any other as it is). */
const lowerAscii = (c: number): number => (c >= 65 && c <= 90 ? c | 0x20 : c);
/** How many of its language's digit words a run must hold to be read (`runOfOneLanguage`). */
const RUN_WORDS_NEEDED = 4;
/** The text `runWordsOf` last counted, and its counts: a cache of one keyed on the text, so no result depends on an earlier message. */
let counted: { text: string; words: number[] } | null = null;
/**
 * Per `RUN_DIGIT_WORDS` table, how many tokens of `text` are its words, counted as
 * `runOfOneLanguage` counts them: a language with fewer than `RUN_WORDS_NEEDED` has no run to read, and its
 * scan is skipped (most texts hold none; each scan also stops at every pair of digit groups). One
 * scan for the five languages, asked by each of their rewrites in turn: the text is counted again
 * only when a run before changed it.
 */
function runWordsOf(text: string): number[] {
  if (counted?.text !== text) {
    const found = RUN_DIGIT_WORDS.map(() => 0);
    // A walk over the tokens by character code, where a scan with one expression of all the tables' words cost about
    // 1% of a long message (it tried the alternation at every place), and a scan for the tokens with `[\p{L}\p{N}]+`
    // another 1% (a match object, a slice and a lower-casing per word).
    for (let i = 0; i < text.length;) {
      let cp = text.codePointAt(i)!;
      if (!isTokenCodePoint(cp)) {
        i += cp > 0xffff ? 2 : 1;
        continue;
      }
      const start = i;
      let ascii = true;
      while (i < text.length && isTokenCodePoint((cp = text.codePointAt(i)!))) {
        if (cp >= 0x80) ascii = false;
        i += cp > 0xffff ? 2 : 1;
      }
      let from = start;
      let to = i;
      while (from < to && isDigitCode(text.charCodeAt(from))) from++;
      while (to > from && isDigitCode(text.charCodeAt(to - 1))) to--;
      if (ascii && (!RUN_WORD_LENGTHS.has(to - from) || RUN_WORD_OPENINGS[lowerAscii(text.charCodeAt(from)) * 128 + lowerAscii(text.charCodeAt(from + 1))] === 0)) continue;
      const word = text.slice(from, to).toLowerCase();
      if (!RUN_WORDS.has(word)) continue;
      RUN_DIGIT_WORDS.forEach((table, k) => {
        if (table[word] !== undefined) found[k]!++;
      });
    }
    counted = { text, words: found };
  }
  return counted.words;
}
/**
 * A word in the message that announces a number, in the run's languages and in English: "nummer",
 * "bel", "nombor", "hubungi", "ring", "numaram", "ara", "ra2mi", "call" (round 23 review); Swahili
 * "simu", "namba", Vietnamese "gọi", "sđt", "Zalo", Japanese "denwa", "bangō" (round 36). A run
 * of digit words without one is a count or an order read aloud ("ik heb geteld: een twee drie vier
 * vijf zes zeven"). phone.ts's `hasPhoneCue` cannot be used here: phone.ts reads this module.
 */
const RUN_NUMBER_CUE =
  /(?<![\p{L}\p{N}])(?:nummer|nr|no|selfoon|sel|mobil\w*|mobiel|gsm|tlf|ponsel|hp|cep|bel(?:len)?|app|whatsapp|wa|wp|nombor|nomor|hubungi|telefon|tel|ring|numaram?|ara|ra2m\w*|raqm\w*|number|phone|call|text|contact|simu|namba|goi|sdt|zalo|denwa|bango|bangou)(?!\p{L})/iu;
/**
 * The sender's own number named just before the run ("mijn nummer is", "nombor saya", "numaram",
 * "ring mig på", "namba yangu", "sđt của anh", "bangou wa"): it is read even when its words count upward, as a
 * number's own digits may. The
 * text comes here folded, "på" as "pa".
 */
const OWN_NUMBER_BEFORE =
  /(?:\b(?:mijn|my|mitt|min|mit)\s+(?:nummer|nr|number|telefoon|mobiel|mobil)\b|\b(?:nombor|nomor)\s+(?:saya|aku|gue)\b|\bnumaram\b|\bra2mi\b|\b(?:ring|bel|call|text)\s+(?:me|mij|mig|meg|us)\s+(?:på|pa|op|on|at)\b|(?<!\p{L})(?:namba|nambari)\s+yangu(?!\p{L})|(?<!\p{L})(?:s[dđ]t|g[oọ]i)(?:\s+c[uủ]a)?\s+(?:anh|em|t[oô]i|m[iì]nh)(?!\p{L})|(?<!\p{L})bang(?:o|ou|ō)\s+wa(?!\p{L}))/iu;
/**
 * A secret's label just before the run ("Nenosiri: sifuri sifuri moja ...", "PIN: ...", "mật khẩu", "contraseña",
 * "senha", "mot de passe", "Passwort", "şifre", "kata sandi", "pasuwādo"), or two words after it ("Nenosiri la wifi:",
 * "PIN yangu ni"): a password or a code read out, not a number.
 */
const SECRET_BEFORE =
  /(?<!\p{L})(?:password|passcode|passwort|pin|otp|code|codigo|código|nenosiri|siri|contrase[nñ]a|senha|mot\s+de\s+passe|kata\s+sandi|sandi|m[aậ]t\s+kh[aẩ]u|pasuwa-?do|pasuwādo|parola|has[lł]o|пароль|wachtwoord|[sş]ifre|kata\s+laluan)(?!\p{L})(?:[\s:=-]+\p{L}+){0,2}[^\p{L}\p{N}]*$/iu;
/**
 * Whether a run's digits count by one, up or down, from its start for two thirds of its length and more ("không một
 * hai ba ... chín", "rei rei ichi ni san ...", "sifuri moja mbili tatu ..."), zero first or not: a count read aloud.
 * Asked of runs in the `DIALLED_AT_HOME` languages (whose words are everyday words) and of a phone field's value;
 * other languages' runs keep the upward-count test (`COUNTING_UP`). Its opening digit said over and over counts once ("rei rei rei ichi ni san ..."). A number whose
 * middle counts ("0812 3456 7890") starts elsewhere.
 */
export function countedFromTheStart(written: string): boolean {
  const digits = written.replace(/^(\d)\1+/, "$1");
  for (const from of [0, 1]) {
    for (const step of [1, -1]) {
      let end = from;
      while (end + 1 < digits.length && Number(digits[end + 1]) - Number(digits[end]) === step) end++;
      if ((end - from + 1) * 3 >= digits.length * 2) return true;
    }
  }
  return false;
}
/** How far before the run `OWN_NUMBER_BEFORE` is looked for, in characters ("mijn nummer is één "). */
const OWN_NUMBER_REACH = 25;
/**
 * The run's words (typed digits left out) counting upward, four in a row ("een twee drie vier",
 * "satu dua tiga empat"): a count or a step list read aloud, not a number, even with a cue in the
 * message ("tel maar mee": "tel" is "count" in Dutch).
 */
const COUNTING_UP = /1234|2345|3456|4567|5678|6789/;
/**
 * A run of one language's digit words read as its digits when it holds at least four of them and
 * spells 7 to 15 digits in all ("kosong satu dua, lima lima lima ...", "nul zes 12 drie4 vijf6 78");
 * a shorter run is a sentence ("twee of drie dagen", "bir iki gün"). The words are everyday words
 * in the language ("ik heb geteld: een twee drie vier vijf zes zeven", a firing order "bir sekiz
 * dört üç altı beş yedi iki", Norwegian "to" in "1 to 2, 2 to 3"), so the run is a number only when
 * it opens on a zero (a zero word or a typed 0, as numbers in these countries do), or the message
 * has `RUN_NUMBER_CUE` and the words do not count upward unless `OWN_NUMBER_BEFORE` names it.
 */
function runOfOneLanguage(m: RegExpExecArray, table: Record<string, string>): string | undefined {
  let said = 0;
  let wordDigits = "";
  const digitFor = (w: string): string | undefined => {
    const digit = table[w.toLowerCase()];
    if (digit !== undefined) {
      said++;
      wordDigits += digit;
    }
    return digit;
  };
  // Each token is a word ("wa7ad" too), digits, or a word glued to digits ("drie4", "12vijf").
  const out = m[0].replace(/[\p{L}\p{N}]+/gu, (t) => {
    if (/^\d+$/.test(t)) return t;
    const whole = digitFor(t);
    if (whole !== undefined) return whole;
    const glued = /^(\d*)(\p{L}.*?)(\d*)$/u.exec(t);
    const word = glued ? digitFor(glued[2]!) : undefined;
    return word === undefined ? t : `${glued![1]}${word}${glued![3]}`;
  });
  const digits = (out.match(/\d/g) ?? []).length;
  if (said < RUN_WORDS_NEEDED || digits < 7 || digits > 15 || /\p{L}/u.test(out)) return undefined;
  const shape = DIALLED_AT_HOME.get(table);
  const spelled = out.replace(/\D/g, "");
  if (shape && !dialledAtHome(m[0], spelled, shape)) return undefined;
  const lead = before(m.input, m, OWN_NUMBER_REACH);
  if (SECRET_BEFORE.test(lead)) return undefined;
  const opensOnZero = out.trimStart().startsWith("0");
  const ownNumber = OWN_NUMBER_BEFORE.test(lead);
  if (shape && countedFromTheStart(spelled) && !ownNumber) return undefined;
  const countsUp = COUNTING_UP.test(wordDigits) && !ownNumber;
  return opensOnZero || (RUN_NUMBER_CUE.test(m.input) && !countsUp) ? out : undefined;
}

const NUMBER_WORDS = new Set([...Object.keys(DIGIT_WORDS), ...Object.keys(CONTEXT_DIGIT_WORDS), ...Object.keys(TENS)]);
/** A capitalised word that is no number word: a name ("Bartholomew", "Santos"), not "Five". */
const isNameWord = (w: string | undefined): boolean => w !== undefined && /^[A-Z][a-z]+$/.test(w) && !NUMBER_WORDS.has(w.toLowerCase());
/**
 * A number word that is part of a name: a particle between two name words ("Augusto Ferreira dos
 * Santos") or a capitalised word after a name word and not followed by more number ("Bartholomew
 * Quince,"). Read as a digit it would split the name and invent a number.
 */
function inName(m: RegExpExecArray): boolean {
  const prev = /([A-Za-z]+)[ \t]+$/.exec(m.input.slice(Math.max(0, m.index - 30), m.index))?.[1];
  if (!isNameWord(prev)) return false;
  const rest = m.input.slice(m.index + m[0].length, m.index + m[0].length + 30);
  const next = /^[ \t]+([A-Za-z]+)/.exec(rest)?.[1];
  if (/^[a-z]/.test(m[0])) return isNameWord(next);
  return /^[A-Z][a-z]+$/.test(m[0]) && !/^[\s,.\/-]*\d/.test(rest) && !(next !== undefined && NUMBER_WORDS.has(next.toLowerCase()));
}

/**
 * "one" as a pronoun, not a digit: after a determiner with at most two describing words between
 * ("the other one", "this one", "the 11-digit one", "which one", "the old OEM one"), and not said
 * among other number words or digits before it ("the 555 one two"). A digit run after it ("the
 * new one 5551234") still reads as the digits it is.
 */
const PRONOUN_ONE_BEFORE = /\b(?:the|this|that|these|those|other|another|which|each|every|any|no|same|some|a)(?:[ \t]+[\d'-]*[A-Za-z][A-Za-z0-9'-]*){0,2}[ \t]+$/i;
function pronounOne(m: RegExpExecArray): boolean {
  if (m[0].toLowerCase() !== "one") return false;
  const head = m.input.slice(Math.max(0, m.index - 40), m.index);
  const match = PRONOUN_ONE_BEFORE.exec(head);
  if (!match) return false;
  // A number word among the describing words ("the five one") is a number said aloud.
  if (match[0].split(/[ \t]+/).some((w) => NUMBER_WORDS.has(w.toLowerCase()) && w.toLowerCase() !== "no")) return false;
  // "one two three": a number word right after is the number going on.
  return !/^[ \t,-]*(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/i.test(m.input.slice(m.index + 3, m.index + 20));
}

/** "fifty-five" -> "55", "twenty" -> "20", "thirteen" -> "13", "soixante-dix-huit" -> "78", "treinta y cuatro" -> "34". */
function tensToDigits(m: RegExpExecArray): string {
  const parts = m[0]
    .toLowerCase()
    .split(/[\s-]+(?:y\s+|e\s+|et[\s-]+|und\s+)?|-/)
    .filter((p) => p && !/^(?:y|e|et|und)$/.test(p))
    .map((p) => (p === "une" ? "un" : p));
  const head = parts[0] ?? "";
  const tens = TENS[head] ?? "";
  if (head === "soixante" && (parts[1] === "dix" || TENS[parts[1] ?? ""]?.length === 2)) {
    const teen = parts[1] === "dix" ? (parts[2] ? 10 + Number(digitOf(parts[2])) : 10) : Number(TENS[parts[1] ?? ""]);
    return String(60 + teen);
  }
  // "eighteen forty", "twenty twenty-two", "eleven eighty-two": two groups said one after the other.
  const second = parts[1] !== undefined && TENS[parts[1]] !== undefined ? tensGroup(parts.slice(1)) : null;
  // "dix-sept", "dix huit": French 17-19.
  if (head === "dix" && parts[1] !== undefined && /^\d$/.test(digitOf(parts[1]))) return String(10 + Number(digitOf(parts[1])));
  // "twelve three": a teen then a digit word are two groups; the digit is not dropped.
  const after = parts[1] !== undefined ? digitOf(parts[1]) : "";
  if (tens.length === 2) return second ? `${tens} ${second}` : /^\d$/.test(after) ? `${tens} ${after}` : tens;
  if (second) return `${tens}0 ${second}`;
  const unit = parts[1] ? digitOf(parts[1]) : "0";
  return /^\d$/.test(unit) ? tens + unit : `${tens}0`;
}

/** One tens group from its words: ["forty", "two"] -> "42", ["thirteen"] -> "13", ["forty"] -> "40". */
function tensGroup(parts: readonly string[]): string {
  const tens = TENS[parts[0] ?? ""] ?? "";
  if (tens.length === 2) return tens;
  const unit = parts[1] ? digitOf(parts[1]) : "0";
  return /^\d$/.test(unit) ? tens + unit : `${tens}0`;
}

const FRENCH_TEENS: Record<string, number> = { dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16 };
/** "dix-sept" -> 17, "onze" -> 11, "trois" -> 3, "" -> 0: what follows "quatre-vingt". */
function frenchUnder20(words: string): number {
  if (words === "") return 0;
  const [head = "", tail] = words.split(/[\s-]+/);
  if (tail !== undefined) return 10 + Number(digitOf(tail));
  return FRENCH_TEENS[head] ?? Number(digitOf(head));
}

/** Letters typed for digits ("5O3-555-O142", "Z06 7A3 lIB2", "4I5 SSS OI3Z"). */
const LEET: Record<string, string> = {
  O: "0",
  o: "0",
  I: "1",
  i: "1",
  l: "1",
  L: "1",
  "|": "1",
  S: "5",
  s: "5",
  $: "5",
  B: "8",
  b: "6",
  Z: "2",
  z: "2",
  E: "3",
  A: "4",
  g: "9",
  q: "9",
  G: "6",
  T: "7",
};
// A capital "L" for 1 only alone ("L-2-L-5-5-5-O-L-3-3"): glued to digits it is litres or a size ("2.0L", "5L").
const LEET_TOKEN = String.raw`(?:[0-9OoIil|SsBbZzEAgqGT$]+|L(?![A-Za-z0-9]))`;
const LEET_RUN = new RegExp(String.raw`(?<![A-Za-z0-9'’])\+?${LEET_TOKEN}(?:[\s.,\-()\/+]{1,3}${LEET_TOKEN}){0,15}(?![A-Za-z0-9])`, "g");
/** The letters people type for digits most (O for 0, I/l/| for 1, S/$ for 5, Z for 2, B for 8, T for 7). */
const CLASSIC_LEET = /^[OoIil|Ss$ZzBT]+$/;
/**
 * Words made only of look-alike letters that are just words next to a number, and the labels that
 * name the kind of number after them: a service bulletin ("TSB 17-047", "SB 21-033"), a standard
 * ("ISO 4406", "BS 7671").
 */
const LEET_WORDS = new Set(["so", "is", "go", "oil", "lol", "soil", "boss", "solo", "silo", "bogs", "ego", "zoo", "i", "a", "as", "bio", "ios", "sos", "iii", "tsb", "sb", "iso", "bs"]);

/**
 * Maps look-alike letters inside a run of tokens that holds real digits: a token with a digit is
 * mapped whole; a token without one only when it is short, not a word, and next to a mapped token.
 * The run is rewritten only when it then reads as 7-15 digits, so ordinary words stay words.
 */
function leetRun(m: RegExpExecArray): string | undefined {
  return leetText(m[0]);
}

/** `leetRun` on the text of a run; commas separate its tokens only in a number read out (see below). */
function leetText(run: string): string | undefined {
  // Most runs are plain words ("is", "so") or plain numbers: both checks before the split.
  if (!/[A-Za-z|$]/.test(run)) return undefined;
  const realDigits = (run.match(/\d/g) ?? []).length;
  if (realDigits < 2) return undefined;
  const parts = run.split(/([\s.,\-()\/+]{1,3})/);
  const tokens = parts.filter((_, i) => i % 2 === 0);
  const mapped = tokens.map((t) => /\d/.test(t));
  // "0 4 I Z, S S S, O I 7", "l-2-l-5-5-5-O-l-3-3": a number read out a character or a short
  // group at a time, every group digits or stand-ins, is all digits, "I" and "l" included; at
  // either end only a lone stand-in typed onto the next by a dash or dot ("l-2"), not a word
  // before or after the number ("is 0 580 464 125", "6 1 7 ... 9 9 lol"). A stand-in inside the
  // run says it is read out, not a list of digits ("S, 2, 3, 4, 5, 6, 7 gears"); a word ("lol",
  // "is") says it is not.
  const readOut =
    tokens.length >= 5 &&
    tokens.every((t) => t.length >= 1 && t.length <= 3 && (/^\d+$/.test(t) || t === "L" || (CLASSIC_LEET.test(t) && (t.length === 1 || !LEET_WORDS.has(t.toLowerCase()))))) &&
    tokens.slice(1, -1).some((t) => !/\d/.test(t));
  // Otherwise a comma ends a run: "S, 2, 3, 4, 5, 6, 7 gears" is a list, each item read alone.
  if (!readOut && run.includes(",")) {
    const pieces = run.split(/(\s*,\s*)/);
    const out = pieces.map((p, i) => (i % 2 === 0 ? (leetText(p) ?? p) : p)).join("");
    return out !== run ? out : undefined;
  }
  if (readOut) {
    const last = tokens.length - 1;
    tokens.forEach((t, i) => {
      const edgeSep = i === 0 ? parts[1] : i === last ? parts[2 * i - 1] : undefined;
      if (i > 0 && i < last) mapped[i] = true;
      else if (t.length === 1 && /^\s*[.\-]\s*$/.test(edgeSep ?? "")) mapped[i] = true;
    });
  }
  const mixedGroup = tokens.some((t) => /\d/.test(t) && /[A-Za-z|$]/.test(t));
  for (let pass = 0; pass < 2; pass++) {
    tokens.forEach((t, i) => {
      // "Es", "oil", "lol" are words; "SSS", "sss", "OlSO", "II" are not.
      const wordShaped = /^[A-Z]?[a-z]+$/.test(t) && !/^(.)\1+$/i.test(t);
      // Without a digit of its own, only the classic stand-ins count ("SSS", "OI"): "GA" or "TX"
      // next to a ZIP is a state.
      // A lone stand-in between two digit groups joined by a dash or dot ("9-I-6", "5.O.3") is a digit, even "I" or "o".
      // So is one between two digits said one by one ("4 I 5", "0 l 2 3").
      const between =
        t.length === 1 &&
        /\d/.test(tokens[i - 1] ?? "") &&
        /\d/.test(tokens[i + 1] ?? "") &&
        ((/^[.\-]$/.test((parts[2 * i - 1] ?? "").trim()) && /^[.\-]$/.test((parts[2 * i + 1] ?? "").trim())) ||
          (/^\d$/.test(tokens[i - 1] ?? "") && /^\d$/.test(tokens[i + 1] ?? "") && parts[2 * i - 1] === " " && parts[2 * i + 1] === " "));
      // Other stand-ins ("b" for 6, "g" for 9) only in a token no word is written as: cases mixed ("ZZbO", "gOO").
      const standIns = CLASSIC_LEET.test(t) || (/[a-z]/.test(t) && /[A-Z]/.test(t) && !wordShaped) || (between && LEET[t] !== undefined);
      // Capitals all stand-ins between two groups read as digits, in a run whose digit groups hold
      // stand-ins too ("O6 SS SO l2", "6O4 EEI-7BZO", "O7ABB IZE 9OS"): there even "SO" or "SB" is
      // digits; a plate's series between plain digits ("MH 12 AB 5550") is not.
      const sandwiched = mixedGroup && mapped[i - 1] && mapped[i + 1] && /^[A-Z]{1,4}$/.test(t) && [...t].every((c) => LEET[c] !== undefined);
      if (!mapped[i] && sandwiched) mapped[i] = true;
      if (mapped[i] || t.length === 0 || t.length > 5 || (!between && (wordShaped || LEET_WORDS.has(t.toLowerCase()))) || !standIns) return;
      if (mapped[i - 1] || mapped[i + 1]) mapped[i] = true;
    });
  }
  // "04E121113G", "8K0615301A": one unbroken token with letters other than the classic stand-ins
  // is a part number; a disguised phone keeps its grouping ("Z06 7A3 lIB2").
  if (tokens.length === 1 && /[EAGTgqb]/.test(tokens[0]!)) return undefined;
  // "31170-5A2-A01", "17220-5AA-A00": a plain block of digits, then groups that mix digits with
  // letters no one types for a digit's shape, is a maker's part number.
  if (/^\d{4,}$/.test(tokens[0]!) && tokens.slice(1).some((t) => /\d/.test(t) && /[A-Za-z]/.test(t) && /[^\dOoIil|Ss$ZzB]/.test(t.replace(/\d/g, "")))) return undefined;
  // "G101/G102", "P0420 P0171": a capital and digits is a code, not a disguised number.
  // A run with plain digit groups beside it is a number in disguise ("720-555-O192"), not a code.
  if (tokens.every((t, k) => !mapped[k] || !/[A-Za-z|$]/.test(t) || /^[A-Z]\d+$/.test(t)) && !tokens.some((t) => /^\d{3,}$/.test(t) && tokens.length >= 3)) return undefined;
  let out = "";
  let digits = 0;
  parts.forEach((p, i) => {
    if (i % 2 === 1) {
      out += p;
      return;
    }
    const k = i / 2;
    // A "$" opening a token of digits is a currency sign ("$512.55 for parts"), not a typed 5.
    const t = mapped[k] ? p.replace(/[A-Za-z|$]/g, (c, at: number) => (c === "$" && at === 0 && /\d/.test(p[1] ?? "") ? c : (LEET[c] ?? c))) : p;
    digits += (t.match(/\d/g) ?? []).length;
    out += t;
  });
  return digits >= 7 && digits <= 16 && out !== run ? out : undefined;
}

/**
 * Top-level domains people say out loud ("dot com") that may follow any spoken or spaced dot. After
 * an unmistakable spoken dot ("dot", "punto", "ponto", "punkt") any top-level domain counts
 * ("kennys dot repair", "garage auto dot ae"), except the ones that are everyday words ("a red dot
 * in the corner"), see `spokenTld`.
 */
const SPOKEN_TLDS = "com|net|org|co\\.uk|co|io|us|uk|ca|au|shop|biz|info|me|app|site|online|store|garage|auto|mx|es|fr|de|in";
const SPOKEN_TLD_SET = new Set(SPOKEN_TLDS.split("|"));
/** The sender says a link or address typed apart is one word: "all one word", "no spaces", "remove (the) spaces". */
const JOIN_SAID = /all\s+one\s+word|no\s+spaces|remove\s+(?:the\s+)?spaces/i;
/**
 * The same said straight after the words, in brackets or after a dash: "jojo . example . ph (remove
 * spaces)", "rhysautos . test — no spaces". A comma or a bare phrase is a sentence going on ("worn . ie,
 * no spaces between the blocks").
 */
const JOIN_SAID_NEXT = new RegExp(String.raw`^\s*(?:\(\s*(?:${JOIN_SAID.source})\s*\)|[-–—]\s*(?:${JOIN_SAID.source}))`, "i");
/** Common endings after a spoken "full stop": none of them a word ("a full stop in", "... me"). */
const FULL_STOP_TLDS = "com|net|org|co|uk|io|ca|au|nz|ie|biz|info|de|fr|es";
/** Top-level domains that are also common words after "dot" ("the dot on the gauge", "dot is it"). */
const WORD_TLDS = new Set("a an and am as at be by do go he hi if in is it me my no of on or so to up us we all are but can car for fun how its new now one out the top win you day".split(" "));

/** Top-level domains that are Spanish, Portuguese, French and Italian words ("de", "do", "la", "es", "se"). */
const ROMANCE_WORD_TLDS = new Set("de do da la le es se te il el lo un".split(" "));
/** A word before a spoken "dot com" that names no site: "the dot com bubble", "a dot com company". */
const NOT_A_SITE_NAME = /^(?:the|a|an|this|that|these|those|its|their|our|your|his|her)$/i;

/**
 * The top-level domain said after a dot, or undefined when the words are not a domain's ending. One
 * that is also a word ("in", "me") ends a domain only where the text ends, a sentence does, or a path
 * starts (`next`: the two characters after it).
 */
function spokenTld(tld: string, separator: string, next: string): string | undefined {
  const t = tld.toLowerCase();
  // A typed dot with spaces around it, then a path ("cutt . ly/x3Tq", "linktr . ee/name") or a
  // further dot ("mysite . square.site"): a link written apart so it will not click, whatever the ending.
  if (separator.includes(".") && ((TLD_SET.has(t) && /^\/\w/.test(next)) || /^\.[a-z]/i.test(next))) return t;
  if (WORD_TLDS.has(t) && /^\s?\w/.test(next)) return undefined;
  // "Rua Augusta ponto de ônibus" (a bus stop), "punto de encuentro": after a Romance "dot", one of
  // its language's little words before more words is that word.
  if (ROMANCE_WORD_TLDS.has(t) && /^\s+(?:punto|ponto|point)\s+$/i.test(separator) && /^\s?\w/.test(next)) return undefined;
  if (SPOKEN_TLD_SET.has(t)) return t;
  return /^\s+(?:dot|punto|ponto|punkt)\s+$/i.test(separator) && TLD_SET.has(t) && !WORD_TLDS.has(t) ? t : undefined;
}

/**
 * What may stand between a context word and its digit: a space or two, or one punctuation mark
 * with at most a space on one side ("4 oh 4", "4-oh-4", "7, oh"). A spaced dash is a pause, not a
 * joint: in "I'm at 619 — oh and then ..." the "oh" is an interjection.
 */
const CTX_SEP = String.raw`(?:\s{1,2}|[,.\/-]\s?|\s[,.\/])`;
const CONTEXT_RE = new RegExp(`(?<=\\d${CTX_SEP})\\b(?:${CONTEXT_WORD})\\b|\\b(?:${CONTEXT_WORD})\\b(?=${CTX_SEP}\\d)`, "gi");
/** A context word right next to a digit: the only place the two passes above can change anything. */
const CONTEXT_GATE = new RegExp(`\\d${CTX_SEP}(?:${CONTEXT_WORD})\\b|\\b(?:${CONTEXT_WORD})${CTX_SEP}\\d`, "i");

interface Rewrite {
  re: RegExp;
  replace: (m: RegExpExecArray) => string | undefined;
  /** What the output counts as (`SPELLED` by default; tens: "fifty-five" is a `WORDED` group, not spelled digits). */
  synth?: number;
  /** A cheap test the text must pass for `re` to be worth running (see `Pattern.gate`): an expression, or a count (`runWordsOf`). */
  gate?: { test(text: string): boolean };
  /** Run again on its own output, up to this many times in all, while it keeps changing the text. */
  passes?: number;
  /** It can only match next to a digit: run on the stretches around digits, not the whole text. */
  nearDigits?: boolean;
  /** When `replace` declines a match, look again from the match's next character (a shorter match may fit). */
  retry?: boolean;
  /**
   * Where a match can start, for an expression of which every match holds a `mark` (global), and reads only
   * `before`'s characters from its start to that mark: the search from an offset skips to the run of such
   * characters that ends on the next mark (see `fromMarks`). It is the rewrite's gate too: a text without a mark is
   * left as it is after the one search for it, so such a rewrite takes no `gate` (a second copy of the expression).
   */
  marks?: { mark: RegExp; before: (c: number) => boolean };
}

/**
 * The first match of `re` (global) at or after an offset, as a scan finds it, for an expression with `marks`: no match
 * can start before the run of `before` characters that ends on the next mark (a match starting earlier would hold that
 * mark or a later one, and a character outside the run before it), and none after the last mark.
 */
function fromMarks(re: RegExp, text: string, { mark, before }: NonNullable<Rewrite["marks"]>): (from: number) => RegExpExecArray | null {
  return (from) => {
    mark.lastIndex = from;
    const next = mark.exec(text);
    if (next === null) return null;
    let start = next.index;
    while (start > from && before(text.charCodeAt(start - 1))) start--;
    re.lastIndex = start;
    return re.exec(text);
  };
}

/** A word or phrase as the normalised message holds it (`unicodeSkeleton`, lower case, one space between words). */
export const skeletonWord = (word: string): string => unicodeSkeleton(word.normalize("NFC")).text.toLowerCase().replace(/\s+/g, " ");
/**
 * An alternation (for a regular expression) of `words` as the normalised message holds them
 * (`skeletonWord`), longest first, any run of spaces between words: for word lists written in
 * their own script and accents ("κωδικός", "předvolba"), matched on normalised text.
 */
export function skeletonAlternation(words: readonly string[]): string {
  const said = new Set(
    words.map((w) =>
      skeletonWord(w)
        .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
        .replace(/ /g, String.raw`\s+`),
    ),
  );
  return [...said].sort((a, b) => b.length - a.length).join("|");
}

/**
 * Words for "@" and "." in an address said out loud, per language (round 24): `at` names the sign
 * ("zavináč", "kukac", "małpa", "собака", "παπάκι", "שטרודל"), `dot` the full stop ("tečka",
 * "pont", "kropka", "точка", "τελεία", "נקודה"), `endings` the language's own country endings, after
 * which a spoken dot closes a domain said alone ("szerviz-bence pont hu"). An `at` word that is
 * also an everyday word of its language (Romanian "la", Turkish "et") is read as "@" only with a
 * spoken dot of the same language after it ("ion la yahoo punct com"); the others (`alone`) also
 * before a typed dot ("bence kukac freemail.hu"). Written as senders type them, with and without
 * accents; matched through `unicodeSkeleton`, as the message is (Cyrillic and Greek letters fold
 * to Latin look-alikes there). Spanish, Portuguese, Italian, German and French have been read
 * since round 6/22 (`ALWAYS_AT`, the "dot" rewrites); they are listed here for their words' languages.
 */
const SPOKEN_MAIL_WORDS: ReadonlyArray<{ language: string; at: readonly string[]; alone: boolean; dot: readonly string[]; endings: readonly string[] }> = [
  { language: "spanish", at: ["arroba"], alone: true, dot: ["punto"], endings: ["es", "mx", "ar", "cl", "co", "pe", "uy", "ve", "ec"] },
  { language: "portuguese", at: ["arroba"], alone: true, dot: ["ponto"], endings: ["pt", "br"] },
  { language: "italian", at: ["chiocciola", "chiocciolina"], alone: true, dot: ["punto"], endings: ["it", "sm"] },
  { language: "german", at: ["klammeraffe", "affenschwanz"], alone: true, dot: ["punkt"], endings: ["de", "at", "ch"] },
  { language: "french", at: ["arobase", "arobas", "arrobase"], alone: true, dot: ["point"], endings: ["fr", "be", "ch", "ca", "ma", "tn", "dz"] },
  { language: "czech", at: ["zavináč", "zavinac"], alone: true, dot: ["tečka", "tecka"], endings: ["cz"] },
  { language: "slovak", at: ["zavináč", "zavinac"], alone: true, dot: ["bodka"], endings: ["sk"] },
  { language: "polish", at: ["małpa", "malpa", "małpka", "malpka"], alone: true, dot: ["kropka"], endings: ["pl"] },
  { language: "hungarian", at: ["kukac"], alone: true, dot: ["pont"], endings: ["hu"] },
  { language: "romanian", at: ["la", "a rond", "arond"], alone: false, dot: ["punct"], endings: ["ro", "md"] },
  { language: "russian", at: ["собака", "собачка"], alone: true, dot: ["точка"], endings: ["ru", "su", "by", "kz"] },
  { language: "ukrainian", at: ["собака", "собачка", "равлик", "песик"], alone: true, dot: ["крапка"], endings: ["ua"] },
  { language: "greek", at: ["παπάκι", "παπακι"], alone: true, dot: ["τελεία", "τελεια"], endings: ["gr", "cy"] },
  { language: "turkish", at: ["et", "at"], alone: false, dot: ["nokta"], endings: ["tr"] },
  { language: "dutch", at: ["apenstaartje", "apestaartje"], alone: true, dot: ["punt"], endings: ["nl", "be"] },
  { language: "nordic", at: ["snabel-a", "snabela", "krøllalfa", "grisehale"], alone: true, dot: ["punkt", "prick"], endings: ["se", "no", "dk"] },
  { language: "hebrew", at: ["שטרודל", "כרוכית"], alone: true, dot: ["נקודה"], endings: ["il"] },
  { language: "russian-latin", at: ["sobaka", "sobachka"], alone: false, dot: ["tochka"], endings: ["ru", "su", "by", "kz"] },
  { language: "greeklish", at: ["papaki"], alone: false, dot: ["teleia"], endings: ["gr", "cy"] },
  // Round 36: Vietnamese "a còng" / "chấm", Afrikaans "by" (an everyday word) / "punt", Korean "골뱅이" / "점", Japanese "アットマーク" / "ドット".
  { language: "vietnamese", at: ["a còng", "a cong", "a móc", "a moc"], alone: true, dot: ["chấm", "cham"], endings: ["vn"] },
  { language: "afrikaans", at: ["by"], alone: false, dot: ["punt"], endings: ["za", "na"] },
  // Round 53: Catalan "arrova" / "punt" ("jordi punt sala arrova example punt cat").
  { language: "catalan", at: ["arrova"], alone: true, dot: ["punt"], endings: ["cat", "ad", "es"] },
  { language: "korean", at: ["골뱅이"], alone: true, dot: ["점", "닷"], endings: ["kr"] },
  { language: "japanese", at: ["アットマーク", "アット"], alone: true, dot: ["ドット"], endings: ["jp"] },
  { language: "arabic", at: ["آت", "ات"], alone: false, dot: ["نقطة", "نقطه", "دوت"], endings: ["ma", "dz", "tn", "eg", "ae", "sa", "jo", "lb"] },
];

type SpokenMailEntry = (typeof SPOKEN_MAIL_WORDS)[number];
/** Per word of `field` of `entries`, by its normalised spelling: the union of `values` of the entries that list it. */
function byWord(entries: readonly SpokenMailEntry[], field: "at" | "dot", values: (entry: SpokenMailEntry) => readonly string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const entry of entries)
    for (const word of entry[field]) {
      const key = skeletonWord(word);
      out.set(key, new Set([...(out.get(key) ?? []), ...values(entry)]));
    }
  return out;
}
/** The languages each word of the table belongs to, by its normalised spelling. */
const AT_LANGUAGES = byWord(SPOKEN_MAIL_WORDS, "at", (e) => [e.language]);
const DOT_LANGUAGES = byWord(SPOKEN_MAIL_WORDS, "dot", (e) => [e.language]);
/** Each language's own endings, and the endings any address may have, for the `at` words that are everyday words too. */
const ENDINGS_OF = new Map(SPOKEN_MAIL_WORDS.map((e) => [e.language, new Set(e.endings)]));
const COMMON_MAIL_ENDINGS = new Set(["com", "net", "org", "info", "eu", "biz"]);
/**
 * Mail providers, as the label after an everyday "@" word (Romanian "la", Turkish "et"): "ion la
 * yahoo punct com", not "am comandat piesele la emag punct ro" (a shop's site in passing).
 */
const SAID_PROVIDER_LABEL =
  /^(?:g-?mail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|icloud|aol|gmx|web|yandex|ya|mail|inbox|list|bk|rambler|ukr|i|protonmail|proton|zoho|libero|virgilio|alice|tiscali|orange|free|laposte|wanadoo|sfr|t-online|freenet|seznam|centrum|post|email|wp|onet|o2|interia|freemail|citromail|walla|abv|uol|bol|terra|mweb|telkomsa|vodamail|webmail|afrihost|naver|daum|hanmail)$/i;
/** Languages whose `at` words stand alone before a typed dot. */
const ALONE_LANGUAGES = new Set(SPOKEN_MAIL_WORDS.filter((e) => e.alone).map((e) => e.language));
const SAID_AT = skeletonAlternation(SPOKEN_MAIL_WORDS.flatMap((e) => e.at));
const SAID_DOT = skeletonAlternation(SPOKEN_MAIL_WORDS.flatMap((e) => e.dot));
/** A spoken dot of the table, in brackets or bare between spaces ("(pont)", "[punct]", " pont "). */
const SAID_DOT_SPOKEN = String.raw`(?:\s*[(\[{<]\s*(?:${SAID_DOT})\s*[)\]}>]\s*|\s+(?:${SAID_DOT})\s+)`;
/** A spoken dot (`SAID_DOT_SPOKEN`) or a typed one. */
const SAID_DOT_SEP = String.raw`(?:${SAID_DOT_SPOKEN}|\s*\.\s*)`;
/** Letters of any script and digits, as the word boundary of words that may not be Latin. */
const NOT_WORD_AFTER = String.raw`(?![\p{L}\p{N}])`;
/**
 * What the two expressions below open on, a space or a bracket, said first: scanning a message,
 * the engine then leaves every other position at once instead of reading the lookbehind there
 * (half the time of each scan, or less).
 */
const SPACE_OR_BRACKET_NEXT = String.raw`(?=[\s(\[{<])`;
/**
 * "novak zavinac seznam tecka cz", "ion la yahoo punct com", "giorgos [παπάκι] gmail τελεία com":
 * the "@" of an address said with the table's words, read where the domain after it (in the
 * lookahead: its first label, then its dots, spoken or typed, and labels) ends in a top-level
 * domain. Only the word is rewritten: the domain stays as typed, for `SAID_DOTS_AFTER_AT`.
 */
const SAID_ADDRESS = new RegExp(
  String.raw`${SPACE_OR_BRACKET_NEXT}(?<=[\p{L}\p{N}_])(?:\s*[(\[{<]\s*|\s+)(${SAID_AT})(?:\s*[)\]}>]\s*|\s+)(?=([a-z0-9][a-z0-9-]*)((?:${SAID_DOT_SEP}[a-z0-9][a-z0-9-]*){1,3})${NOT_WORD_AFTER})`,
  "giu",
);
const SAID_DOT_SPLIT = new RegExp(SAID_DOT_SEP, "giu");
const SAID_DOT_WORD = new RegExp(SAID_DOT, "iu");

/** "@" for the word `SAID_ADDRESS` matched, when the words of the address are one language's. */
function saidAddress(m: RegExpExecArray): string | undefined {
  const at = skeletonWord(m[1] ?? "");
  const labels = `${m[2]}${m[3]}`.split(SAID_DOT_SPLIT);
  const ending = labels[labels.length - 1]!.toLowerCase();
  if (!TLD_SET.has(ending)) return undefined;
  const dots = [...matchesOf(SAID_DOT_SPLIT, m[3] ?? "")]
    .map((d) => SAID_DOT_WORD.exec(d[0])?.[0])
    .filter((d): d is string => d !== undefined)
    .map(skeletonWord);
  let languages = new Set(AT_LANGUAGES.get(at) ?? []);
  for (const dot of dots) languages = new Set([...languages].filter((l) => DOT_LANGUAGES.get(dot)?.has(l)));
  if (languages.size === 0) return undefined;
  const alone = [...languages].some((l) => ALONE_LANGUAGES.has(l));
  if (dots.length === 0 && !alone) return undefined;
  // "egy kukac mászott pont be", "la service punct cu": the ending must be a common one or the language's own,
  // and "eu" (Romanian "I") after "punct" is no ending.
  const ownEnding = [...languages].some((l) => ENDINGS_OF.get(l)?.has(ending));
  if (!ownEnding && !(COMMON_MAIL_ENDINGS.has(ending) && !(ending === "eu" && languages.has("romanian")))) return undefined;
  // After an everyday word ("la", "et") the label is a mail provider's or the mailbox looks like one ("ion.pop", "ali_85").
  const mailbox = /[\w.+-]+$/u.exec(m.input.slice(0, m.index))?.[0] ?? "";
  if (!alone && !SAID_PROVIDER_LABEL.test(m[2] ?? "") && !/[\d._]/.test(mailbox)) return undefined;
  // Afrikaans "by" is "at" a place or an employer too ("ek werk by telkomsa punt net", "ons is by afrihost punt co
  // punt za"): its mailbox is shaped like one ("pieter.botha", "jan_77") or said with its own dot ("sarel punt venter").
  if (at === "by" && !/[\d._]/.test(mailbox) && !/\p{L}+\s+punt\s+\p{L}+$/iu.test(m.input.slice(0, m.index))) return undefined;
  return "@";
}

/**
 * "@seznam tecka cz", "@walla נקודה co נקודה il": a spoken dot of the table between the labels of
 * a domain after a mailbox's "@" (typed, or read by `SAID_ADDRESS`) is its dot. Run again on its
 * output for the dots after the first.
 */
const SAID_DOTS_AFTER_AT = new RegExp(String.raw`${SPACE_OR_BRACKET_NEXT}(?<=[\w.+-]@[a-z0-9][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)*)${SAID_DOT_SPOKEN}(?=[a-z0-9])`, "giu");

/**
 * Languages whose endings count after their "@" word only: their dot words are everyday words too
 * ("punto", "point", "punkt": "a ce point ca", "am Punkt at"), and a domain said alone in them is the
 * older "dot" rewrites' (round 6/22), so `SAID_DOMAIN` does not read them. So too Vietnamese "chấm", Korean "점"
 * ("point", "shop"), Afrikaans "punt" (round 36): a shop's site said in passing ("em mua ở shopee chấm vn", as
 * "emag punct ro") or "die laaste punt" is no mailbox's domain.
 */
const ENDINGS_AFTER_AT_ONLY = new Set(["spanish", "portuguese", "italian", "german", "french", "arabic", "vietnamese", "afrikaans", "korean", "japanese"]);
/** Each dot-word's country endings, by its normalised spelling, but for the languages of `ENDINGS_AFTER_AT_ONLY`. */
const DOT_ENDINGS = byWord(
  SPOKEN_MAIL_WORDS.filter((e) => !ENDINGS_AFTER_AT_ONLY.has(e.language)),
  "dot",
  (e) => e.endings,
);
/** "szerviz-bence pont hu", "autoservis-novak tecka cz": a name of 3+ characters, a spoken dot, an ending of two or three letters. */
const SAID_DOMAIN = new RegExp(String.raw`(?<![\p{L}\p{N}_.@-])([a-z0-9][a-z0-9-]{2,62})\s+(${SAID_DOT})\s+([a-z]{2,3})${NOT_WORD_AFTER}`, "giu");
/** The domain `SAID_DOMAIN` matched, with its dot typed, when its ending is the spoken dot's language's own. */
function saidDomain(m: RegExpExecArray): string | undefined {
  if (!DOT_ENDINGS.get(skeletonWord(m[2] ?? ""))?.has((m[3] ?? "").toLowerCase())) return undefined;
  // "en rostig prick se bilden": an ending that is also a word ("se", "no", "be") before more words is that word,
  // unless the name has a hyphen or a digit, as shops' names said so do ("bilverkstad-lars punkt se och ...").
  if (/^\s+\p{L}/u.test(m.input.slice(m.index + m[0].length)) && !/[-\d]/.test(m[1] ?? "")) return undefined;
  return `${m[1]}.${m[3]}`;
}

/** Each digit word (or "oh") inside a glued run such as "fivefivefive" (built once). */
const GLUED_DIGIT_WORD = new RegExp(`${DIGIT_WORD}|oh`, "g");
/** Number words as "f1ve" or "thr33" spell them once their digits are read back as letters (English only: the evasions seen). */
const LEET_NUMBER_WORDS = new Set("zero oh one two three four five six seven eight nine ten".split(" "));

/** A symbol or emoji standing for "@" or "." (with its modifiers and joiners), or a drawn dot. */
const SYMBOL = String.raw`(?:\p{So}[\p{So}\p{Sk}\u200D]*|[•·∙◦])`;
/** A symbol, or a drawn dot: where an address drawn with symbols has its first symbol. */
const SYMBOL_MARK = /\p{So}|[•·∙◦]/gu;
/**
 * A character of `SYMBOL_ADDRESS` before its first symbol: "\\w" as a case-blind Unicode expression reads it (the long s
 * and the Kelvin sign fold to "s" and "k"), ".", "+", "-" and white space.
 */
const isMailboxCode = (c: number): boolean => isDigitCode(c) || isAsciiLetter(c) || c === 95 || c === 46 || c === 43 || c === 45 || c === 0x17f || c === 0x212a || isSpaceCode(c);
const SYMBOL_ADDRESS = new RegExp(String.raw`(?<![\p{L}\p{N}_.@+-])[a-z0-9][\w.+-]*(?:\s*${SYMBOL}\s*[a-z0-9][a-z0-9-]*){1,3}\s*${SYMBOL}\s*[a-z]{2,6}(?![\p{L}\p{N}])`, "giu");
/** A symbol standing for the "@" or a dot of an address drawn with symbols, with the spaces around it. */
const SYMBOL_DOT = new RegExp(String.raw`\s*${SYMBOL}\s*`, "u");
/** Endings an address drawn with symbols may have: a country code or a common generic one. */
const DRAWN_ENDING = /^(?:[a-z]{2}|com|net|org|edu|info|biz)$/;
const MAIL_PROVIDER_LABEL = /^(?:gmail|googlemail|hotmail|outlook|yahoo|ymail|proton|protonmail|icloud|gmx|aol|live|msn|zoho|yandex|fastmail|me)$/;

function symbolAddress(m: RegExpExecArray): string | undefined {
  const parts = m[0].split(SYMBOL_DOT);
  const tld = parts[parts.length - 1]!.toLowerCase();
  if (!TLD_SET.has(tld) || !(DRAWN_ENDING.test(tld) || MAIL_PROVIDER_LABEL.test(parts[1]!.toLowerCase()))) return undefined;
  return `${parts[0]}@${parts.slice(1).join(".")}`;
}

/**
 * Messaging apps and platforms, and the words that give an id on them, in the scripts of the people
 * who use them ("加我微信 zhangwei_88", "카톡 아이디 minsu0707", "инста", "واتساب"): read back to the
 * Latin names every rule knows. Written as senders type them and matched through `unicodeSkeleton`,
 * as the message is (a Cyrillic name folds to Latin look-alikes there).
 */
const NAMES_IN_OTHER_SCRIPTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["wechat id", ["微信号", "微信號", "微信id", "微信ID"]],
  ["wechat", ["微信", "ウィーチャット", "위챗", "ویچت"]],
  ["kakaotalk", ["카카오톡", "카톡", "카카오"]],
  ["line", ["ライン"]],
  ["telegram", ["电报", "電報", "텔레그램", "テレグラム", "телеграм", "телеграмм", "تلغرام", "تيليجرام", "तेलेग्राम", "टेलीग्राम"]],
  ["whatsapp", ["왓츠앱", "ワッツアップ", "вотсап", "ватсап", "вацап", "واتساب", "واتس", "व्हाट्सएप", "वॉट्सऐप"]],
  ["instagram", ["照片墙", "인스타그램", "인스타", "インスタグラム", "インスタ", "инстаграм", "инста", "انستقرام", "انستغرام", "انستا", "इंस्टाग्राम"]],
  ["facebook", ["脸书", "臉書", "페이스북", "フェイスブック", "фейсбук", "فيسبوك", "फेसबुक"]],
  ["tiktok", ["抖音", "틱톡", "ティックトック", "тикток", "تيك توك"]],
  ["viber", ["вайбер", "바이버"]],
  ["id", ["아이디", "账号", "帳號"]],
  ["add me on", ["加我"]],
];
const NAME_IN_OTHER_SCRIPT = new Map(NAMES_IN_OTHER_SCRIPTS.flatMap(([latin, names]) => names.map((n) => [skeletonWord(n), latin] as const)));
const OTHER_SCRIPT_NAMES = new RegExp(skeletonAlternation(NAMES_IN_OTHER_SCRIPTS.flatMap(([, names]) => names)), "giu");
/** The letters outside ASCII those names hold once normalised: a message with none of them holds no name (a cheap gate). */
const OTHER_SCRIPT_LETTERS = new RegExp(`[${[...new Set([...NAME_IN_OTHER_SCRIPT.keys()].join("").replace(/[\x20-\x7e]/g, ""))].join("")}]`, "u");

/**
 * The company's other apps, named by the company's name and the app's word right after it: Kakao T, KakaoMap, KakaoPay,
 * Kakao Taxi, KakaoBank ("카카오T로", "카카오맵에서", "카카오페이로"), WeChat Pay and its wallet and red packets ("微信支付",
 * "微信钱包", "微信红包", "위챗페이"): a taxi, a map or a payment, not the messaging app.
 */
const OTHER_APP_AFTER: ReadonlyMap<string, RegExp> = new Map([
  ["kakaotalk", /^\s*(?:t(?![a-z])|맵|map|페이|pay|택시|taxi|내비|navi|뱅크|bank|모빌리티|mobility|페이지|웹툰|뮤직|music|게임|games?|쇼핑|선물하기|주차|대리|바이크|퀵|헤어샵|메이커스)/i],
  ["wechat", /^\s*(?:支付|钱包|錢包|红包|紅包|零钱|零錢|pay|페이|ペイ)/i],
]);
function companysOtherApp(m: RegExpExecArray): boolean {
  const word = skeletonWord(m[0]);
  if (word !== skeletonWord("카카오") && word !== skeletonWord("微信") && word !== skeletonWord("위챗")) return false;
  return OTHER_APP_AFTER.get(NAME_IN_OTHER_SCRIPT.get(word)!)?.test(m.input.slice(m.index + m[0].length)) ?? false;
}

/** A name, a space where the dot was, an ending and a path of three or more characters. */
const SPACED_HOST_BEFORE_PATH = /(?<![\w.@\/])([a-z][a-z0-9-]{0,30})\s([a-z]{2,6})(?=\/[\w-]{3,})/gi;
/** Link hosts whose ending is an English word ("linktr ee", "wa me", "t me"). */
const SPACED_SHORT_HOSTS = new Set(["linktr ee", "wa me", "t me", "fb me", "m me", "wa link"]);
/** Endings that are also units with a "/" after them ("km/hour", "kg/cm"). */
const UNIT_ENDINGS = new Set(["km", "cm", "mm", "kg", "lb", "hr", "ms", "kw", "hp", "nm"]);

/** Trim and part shorthands after a car model that are also country endings ("gt", "se", "st", "rs", "ac"); not "ly", "gl", "me", "ee". */
const TRIM_ENDINGS = new Set([
  "ac",
  "gt",
  "se",
  "st",
  "rs",
  "gs",
  "sr",
  "cr",
  "sx",
  "lx",
  "ex",
  "si",
  "tl",
  "ls",
  "lt",
  "ss",
  "rt",
  "sv",
  "sl",
  "ce",
  "le",
  "td",
  "tc",
  "ti",
  "ts",
  "dc",
  "hb",
  "cd",
  "sw",
  "vr",
]);
/** The other side of the "/" a trim or part word: a few letters alone, then the clause goes on ("gt/gti which", "ac/heater fan"). */
const TRIM_AFTER_SLASH = /^\/[a-z]{2,7}(?![\w/.@#?=&-])/i;
/** The host of `SPACED_HOST_BEFORE_PATH` with its dot, when its ending is a top-level domain that is no English word or a known short host's. */
function spacedHost(m: RegExpExecArray): string | undefined {
  const name = (m[1] ?? "").toLowerCase();
  const tld = (m[2] ?? "").toLowerCase();
  if (SPACED_SHORT_HOSTS.has(`${name} ${tld}`)) return `${m[1]}.${m[2]}`;
  if (name.length < 2 || !TLD_SET.has(tld) || UNIT_ENDINGS.has(tld) || isEnglishWord(tld) || WORD_TLDS.has(name) || /^(?:the|an|this|that|my|your|per)$/.test(name)) return undefined;
  // "e46 ac/heater", "golf gt/gti", "cooper se/jcw", "ceed gt/line", "clio rs/gt": two trims or parts side by side after a model.
  if (TRIM_ENDINGS.has(tld) && TRIM_AFTER_SLASH.test(m.input.slice(m.index + m[0].length))) return undefined;
  return `${m[1]}.${m[2]}`;
}

/** The dot of a domain said or spaced apart ("tonyfixes dot com", "tonyfixes . com", "gmail,com"): each match of the rewrite below holds one. */
const SPOKEN_DOT_MARK = /\s(?:dot|punto|ponto|punkt|point)\s|\s\.|,(?:com|net|org)\b/gi;
/** A character of a domain said apart before its dot ("www . ", the words, the name, the spaces): [A-Za-z0-9.\s-]. */
const isSpokenDomainCode = (c: number): boolean => isDigitCode(c) || isAsciiLetter(c) || c === 45 || c === 46 || isSpaceCode(c);

const REWRITES: Rewrite[] = [
  // "w h a t s a p p", "g.m.a.i.l", "t-e-l-e-g-r-a-m", "m i k e @ g m a i l . c o m": letters
  // spelled out one by one to dodge filters. A separator is symmetric (" . " or "." but never
  // ". "), so abbreviations that end sentences ("U.S.A. e.g.") are not glued to the next word.
  {
    re: /(?<![\w@.])[A-Za-z@](?:(?: [.\-*_] | |[.\-*_])[A-Za-z@]){3,}(?![\w@])/g,
    // Among spaced letters a spaced " . " is the address's own dot; otherwise separators go.
    replace: (m) => (/[A-Za-z@] [A-Za-z@]/.test(m[0]) ? m[0].replace(/ \. /g, ".").replace(/ (?:[-*_] )?/g, "") : m[0].replace(/[ .\-*_]/g, "")),
  },
  // "加我微信 zhangwei_88", "카톡 아이디 minsu0707": an app's name in another script, spaced from the words it is glued to.
  {
    re: OTHER_SCRIPT_NAMES,
    replace: (m) => (companysOtherApp(m) ? undefined : ` ${NAME_IN_OTHER_SCRIPT.get(skeletonWord(m[0]))!} `),
    gate: OTHER_SCRIPT_LETTERS,
  },
  // "[d0t] c0m", "(d0t)", "sam d0t fixes": a dot said in leetspeak is the word "dot", and so is an
  // ending typed that way after a dot ("c0m", "n3t", "0rg"), for the rules below to read.
  {
    re: /\bd0t\b|(?<=(?:\bd[o0]t|\.)[)\]}>]?\s*)(?:c0m|n3t|0rg)\b/gi,
    replace: (m) => m[0].toLowerCase().replace(/0/g, "o").replace(/3/g, "e"),
    gate: /\bd0t\b|\.[)\]}>]?\s*(?:c0m|n3t|0rg)\b/i,
  },
  // "novak zavinac seznam tecka cz", "ion [la] yahoo [punct] com": "@" and "." said in the words of
  // the table, before the bracketed forms below take a bracketed dot-word for a typed dot.
  { re: SAID_ADDRESS, replace: saidAddress, gate: new RegExp(SAID_AT, "i") },
  { re: SAID_DOTS_AFTER_AT, replace: () => ".", gate: /@/, passes: 3 },
  // "szerviz-bence pont hu": a spoken dot before its own language's country ending.
  { re: SAID_DOMAIN, replace: saidDomain, gate: new RegExp(SAID_DOT, "i") },
  // "name(at)gmail(dot)com", "name [at] gmail", "{dot}", "[.]": bracketed forms are always obfuscation.
  { re: /\s*[(\[{<]\s*(?:at|@)\s*[)\]}>]\s*/gi, replace: () => "@", gate: /[(\[{<]\s*(?:at|@)/i },
  {
    re: new RegExp(String.raw`\s*[(\[{<]\s*(?:dot|point|punto|ponto|punkt|\.|${SAID_DOT})\s*[)\]}>]\s*`, "gi"),
    replace: () => ".",
    gate: new RegExp(String.raw`[(\[{<]\s*(?:dot|point|punto|ponto|punkt|\.|${SAID_DOT})`, "i"),
  },
  // "bookings -at- rudysgarage -dot- com", "sam *at* fixes *dot* net": the same words wrapped in
  // dashes or stars between two spaced words ("one-at-a-time" has no spaces and stays).
  { re: /(?<=\w)\s+([-_*~])\s*at\s*\1\s+(?=\w)/gi, replace: () => "@", gate: /\s[-_*~]\s*at\s*[-_*~]\s/i },
  { re: /(?<=\w)\s+([-_*~])\s*(?:dot|point|punto|ponto|punkt)\s*\1\s+(?=\w)/gi, replace: () => ".", gate: /\s[-_*~]\s*(?:dot|point|punto|ponto|punkt)\s*[-_*~]\s/i },
  // "hollis.auto a t outlook d o t com": "at" and "dot" typed letter by letter between words.
  { re: /(?<=[a-z0-9]\s+)(?:a\s+t|d\s+o\s+t)(?=\s+[a-z0-9])/gi, replace: (m) => m[0].replace(/\s+/g, ""), gate: /\s(?:a\s+t|d\s+o\s+t)\s/i },
  // "rudy_r_73 🌀 aol 🔘 com", "kev_92 🅰 hotmail ⚫ co ⚫ uk", "jen • example • com": an address whose
  // "@" and dots are drawn with symbols or emoji, read as one when it ends in a mail ending.
  { re: SYMBOL_ADDRESS, replace: symbolAddress, marks: { mark: SYMBOL_MARK, before: isMailboxCode } },
  // "zack (dot) tunes (underscore) 915", "tyler underscore wrenches": a spoken underscore joins a handle.
  { re: /\s*[(\[{<]?\s*\bunderscore\b\s*[)\]}>]?\s*/gi, replace: () => "_", gate: /underscore/i },
  // "greggs garage dot u s", "okafor engineering dot n g": a two-letter ending spelled letter by letter.
  {
    re: /(?<=\s(?:dot|punto|ponto|punkt|point)\s+)([a-z])\s+([a-z])\b(?!\s+[a-z]\b)/gi,
    replace: (m) => `${m[1]}${m[2]}`,
    gate: /\s(?:dot|punto|ponto|punkt|point)\s+[a-z]\s+[a-z]\b/i,
  },
  // Spoken and spaced-out addresses: "arroba" (Spanish/Portuguese "at"), "punto"/"ponto" (dot),
  // "h t t p s : / /", "tonyfixes . c o m", "gmail,com", "tonyfixes dot com", "www . mikes mobile mechanic . net".
  // So are the Italian and German names of "@" ("paolo chiocciola esempio punto it").
  { re: /\s+(?:arroba|arobase|chiocciola|klammeraffe)\s+/gi, replace: () => "@", gate: /arroba|arobase|chiocciola|klammeraffe/i },
  // "rorymac at sign example full stop co full stop uk": the British name of the dot, between words
  // and only where a common ending that is no word closes them ("came to a full stop in town" stays).
  { re: new RegExp(String.raw`(?<=[a-z0-9]\s+)full\s+stop(?=\s+(?:[a-z0-9-]+\s+full\s+stop\s+)*(?:${FULL_STOP_TLDS})\b(?!\s?\w))`, "gi"), replace: () => "dot", gate: /full\s+stop/i },
  { re: /\bhttps?\s*:\s*\/\s*\/\s*/gi, replace: (m) => `${m[0].replace(/[\s:\/]/g, "")}://` },
  // Defanged links, as security people write them to stop a click: "hxxps://", "[:]//".
  { re: /\bh(?:xx|tt)p(s?)\s*(?:\[:\]|:)\s*\/\//gi, replace: (m) => `http${m[1]}://`, gate: /\bhxxp|\[:\]/i },
  { re: /\s*\.\s*c\s+o\s+m\b/gi, replace: () => ".com" },
  {
    re: new RegExp(
      String.raw`\b(www\s*\.\s*|www\s+(?:dot|punto|ponto|punkt)\s+)?((?:(?!(?:at|dot|arroba|punto|ponto|punkt)\s)[a-z0-9-]+\s+){0,3}?[a-z0-9-]{2,})(,(?=(?:com|net|org)\b)|\s+\.\s*|\s+(?:dot|punto|ponto|punkt|point)\s+)(${SPOKEN_TLDS}|[a-z]{2,24})\b`,
      "gi",
    ),
    retry: true,
    replace: (m) => {
      const end = m.index + m[0].length;
      // Said to be joined: "all one word", "no spaces", "(remove spaces)".
      const joinSaid = JOIN_SAID.test(m.input.slice(m.index, end + 40));
      // Marked as a link, any top-level domain ends the address: after "www" ("www . kiwi-auto-sparky
      // . nz"), after a scheme ("h t t p s : / / rhysautos . test" reads "https://rhysautos . test"),
      // or when the sender says to join it right after ("jojo . example . ph (remove spaces)").
      // The said-after marker counts for an ending of 3+ letters or a name of 4+ letters, never for
      // "ie" (Latin "that is") or a token with a digit ("bald . ie - no spaces", "AB12 . CD (no spaces)").
      const t = (m[4] ?? "").toLowerCase();
      const name = (m[2] ?? "").split(/\s+/).pop()!;
      const linkLike = t !== "ie" && !/\d/.test(name + t) && (t.length >= 3 || name.length >= 4);
      const marked = m[1] !== undefined || /:\/\/$/.test(m.input.slice(0, m.index)) || (linkLike && JOIN_SAID_NEXT.test(m.input.slice(end, end + 40)));
      // Right after "@" typed onto a local part the words are a mail domain: any ending closes it where
      // the message or a punctuation mark follows ("paolo@esempio punto it"); not after a mention
      // ("thanks @Sam . it's done", "@Ana . ie tomorrow").
      const mailDomain = /[a-z0-9._%+-]@$/i.test(m.input.slice(0, m.index)) && /^\s*(?:$|[.,;:!?)\]])/.test(m.input.slice(end));
      const anyTld = (marked || mailDomain) && TLD_SET.has(t) ? t : undefined;
      const tld = anyTld ?? spokenTld(m[4] ?? "", m[3] ?? "", m.input.slice(end, end + 2));
      if (tld === undefined) return undefined;
      const words = m[2] ?? "";
      // "tony fixes dot com": the words of a domain said apart are glued only after "www" or when
      // the sender says so; otherwise the last word is the domain ("my site is tonyfixes dot com").
      // So are the words right after "at"/"@" ("ahmed at garage auto dot ae"): a mail domain.
      const glue = m[1] !== undefined || joinSaid || /[a-z0-9_]\s*(?:@|\s+at)\s*$/i.test(m.input.slice(Math.max(0, m.index - 30), m.index));
      const domain = glue ? words.replace(/\s+/g, "") : words.split(/\s+/).pop()!;
      if (!glue && NOT_A_SITE_NAME.test(domain)) return undefined;
      const head = glue ? "" : words.slice(0, words.length - domain.length);
      return `${head}${m[1] ? "www." : ""}${domain}.${m[4]}`;
    },
    marks: { mark: SPOKEN_DOT_MARK, before: isSpokenDomainCode },
    // Again on its output: "name . shop . site" closes the last dot first, then the one before it.
    passes: 2,
  },
  // "visit www davesgarage com", "www oficina-joao com br": a site after "www" with its dots left out.
  {
    re: new RegExp(String.raw`\bwww\s+([a-z0-9][a-z0-9-]{2,62})\s+((?:com|net|org|co)\s+[a-z]{2}|${SPOKEN_TLDS})\b`, "gi"),
    replace: (m) => `www.${m[1]}.${(m[2] ?? "").replace(/\s+/g, ".")}`,
    gate: /\bwww\s/i,
  },
  // "bit ly/3xYzAbc", "goo gl/maps/abc123", "linktr ee/oficinajoao": a link whose dot is a space, before its path.
  { re: SPACED_HOST_BEFORE_PATH, replace: spacedHost, gate: /\/[\w-]{3}/ },
  // "marcus t at proton me", "sal at gmail com": a mail provider and its ending said without the dot.
  {
    re: /(?<=\bat\s+)(gmail|googlemail|hotmail|outlook|yahoo|ymail|proton|protonmail|icloud|gmx|aol|live|zoho|yandex|fastmail)\s+(com|me|net|ch|de|ca|fr|es|it|co\s+uk|com\s+au)\b/gi,
    replace: (m) => `${m[1]}.${(m[2] ?? "").replace(/\s+/g, ".")}`,
    gate: /\bat\s+(?:gmail|googlemail|hotmail|outlook|yahoo|ymail|proton|protonmail|icloud|gmx|aol|live|zoho|yandex|fastmail)\s+[a-z]/i,
  },
  // "t . me / bmw_fixer", "wa . me / 4479...": a messaging app's short link typed apart so it will not click.
  { re: /\b(t|wa|m)\s*\.\s*me\s*\/\s*(?=\w)/gi, replace: (m) => `${(m[1] ?? "").toLowerCase()}.me/`, gate: /\b(?:t|wa|m)\s*\.\s*me\s*\//i },
  // "instagram dot com slash mobile_tyres", "kennys.repair slash booking": a spoken slash after a domain is its path.
  {
    re: /(?<=[a-z0-9-]\.[a-z]{2,24}(?:\/[\w.-]+)*)\s+slash\s+(?=[\w@])/gi,
    replace: () => "/",
    gate: /\bslash\b/i,
    passes: 3,
  },
  // "live dot co dot uk", "fixit dot com dot au": the second spoken dot of a two-part ending.
  {
    re: new RegExp(String.raw`(?<=[a-z0-9-]\.(?:co|com|org|net|gov|ac))\s+(?:dot|punto|ponto|punkt|point)\s+(?=(?:uk|au|nz|za|in|br|mx|ar|jp|kr|il|sg|my|ie|ca|us)\b)`, "gi"),
    replace: () => ".",
    gate: /\s(?:dot|punto|ponto|punkt|point)\s/i,
  },
  // "carl_at_example_dot_com", "carl-at-shop-dot-net": "at" and "dot" typed inside one token between joiners.
  {
    re: /(?<![\w@.])([a-z0-9][a-z0-9.]*?)([_-])at\2([a-z0-9][a-z0-9-]*?)\2dot\2([a-z]{2,6})(?![\w@])/gi,
    replace: (m) => (TLD_SET.has((m[4] ?? "").toLowerCase()) ? `${m[1]}@${m[3]}.${m[4]}` : undefined),
    gate: /[_-]at[_-][\s\S]*[_-]dot[_-]/i,
  },
  // "sam@@example..com remove the doubles": an address with its "@" or dots typed twice.
  {
    re: /(?<![\w@.])[a-z0-9][\w.+-]*?@{1,3}[a-z0-9][\w-]*(?:\.{1,3}[a-z0-9][\w-]*)+(?![\w@])/gi,
    replace: (m) => (/@@|\.\./.test(m[0]) ? m[0].replace(/@{2,3}/g, "@").replace(/\.{2,3}/g, ".") : undefined),
    gate: /@@|@[^\s@]*\.\./,
  },
  // "moc.elpmaxe@nhoj": an address typed backwards, its ending first.
  {
    re: /(?<![\w@.])([a-z]{2,6})\.([a-z0-9][a-z0-9.-]*)@([a-z0-9][\w.+-]*)(?![\w@])/gi,
    replace: (m) => {
      const ending = [...(m[1] ?? "")].reverse().join("").toLowerCase();
      return TLD_SET.has(ending) && !TLD_SET.has((m[1] ?? "").toLowerCase()) ? [...m[0]].reverse().join("") : undefined;
    },
    gate: /\.[a-z0-9.-]*@/i,
  },
  // "johnATgmailDOTcom": upper-case separators glued to lower-case words.
  { re: /\b([a-z0-9._-]+)AT([a-z0-9-]+)DOT([a-z]{2,6})\b/g, replace: (m) => `${m[1]}@${m[2]}.${m[3]}`, gate: /AT[a-z0-9-]+DOT/ },
  // "what$app": a dollar sign for an s inside a word.
  { re: /(?<=[A-Za-z])\$(?=[A-Za-z])/g, replace: () => "s", gate: /[A-Za-z]\$[A-Za-z]/ },
  // "plus four four, seven seven ...": a spoken plus before a spoken or written country code.
  { re: /\bplus\s+(?=(?:\d|zero|one|two|three|four|five|six|seven|eight|nine)\b)/gi, replace: () => "+", gate: /\bplus\b/i },
  // "f1ve", "thr33", "tw0", "sev3n", "0n3", "0h": a digit word with digits typed for its letters
  // (0 for o, 1 for i, 3 for e) is the word. Only whole words that then spell a number word.
  {
    re: /\b(?=[a-z0-9]*[a-z])(?=[a-z0-9]*[013])[a-z0-9]{2,8}\b/gi,
    replace: (m) => {
      const word = m[0].toLowerCase().replace(/0/g, "o").replace(/1/g, "i").replace(/3/g, "e");
      return LEET_NUMBER_WORDS.has(word) ? word : undefined;
    },
    gate: /[a-z][013]|[013][a-z]/i,
  },
  // "seiscientos doce", "vierunddreißig", "beş yüz otuz iki": groups said with hundreds, or with the tens of
  // languages the rules below do not read (number-words-abroad.ts), before those rules take the words one by one.
  { re: NUMBER_WORD_RUN, replace: readNumberWords, synth: WORDED, gate: NUMBER_WORDS_ABROAD_GATE },
  // "three fives" -> "555".
  {
    re: /\b(two|three|four)\s+(zero|oh|one|two|three|four|five|six|seven|eight|nine)(?:e?s)\b/gi,
    replace: (m) => digitOf((m[2] ?? "").toLowerCase()).repeat(m[1]!.toLowerCase() === "two" ? 2 : m[1]!.toLowerCase() === "three" ? 3 : 4),
  },
  // "fivefivefive", "ohseven", "sixoh4": several digit words glued into one word (or onto digits).
  {
    // Also straight after digits ("5fivefive", "07cinci5"): the words go on the digits typed before them.
    re: new RegExp(`(?:\\b|(?<=\\d))(?:${DIGIT_WORD}|oh)(?:${DIGIT_WORD}|oh){1,}(?=\\d|\\b)`, "gi"),
    replace: (m) => (/^(?:oh)+$/i.test(m[0]) ? undefined : m[0].toLowerCase().replace(GLUED_DIGIT_WORD, digitOf)),
  },
  // "20nineteen", "eleven45": a teen glued to digits is its two digits.
  { re: new RegExp(`(?<=\\d)(?:${TEEN_WORD})|\\b(?:${TEEN_WORD})(?=\\d)`, "gi"), replace: (m) => TENS[m[0].toLowerCase()], synth: WORDED, nearDigits: true },
  // "seven20", "01three4", "oh1five1": a digit word (or "oh") glued to digits.
  { re: new RegExp(`(?<=\\d)(?:${DIGIT_WORD}|oh)|\\b(?:${DIGIT_WORD}|oh)(?=\\d)`, "gi"), replace: (m) => (/^oh$/i.test(m[0]) ? "0" : digitOf(m[0])), nearDigits: true },
  // French eighties and nineties: "quatre-vingt-dix-neuf" -> 99, "quatre-vingts" -> 80.
  {
    re: /\bquatre[\s-]vingts?(?:[\s-](dix[\s-](?:sept|huit|neuf)|dix|onze|douze|treize|quatorze|quinze|seize|un|deux|trois|quatre|cinq|six|sept|huit|neuf))?\b/gi,
    replace: (m) => String(80 + frenchUnder20((m[1] ?? "").toLowerCase())),
    synth: WORDED,
    gate: /quatre[\s-]vingt/i,
  },
  // "fifty-five", "thirty three", "soixante-dix-huit", "treinta y cuatro": tens (and teens) read as two-digit groups.
  {
    // French "et un" ("soixante et un", "vingt-et-un"): "un" is a digit here, after the tens and their "et".
    re: new RegExp(`\\b(?:${TEN_WORD})(?:(?:[\\s-]+(?:y\\s+|e\\s+|et[\\s-]+)?|-)(?:${DIGIT_WORD}|dix|um|(?<=\\bet[\\s-]+)une?|${TEN_WORD})(?:-(?:${DIGIT_WORD}))?)?\\b`, "gi"),
    replace: (m) => (inName(m) ? undefined : tensToDigits(m)),
    synth: WORDED,
  },
  // "nul agt twee, vyf vyf vyf", "khamsa khamsa khamsa, sifr wa7ad": a whole run of one further language's digit words.
  ...RUN_OF_ONE_LANGUAGE.map(({ table, re }, k): Rewrite => ({ re, replace: (m) => runOfOneLanguage(m, table), gate: { test: (text) => runWordsOf(text)[k]! >= RUN_WORDS_NEEDED } })),
  // "five five five" -> "5 5 5". (Tens above are groups; "one twenty, one fifteen" stays a reading.)
  { re: new RegExp(`\\b(?:${DIGIT_WORD})\\b`, "gi"), replace: (m) => (inName(m) || pronounOne(m) ? undefined : digitOf(m[0])) },
  // Words that are digits only next to digits: "oh" in "four oh four" (never "oh no"), "ate one ate", "do teen".
  // Each pass reads one more word of a run ("ziro wan tri tri"): up to three passes, and only
  // while a pass still changes something (the gate is tested once; it is the costly part).
  // A run of them is read one word per pass from its digit end ("ate ate ate, for for too, 6 7 8 9").
  { re: CONTEXT_RE, replace: (m) => digitOf(m[0]), gate: CONTEXT_GATE, passes: 8, nearDigits: true },
  // "forty-four hundred" -> 4400, "two hundred and six" -> 206, "eighteen hundred" -> 1800: a
  // house number or a group of a number said with "hundred".
  {
    // The rest joins only after "and" or as a two-digit group: in "nine hundred one two three" (a
    // UK "900 123") the digits after it are the number's next ones.
    re: /\b(\d{1,2})[\s-]+hundred(?:[\s-]+and[\s-]+(\d{1,2})\b|[\s-]+(\d{2})\b)?/gi,
    replace: (m) => String(Number(m[1]) * 100 + Number(m[2] ?? m[3] ?? 0)),
    synth: WORDED,
    gate: /hundred/i,
    nearDigits: true,
  },
  // "five five five dash oh one five one": a spoken dash between digits is the number's own dash.
  { re: /(?<=\d)\s+(?:dash|hyphen)\s+(?=\d)/gi, replace: () => "-", gate: /\b(?:dash|hyphen)\b/i, nearDigits: true },
  // "double five", "triple 7", "double oh", "three fives", "triple S" (a look-alike letter, read with the digits around it); "dubble", "tripple" as typed.
  {
    // British "treble"; Spanish "doble", Italian "doppio", German "doppel"/"dreifach", Dutch "dubbel", Portuguese "duplo"/"triplo".
    re: /\b(double|dubble|duble|doubel|doble|doppi[oa]|doppel|dubbel|dupl[oa]|triple|tripple|treble|trebble|tripl[oa]|trippel|dreifach|dbl|2|3|4)[\s-]*(0|\d|(?<=(?:double|triple|treble|dbl)[\s-]*)[OISZ](?=[\s,.;]|$))\b(?<!\b[234][\s-]*\d)|\b([234])\s+(0|\d)s\b/gi,
    replace: (m) => {
      const n = m[1] ? (/^(?:tri|tre|dreif)/i.test(m[1] ?? "") || m[1] === "3" ? 3 : m[1] === "4" ? 4 : 2) : Number(m[3]);
      return (m[2] ?? m[4] ?? "").repeat(n);
    },
    nearDigits: true,
  },
  // "98450 then 01 then 3 times 7", "555 then twice seven", "612 y 3 veces 4", "0151 dann dreimal die 5":
  // a digit repeated, said with a count word in any of the chat's languages, inside a run of digits
  // (a digit group before it), is that digit repeated. "it stalled 3 times 2 days running" has no
  // digit group before the count.
  {
    re: /(?<=\d[\s,.\-]{1,3}(?:(?:then|and|luego|y|e|depois|dann|und|puis|et|poi)\s+){0,2})(?:([2-5])\s*(?:times|veces|vezes|fois|volte|mal)|(twice|thrice)|(zwei|drei|vier|funf)mal)\s+(?:(?:the|el|la|o|a|le|il|die)\s+)?(\d)\b/gi,
    replace: (m) => {
      const word = (m[2] ?? m[3] ?? "").toLowerCase();
      const n = m[1] ? Number(m[1]) : (({ twice: 2, thrice: 3, zwei: 2, drei: 3, vier: 4, funf: 5 } as Record<string, number>)[word] ?? 0);
      return (m[4] ?? "").repeat(n);
    },
    gate: /(?:times|veces|vezes|fois|volte|mal|twice|thrice)\s/i,
    nearDigits: true,
  },
  // "oh double one four": an "oh" that met its digits only once "double one" became "11".
  { re: CONTEXT_RE, replace: (m) => digitOf(m[0]), gate: CONTEXT_GATE, passes: 2, nearDigits: true },
  // "512 then 10/2 10/2 5 then 0140", "303 2+3 5 5 ...": a digit given as a sum, a product or a
  // quotient, written tight ("10/2", not the separator of "5 / 01") inside a run of digits (a
  // digit group on each side), is that digit. Only a whole result from 0 to 9: "3/4 inch",
  // "10/2/2024" and "5/8" stay as they are.
  {
    re: /(?<=\d[\s,.\-]{1,3}(?:then\s+|and\s+)?)(?<![\/\d]\d*)([1-9]\d?)([\/+x*×÷])([1-9]\d?)(?![\/\d])(?=[\s,.\-]{1,3}(?:then\s+|and\s+)?\d)/gi,
    replace: (m) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const op = (m[2] ?? "").toLowerCase();
      const value = op === "+" ? a + b : op === "x" || op === "*" || op === "×" ? a * b : b !== 0 && a % b === 0 ? a / b : -1;
      return value >= 0 && value <= 9 ? String(value) : undefined;
    },
    gate: /\d[\/+x*×÷]\d/i,
    passes: 3,
    nearDigits: true,
  },
];

// ---------------------------------------------------------------------------------------
// App and platform names in disguise
// ---------------------------------------------------------------------------------------

/** Digits and symbols typed for letters inside a word: "vib3r", "sn@pch@t", "$ignal", "1nsta", "wh4tsapp", "g00gle". */
const LETTER_LEET: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "@": "a", $: "s", "5": "s", "7": "t", "!": "i", "|": "i" };
/** `piece` lower-cased, each `LETTER_LEET` character read as its letter and apostrophes dropped, one character at a time. */
function foldLetters(piece: string): string {
  const lower = piece.toLowerCase();
  let out = "";
  for (const c of lower) if (c !== "'" && c !== "’") out += LETTER_LEET[c] ?? c;
  return out;
}

/** The letters a typed piece or run of pieces stands for, lower case: "Vib3r" -> "viber". */
const lettersOf = (typed: string): string => (PLAIN_WORD.test(typed) ? typed.toLowerCase() : foldLetters(typed));

/** At most one edit apart (an insertion, a deletion, a substitution or two letters swapped). */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Spellings only their exact letters may stand for: short, or one letter from an everyday word ("line", "snap", "google"/"googled"). */
const EXACT_ONLY = new Set(CHANNEL_SPELLINGS.filter((name) => name.length < 6 || name === "google" || name === "signal"));
/** Spaced pieces that are ordinary words together: "we chat tomorrow" is not WeChat. */
const NOT_JOINED = new Set(["wechat"]);
/** Apps' two-letter short forms, read when typed with a dot between the letters ("t.g", "i.g"). */
const DOTTED_SHORT_FORMS = new Set(["tg", "ig", "fb", "sc", "yt", "dm", "pm"]);
/** Verbs that send someone to a channel, which are spelled apart the same way. */
const CHANNEL_VERBS = new Set(["dm", "pm", "hmu"]);
/** All that pieces typed apart may spell: a name (its letters exactly) or a channel verb. */
const SPELLED_APART: ReadonlySet<string> = new Set([...CHANNEL_SPELLINGS, ...CHANNEL_VERBS]);

/**
 * The app or platform a typed run of 1 to 3 pieces spells, or undefined. The grammar of a name in
 * disguise: its letters with digits or symbols typed for some ("vib3r", "sn@p"), split by a space,
 * dash or underscore ("what s app", "tele-gram", "w_h_a_t_s"), or, a single word, with one letter wrong,
 * missing, doubled or swapped ("telegarm", "whatsaap", "watsapp") in a word no dictionary holds.
 */
function channelSpelled(pieces: readonly string[]): string | undefined {
  const typed = pieces.join("");
  const letters = lettersOf(typed);
  // "d-m me", "p.m me", "h m u": the channel verbs, split the same way.
  if (pieces.length > 1 && CHANNEL_VERBS.has(letters)) return letters;
  if (!/^[a-z]{4,14}$/.test(letters)) return undefined;
  const disguised = pieces.length > 1 || /[^A-Za-z]/.test(typed);
  for (const name of CHANNEL_SPELLINGS) {
    if (letters === name) return disguised && !(pieces.length > 1 && NOT_JOINED.has(name)) ? name : undefined;
  }
  // A short name with its last letter doubled ("yelpp", "snapp"), in a word no dictionary holds.
  if (pieces.length === 1 && /(.)\1$/.test(letters) && CHANNEL_SPELLINGS.includes(letters.slice(0, -1)) && !isEnglishWord(letters)) return letters.slice(0, -1);
  // One letter off only in a single word: "reddit u/..." is the site and a user, not a typo.
  if (letters.length < 5 || pieces.length > 1) return undefined;
  for (const name of CHANNEL_SPELLINGS) {
    if (EXACT_ONLY.has(name) || name[0] !== letters[0] || !oneEditApart(letters, name)) continue;
    // "discard", "telegrams", "signals": a real word one letter away is that word.
    if (isEnglishWord(letters)) return undefined;
    return name;
  }
  return undefined;
}

/** A piece of a name: letters, maybe with digits or symbols typed for some (at least two letters). */
const NAME_PIECE = /^(?=(?:[^A-Za-z]*[A-Za-z]){2}|[A-Za-z]$)[A-Za-z0-9@$!|'’]+$/;

/** Every proper prefix of a name or a channel verb: the first piece of a name typed apart. */
const NAME_PREFIXES = new Set([...CHANNEL_SPELLINGS, ...CHANNEL_VERBS].flatMap((name) => Array.from({ length: name.length - 1 }, (_, i) => name.slice(0, i + 1))));
/** Whether letters are a name or a channel verb (`SPELLED_APART`) or the start of one. */
const beginsSpelledApart = (letters: string): boolean => NAME_PREFIXES.has(letters) || SPELLED_APART.has(letters);
/** Names by their first letter, for the one-letter-off test of a plain word. */
const BY_INITIAL = new Map<string, string[]>();
for (const name of CHANNEL_SPELLINGS) BY_INITIAL.set(name[0]!, [...(BY_INITIAL.get(name[0]!) ?? []), name]);
/** Whether a plain lower-case word is a name one letter off, or with its last letter doubled (not yet asking the dictionary). */
function nearAName(word: string): boolean {
  if (word.length < 5 || word.length > LONGEST) return false;
  for (const name of BY_INITIAL.get(word[0]!) ?? []) {
    if (name === word) return false;
    if (oneEditApart(word, name)) return true;
  }
  return false;
}
/** The first two letters of every name, and its first and third (a letter missing or added after the first). */
const FIRST_TWO = new Set(CHANNEL_SPELLINGS.flatMap((name) => [name.slice(0, 2), name[0]! + name[2]!, name[0]! + name[0]!]));
/** The longest name and one letter more: longer tokens are no name, a cheap test before one is folded. */
const LONGEST = Math.max(...CHANNEL_SPELLINGS.map((name) => name.length)) + 1;
const PLAIN_WORD = /^[A-Za-z]+$/;
/**
 * The letter (a typed digit or symbol folded) every name piece or name-like word starts with: a
 * token whose first character folds to none of them can neither begin a split name nor be a word
 * near a name, so it is skipped before it is sliced and folded (most words of a message).
 */
const INITIALS = new Set([...NAME_PREFIXES, ...FIRST_TWO].map((start) => start[0]!));

/**
 * Per ASCII character code, 1 when a token opening on it opens on no letter of `INITIALS` (the character folded as
 * `LETTER_LEET` and lower case reads); an apostrophe is left to the full test (foldLetters drops it).
 */
const OPENS_NO_NAME = Uint8Array.from({ length: 0x80 }, (_, c) => {
  const ch = String.fromCharCode(c);
  return ch !== "'" && !INITIALS.has(LETTER_LEET[ch] ?? ch.toLowerCase()) ? 1 : 0;
});

/**
 * Whether tokens k .. k+n-1 may be the pieces of a name typed apart: each at most six characters
 * ("what s app", "tele-gram", "d-m"), joined by one separator (a space, "-" or "_"), the same
 * between each.
 */
function splitPieces(text: string, starts: readonly number[], ends: readonly number[], k: number, n: number): boolean {
  const separator = text.charCodeAt(ends[k]!);
  if (separator !== 32 && separator !== 45 && separator !== 95) return false;
  for (let i = k; i < k + n; i++) {
    if (ends[i]! - starts[i]! > 6) return false;
    if (i > k && (starts[i]! - ends[i - 1]! !== 1 || text.charCodeAt(ends[i - 1]!) !== separator)) return false;
  }
  return true;
}

/**
 * The first two letters (lower case, by (c0 - 97) * 26 + (c1 - 97)) of every name prefix of two
 * letters or more and of FIRST_TWO: a token of two ASCII letters or more whose first two are none of
 * them neither begins a split name nor lies near a name, so it is skipped before it is sliced.
 */
const OPENING_PAIRS = new Uint8Array(26 * 26);
for (const start of [...NAME_PREFIXES, ...FIRST_TWO]) {
  const a = start.charCodeAt(0) - 97;
  const b = start.charCodeAt(1) - 97;
  if (a >= 0 && a < 26 && b >= 0 && b < 26) OPENING_PAIRS[a * 26 + b] = 1;
}

/** A character of a token names are read from ([A-Za-z0-9@$!|'’]), by character code. */
function isTokenCode(c: number): boolean {
  const lower = c | 0x20;
  return (c >= 48 && c <= 57) || (lower >= 97 && lower <= 122) || c === 64 || c === 36 || c === 33 || c === 124 || c === 39 || c === 0x2019;
}

/** Whether a UTF-16 code unit is an ASCII digit ("\\d"); NaN (outside the text) is none. */
export const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** `/\s/` of one UTF-16 code unit: white space and line terminators. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** An ASCII letter, by character code. */
export const isAsciiLetter = (c: number): boolean => (c | 0x20) >= 97 && (c | 0x20) <= 122;

/** Rewrites every app or platform name in disguise to its plain spelling (see `channelSpelled`). */
function canonicalChannelNames(src: Mapped): Mapped {
  const text = src.text;
  // The tokens (runs of isTokenCode characters) as [start, end) offsets, read by character code:
  // a match object and a record per word of a long message would be garbage at once.
  const starts: number[] = [];
  const ends: number[] = [];
  // Per token, whether it is ASCII letters only (PLAIN_WORD), read on the way.
  const plain: boolean[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isTokenCode(text.charCodeAt(i))) continue;
    starts.push(i);
    let letters = isAsciiLetter(text.charCodeAt(i));
    while (i + 1 < text.length && isTokenCode(text.charCodeAt(i + 1))) letters = isAsciiLetter(text.charCodeAt(++i)) && letters;
    ends.push(i + 1);
    plain.push(letters);
  }
  const edits: Edit[] = [];
  for (let k = 0; k < starts.length; k++) {
    const firstStart = starts[k]!;
    // foldLetters drops apostrophes, so a token that starts with one is left to the full test.
    const c0 = text.charCodeAt(firstStart);
    if (c0 < 0x80 && OPENS_NO_NAME[c0] === 1) continue;
    // A plain word (its letters are the word lower-cased): maySplit needs a name prefix, mayBeWord
    // FIRST_TWO, both opening with its first two letters.
    if (plain[k] && ends[k]! - firstStart >= 2 && OPENING_PAIRS[((text.charCodeAt(firstStart) | 0x20) - 97) * 26 + ((text.charCodeAt(firstStart + 1) | 0x20) - 97)] === 0) continue;
    const head = text.slice(firstStart, ends[k]);
    const headLetters = lettersOf(head);
    // A split name starts with a piece that begins a name ("what", "tele", "d"); a single word is
    // near a name's length and starts with a name's first two letters (or a verb's).
    const maySplit = NAME_PREFIXES.has(headLetters);
    const mayBeWord = headLetters.length >= 2 && FIRST_TWO.has(headLetters.slice(0, 2));
    if (!maySplit && !mayBeWord) continue;
    // A plain word alone: only one letter off a name of its initial and near its length is worth the rest.
    if (!maySplit && PLAIN_WORD.test(head) && !nearAName(headLetters)) continue;
    // Pieces typed apart spell a name or a verb exactly (see below): a plain word after this one goes on from the
    // start of one ("what s", not "you are"), else only this word alone is tried.
    const joins = maySplit && (!plain[k + 1] || beginsSpelledApart(headLetters + String.fromCharCode(text.charCodeAt(starts[k + 1]!) | 0x20)));
    for (let n = Math.min(joins ? 3 : 1, starts.length - k); n >= 1; n--) {
      const lastEnd = ends[k + n - 1]!;
      if (lastEnd - firstStart > LONGEST + 2 * (n - 1)) continue;
      if (n > 1 && !splitPieces(text, starts, ends, k, n)) continue;
      // A plain word is only ever one letter off a name: a length the names have, not a dictionary lookup per word.
      if (n === 1 && PLAIN_WORD.test(head) && (head.length < 5 || head.length > LONGEST)) continue;
      const pieces: string[] = [];
      for (let i = k; i < k + n; i++) pieces.push(text.slice(starts[i], ends[i]));
      // Pieces typed apart only ever spell a name or a verb exactly (see `channelSpelled`): one set
      // look-up turns away "you are", "i s", "we can" before the piece tests and the name loop.
      if (n > 1 && !SPELLED_APART.has(lettersOf(pieces.join("")))) continue;
      if (!pieces.every((p) => NAME_PIECE.test(p))) continue;
      // Only a piece's edges may be symbols: "@name" is a handle, "name@mail" an address.
      if (n === 1 && /^[@$!|]|[@]$/.test(head)) continue;
      if (text[firstStart - 1] === "@" || text[lastEnd] === "@") continue;
      // A link's parts ("youtu.be/x", "u/name", "site.com/telegram") are the link's.
      if (/[\/.:]/.test(text[firstStart - 1] ?? "") || /^[\/.:][^\s]/.test(text.slice(lastEnd, lastEnd + 2))) continue;
      const name = channelSpelled(pieces);
      if (name === undefined) continue;
      edits.push({ start: firstStart, end: lastEnd, text: name });
      k += n - 1;
      break;
    }
  }
  // "t.g @x", "i.g: x", "f.b me": an app's two-letter short form typed with a dot between the letters.
  for (const m of matchesOf(/(?<![\w.@])([a-z])\.([a-z])\.?(?![\w@])/gi, text)) {
    const pair = `${m[1]}${m[2]}`.toLowerCase();
    if (DOTTED_SHORT_FORMS.has(pair) && !edits.some((e) => e.start < m.index + m[0].length && e.end > m.index)) edits.push({ start: m.index, end: m.index + m[0].length, text: pair });
  }
  edits.sort((a, b) => a.start - b.start);
  return applyEdits(src, edits, TYPED);
}

/** Both stages; the result's offsets point into `message`. */
export function normalise(message: string): Mapped {
  let mapped = unicodeSkeleton(message);
  for (const r of REWRITES) {
    if (r.gate && !r.gate.test(mapped.text)) continue;
    for (let pass = 0; pass < (r.passes ?? 1); pass++) {
      const next = r.nearDigits
        ? rewriteNearDigits(mapped, r.re, r.replace, 48, r.synth ?? SPELLED)
        : rewrite(mapped, r.re, r.replace, r.synth ?? SPELLED, r.retry, r.marks && fromMarks(r.re, mapped.text, r.marks));
      const changed = next.text !== mapped.text;
      mapped = next;
      if (!changed) break;
    }
  }
  mapped = canonicalChannelNames(mapped);
  // Last, once every word that is a digit is one: letters typed for digits, near digits only.
  mapped = rewriteNearDigits(mapped, LEET_RUN, leetRun, 48);
  return mapped;
}
