/**
 * A customer's own private details, as the platform stores them (their last name, phone number,
 * e-mail and street address), must not ride in what they write for professionals to read: a
 * concern "Car is registered to Z. Kowalczyk", a vehicle's colour "Kowalczyk" beside the last
 * initial "K" a workshop reads, a review "1537 Harrison". The detector reads text without knowing
 * whose it is; this reads it knowing the author's details, so it finds them however plainly
 * written. Pure: the caller looks the details up (AccountService.ownPrivateDetails).
 */
import { isFirstName, maskRanges, normalise, unicodeSkeleton, type ContactKind } from "./contact-detector.ts";
import { CAR_MAKES, isEnglishWord } from "./detection/vocabulary.ts";
import { growMask } from "./retroactive-mask.ts";

/** What the platform stores of an author that no professional may read; absent fields are not looked for. */
export interface OwnDetails {
  /** Shown to professionals, so never hidden: read only to frame a last name ("Zed Brown", "Z. Brown"). */
  firstName?: string | null;
  lastName?: string | null;
  phone?: string | null;
  email?: string | null;
  /** The street address's first line ("1537 Harrison St"): its house number with its street's name. */
  addressLine1?: string | null;
  postalCode?: string | null;
}

/** An own detail found in a text: UTF-16 offsets into the text as written, `end` exclusive. */
export interface OwnDetailSpan {
  /** FULL_NAME for the last name, PHONE, EMAIL (its mailbox name), ADDRESS (house and street, postcode). */
  kind: ContactKind;
  start: number;
  end: number;
}

/** A last name (or a piece of a double one) this long or longer counts glued inside a word ("thekowalczykfamily"), and cut off at no fewer letters ("Kowalc"). */
const DISTINCT_MIN = 5;
/** A piece of a double last name counts alone from this length ("Zeta-Jones": "Jones"), as `firstNameHoldsSurname` counts it. */
const PIECE_MIN = 3;
/** Characters between two digits of one run: "503-555-0199", "503 . 555 . 0199", "(503) 555". */
const DIGIT_GAP_MAX = 3;
/** Digits of a phone number that reach its owner without the area code, which a city gives away. */
const LOCAL_DIGITS = 7;
/** A mailbox name this long or longer is looked for; a shorter one ("zed", "jo") is too common to be anyone's. */
const MAILBOX_MIN = 5;
/** Words a house number and its street's name may stand apart: "1537 Harrison", "1537 on Harrison", "Harrison, 1537". */
const STREET_REACH = 2;
/** English words of one letter, which are words before they are anyone's initial. */
const ONE_LETTER_WORDS = new Set(["a", "i"]);

/** Words before a name-like last name that say it is one: "surname Ford", "registered to Ford", "Mrs Brown". */
const NAME_CUE_BEFORE = /\b(?:sur\s?name|last\s+name|family\s+name|maiden\s+name|name\s+(?:is|on\s+\w+(?:\s+\w+)?)|registered\s+(?:to|under)|in\s+the\s+name\s+of|mr|mrs|ms|mx|miss)\W*$/i;
/** Words after a name-like last name that say it is one: "the Brown family", "Park household", "Ford's place". */
const NAME_CUE_AFTER = /^(?:['’]s)?\s+(?:family|household|residence|home|house|place|kids|clan)\b/i;
/** Street types, which name no street on their own. */
const STREET_TYPE =
  /^(?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|way|ct|court|pl|place|ter|terrace|pkwy|parkway|hwy|highway|cir|circle|sq|square|n|s|e|w|ne|nw|se|sw|north|south|east|west|apt|unit|suite)$/i;

/** A text folded letter by letter (look-alikes, accents, case), with each folded unit's range in the text as written. */
interface Folded {
  text: string;
  start: number[];
  end: number[];
  /** Where a small letter met a capital as written ("ZedKowalczyk"): a word boundary in the folded text. */
  camel: Set<number>;
}

function fold(written: string): Folded {
  const skeleton = unicodeSkeleton(written);
  const out: Folded = { text: "", start: [], end: [], camel: new Set() };
  let previousLower = false;
  for (let i = 0; i < skeleton.text.length;) {
    const ch = String.fromCodePoint(skeleton.text.codePointAt(i)!);
    const width = ch.length;
    const isUpper = /\p{Lu}/u.test(ch);
    if (isUpper && previousLower) out.camel.add(out.text.length);
    previousLower = /\p{Ll}/u.test(ch);
    const rendered = ch.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
    for (let k = 0; k < rendered.length; k++) {
      out.start.push(skeleton.from[i]!);
      out.end.push(skeleton.to[i + width - 1]!);
    }
    out.text += rendered;
    i += width;
  }
  return out;
}

const foldWord = (word: string): string => fold(word).text;

/** A word of a text: a run of letters, from `start` to `end` in the folded text. */
interface Word {
  text: string;
  start: number;
  end: number;
}

/** The words of a folded text, also read apart where a small letter met a capital ("ZedKowalczyk": Zed, Kowalczyk, and ZedKowalczyk whole). */
function wordsOf(folded: Folded): Word[] {
  const words: Word[] = [];
  for (const m of folded.text.matchAll(/\p{L}+/gu)) {
    words.push({ text: m[0], start: m.index, end: m.index + m[0].length });
    const cuts = [...folded.camel].filter((at) => at > m.index && at < m.index + m[0].length).sort((a, b) => a - b);
    let from = m.index;
    for (const cut of [...cuts, m.index + m[0].length]) {
      if (cuts.length) words.push({ text: folded.text.slice(from, cut), start: from, end: cut });
      from = cut;
    }
  }
  return words;
}

/**
 * Whether a last name's piece is a word a text holds for other reasons: an English word ("Brown",
 * "Park", "Golf"), a car's make ("Ford", "Mercedes"), a given name ("Thomas"), or too short to be
 * told from one ("Li"). Such a last name counts only where it reads as a name (`namedThere`).
 */
const isCommonWord = (piece: string): boolean => piece.length < 4 || isEnglishWord(piece) || CAR_MAKES.has(piece) || isFirstName(piece);

/**
 * Whether the word at `word` reads as a person's last name where it stands: beside the author's
 * first name or its initial ("Zed Brown", "Z. Brown", "Brown, Zed"), after words that name one
 * ("surname Ford", "registered to Ford", "Mrs Brown") or before a household ("the Brown family",
 * "Park household").
 */
function namedThere(folded: Folded, word: Word, firstNames: readonly string[]): boolean {
  const before = folded.text.slice(Math.max(0, word.start - 40), word.start);
  const after = folded.text.slice(word.end, word.end + 30);
  const previous = before.match(/(\p{L}+)\W{0,3}$/u)?.[1];
  const next = after.match(/^\s*,?\s*(\p{L}+)/u)?.[1];
  const initials = firstNames.map((name) => name[0]);
  // "a" and "i" are words before they are initials ("a long time" for an Amy Long): they count with a full stop ("A. Long").
  const initial = previous?.length === 1 && initials.includes(previous) && (!ONE_LETTER_WORDS.has(previous) || /\p{L}\.\s*$/u.test(before));
  if (previous && (firstNames.includes(previous) || initial)) return true;
  if (next && firstNames.includes(next)) return true;
  return NAME_CUE_BEFORE.test(before) || NAME_CUE_AFTER.test(after);
}

/**
 * Where `folded` holds the author's last name (FULL_NAME spans, folded offsets): the whole name or
 * a piece of a double one of 3 letters or more, as a word of its own however cased, spelled with
 * look-alikes or accented ("KOWALCZYK", "Kowalczyk", "Kówalczyk"); cut off after 5 letters or more
 * ("Zed-Kowalc", unless the cut-off is a common word itself: "brake" for a Brakewell); glued, when 5 letters or more, inside a word ("ZedKowalczyk",
 * "thekowalczykfamily"), or when shorter to the author's first name ("zedruiz"). A piece that is a
 * common word (`isCommonWord`: "Ford", "Brown", "Park") counts only as a word of its own where it
 * reads as a name (`namedThere`), so "Ford Focus" and "dark brown" stay what they are; and a piece
 * that is a word of the author's own first name ("Rose" for a Mary-Rose Rose) only there too.
 */
function lastNameSpans(folded: Folded, lastName: string, firstName: string): Array<[number, number]> {
  const pieces = foldWord(lastName)
    .split(/[^\p{L}]+/u)
    .filter((piece) => piece.length > 0);
  const whole = pieces.join("");
  if (!whole) return [];
  const firstNames = foldWord(firstName)
    .split(/[^\p{L}]+/u)
    .filter((name) => name.length > 0);
  const counted = [...new Set([whole, ...pieces.filter((piece) => piece.length >= PIECE_MIN)])];
  const spans: Array<[number, number]> = [];
  for (const word of wordsOf(folded)) {
    for (const piece of counted) {
      const framed = isCommonWord(piece) || firstNames.includes(piece);
      const cutOff = word.text.length >= DISTINCT_MIN && word.text.length < piece.length && piece.startsWith(word.text);
      if (word.text === piece || cutOff) {
        // A cut-off that is a word of its own ("brake" for a Brakewell) is that word unless it reads as a name.
        if (!(framed || (cutOff && isCommonWord(word.text))) || namedThere(folded, word, firstNames)) spans.push([word.start, word.end]);
        continue;
      }
      if (framed) continue;
      const at = word.text.indexOf(piece);
      if (at >= 0 && piece.length >= DISTINCT_MIN) spans.push([word.start + at, word.start + at + piece.length]);
      // Glued to the first name: "zedruiz", "zedkowalc".
      for (const name of firstNames) {
        const rest = word.text.startsWith(name) ? word.text.slice(name.length) : "";
        if (rest === piece || (rest.length >= DISTINCT_MIN && piece.startsWith(rest))) spans.push([word.start, word.end]);
        else if (word.text.endsWith(name) && word.text.slice(0, -name.length) === piece) spans.push([word.start, word.end]);
      }
    }
  }
  return spans;
}

/** A run of digits read across separators: the digits, and each one's range in the text as written. */
interface DigitRun {
  digits: string;
  start: number[];
  end: number[];
}

/**
 * The digit runs of a text after the detector's normaliser (number words, other scripts' digits,
 * letters typed for digits: "five oh three" is 5 0 3): digits with at most a few characters but
 * letters between them ("503-555-0199", "(503) 555 . 0199"), and each number of a longer run on
 * its own too ("Unit 4, 1537 Harrison" holds 4, 1537 and 41537).
 */
function digitRuns(text: string): DigitRun[] {
  const norm = normalise(text);
  const runs: DigitRun[] = [];
  const numbers: DigitRun[] = [];
  let run: DigitRun | null = null;
  let last = -Infinity;
  for (let i = 0; i < norm.text.length; i++) {
    const ch = norm.text[i]!;
    if (/\p{L}/u.test(ch)) run = null;
    if (!/\d/.test(ch)) continue;
    if (!run || i - last - 1 > DIGIT_GAP_MAX) {
      run = { digits: "", start: [], end: [] };
      runs.push(run);
    }
    if (i - last > 1) numbers.push({ digits: "", start: [], end: [] });
    for (const into of [run, numbers[numbers.length - 1]!]) {
      into.digits += ch;
      into.start.push(norm.from[i]!);
      into.end.push(norm.to[i]!);
    }
    last = i;
  }
  return [...runs, ...numbers.filter((number) => !runs.some((whole) => whole.digits === number.digits && whole.start[0] === number.start[0]))];
}

/** The runs that are `digits` (`whole`) or hold them, each as one span of the text as written: a number's area code goes with it ("503.555.0199"). */
function runSpans(runs: readonly DigitRun[], digits: string, whole: boolean): Array<[number, number]> {
  return runs.filter((run) => (whole ? run.digits === digits : run.digits.includes(digits))).map((run) => [run.start[0]!, run.end[run.end.length - 1]!]);
}

/**
 * The digits of a stored phone number that reach its owner: its last 7 (the number without its
 * area code, which contains the whole number too), or none when it has fewer.
 */
function localDigits(phone: string): string | null {
  const digits = phone.replace(/\D/g, "");
  return digits.length >= LOCAL_DIGITS ? digits.slice(-LOCAL_DIGITS) : null;
}

/**
 * An e-mail's mailbox name, letters and digits only ("zed.k77" is "zedk77"), when it is someone's:
 * 5 characters or more and no English word or given name ("brakes", "thomas") nor the author's
 * first name, which professionals read anyway.
 */
function mailboxName(email: string, firstName: string): string | null {
  const local = foldWord(email.split("@")[0] ?? "").replace(/[^a-z0-9]/g, "");
  if (local.length < MAILBOX_MIN || isEnglishWord(local) || isFirstName(local) || local === foldWord(firstName).replace(/[^a-z0-9]/g, "")) return null;
  return local;
}

/** Where `folded` holds `name` (letters and digits), within one stretch without spaces ("(zedk77)", "zed.k77"). */
function mailboxSpans(folded: Folded, name: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of folded.text.matchAll(/\S+/g)) {
    const kept = [...m[0]].map((ch, i) => ({ ch, at: m.index + i })).filter(({ ch }) => /[\p{L}\p{N}]/u.test(ch));
    const letters = kept.map(({ ch }) => ch).join("");
    for (let at = letters.indexOf(name); at >= 0; at = letters.indexOf(name, at + 1)) spans.push([kept[at]!.at, kept[at + name.length - 1]!.at + 1]);
  }
  return spans;
}

/**
 * Where a text holds the author's street address: the house number of `addressLine1` (2 digits or
 * more, in digits or in words: "1 Main" is too like a count of something) within 2 words of its street's name ("1537 Harrison", "Harrison 1537"),
 * or, where the street's name is an everyday word ("Main", "Park"), right before it with a street type after ("12 Main St"), or the whole
 * postcode's digits as a run of their own ("97214", "9 7 2 1 4").
 */
function addressSpans(text: string, folded: Folded, runs: readonly DigitRun[], addressLine1: string, postalCode: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const house = addressLine1.match(/\d{2,}/)?.[0];
  const street = foldWord(addressLine1)
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length >= 3 && !STREET_TYPE.test(word));
  if (house && street.length) {
    const streetWords = wordsOf(folded)
      .filter((word) => street.includes(word.text))
      .map((word) => [folded.start[word.start]!, folded.end[word.end - 1]!, isEnglishWord(word.text) || word.text.length < 4] as const);
    for (const [start, end] of runSpans(runs, house, true)) {
      const near = streetWords.find(([s, e, everyday]) => {
        const between = s >= end ? text.slice(end, s) : text.slice(e, start);
        // A street named by an everyday word ("Main", "Park", "High") is one only as an address is written:
        // the number right before it and a street type after ("12 Main St"), not "the 12 volt main fuse".
        if (everyday) return s >= end && /^[\s,]*$/.test(between) && STREET_TYPE.test(text.slice(e).match(/^[\s.]*(\p{L}+)/u)?.[1] ?? "");
        return (between.match(/\p{L}+/gu) ?? []).length <= STREET_REACH && between.length < 30;
      });
      if (near) spans.push([Math.min(start, near[0]), Math.max(end, near[1])]);
    }
  }
  const postcode = postalCode.replace(/\D/g, "");
  if (postcode.length >= 5) spans.push(...runSpans(runs, postcode.slice(0, 5), true), ...runSpans(runs, postcode, true));
  return spans;
}

/**
 * The author's own private details `text` holds (`OwnDetails`), as spans of the text as written,
 * sorted: their last name (`lastNameSpans`: whole, a piece of a double one, cut off after 5
 * letters, glued; a common word only where it reads as a name), their phone number's last 7
 * digits as one run across separators and number words ("555-0199", "five five five oh one nine
 * nine"), their e-mail's mailbox name when it is someone's ("zedk77"), their house number beside
 * its street and their postcode. Empty when nothing is stored or found.
 */
export function ownDetailSpans(text: string, own: OwnDetails): OwnDetailSpan[] {
  const folded = fold(text);
  const spans: OwnDetailSpan[] = [];
  const add = (kind: ContactKind, ranges: ReadonlyArray<readonly [number, number]>, written: boolean) => {
    for (const [start, end] of ranges) spans.push(written ? { kind, start, end } : { kind, start: folded.start[start]!, end: folded.end[end - 1]! });
  };
  if (own.lastName) add("FULL_NAME", lastNameSpans(folded, own.lastName, own.firstName ?? ""), false);
  const runs = own.phone || own.addressLine1 || own.postalCode ? digitRuns(text) : [];
  const local = own.phone ? localDigits(own.phone) : null;
  if (local) add("PHONE", runSpans(runs, local, false), true);
  const mailbox = own.email ? mailboxName(own.email, own.firstName ?? "") : null;
  if (mailbox) add("EMAIL", mailboxSpans(folded, mailbox), false);
  if (own.addressLine1 || own.postalCode) add("ADDRESS", addressSpans(text, folded, runs, own.addressLine1 ?? "", own.postalCode ?? ""), true);
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * A maskable text (a concern, a chat message, a reason, a review) as its reader gets it once the
 * author's own details are hidden too: `found` is the detector's reading of `text` (its masked text
 * and kinds), grown by `ownDetailSpans` (a mask only grows: `growMask`), with their kinds added.
 * Null when the text holds none of them.
 */
export function maskOwnDetails(text: string, found: { masked: string; kinds: readonly ContactKind[] }, own: OwnDetails): { masked: string; kinds: ContactKind[] } | null {
  const spans = ownDetailSpans(text, own);
  if (!spans.length) return null;
  const masked =
    growMask(
      text,
      found.masked,
      maskRanges(
        text,
        spans.map((span) => [span.start, span.end]),
      ),
    ) ?? found.masked;
  return { masked, kinds: [...new Set([...found.kinds, ...spans.map((span) => span.kind)])].sort() };
}

/** What the details of `kinds` are called to their owner ("last name or phone number"), as `ownDetailSpans` finds them. */
export function ownDetailNames(kinds: readonly ContactKind[]): string {
  const names: Partial<Record<ContactKind, string>> = { FULL_NAME: "last name", PHONE: "phone number", EMAIL: "e-mail address", ADDRESS: "street address" };
  return kinds.map((kind) => names[kind] ?? "contact details").join(" or ");
}
