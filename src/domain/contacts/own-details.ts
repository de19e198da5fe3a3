/**
 * A customer's own private details, as the platform stores them (their last name, phone number,
 * e-mail and street address), must not ride in what they write for professionals to read: a
 * concern "Car is registered to Z. Kowalczyk", a vehicle's colour "Kowalczyk" beside the last
 * initial "K" a workshop reads, a review "1537 Harrison". The detector reads text without knowing
 * whose it is; this reads it knowing the author's details, so it finds them however plainly
 * written. Pure: the caller looks the details up (AccountService.ownPrivateDetails).
 */
import { parsePhoneNumberFromString } from "libphonenumber-js/max";
import { isFirstName, maskRanges, normalise, UNIT_AFTER, unicodeSkeleton, type ContactKind } from "./contact-detector.ts";
import { TYPED } from "./detection/normalise.ts";
import type { Mapped } from "./detection/types.ts";
import { CAR_MAKES, foldAccents, isEnglishWord } from "./detection/vocabulary.ts";
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
  return foldMapped(unicodeSkeleton(written));
}

/** `fold` of a text already mapped to the text as written: its skeleton, or the detector's normalised reading ("K o w a l c z y k" is "Kowalczyk"). */
function foldMapped(skeleton: Mapped): Folded {
  const out: Folded = { text: "", start: [], end: [], camel: new Set() };
  let previousLower = false;
  for (let i = 0; i < skeleton.text.length;) {
    const ch = String.fromCodePoint(skeleton.text.codePointAt(i)!);
    const width = ch.length;
    const isUpper = /\p{Lu}/u.test(ch);
    if (isUpper && previousLower) out.camel.add(out.text.length);
    previousLower = /\p{Ll}/u.test(ch);
    const rendered = foldAccents(ch);
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
 * Consecutive words of a folded text read as one where only spaces cut them ("Kow alczyk",
 * "K owalczyk", "Harri son"): each run of 2 or more whole words with nothing but whitespace between
 * them, as the one word their letters make, from the first word's start to the last one's end, up
 * to `maxLength` letters. Only whole words are joined, so a joined reading starts and ends where the
 * text has word boundaries ("the rui zone" never reads "ruiz").
 */
function joinedWords(folded: Folded, maxLength: number): Word[] {
  const words = [...folded.text.matchAll(/\p{L}+/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const joined: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    let text = words[i]!.text;
    for (let j = i + 1; j < words.length && /^\s+$/u.test(folded.text.slice(words[j - 1]!.end, words[j]!.start)); j++) {
      text += words[j]!.text;
      if (text.length > maxLength) break;
      joined.push({ text, start: words[i]!.start, end: words[j]!.end });
    }
  }
  return joined;
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
 * look-alikes or accented ("KOWALCZYK", "Kowalczyk", "Kówalczyk") or in the plural ("the Ruizes"); cut off after 5 letters or more
 * ("Zed-Kowalc", unless the cut-off is a common word itself: "brake" for a Brakewell); glued, when 5 letters or more, inside a word ("ZedKowalczyk",
 * "thekowalczykfamily"), or when shorter to the author's first name ("zedruiz"); cut by spaces into
 * whole words whose letters make it ("Kow alczyk", "Ng uyen": `joinedWords`). A piece that is a
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
      // A family in the plural ("the Ruizes", "the Kowalczyks") is its name.
      const plural = word.text === `${piece}s` || word.text === `${piece}es`;
      if (word.text === piece || cutOff || plural) {
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
  // Cut by spaces ("Kow alczyk", "Kowal czyk", "Ng uyen"): the words' letters make the piece, read as one word of its own.
  for (const word of joinedWords(folded, Math.max(...counted.map((piece) => piece.length)))) {
    for (const piece of counted) {
      if (word.text !== piece) continue;
      if (!(isCommonWord(piece) || firstNames.includes(piece)) || namedThere(folded, word, firstNames)) spans.push([word.start, word.end]);
    }
  }
  return spans;
}

/** A number of a run as written: its digits, each one's range in the text as written, and whether any was typed as a digit (not a number word). */
interface DigitGroup {
  digits: string;
  start: number[];
  end: number[];
  typed: boolean;
}

/** A run of digits read across separators: its numbers (`groups`) and the text between each two (`seps`, normalised). */
interface DigitRun {
  groups: DigitGroup[];
  seps: string[];
}

/**
 * The digit runs of a normalised text (number words, other scripts' digits, letters typed for
 * digits: "five oh three" is 5 0 3): digits with at most a few characters but letters between
 * them ("503-555-0199", "(503) 555 . 0199"), as the numbers they are made of. `digitFor` reads a
 * character that is no digit as one (look-alike letters: `LOOK_ALIKE_DIGITS`).
 */
function digitRuns(norm: Mapped, digitFor: (text: string, i: number) => string | undefined = () => undefined): DigitRun[] {
  const runs: DigitRun[] = [];
  let run: DigitRun | null = null;
  let last = -Infinity;
  for (let i = 0; i < norm.text.length; i++) {
    const ch = norm.text[i]!;
    const digit = /\d/.test(ch) ? ch : digitFor(norm.text, i);
    if (digit === undefined) {
      if (/\p{L}/u.test(ch)) run = null;
      continue;
    }
    if (!run || i - last - 1 > DIGIT_GAP_MAX) {
      run = { groups: [], seps: [] };
      runs.push(run);
    }
    if (i - last > 1 || !run.groups.length) {
      if (run.groups.length) run.seps.push(norm.text.slice(last + 1, i));
      run.groups.push({ digits: "", start: [], end: [], typed: false });
    }
    const group = run.groups[run.groups.length - 1]!;
    group.digits += digit;
    group.start.push(norm.from[i]!);
    group.end.push(norm.to[i]!);
    group.typed ||= norm.synth[i] === TYPED;
    last = i;
  }
  return runs;
}

/**
 * A run's digits as a number said in words is read ("fifteen thirty seven" is 15 30 7, said 1537):
 * a tens word (20, 30 ... 90) and a units word after it (1 to 9) make one number, both in words
 * (never "30 7" typed). Null when the run has no such pair.
 */
function spokenDigits(groups: readonly DigitGroup[]): string | null {
  let digits = "";
  let said = false;
  for (let i = 0; i < groups.length; i++) {
    const tens = groups[i]!;
    const units = groups[i + 1];
    if (units && !tens.typed && !units.typed && /^[2-9]0$/.test(tens.digits) && /^[1-9]$/.test(units.digits)) {
      digits += `${tens.digits[0]}${units.digits}`;
      said = true;
      i++;
    } else digits += tens.digits;
  }
  return said ? digits : null;
}

/** Each run whole and each of its numbers alone ("Unit 4, 1537 Harrison" holds 41537, 4 and 1537), as digits and one span of the text as written. */
function wholeNumbers(runs: readonly DigitRun[]): Array<{ digits: string; span: [number, number] }> {
  const out: Array<{ digits: string; span: [number, number] }> = [];
  for (const run of runs) {
    const first = run.groups[0]!;
    const lastGroup = run.groups[run.groups.length - 1]!;
    const span: [number, number] = [first.start[0]!, lastGroup.end[lastGroup.end.length - 1]!];
    out.push({ digits: run.groups.map((group) => group.digits).join(""), span });
    const spoken = spokenDigits(run.groups);
    if (spoken !== null) out.push({ digits: spoken, span });
    if (run.groups.length > 1) for (const group of run.groups) out.push({ digits: group.digits, span: [group.start[0]!, group.end[group.end.length - 1]!] });
  }
  return out;
}

/** The whole numbers (`wholeNumbers`) that are exactly `digits`, as spans of the text as written. */
function runSpans(runs: readonly DigitRun[], digits: string): Array<[number, number]> {
  return wholeNumbers(runs)
    .filter((number) => number.digits === digits)
    .map((number) => number.span);
}

/**
 * What a look-alike letter typed for a digit reads as, as the detector's normaliser reads it inside
 * a number ("5O3", "l23", "o7g11"): asked of `normalise` once per letter, never listed here.
 */
const LOOK_ALIKE_DIGITS: ReadonlyMap<string, string> = new Map(
  [..."ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz|$"].flatMap((ch) => {
    const read = normalise(`55${ch} 1234`).text;
    return read.length === 8 && /^55\d 1234$/.test(read) ? [[ch, read[2]!] as const] : [];
  }),
);

/**
 * A look-alike letter (`LOOK_ALIKE_DIGITS`) inside a word that holds a digit ("O7911", "I23456"), as
 * that digit; undefined for anything else. Read only for the author's own number, whose digits are
 * known: a code like "A4" reads as 44 but is never anyone's seven digits.
 */
function lookAlikeDigit(text: string, i: number): string | undefined {
  const digit = LOOK_ALIKE_DIGITS.get(text[i]!);
  if (digit === undefined) return undefined;
  let a = i;
  while (a > 0 && /[\p{L}\d|$]/u.test(text[a - 1]!)) a--;
  let b = i + 1;
  while (b < text.length && /[\p{L}\d|$]/u.test(text[b]!)) b++;
  const word = text.slice(a, b);
  return /\d/.test(word) && [...word].every((ch) => /\d/.test(ch) || LOOK_ALIKE_DIGITS.has(ch)) ? digit : undefined;
}

/**
 * The ways a stored phone number is dialled, as digits: its national number with and without the
 * trunk zero, and after its country code ("447911123456", "+44 (0)7911...", "0044...", "011 44...").
 * A number stored without its country code is read as national. Null when it has fewer than 7 digits.
 */
function phoneForms(phone: string): string[] | null {
  const digits = phone.replace(/\D/g, "");
  if (digits.length < LOCAL_DIGITS) return null;
  const parsed = /^\s*(?:\+|00)/.test(phone) ? parsePhoneNumberFromString(phone.trim().replace(/^00/, "+")) : undefined;
  const national = parsed ? parsed.nationalNumber.toString() : digits.replace(/^0/, "");
  const forms = [digits, national, `0${national}`];
  if (parsed) {
    const code = parsed.countryCallingCode.toString();
    forms.push(`${code}${national}`, `${code}0${national}`, `00${code}${national}`, `011${code}${national}`);
  }
  return [...new Set(forms)];
}

/** A comma between a number of 1-3 digits and one of 3, typed ("112,345"): a figure's thousands, which no phone is grouped by. */
function thousandsComma(before: DigitGroup, sep: string, after: DigitGroup): boolean {
  return sep.trim() === "," && before.typed && after.typed && before.digits.length <= 3 && after.digits.length === 3;
}

/**
 * Where the runs hold the author's phone number read as the detector reads a phone: consecutive
 * numbers of a run whose digits, 7 or more, are the end of a way the number is dialled
 * (`phoneForms`: "555-0199", "503.555.0199", "+1 503 555 0199", "07911 123456"), never a longer
 * number that only ends in its digits ("0 261 123 456", a part's number) nor a figure with a
 * thousands comma ("1,112,345 miles"). The longest such stretch of a run, as one span.
 */
function phoneSpans(runs: readonly DigitRun[], forms: readonly string[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const run of runs) {
    const found: Array<[number, number]> = [];
    for (let i = 0; i < run.groups.length; i++) {
      let digits = "";
      for (let j = i; j < run.groups.length; j++) {
        if (j > i && thousandsComma(run.groups[j - 1]!, run.seps[j - 1]!, run.groups[j]!)) break;
        digits += run.groups[j]!.digits;
        if (digits.length >= LOCAL_DIGITS && forms.some((form) => form.endsWith(digits))) found.push([i, j]);
      }
    }
    for (const [i, j] of found) {
      if (found.some(([a, b]) => a <= i && b >= j && (a !== i || b !== j))) continue;
      const endGroup = run.groups[j]!;
      spans.push([run.groups[i]!.start[0]!, endGroup.end[endGroup.end.length - 1]!]);
    }
  }
  return spans;
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

/** A measurement or a time right after a number ("Main Rd 40 miles back", "Park Ave 15 mins away"): no house number. */
const measuredAfter = (after: string): boolean => UNIT_AFTER.test(after) || /^\s*(?:mins?|minutes?|hours?|hrs?|secs?|seconds?|days?|weeks?|months?|years?|yrs?)\b/i.test(after);

/** What may stand between a street's type and its house number written after it: "Baker Street 221B", "Baker St, no. 221B", "Baker St #221". */
const NUMBER_AFTER_STREET = /^[\s.]*(\p{L}+)\.?[\s,]*(?:(?:no|nr|number|num)\.?\s*|#\s*)?$/iu;

/**
 * Where a text holds the author's street address: the house number of `addressLine1` (2 digits or
 * more, in digits or in words, as said: "fifteen thirty seven" is 1537; "1 Main" is too like a count of something; with its letter, if any:
 * "221B", or none: "221") within 2 words of its street's name ("1537 Harrison", "Harrison 1537"),
 * or, where the street's name is an everyday word ("Main", "Park", "Baker"), as an address is
 * written: right before it with a street type after ("12 Main St") or after it and its street type
 * ("Baker Street 221B", "Baker St, no. 221B"). Another number ("2211", "22", "221A") is another
 * house. A street named only by a letter or a short word with its type ("Avenue G") is read as that
 * phrase, its words in order (`phraseWords`), within 2 words of the number either side ("Avenue G
 * 4810"). The street's name is read in each of `views` (as written, and spaced out: "B a k e r").
 * Also the postcode: a number one's digits as a run of their own ("97214", "9 7 2 1 4"), but for
 * one followed by a distance ("10115 km": a mileage, `DISTANCE_AFTER`), one with letters however
 * cased and spaced ("NW1 6XE", "nw16xe").
 */
function addressSpans(text: string, views: readonly Folded[], runs: readonly DigitRun[], addressLine1: string, postalCode: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const houseMatch = addressLine1.match(/(\d{2,})\s?(\p{L}?)(?![\p{L}\d])/u) ?? addressLine1.match(/(\d{2,})()/);
  const house = houseMatch?.[1];
  const houseLetter = foldWord(houseMatch?.[2] ?? "");
  const street = foldWord(addressLine1)
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length >= 3 && !STREET_TYPE.test(word));
  // A street named by a letter or a short word only with its type ("Avenue G"): read as that phrase.
  const phrase = street.length
    ? null
    : foldWord(addressLine1)
        .replace(/\d+\s?\p{L}?(?![\p{L}\d])/u, " ")
        .split(/[^\p{L}]+/u)
        .filter((word) => word.length > 0);
  if (house && (street.length || (phrase && phrase.length >= 2 && phrase.some((word) => STREET_TYPE.test(word))))) {
    const streetWords = views.flatMap((folded) =>
      [...wordsOf(folded), ...joinedWords(folded, Math.max(0, ...street.map((word) => word.length))), ...phraseWords(folded, phrase ?? [])]
        .filter((word) => street.includes(word.text) || word.text === phrase?.join(" "))
        .map((word) => [folded.start[word.start]!, folded.end[word.end - 1]!, isEnglishWord(word.text) || word.text.length < 4] as const),
    );
    for (const [start, numberEnd] of runSpans(runs, house)) {
      // The house's letter, written glued or spaced ("221B", "221 b"); another letter is another house.
      const letter = /^\s?(\p{L})(?![\p{L}\d])/u.exec(text.slice(numberEnd));
      if (letter && houseLetter && foldWord(letter[1]!) !== houseLetter) continue;
      const end = letter && foldWord(letter[1]!) === houseLetter ? numberEnd + letter[0].length : numberEnd;
      const near = streetWords.find(([s, e, everyday]) => {
        const between = s >= end ? text.slice(end, s) : text.slice(e, start);
        // A street named by an everyday word ("Main", "Park", "High") is one only as an address is written:
        // the number right before it and a street type after ("12 Main St"), not "the 12 volt main fuse";
        // or after it and its street type ("Baker Street 221B").
        if (everyday && s >= end) return /^[\s,]*$/.test(between) && STREET_TYPE.test(text.slice(e).match(/^[\s.]*(\p{L}+)/u)?.[1] ?? "");
        if (everyday) return STREET_TYPE.test(NUMBER_AFTER_STREET.exec(between)?.[1] ?? "") && !measuredAfter(text.slice(end, end + 16));
        return (between.match(/\p{L}+/gu) ?? []).length <= STREET_REACH && between.length < 30;
      });
      if (near) spans.push([Math.min(start, near[0]), Math.max(end, near[1])]);
    }
  }
  const postcode = postalCode.replace(/\D/g, "");
  if (/\p{L}/u.test(postalCode)) spans.push(...views.flatMap((folded) => postcodeSpans(folded, postalCode)));
  else if (postcode.length >= 5) spans.push(...[...runSpans(runs, postcode.slice(0, 5)), ...runSpans(runs, postcode)].filter(([, end]) => !DISTANCE_AFTER.test(text.slice(end, end + 16))));
  return spans;
}

/**
 * A distance right after a number ("10115 km", "10,115 miles on the clock"): a car's mileage or a
 * trip, never a postcode. "mi" is Spanish and Italian for "my" too ("vivo en 10115 mi casa"), so
 * it counts only before no word or before English that goes on about a distance ("10115mi in
 * total", "mi on the clock", "mi ago"); before any other word the postcode stays masked.
 */
const DISTANCE_AFTER =
  /^\s*(?:kms?|kilomet(?:er|re)s?|miles?|mi(?=[ \t]*(?:[^\p{L}\s]|$|(?:on|in|and|or|total|now|so|away|back|ago|from|to|of|left|per|a|an|the|round|since|at|when|till|until|today|yesterday|last|this|is|was|are|were|but|with|without|before|after|later|more|less|driven|done|each|trip)\b)))\b/iu;

/** Where `folded` holds the words of `phrase` one after another with only spaces or a comma between ("Avenue G"), each as one word whose text is the phrase's words spaced. */
function phraseWords(folded: Folded, phrase: readonly string[]): Word[] {
  if (!phrase.length) return [];
  const words = [...folded.text.matchAll(/\p{L}+/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const found: Word[] = [];
  for (let i = 0; i + phrase.length <= words.length; i++) {
    const run = words.slice(i, i + phrase.length);
    const gapsOk = run.every((word, k) => k === 0 || /^[\s,.]{1,3}$/u.test(folded.text.slice(run[k - 1]!.end, word.start)));
    if (gapsOk && run.every((word, k) => word.text === phrase[k])) found.push({ text: phrase.join(" "), start: run[0]!.start, end: run[run.length - 1]!.end });
  }
  return found;
}

/** Where `folded` holds a postcode with letters ("NW1 6XE"), however cased and with or without its spaces or a dash ("nw16xe", "NW1-6XE"), on its own (not inside a longer code), as spans of the text as written. */
function postcodeSpans(folded: Folded, postalCode: string): Array<[number, number]> {
  const chars = [...foldWord(postalCode).replace(/[^\p{L}\d]/gu, "")];
  if (chars.length < 5) return [];
  const pattern = new RegExp(`(?<![\\p{L}\\d])${chars.map((ch) => ch.replace(/[^\p{L}\d]/gu, "")).join("[\\s-]?")}(?![\\p{L}\\d])`, "gu");
  return [...folded.text.matchAll(pattern)].map((m) => [folded.start[m.index]!, folded.end[m.index + m[0].length - 1]!]);
}

/**
 * The author's own private details `text` holds (`OwnDetails`), as spans of the text as written,
 * sorted: their last name (`lastNameSpans`: whole, a piece of a double one, cut off after 5
 * letters, glued, cut by spaces; a common word only where it reads as a name), their phone number's last 7
 * digits as one run across separators and number words ("555-0199", "five five five oh one nine
 * nine"), their e-mail's mailbox name when it is someone's ("zedk77"), their house number beside
 * its street and their postcode. Empty when nothing is stored or found.
 */
export function ownDetailSpans(text: string, own: OwnDetails): OwnDetailSpan[] {
  const written = fold(text);
  const norm = normalise(text);
  const normalised = foldMapped(norm);
  // As written, and as the detector reads it ("K o w a l c z y k", "z e d k 7 7"): the offsets of both are the text's.
  const views = normalised.text === written.text ? [written] : [written, normalised];
  const spans: OwnDetailSpan[] = [];
  const add = (kind: ContactKind, ranges: ReadonlyArray<readonly [number, number]>) => {
    for (const [start, end] of ranges) spans.push({ kind, start, end });
  };
  const inText = (folded: Folded, ranges: ReadonlyArray<readonly [number, number]>): Array<[number, number]> => ranges.map(([start, end]) => [folded.start[start]!, folded.end[end - 1]!]);
  if (own.lastName) for (const folded of views) add("FULL_NAME", inText(folded, lastNameSpans(folded, own.lastName, own.firstName ?? "")));
  const forms = own.phone ? phoneForms(own.phone) : null;
  if (forms) add("PHONE", phoneSpans(digitRuns(norm, lookAlikeDigit), forms));
  const mailbox = own.email ? mailboxName(own.email, own.firstName ?? "") : null;
  if (mailbox) for (const folded of views) add("EMAIL", inText(folded, mailboxSpans(folded, mailbox)));
  if (own.addressLine1 || own.postalCode) add("ADDRESS", addressSpans(text, views, digitRuns(norm), own.addressLine1 ?? "", own.postalCode ?? ""));
  // The same detail read in both views is one span.
  const seen = new Set<string>();
  return spans
    .filter((span) => {
      const key = `${span.kind}:${span.start}:${span.end}`;
      return !seen.has(key) && seen.add(key);
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
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

/** A detection as a reader gets a text: its masked text and the kinds found in it. */
export interface MaskedReading {
  masked: string;
  kinds: ContactKind[];
}

/**
 * The author's own details split across their consecutive messages ("Kow" then "alczyk", "07911"
 * then "123456", "K o w" then "a l c z y k"), as `detectAcrossMessages` reads a detail split so:
 * the messages are read joined (glued, and with a space between; the whole burst, and each earlier
 * message with `current` alone, so one of the author's own may stand between the halves: "Kow",
 * "sorry, typo", "alczyk"), and only what reaches from an
 * earlier message into `current` counts (what lies in one message alone is read with it:
 * `maskOwnDetails`). `found` is the detector's reading of the burst (`SequenceDetection`'s
 * `current` and `earlier`, null where an earlier message's mask did not grow); the answer is the
 * same, each mask grown (`growMask`) by its message's part of such a detail and its kinds added:
 * `current` null when nothing reaches into it and the detector found nothing, an earlier entry
 * null when its mask does not grow.
 *
 * @param earlier the author's preceding messages of the burst, oldest first (chat's `sideBurst`)
 */
export function maskOwnDetailsAcross(
  earlier: readonly string[],
  current: string,
  found: { current: MaskedReading; earlier: ReadonlyArray<MaskedReading | null> },
  own: OwnDetails,
): { current: MaskedReading; earlier: Array<MaskedReading | null> } {
  const parts = [...earlier, current];
  const ranges: Array<Array<[number, number]>> = parts.map(() => []);
  const kinds: Array<Set<ContactKind>> = parts.map(() => new Set());
  const last = parts.length - 1;
  // The whole burst, and each earlier message with the new one alone: a message of the author's own
  // may stand between the halves ("Kow" / "sorry, typo" / "alczyk").
  const readings = [parts.map((_, i) => i), ...earlier.slice(0, -1).map((_, i) => [i, last])];
  for (const reading of earlier.length ? readings : [])
    for (const separator of ["", " "]) {
      const starts: number[] = [];
      let joined = "";
      reading.forEach((i, k) => {
        if (k > 0) joined += separator;
        starts.push(joined.length);
        joined += parts[i]!;
      });
      const currentStart = starts[starts.length - 1]!;
      for (const span of ownDetailSpans(joined, own)) {
        // Only a detail begun in an earlier message and reaching into the new one.
        if (span.start >= currentStart || span.end <= currentStart) continue;
        reading.forEach((i, k) => {
          const start = Math.max(span.start, starts[k]!) - starts[k]!;
          const end = Math.min(span.end, starts[k]! + parts[i]!.length) - starts[k]!;
          if (end <= start) return;
          ranges[i]!.push([start, end]);
          kinds[i]!.add(span.kind);
        });
      }
    }
  const grown = (text: string, reading: MaskedReading, i: number): MaskedReading | null => {
    if (!ranges[i]!.length) return null;
    const masked = growMask(text, reading.masked, maskRanges(text, ranges[i]!));
    return { masked: masked ?? reading.masked, kinds: [...new Set([...reading.kinds, ...kinds[i]!])].sort() };
  };
  return {
    current: grown(current, found.current, last) ?? found.current,
    earlier: earlier.map((text, i) => grown(text, found.earlier[i] ?? { masked: text, kinds: [] }, i) ?? found.earlier[i] ?? null),
  };
}

/** What the details of `kinds` are called to their owner ("last name or phone number"), as `ownDetailSpans` finds them. */
export function ownDetailNames(kinds: readonly ContactKind[]): string {
  const names: Partial<Record<ContactKind, string>> = { FULL_NAME: "last name", PHONE: "phone number", EMAIL: "e-mail address", ADDRESS: "street address" };
  return kinds.map((kind) => names[kind] ?? "contact details").join(" or ");
}
