import { isNorthAmericanNumber, normalise, UNIT_AFTER } from "./contact-detector.ts";

/**
 * How a text's closing numbers meet the next text's:
 * - "prose" (a name, a part number, a quote's line): only when nothing but punctuation follows
 *   them; words after a number are what it qualifies ("Peugeot 308 brake pads": a model).
 * - "file-name" (a media link's file name without its extension, whose words are labels):
 *   whatever words follow them ("503-engine").
 */
export type GroupEdges = "prose" | "file-name";

/** A date (year, month, day), maybe followed by a time (hours, minutes, seconds, maybe a fraction), as cameras and screenshots stamp files. */
const STAMP = /(?<!\d)(?:19|20)\d\d([-_.\/]?)(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01])(?:\D{1,4}(?:[01]\d|2[0-3])([-_.:]?)[0-5]\d\2[0-5]\d(?:\d{1,3})?)?(?!\d)/g;
/** A year standing alone ("Civic 2018", "2004-2018"): a model's year, not a piece of a number. */
const YEAR = /(?<![\d.,])(?:19[5-9]\d|20[0-3]\d)(?![\d.,]\d)/g;
/** A price: a currency sign, then an amount ("$12.99", "€ 40"). */
const PRICE = /[$£€¥]\s*\d+(?:[.,]\d+)*/g;
/**
 * A word mixing letters and digits back and forth (three changes or more, eight characters or
 * more): an id or a hash ("3f9a2c71e4b8", "a1B2c3D4"), not letters glued to a number ("PPS555", "GDB1330").
 */
const MIXED_ID = /(?<![a-z0-9])(?=[a-z0-9]{8,}(?![a-z0-9]))(?:[a-z]*\d+[a-z]+\d+[a-z]+\d*|\d*[a-z]+\d+[a-z]+\d+[a-z]*)[a-z0-9]*/gi;
/** Where a reading that is no piece stands, after `markApart`: a NUL, taken out of the text first (`readingOf`). */
const APART = "\u0000";
/** A text's readings, in order: digit runs, APART, words. */
// eslint-disable-next-line no-control-regex -- APART is a NUL on purpose: readingOf takes the text's own out
const READINGS = /\d+|\u0000|\p{L}+/gu;

/** `text` with each stretch matching `re` (global) replaced by APART. */
function markApart(text: string, re: RegExp): string {
  return text.replace(re, APART);
}

/**
 * What a reader reads in one text as numbers: its stretches of digit runs with nothing but
 * punctuation between them ("555-0177", "5 0 3"), after the detector's normaliser (number words,
 * other scripts' digits, letters typed for digits: "five-oh-three" is 5 0 3). A word ends a
 * stretch ("PPS555-0177" holds 555 0177; "Part no. 555-0177" too), and so does a reading that is
 * no piece of a number (`null`): a quantity with its unit or a price ("280 mm", "$12.99"), a date,
 * a date and time or a year ("20240512_143055", "2024-11-30 at 14.23.55", "Civic 2018"), an id
 * mixing letters and digits ("3f9a2c71e4b8").
 */
type Token = string[] | "word" | null;

function readingOf(text: string): Token[] {
  const folded = [STAMP, YEAR, PRICE, MIXED_ID].reduce(markApart, normalise(text).text.replaceAll(APART, ""));
  const tokens: Token[] = [];
  for (const m of folded.matchAll(READINGS)) {
    const last = tokens[tokens.length - 1];
    if (m[0] === APART || (/\d/.test(m[0][0]!) && UNIT_AFTER.test(folded.slice(m.index + m[0].length)))) tokens.push(null);
    else if (!/\d/.test(m[0][0]!)) tokens.push("word");
    else if (Array.isArray(last)) last.push(m[0]);
    else tokens.push([m[0]]);
  }
  return tokens;
}

/** The stretches of one text that meet its neighbours'. */
interface Edges {
  /** Its first stretch, when nothing apart stands before it (words may: "Part no. 555-0177"). */
  head: string[] | null;
  /** Its last stretch, when nothing apart stands after it, nor (prose) a word. */
  tail: string[] | null;
  /** One stretch at both edges: the text can stand whole between two others ("engine-555"). */
  whole: boolean;
}

function edgesOf(text: string, edges: GroupEdges): Edges | null {
  const tokens = readingOf(text);
  const stretches = tokens.filter((token): token is string[] => Array.isArray(token));
  if (stretches.length === 0) return tokens.includes(null) ? { head: null, tail: null, whole: false } : null;
  const first = tokens.indexOf(stretches[0]!);
  const last = tokens.lastIndexOf(stretches[stretches.length - 1]!);
  const head = tokens.slice(0, first).includes(null) ? null : stretches[0]!;
  const after = tokens.slice(last + 1);
  const tail = after.includes(null) || (edges === "prose" && after.length > 0) ? null : stretches[stretches.length - 1]!;
  return { head, tail, whole: stretches.length === 1 && head !== null && tail !== null };
}

/**
 * Whether `text` counts on from the last text of its shape before it (`shapes`: each shape's last
 * numbers): the same words, numbers as before but the last, and that one a few more ("image (2)"
 * after "image (1)", "DSC_3158" after "DSC_3156"): a camera's counter, no piece of a number.
 */
function countsOn(text: string, shapes: Map<string, number[]>): boolean {
  const folded = normalise(text).text;
  const shape = folded.replace(/\d+/g, "#");
  const numbers = (folded.match(/\d+/g) ?? []).map(Number);
  const before = shapes.get(shape);
  shapes.set(shape, numbers);
  if (!before || numbers.length === 0) return false;
  const step = numbers[numbers.length - 1]! - before[before.length - 1]!;
  return numbers.slice(0, -1).every((n, i) => n === before[i]) && step >= 1 && step <= 9;
}

/** Eleven digits: the most a North American number has, with its country code. */
const LONGEST = 11;

/** Where a North American number's own groups part, counted in its national digits: after a country code of its own, the area code, the exchange. */
const GROUP_CUTS = [0, 3, 6];

/**
 * Whether `pieces` (of `entries`, a key per text) are cut where a number spread over rows is: two
 * pieces of one entry (a line's description and its own part number) in any cut, pieces of two
 * entries only on the number's own groups (`GROUP_CUTS`: 303 / 555-0177, 303-555 / 0177,
 * 1 / 303 ...); `country` is 1 when the digits open with a country code. An innocent quote's part
 * number meets the next line's across a description in any cut ("75-430" / "41858-PLM-A06").
 */
function cutByGroups(pieces: readonly { at: number; numbers: string[] }[], country: number, entries: readonly (string | number)[]): boolean {
  let cut = -country;
  return pieces.slice(0, -1).every((piece, i) => {
    cut += piece.numbers.join("").length;
    return entries[piece.at] === entries[pieces[i + 1]!.at] || GROUP_CUTS.includes(cut);
  });
}

/**
 * Which of `texts`, read in the order given as one reader sees them side by side (a catalog
 * entry's name then its part number, a quote's notes and lines, the file names of a list of media
 * links), hold a piece of a North American number (`isNorthAmericanNumber`: valid in the US or
 * Canada, or on the 555 exchange) cut across two texts or more, in any cut: exactly the stretch
 * closing one text (`readingOf`: its digits, whatever punctuation parts them), the stretches of
 * the texts after it that hold one and nothing else, and the stretch opening the last; ten digits,
 * or eleven after a country code written as a number of its own ("+1", "1"). `entries` gives each
 * text's entry (equal keys: one entry): within one entry any cut ("Belt kit 30" then
 * "PPS-3555-0177" is 303-555-0177), across entries (quote lines, list entries, file names) only
 * the number's own groups (`cutByGroups`: "BK-303" then "PPS-555-0177"; "engine-503",
 * "engine-555", "engine-0162"). Texts without digits between the pieces are passed over (a category between a
 * name and its part number); a quantity, a price, a date, an id or a counter stops the reading
 * ("Brake disc 280 mm" then "BD-555-2210"; "IMG_20240512_212530" then "IMG_1234"). A number
 * within one text is that text's own reading, not this one's; `edges` says what may follow a
 * text's closing stretch, for all of them or per text (a concern's prose, then file names). Returns the indices of the texts holding a piece (none of the digits).
 */
export function phoneGroupsAcross(texts: readonly string[], edges: GroupEdges | readonly GroupEdges[], entries: readonly (string | number)[]): Set<number> {
  const holding = new Set<number>();
  const shapes = new Map<string, number[]>();
  // The stretches the next text's opening one may continue, oldest first: one closing stretch,
  // then texts read whole; never more digits than a number has.
  let chain: { at: number; numbers: string[] }[] = [];
  texts.forEach((text, at) => {
    const own = countsOn(text, shapes) ? { head: null, tail: null, whole: false } : edgesOf(text, typeof edges === "string" ? edges : edges[at]!);
    if (!own) return; // no digits: passed over
    if (own.head) {
      for (let from = 0; from < chain.length; from++) {
        const pieces = [...chain.slice(from), { at, numbers: own.head }];
        const runs = pieces.flatMap((piece) => piece.numbers);
        const digits = runs.join("");
        // A country code counts only beside the digits after it ("+1 303" / "555-0177"): a "1" closing a
        // text alone is a name's number ("Part GLUE-1" / "BOSCH-3397007120").
        const country = runs[0] === "1" && pieces[0]!.numbers.length > 1;
        if ((digits.length === 10 || country) && isNorthAmericanNumber(digits) && cutByGroups(pieces, digits.length - 10, entries)) pieces.forEach((piece) => holding.add(piece.at));
      }
    }
    chain = own.whole && chain.length > 0 ? [...chain, { at, numbers: own.head! }] : own.tail ? [{ at, numbers: own.tail }] : [];
    while (chain.flatMap((piece) => piece.numbers).join("").length >= LONGEST) chain = chain.slice(1);
  });
  return holding;
}
