/**
 * Candidates of the trained second stage (issue 13, round 7): every span of a message that could
 * be a contact detail, deliberately liberal, each with the features the classifier reads.
 *
 * A candidate is either a span the rules found (`generator: "rule"`) or a looser span no rule had
 * to accept: digit runs (number words are digits after normalisation), e-mail/handle/link-shaped
 * tokens, spoken e-mail addresses, app and platform names (alone and with what follows them),
 * address-shaped and name-shaped stretches, and each whole sentence (a deal clause, or a detail in
 * a form no finer candidate has). All offsets are into the normalised text (`Mapped.text`).
 */
import { NOT_A_STREET_NAME } from "../detection/address.ts";
import { anchorIndex, startsIn } from "../detection/anchors.ts";
import { scan, tryAt } from "../detection/context.ts";
import { isMailProvider, mailCueBeside } from "../detection/links.ts";
import { isAsciiLetter, isDigitCode, isSpaceCode } from "../detection/normalise.ts";
import { piecePlace } from "../detection/number-pieces.ts";
import { posedAs } from "../detection/other-languages.ts";
import { exampleOfAThingsNumberAt, hasPhoneCue, labelledOrderNumberAt, MIN_PHONE_DIGITS, referenceNumberedByYear } from "../detection/phone.ts";
import { DEPARTMENT } from "../detection/phrases.ts";
import { CHANNEL_NAMES } from "../detection/social.ts";
import { sameNameOfSomeoneElse } from "../detection/someone-elses-name.ts";
import type { ContactKind, Hit, Mapped } from "../detection/types.ts";
import { CAR_MAKES } from "../detection/vocabulary.ts";

/** Where a candidate came from. */
export type Generator = "rule" | "digits" | "token" | "spoken" | "channel" | "channel+" | "address" | "street" | "postcode" | "name" | "sentence";

/** One span the classifier decides on, in normalised offsets (`end` exclusive). */
export interface Candidate {
  kind: ContactKind;
  start: number;
  end: number;
  /** As `ContactSpan.detail`: true when keeping it masks the span. */
  detail: boolean;
  generator: Generator;
  /** Feature names (unique) of this candidate, beside the message's shared ones; the classifier's weights are keyed by them. */
  features: string[];
}

interface Loose {
  re: RegExp;
  generator: Generator;
  kind: ContactKind;
  /** A cheap check of the matched text; a rejected match is simply not a candidate. */
  keep?: (match: string) => boolean;
  /** The matches of `re` as [start, end) offsets, found by a walk over the text instead of a scan with `re`. */
  walk?: (text: string) => Array<[number, number]>;
  /**
   * The generator listed before this one whose expression this one's opens with, whole ("channel"
   * for "channel+"): a match of this one can start only where that one matches, so when both are
   * anchored this one is tried only there.
   */
  opensWith?: Generator;
}

const digitCount = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) n++;
  return n;
};

/**
 * Per ASCII code: 1 where a token generator's run stops (white space and `,;:!?()"'<>[]`, the
 * `[^\s,;:!?()"'<>\[\]]` of its expression), 2 for a letter or digit, 0 for the rest.
 */
const TOKEN_CLASS = Uint8Array.from({ length: 128 }, (_, c) => (isSpaceCode(c) || `,;:!?()"'<>[]`.includes(String.fromCharCode(c)) ? 1 : /[a-z0-9]/i.test(String.fromCharCode(c)) ? 2 : 0));

/**
 * The token generator's matches (`TOKEN` scanned, the search resumed past each): every maximal run
 * of characters that are neither white space nor a stop of TOKEN_CLASS and hold an ASCII letter or
 * digit. Tried where a run starts, the expression's first `[^...]*` reads to the run's end and gives
 * back up to its last letter or digit, so a match is the whole run, or nothing anywhere in a run
 * without one ("i" without "u" folds no other character to ASCII). One pass instead of a scan that
 * tries every position, with a match object per token.
 */
export function tokenRuns(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c < 128 ? TOKEN_CLASS[c] === 1 : isSpaceCode(c)) {
      i++;
      continue;
    }
    const start = i;
    let alnum = false;
    do {
      if (c < 128) {
        const k = TOKEN_CLASS[c]!;
        if (k === 1) break;
        if (k === 2) alnum = true;
      } else if (isSpaceCode(c)) break;
      c = ++i < n ? text.charCodeAt(i) : 32;
    } while (i < n);
    if (alnum) out.push([start, i]);
  }
  return out;
}

/**
 * Whether a token generator's run is worth a candidate: four units or more, holding "@" or "_", a
 * letter or digit then "." or "/" then a letter ("shop.com", "ig/sam"), or both a letter and a
 * digit. One pass over its codes, where four searches read each of some 400 runs of a long message.
 */
function handleShaped(match: string): boolean {
  if (match.length < 4) return false;
  let letter = false;
  let digit = false;
  for (let i = 0; i < match.length; i++) {
    const c = match.charCodeAt(i);
    if (c === 64 || c === 95) return true;
    if (isAsciiLetter(c)) letter = true;
    else if (isDigitCode(c)) digit = true;
    else if ((c === 46 || c === 47) && i > 0 && i + 1 < match.length && isAsciiAlnum(match.charCodeAt(i - 1)) && isAsciiLetter(match.charCodeAt(i + 1))) return true;
  }
  return letter && digit;
}

const isAsciiAlnum = (c: number): boolean => isAsciiLetter(c) || isDigitCode(c);

/** Handle-, address- or link-shaped runs of text: what `tokenRuns` finds without the scan. */
export const TOKEN = /[^\s,;:!?()"'<>\[\]]*[a-z0-9][^\s,;:!?()"'<>\[\]]*/gi;

const STREET_WORDS = "st|street|rd|road|ave|avenue|dr|drive|ln|lane|blvd|boulevard|way|ct|court|pl|place|cres|crescent|close|terrace|hwy|highway|pkwy|parkway|circle|cir|trail|row|square|sq";

/** A street's name of one to three words and its type: "north lamar blvd", "Brake Lane." (the street generator's expression). */
export const STREET = new RegExp(String.raw`\b(?:[a-z][\w'’\-]*[ \t]+){1,3}(?:${STREET_WORDS})\b\.?`, "gi");
/** STREET tried at one place. */
const STREET_AT = new RegExp(STREET.source, "iy");
/** A street type after a blank: every match of STREET ends on one. */
const STREET_TYPE = new RegExp(String.raw`[ \t](?:${STREET_WORDS})\b`, "gi");

const isBlankCode = (c: number): boolean => c === 32 || c === 9;
/** A character of a street name's word (`[\w'’\-]`). */
const isStreetWordCode = (c: number): boolean => isAsciiAlnum(c) || c === 95 || c === 39 || c === 0x2019 || c === 45;

/**
 * STREET's matches as a scan finds them (the search resumed past each), tried only at the words up
 * to three before a street type after a blank. A match's words are parted by blanks and its type
 * stands after one, so the first such type at or past where the search stands (`STREET_TYPE`) is
 * in every match that opens before it, at most three words after its start: the places further
 * back hold none, and the scan's tries there (each reading up to three words on, then every street
 * type) are skipped.
 */
export function streetRuns(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // Every place before `tried` was tried or holds no match.
  let tried = 0;
  STREET_TYPE.lastIndex = 0;
  for (let type = STREET_TYPE.exec(text); type !== null; type = STREET_TYPE.exec(text)) {
    const blank = type.index;
    // Back over up to three words, each after its blanks.
    let from = blank + 1;
    for (let k = 0; k < 3; k++) {
      let at = from;
      while (at > tried && isBlankCode(text.charCodeAt(at - 1))) at--;
      if (at === from) break;
      while (at > tried && isStreetWordCode(text.charCodeAt(at - 1))) at--;
      from = at;
    }
    for (let at = Math.max(from, tried); at < blank; at++) {
      // STREET opens on a letter after no letter, digit or "_" (its \b).
      if (!isAsciiLetter(text.charCodeAt(at)) || (at > 0 && isWordCode(text.charCodeAt(at - 1)))) continue;
      STREET_AT.lastIndex = at;
      const m = STREET_AT.exec(text);
      if (m === null) continue;
      const end = at + m[0].length;
      out.push([at, end]);
      // The scan resumes past the match: so does the search for the next type.
      tried = end;
      STREET_TYPE.lastIndex = end;
      break;
    }
    if (tried < blank) tried = blank;
  }
  return out;
}

const isWordCode = (c: number): boolean => isAsciiAlnum(c) || c === 95;

/** A mailbox, its "@" or its word for it ("at", "arroba", ...) and a domain, said or typed loosely (the spoken generator's expression). */
export const SPOKEN_MAIL =
  /\b[\w.+-]{2,}(?:[ \t]*(?:@|\([ \t]*at[ \t]*\))[ \t]*|[ \t]+(?:at|arroba|chez|bei|on|via)[ \t]+)[\w.-]{2,}(?:[ \t]*(?:\(?[ \t]*(?:dot|punkt|point|punto|ponto|period)[ \t]*\)?|\.)[ \t]*[a-z]{2,12})*/gi;
/** SPOKEN_MAIL tried at one place. */
const SPOKEN_MAIL_AT = new RegExp(SPOKEN_MAIL.source, "iy");

/** A character of SPOKEN_MAIL's mailbox (`[\w.+-]`). */
const isMailboxCode = (c: number): boolean => isWordCode(c) || c === 46 || c === 43 || c === 45;

/**
 * Whether SPOKEN_MAIL's "@" or word for it may stand at `at`: after any blanks an "@" or "(", or
 * after one blank or more a letter its words open on.
 */
function connectorMayStand(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && isBlankCode(text.charCodeAt(i))) i++;
  if (i === text.length) return false;
  const c = text.charCodeAt(i);
  if (c === 64 || c === 40) return true;
  const lower = c | 0x20;
  return i > at && (lower === 97 || lower === 98 || lower === 99 || lower === 111 || lower === 118);
}

/**
 * SPOKEN_MAIL's matches as a scan finds them (the search resumed past each), tried only in the runs
 * of mailbox characters that the "@" or its word may follow. A match's mailbox reads such a run to
 * its end (none of the characters that open the "@" or its word belongs to it), so a run followed
 * by neither holds no match, and the scan's tries in it (each reading the run, then giving it back
 * one character at a time) are skipped.
 */
export function spokenMailRuns(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // Every place before `from` was tried or holds no match.
  let from = 0;
  for (let i = 0; i < text.length;) {
    if (!isMailboxCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isMailboxCode(text.charCodeAt(i))) i++;
    if (!connectorMayStand(text, i)) continue;
    for (let at = Math.max(start, from); at + 2 <= i; at++) {
      // SPOKEN_MAIL opens on a word boundary (its \b).
      if (isWordCode(text.charCodeAt(at)) === (at > 0 && isWordCode(text.charCodeAt(at - 1)))) continue;
      SPOKEN_MAIL_AT.lastIndex = at;
      const m = SPOKEN_MAIL_AT.exec(text);
      if (m === null) continue;
      from = at + m[0].length;
      out.push([at, from]);
      break;
    }
  }
  return out;
}

/** A street's name (one to three words) and type right after a number: " Brake Lane", " north lamar blvd"; group 1 the name. */
const STREET_AFTER = new RegExp(String.raw`^[ \t]+((?:[a-z][\w'’\-]*[ \t]+){1,3})(?:${STREET_WORDS})\b`, "i");

/**
 * Whether a looser candidate at [start, end) of the normalised `text` may stand as a phone number
 * by itself: it holds at least MIN_PHONE_DIGITS digits (number words count, being digits after
 * normalisation), as every phone the rules accept does, and is no house number, a number right
 * before a street's name and type ("1200-1204 Brake Lane"; a name word such as "and" or "wheel"
 * makes it no street, as for the rules), nor a reference numbered by year under its label
 * (`referenceNumberedByYear`: "Schadennummer 4 0641 2390 / 26") nor an order's number told as one (`labelledOrderNumberAt`:
 * "Order number 98765 43210 hai, phone holder ka, kal deliver hua"); or it is a piece of a number announced as one
 * (`announcedPiece`). Other short runs are readings, prices, house and suite numbers. A looser
 * candidate over a piece the rules found ("area code 303" beside a number) is kept under that
 * hit's kind anyway (classifier.ts, `keptHits`). Without this floor, a model that learnt the
 * digits of labelled addresses' house numbers flagged "1200 Brake Lane, Austin" as a PHONE (round 21).
 */
export function standsAsPhone(text: string, start: number, end: number): boolean {
  if (digitCount(text.slice(start, end)) < MIN_PHONE_DIGITS) return announcedPiece(text, start, end);
  // "Schadennummer 4 0641 2390 / 26": a reference numbered by year under its label, as the rules read it (round 24).
  if (referenceNumberedByYear(text, start, end)) return false;
  // "Order number 98765 43210 hai, phone holder ka, kal deliver hua": an order's number told as one, as the rules read it (round 30).
  if (labelledOrderNumberAt(text, start, end)) return false;
  // "the pump number, it's 10 digits, e.g. 4157220193": an example of a thing's number, as the rules read it (round 50).
  if (exampleOfAThingsNumberAt(text, start, end)) return false;
  const street = STREET_AFTER.exec(text.slice(end, end + 80));
  return (
    !street ||
    street[1]!
      .trim()
      .split(/[ \t]+/)
      .some((w) => NOT_A_STREET_NAME.has(w.toLowerCase()))
  );
}

/** How far (characters) either side of a piece its line is read for a phone word. */
const PIECE_CUE_REACH = 80;

/**
 * A piece of a phone number said to be one: the words beside it give its place in the number
 * (`piecePlace`, as the detector reads pieces sent apart: "ends in 0101", "area code 614",
 * "starts with 0151", "303 in front") and its line names a phone ("mobile", "number", "call").
 */
function announcedPiece(text: string, start: number, end: number): boolean {
  if (piecePlace(text, start, end) === "unsaid") return false;
  const from = text.lastIndexOf("\n", start) + 1;
  const to = text.indexOf("\n", end);
  return hasPhoneCue(text.slice(Math.max(from, start - PIECE_CUE_REACH), Math.min(to < 0 ? text.length : to, end + PIECE_CUE_REACH)));
}

/**
 * Whether a looser candidate at [start, end) of the normalised `text` may stand as a person's full
 * name: none of its words is one of a department, a team, a family or a firm signing for a group
 * (`DEPARTMENT`, for which the rules' signatures read no person: "Kundendienst Team", "Familie
 * Oberhauser", "Aviva Claims"). A firm's trade word alone ("Garage", "Motors", "Autohaus") does not
 * count: a business's name looked up elsewhere is a way to reach it, which the model learnt to catch.
 * Without this floor, round 22's retrained model read a signature such as "Ihr Autohaus Team" or
 * "Familie Oberhauser" after a sign-off as a person's name, which the rules leave alone. Nor a name the writer
 * denies being or is likened to ("tôi không phải là ...", "ik rij als ...": `posedAs`), as the rules read it.
 */
export function standsAsName(text: string, start: number, end: number): boolean {
  return !DEPARTMENT.test(text.slice(start, end)) && !posedAs(text, start, end);
}

/** Words for a vehicle in the marketplace's languages, before its model and year: "xe Vios 2016", "my car 2012", "coche Ibiza 2009". */
const VEHICLE_WORD = /^(?:car|cars|truck|van|ute|suv|pickup|bike|motorbike|xe|oto|coche|carro|auto|voiture|wagen|macchina|samochod|kotse|model)$/i;
/** A street's type among the candidate's words: then a number before it may well be a house's, whatever precedes it. */
const STREET_WORD = new RegExp(String.raw`\b(?:${STREET_WORDS})\b`, "i");

/**
 * Whether a looser candidate at [start, end) of the normalised `text` may stand as an address: not
 * when it opens on a model year (1950-2035) said right after a vehicle, its make ("Toyota 2016 ...")
 * or a vehicle word before its model ("xe Vios 2016 máy lạnh không mát", "my car Civic 2012 ...")
 * and names no street type. Round 24: the stage read a Vietnamese repair question after "xe Vios
 * 2016" as a house number and its street, as the rules do not (address.ts reads a year beside a
 * make as no house number). Nor when it opens inside an order's number told as one
 * (`labelledOrderNumberAt`): the stage, as round 29's review found, read the "678 to uchwyt na telefon" of "Numer
 * zamówienia 512 345 678 to uchwyt na telefon" as a house number and its street.
 */
export function standsAsAddress(text: string, start: number, end: number): boolean {
  // "Numer zamówienia 512 345 678 to uchwyt ...": no house number opens it, but an order number's last group.
  if (/^\d/.test(text.slice(start, start + 1)) && labelledOrderNumberAt(text, start, start + 1)) return false;
  const year = /^(\d{4})\b/.exec(text.slice(start, end));
  if (!year || +year[1]! < 1950 || +year[1]! > 2035 || STREET_WORD.test(text.slice(start, end))) return true;
  const words =
    text
      .slice(Math.max(0, start - 40), start)
      .match(/[a-z]+/gi)
      ?.slice(-3) ?? [];
  const make = words.some((w) => CAR_MAKES.has(w.toLowerCase()));
  const vehicleThenModel = words.length >= 2 && VEHICLE_WORD.test(words[words.length - 2]!);
  return !(make || vehicleThenModel || VEHICLE_WORD.test(words[words.length - 1] ?? ""));
}

/**
 * A spoken address of words alone, a name "at" a place and nothing after: "Rivera at Eastside" (group 1 the place). Only
 * "at": the model's readings of "on" and "via" ("coming over on Saturday", "ipv via de app") catch deals it has no
 * other candidate for, and the rules read those words before a mailbox's provider alone.
 */
const NAME_AT_A_PLACE = /^[a-z]+[ \t]+at[ \t]+([a-z]+)$/i;

/**
 * A name, a handle or a username "on" an app (`SAME_BEFORE`: right after "same"): "the same name on facebook" is read by the
 * model as a spoken address for the handle it points at (its training's "same name on the gram"), which is no one's address
 * when the name is someone else's (`sameNameOfSomeoneElse`, round 52: "a bloke with the same name on marketplace ...").
 */
const NAME_ON_AN_APP = /^(?:user[ \t]*name|name|handle|nick(?:name)?|tag|@)[ \t]+(?:on|via)[ \t]/i;
const SAME_BEFORE = /\bsame[ \t]+$/i;

/**
 * Whether a looser candidate at [start, end) of the normalised `text` may stand as an e-mail
 * address: not a name "at" a place in words alone ("Hi Dana, Rivera at Eastside here": a person
 * introduced with the business they speak for) with nothing mail-like, no mail provider for the
 * place ("dana at yahoo"), no "mail" in its name, no mail cue beside it (`mailCueBeside`: "email
 * me"), as the rules read a spoken address (links.ts). A mailbox with digits or signs, a dot or a
 * domain's ending ("danaw88 at eastside", "rivera at eastside dot com") stands as the model scored it.
 * Round 50: the stage read "Rivera at Eastside here" as an address, where "Sam at AutoDoctor here" passed. Nor "the same name on
 * <app>" said of someone else's name (`NAME_ON_AN_APP`, round 52: "watch out, a guy with the same name on facebook is a scammer").
 */
export function standsAsEmail(text: string, start: number, end: number): boolean {
  const place = NAME_AT_A_PLACE.exec(text.slice(start, end))?.[1];
  const same = NAME_ON_AN_APP.test(text.slice(start, end)) ? SAME_BEFORE.exec(text.slice(Math.max(0, start - 12), start)) : null;
  if (same && sameNameOfSomeoneElse(text, start - same[0].length)) return false;
  return place === undefined || isMailProvider(place) || /mail/i.test(place) || mailCueBeside(text, start, end);
}

/** The floors of looser candidates by kind (`standsAs`); a kind without one stands as the model scored it. */
const FLOORS: Partial<Record<ContactKind, (text: string, start: number, end: number) => boolean>> = {
  PHONE: standsAsPhone,
  FULL_NAME: standsAsName,
  ADDRESS: standsAsAddress,
  EMAIL: standsAsEmail,
};

/**
 * Whether a looser candidate of `kind` at [start, end) of the normalised `text` may stand as a
 * detail of that kind by itself, whatever a model scores it: a PHONE as `standsAsPhone`, a
 * FULL_NAME as `standsAsName`, an ADDRESS as `standsAsAddress`, an EMAIL as `standsAsEmail`, any
 * other kind always.
 */
export function standsAs(kind: ContactKind, text: string, start: number, end: number): boolean {
  return FLOORS[kind]?.(text, start, end) ?? true;
}

const LOOSE: readonly Loose[] = [
  { re: /\+?\d(?:[\d \t().\-\/]*\d)?/g, generator: "digits", kind: "PHONE", keep: (match) => digitCount(match) >= 3 },
  {
    re: TOKEN,
    walk: tokenRuns,
    generator: "token",
    kind: "SOCIAL_HANDLE",
    keep: handleShaped,
  },
  { re: SPOKEN_MAIL, walk: spokenMailRuns, generator: "spoken", kind: "EMAIL" },
  { re: new RegExp(String.raw`\b(?:${CHANNEL_NAMES})\b`, "gi"), generator: "channel", kind: "MESSAGING_APP" },
  {
    re: new RegExp(String.raw`\b(?:${CHANNEL_NAMES})\b(?:[ \t]*(?:[:=\-–]|(?:is|at|me|on|name|handle|id|username|under|as)\b)[ \t]*){0,3}@?[\w.\-]+(?:[ \t]+[\w.\-]+)?`, "gi"),
    generator: "channel+",
    opensWith: "channel",
    kind: "SOCIAL_HANDLE",
  },
  {
    re: /\b\d{1,6}[a-z]?(?:[ \t]+[a-z][\w'’.\-]*){1,5}(?:,[ \t]*[a-z][\w'’.\-]*(?:[ \t]+[a-z][\w'’.\-]*){0,2}){0,3}(?:,?[ \t]+\d{4,5}(?:-\d{4})?)?/gi,
    generator: "address",
    kind: "ADDRESS",
  },
  { re: STREET, walk: streetRuns, generator: "street", kind: "ADDRESS" },
  { re: /\b[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}\b|\b\d{5}(?:-\d{4})?\b/g, generator: "postcode", kind: "ADDRESS" },
  { re: /\b[A-Z][a-z'’\-]+(?:[ \t]+(?:[A-Z]\.[ \t]+)?[A-Z][a-z'’\-]+){1,2}/g, generator: "name", kind: "FULL_NAME" },
];

/** A sentence ends at "!", "?", a line break, or a full stop before a space or the end ("rick.17" goes on). */
function breakAt(text: string, i: number): boolean {
  const c = text[i]!;
  if (c === "!" || c === "?" || c === "\n") return true;
  return c === "." && !/\S/.test(text[i + 1] ?? "");
}

/** [start, end) of each sentence of `text`, trimmed. */
export function sentencesOf(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !breakAt(text, i)) continue;
    let s = start;
    let e = i < text.length && text[i] !== "\n" ? i + 1 : i;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push([s, e]);
    start = i + 1;
  }
  return out;
}

export interface Word {
  w: string;
  start: number;
  end: number;
}

/** A character words are made of, beside ASCII letters, digits and "@$_'": any letter or number, the typographic apostrophe. */
const WORD_CHARACTER = /^[\p{L}\p{N}’]$/u;

/** Code units of the word character at `i` (2 for one outside the BMP), or 0 when none is there: as `[\p{L}\p{N}@$_'’]` with the u flag reads it. */
function wordCharacterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 64 || c === 36 || c === 95 || c === 39 ? 1 : 0;
  // The second half of a pair: its first half was read (and was no word character, or the word went on past it).
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  const cp = text.codePointAt(i)!;
  return WORD_CHARACTER.test(String.fromCodePoint(cp)) ? (cp > 0xffff ? 2 : 1) : 0;
}

/**
 * Lower-case words (runs of `[\p{L}\p{N}@$_'’]`) with digits folded to 0, so numbers share features
 * by shape, at most 24 units. One pass over the text, not a Unicode expression; an ASCII text is
 * lower-cased once.
 */
export function wordsWithOffsets(text: string): Word[] {
  const out: Word[] = [];
  const lower = /[\u0080-\uffff]/.test(text) ? null : text.toLowerCase();
  for (let i = 0; i < text.length;) {
    let n = wordCharacterAt(text, i);
    if (n === 0) {
      i++;
      continue;
    }
    const start = i;
    let digits = false;
    while (n > 0) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) digits = true;
      i += n;
      n = i < text.length ? wordCharacterAt(text, i) : 0;
    }
    let w = lower === null ? text.slice(start, i).toLowerCase() : lower.slice(start, i);
    if (digits) w = w.replace(/\d/g, "0");
    out.push({ w: w.length > 24 ? w.slice(0, 24) : w, start, end: i });
  }
  return out;
}

const bin = (n: number, edges: readonly number[]): number => {
  let k = 0;
  while (k < edges.length && n >= edges[k]!) k++;
  return k;
};

/**
 * The shape of `text.slice(start, end)` in one pass: ASCII letters to "A"/"a", ASCII digits to "9",
 * white space runs to one " ", runs of one unit cut to two, 20 units at most.
 */
export function shapeOf(text: string, start: number, end: number): string {
  const out: number[] = [];
  let last = -1;
  let run = 0;
  for (let i = start; i < end && out.length < 20; i++) {
    const c = text.charCodeAt(i);
    let m: number;
    if (c >= 65 && c <= 90) m = 65;
    else if (c >= 97 && c <= 122) m = 97;
    else if (c >= 48 && c <= 57) m = 57;
    else if (isSpaceCode(c)) {
      if (i > start && isSpaceCode(text.charCodeAt(i - 1))) continue; // the rest of a run already written as one " "
      m = 32;
    } else m = c;
    if (m === last) {
      if (++run > 2) continue;
    } else {
      last = m;
      run = 1;
    }
    out.push(m);
  }
  return String.fromCharCode(...out);
}

/**
 * Per list of allowed domains (the few `DetectionOptions` a process builds), the expression finding
 * them as hosts, and the domains in lower case when all are ASCII (null when one is not).
 */
const HOSTS = new WeakMap<readonly string[], { re: RegExp; ascii: string[] | null } | null>();

function hostsOf(allowedDomains: readonly string[]): { re: RegExp; ascii: string[] | null } | null {
  let hosts = HOSTS.get(allowedDomains);
  if (hosts === undefined) {
    const names = allowedDomains.map((d) => d.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    const re = new RegExp(String.raw`(?<![\w.-])(?:[a-z0-9-]+\.)*(?:${names.join("|")})(?![\w-])`, "gi");
    hosts = names.length === 0 ? null : { re, ascii: !allowedDomains.some((d) => /[\u0080-\uffff]/.test(d)) ? allowedDomains.map((d) => d.toLowerCase()) : null };
    HOSTS.set(allowedDomains, hosts);
  }
  return hosts;
}

/**
 * `text` with every host on an allowed domain (the platform's own, the public references, and
 * their subdomains) spelt as "z"s, dots kept, so the classifier learns "a link or mail on an
 * allowed domain" rather than the names the corpus's platforms had ("autodoctor.app" is a
 * stranger's site to an operator serving another domain). Same length: offsets are unchanged.
 */
function neutraliseHosts(text: string, allowedDomains: readonly string[]): string {
  const hosts = hostsOf(allowedDomains);
  if (hosts === null) return text;
  // A host the expression finds spells an ASCII domain in ASCII letters of either case (its "i" flag,
  // without "u", folds no other letter to ASCII), so the lower-cased text holds it: a text holding
  // none is returned without the scan, which tries the expression at every position.
  if (hosts.ascii !== null) {
    const lower = text.toLowerCase();
    if (!hosts.ascii.some((d) => lower.includes(d))) return text;
  }
  return text.replace(hosts.re, (host) => host.replace(/[^.]/g, "z"));
}

/**
 * Every candidate of a message, with its features.
 *
 * @param norm the message after `normalise`
 * @param hits the rules' final hits on `norm.text` (normalised offsets)
 * @param allowedDomains `DetectionOptions.allowedDomains`: their hosts are read as one kind (`neutraliseHosts`)
 * @returns `shared`: the features every candidate of the message has (the kinds the rules found),
 *   counted once; not the message's words: summed over a long message, their small weights buried a
 *   detail the rules had found (round 20's review: a phone after eight sentences about brakes); `candidates`: rule hits first (in the order given), then the
 *   looser candidates (one per generator and range), each with its own features
 */
export function candidatesOf(norm: Mapped, hits: readonly Hit[], allowedDomains: readonly string[] = []): { shared: string[]; candidates: Candidate[] } {
  const message = messageOf(norm, hits, allowedDomains);
  return { shared: sharedFeatures(hits), candidates: message.spans.map((c) => ({ ...c, features: featuresOf(c, message) })) };
}

/** A candidate before its features. */
export type Span = Omit<Candidate, "features">;

interface Sentence {
  start: number;
  end: number;
  /** Index of its first word, and of the first word past it. */
  first: number;
  past: number;
}

/** What the features of a message's candidates read, made once per message. */
interface Message {
  /** The normalised text, lone surrogate halves as "?", hosts on allowed domains as "z"s. */
  text: string;
  hits: readonly Hit[];
  /** The candidates in `candidatesOf`'s order: the rules' hits, then the looser ones. */
  spans: Span[];
  words: Word[];
  sentences: Sentence[];
  /** Running counts: `digitsTo[i]` ASCII digits and `syntheticTo[i]` synthetic units among the first i units. */
  digitsTo: Int32Array;
  syntheticTo: Int32Array;
  /** The text lower-cased with digits as "0" when it is all ASCII (the same length), else null. */
  folded: string | null;
}

/** The spans, words and sentences of a message (what both `candidatesOf` and `scoreCandidates` read). */
function messageOf(norm: Mapped, hits: readonly Hit[], allowedDomains: readonly string[]): Message {
  // Lone surrogate halves would make feature names that are not well-formed text.
  const text = neutraliseHosts(norm.text.replace(/[\uD800-\uDFFF]/g, "?"), allowedDomains);
  const raw: Span[] = hits.map((h) => ({ kind: h.kind, start: h.start, end: h.end, detail: h.detail, generator: "rule" as Generator }));
  const seen = new Set<string>();
  const add = (c: Span): void => {
    while (c.end > c.start && /[\s.,\-]/.test(text[c.end - 1]!)) c.end--;
    if (c.end <= c.start) return;
    const key = `${c.generator}:${c.start}:${c.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    raw.push(c);
  };
  // A generator whose matches open on known words (the app and platform names, a house number's
  // digits) is tried only where the text has one, as the rules are (detection/anchors.ts): the same
  // matches as a scan. The names are a thousand-character alternation that a scan tries at every
  // position, and compiled after the rules' expressions it no longer gets the engine's optimised
  // code: scanned, the two name generators cost more than all the others together.
  const index = anchorIndex(LOOSE);
  const starts = startsIn(index, text);
  // Per anchored generator that another opens with: the places where it matches (tried at each).
  const matchedAt = new Map<Generator, Int32Array>();
  LOOSE.forEach((g, k) => {
    let at = starts?.of(k) ?? null;
    const sticky = index.sticky[k];
    if (at && sticky && g.opensWith) at = matchedAt.get(g.opensWith) ?? at;
    if (at && sticky && LOOSE.some((other) => other.opensWith === g.generator)) {
      at = at.filter((p) => {
        sticky.lastIndex = p;
        return sticky.test(text);
      });
      matchedAt.set(g.generator, at);
    }
    const candidate = (start: number, end: number, match: string): void => {
      if (end > start && (!g.keep || g.keep(match))) add({ kind: g.kind, start, end, detail: true, generator: g.generator });
    };
    if (g.walk) {
      for (const [start, end] of g.walk(text)) candidate(start, end, text.slice(start, end));
      return;
    }
    const find = at ? tryAt(sticky!, at, text) : scan(g.re, text);
    for (let m = find(0); m !== null; m = find(m.index + Math.max(m[0].length, 1))) candidate(m.index, m.index + m[0].length, m[0]);
  });
  const sentenceSpans = sentencesOf(text);
  for (const [start, end] of sentenceSpans) add({ kind: "OFF_PLATFORM_DEAL", start, end, detail: true, generator: "sentence" });

  const words = wordsWithOffsets(text);
  const sentences = sentenceSpans.map(([start, end]) => ({ start, end, first: firstWordFrom(words, start), past: firstWordFrom(words, end) }));
  const synth = norm.synth;
  const digitsTo = new Int32Array(text.length + 1);
  const syntheticTo = new Int32Array(text.length + 1);
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) ascii = false;
    digitsTo[i + 1] = digitsTo[i]! + (c >= 48 && c <= 57 ? 1 : 0);
    syntheticTo[i + 1] = syntheticTo[i]! + (synth[i] ? 1 : 0);
  }
  const folded = ascii ? text.toLowerCase().replace(/\d/g, "0") : null;
  return { text, hits, spans: raw, words, sentences, digitsTo, syntheticTo, folded };
}

/** The features every candidate of the message shares (`candidatesOf(...).shared`): the kinds the rules found. */
export function sharedFeatures(hits: readonly Hit[]): string[] {
  return hits.length === 0 ? ["mk:none"] : [...new Set(hits.map((h) => `mk:${h.kind}:${h.detail ? 1 : 0}`))];
}

/** Index of the first word starting at or after `at` (words.length when none), by binary search. */
function firstWordFrom(words: readonly Word[], at: number): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the sentence holding offset `at` (sentences are ascending and apart), or -1: the first whose range holds it. */
function sentenceHolding(sentences: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  const k = lo - 1;
  return k >= 0 && at < sentences[k]!.end ? k : -1;
}

/** How many words either side of a candidate it reads as its surroundings (`w:` features). */
const NEARBY_WORDS = 25;

export const GENERATORS: readonly Generator[] = ["rule", "digits", "token", "spoken", "channel", "channel+", "address", "street", "postcode", "name", "sentence"];
const GENERATOR_INDEX = new Map<string, number>(GENERATORS.map((g, k) => [g, k]));
const SENTENCE = GENERATOR_INDEX.get("sentence")!;
/** How a rule's hit lies against a candidate (`ov:` features), by number. */
const RELATIONS = ["same", "in", "has", "part"] as const;
/** Numeric families, by number (`FeatureSink.binned`): overlapping hits, digits, length, synthetic units, words. */
const BINNED = ["nov", "dg", "ln", "syn", "wc"] as const;
const [NOV, DG, LN, SYN, WC] = [0, 1, 2, 3, 4];
const DIGIT_EDGES = [1, 3, 6, 9, 10, 11, 12, 13, 16] as const;
const LENGTH_EDGES = [4, 8, 12, 16, 24, 40, 80, 160] as const;
const SYNTHETIC_EDGES = [1, 3, 7] as const;
const WORD_COUNT_EDGES = [1, 2, 3, 4, 6, 10, 20] as const;
/** Families of one word's features, by number (`FeatureSink.word`): inside, inside a sentence, nearby, left, right, around in the sentence. */
const WORD_FAMILIES = ["in", "sin", "w", "l", "r", "s"] as const;
const [IN, SIN, NEAR, LEFT, RIGHT, AROUND] = [0, 1, 2, 3, 4, 5];

/**
 * What receives a candidate's features from `walkFeatures`, each as its parts rather than its name:
 * `NamedFeatures` makes the names (training, `candidatesOf`), `FeatureScore` adds their weights
 * (the detector). A feature may come more than once; it counts once, where it first came.
 */
interface FeatureSink {
  /** `g:<generator>:<kind>:<detail 0|1>` */
  generator(g: number, kind: string, detail: number): void;
  /** `ov:<generator>:<kind>:<detail>:<RELATIONS[relation]>` */
  overlap(g: number, kind: string, detail: number, relation: number): void;
  /** `<BINNED[family]>:<generator>:<bin>` */
  binned(family: number, g: number, bin: number): void;
  /** `sh:<generator>:<shape>` */
  shape(g: number, shape: string): void;
  /** `c3:<folded.slice(i, i + 3)>` */
  trigram(folded: string, i: number): void;
  /** `<WORD_FAMILIES[family]>:<words[k].w>` */
  word(family: number, k: number): void;
  /** `l1:<generator>:<words[k].w>` (side 0) or `r1:...` (side 1): the word next to the candidate. */
  next(side: number, g: number, k: number): void;
}

/**
 * The one definition of a candidate's features, in the order they are listed: `featuresOf` names
 * them, `scoreCandidates` sums their weights in that same order, so both read the same features.
 */
function walkFeatures(c: Span, g: number, m: Message, sink: FeatureSink): void {
  const { text, words } = m;
  sink.generator(g, c.kind, c.detail ? 1 : 0);
  let overlaps = 0;
  for (const h of m.hits) {
    if (h.end <= c.start || h.start >= c.end) continue;
    overlaps++;
    const relation = h.start === c.start && h.end === c.end ? 0 : h.start <= c.start && h.end >= c.end ? 1 : h.start >= c.start && h.end <= c.end ? 2 : 3;
    sink.overlap(g, h.kind, h.detail ? 1 : 0, relation);
  }
  sink.binned(NOV, g, Math.min(overlaps, 3));
  sink.binned(DG, g, bin(m.digitsTo[c.end]! - m.digitsTo[c.start]!, DIGIT_EDGES));
  sink.binned(LN, g, bin(c.end - c.start, LENGTH_EDGES));
  sink.binned(SYN, g, bin(m.syntheticTo[c.end]! - m.syntheticTo[c.start]!, SYNTHETIC_EDGES));
  // Words inside: from the first starting at the candidate to the first starting at or past its end.
  const first = firstWordFrom(words, c.start);
  const past = firstWordFrom(words, c.end);
  sink.binned(WC, g, bin(past - first, WORD_COUNT_EDGES));
  if (g !== SENTENCE) {
    sink.shape(g, shapeOf(text, c.start, c.end));
    // Lower case, digits as "0", the first 48 units.
    const folded = m.folded !== null ? m.folded.slice(c.start, Math.min(c.end, c.start + 48)) : text.slice(c.start, c.end).toLowerCase().replace(/\d/g, "0").slice(0, 48);
    for (let i = 0; i + 3 <= folded.length; i++) sink.trigram(folded, i);
    for (let k = first; k < past && k < first + 12; k++) sink.word(IN, k);
  } else for (let k = first; k < past && k < first + 40; k++) sink.word(SIN, k);
  // The words around it, a bounded window whatever the message's length ("whatsapp" said a sentence
  // earlier): the whole message's words, summed, buried details in long messages (round 20's review).
  for (let k = Math.max(0, first - NEARBY_WORDS); k < first; k++) sink.word(NEAR, k);
  for (let k = past; k < past + NEARBY_WORDS && k < words.length; k++) sink.word(NEAR, k);
  for (let k = 0; k < 4; k++) {
    const l = first - 1 - k;
    if (l >= 0 && l < words.length) {
      if (k === 0) sink.next(0, g, l);
      else sink.word(LEFT, l);
    }
    const r = past + k;
    if (r < words.length) {
      if (k === 0) sink.next(1, g, r);
      else sink.word(RIGHT, r);
    }
  }
  if (g !== SENTENCE) {
    const s = sentenceHolding(m.sentences, c.start);
    if (s >= 0) {
      const sentence = m.sentences[s]!;
      for (let k = Math.max(sentence.first, first - 15); k < first; k++) sink.word(AROUND, k);
      for (let k = past; k < sentence.past && k < past + 15; k++) sink.word(AROUND, k);
    }
  }
}

/** The names of the features `walkFeatures` lists, each once, in the order they first come. */
class NamedFeatures implements FeatureSink {
  readonly names = new Set<string>();

  constructor(private readonly words: readonly Word[]) {}

  generator(g: number, kind: string, detail: number): void {
    this.names.add(`g:${GENERATORS[g]}:${kind}:${detail}`);
  }

  overlap(g: number, kind: string, detail: number, relation: number): void {
    this.names.add(`ov:${GENERATORS[g]}:${kind}:${detail}:${RELATIONS[relation]}`);
  }

  binned(family: number, g: number, n: number): void {
    this.names.add(`${BINNED[family]}:${GENERATORS[g]}:${n}`);
  }

  shape(g: number, shape: string): void {
    this.names.add(`sh:${GENERATORS[g]}:${shape}`);
  }

  trigram(folded: string, i: number): void {
    this.names.add(`c3:${folded.slice(i, i + 3)}`);
  }

  word(family: number, k: number): void {
    this.names.add(`${WORD_FAMILIES[family]}:${this.words[k]!.w}`);
  }

  next(side: number, g: number, k: number): void {
    this.names.add(`${side === 0 ? "l1" : "r1"}:${GENERATORS[g]}:${this.words[k]!.w}`);
  }
}

function featuresOf(c: Span, message: Message): string[] {
  const named = new NamedFeatures(message.words);
  walkFeatures(c, GENERATOR_INDEX.get(c.generator)!, message, named);
  return [...named.names];
}

// ---------------------------------------------------------------------------------------------
// Scoring without feature names. The classifier needs only the sum of a candidate's feature
// weights: `FeatureWeights` files each weighted name of a model under its family, generator, bin or
// word, and `FeatureScore` adds, for each feature `walkFeatures` lists, its weight the first time it
// comes (as `NamedFeatures`' Set keeps it once), one by one, so every sum is the very number
// `weightOf(model, featuresOf(...))` gives. A feature without weight adds 0, which changes no sum.

/** A trigram of ASCII code units as one small integer. */
const asciiTrigram = (a: number, b: number, c: number): number => (a << 14) | (b << 7) | c;

/**
 * Feature ids by a non-negative integer key (an ASCII trigram's `asciiTrigram`, a word's number):
 * an open-addressed table in one typed array, each slot a key (-1: empty) and its id side by side,
 * so a read that finds its key fetches the id with it. Read for every trigram and neighbouring
 * word of every candidate (some 5,000 reads on a 2,000-character message), where a Map hashed and
 * chased each key.
 */
class IdsByNumber {
  /** Slot s: its key at 2 * s, its id at 2 * s + 1. */
  private slots: Int32Array;
  private mask: number;
  private size = 0;

  constructor() {
    this.slots = IdsByNumber.empty(16);
    this.mask = 15;
  }

  private static empty(slots: number): Int32Array {
    const table = new Int32Array(2 * slots);
    for (let s = 0; s < slots; s++) table[2 * s] = -1;
    return table;
  }

  /** The slot of `key`: where it is, or the empty slot where it goes. */
  private slot(key: number): number {
    const slots = this.slots;
    let s = Math.imul(key, 0x9e3779b1) >>> 0;
    for (s &= this.mask; slots[2 * s] !== -1 && slots[2 * s] !== key; s = (s + 1) & this.mask);
    return s;
  }

  set(key: number, id: number): void {
    if (2 * (this.size + 1) > this.mask + 1) this.grow();
    const s = this.slot(key);
    if (this.slots[2 * s] === -1) this.size++;
    this.slots[2 * s] = key;
    this.slots[2 * s + 1] = id;
  }

  /** The id filed under `key`, or -1. */
  get(key: number): number {
    const s = this.slot(key);
    return this.slots[2 * s] === key ? this.slots[2 * s + 1]! : -1;
  }

  private grow(): void {
    const old = this.slots;
    this.mask = 2 * (this.mask + 1) - 1;
    this.slots = IdsByNumber.empty(this.mask + 1);
    this.size = 0;
    for (let s = 0; s < old.length; s += 2) if (old[s] !== -1) this.set(old[s]!, old[s + 1]!);
  }
}

/** Bins per numeric family: at most 16. */
const BINS = 16;

/** A model's weights filed by family: every weighted feature has an id. */
export class FeatureWeights {
  /**
   * Per feature id, its weight (at 2 * id) and its stamp (at 2 * id + 1): `stamp === generation`
   * once the feature is counted in the candidate being scored (one array for all messages: scoring
   * is synchronous, one candidate at a time). Side by side, the look-up of a feature never counted
   * yet and the read of its weight are one fetch from memory, not two from tables of 60,000.
   */
  readonly weightAndStamp: Float64Array;
  /** Per generator: the ids of `g:<generator>:<kind>:<0|1>` by kind, [detail 0, detail 1]. */
  readonly generator: Array<Map<string, Int32Array>>;
  /** Per generator: the ids of `ov:<generator>:<kind>:<0|1>:<relation>` by kind, at detail * 4 + relation. */
  readonly overlap: Array<Map<string, Int32Array>>;
  /** Per family of BINNED: the id by generator * BINS + bin (-1: none). */
  readonly binned: Int32Array[];
  /** Per generator: `sh:<generator>:<shape>` by shape. */
  readonly shape: Array<Map<string, number>>;
  /** Every word of a word feature, numbered: a message's words are looked up once each, their features then by number. */
  readonly vocabulary = new Map<string, number>();
  /** Per family of WORD_FAMILIES: `<family>:<word>` by the word's number (-1: none). */
  readonly word: Int32Array[];
  /** Per side (l1, r1) and generator: the id by the word's number. */
  readonly next: IdsByNumber[][];
  /** `c3:<trigram>`: by `asciiTrigram` when all three are ASCII, else by the trigram. */
  readonly asciiTrigram = new IdsByNumber();
  readonly otherTrigram = new Map<string, number>();
  /** The stamp of the candidate being scored (see `weightAndStamp`). */
  generation = 0;

  constructor(weights: Readonly<Record<string, number>>) {
    const names = Object.keys(weights);
    this.weightAndStamp = new Float64Array(2 * names.length);
    this.generator = GENERATORS.map(() => new Map());
    this.overlap = GENERATORS.map(() => new Map());
    this.shape = GENERATORS.map(() => new Map());
    this.next = [GENERATORS.map(() => new IdsByNumber()), GENERATORS.map(() => new IdsByNumber())];
    this.binned = BINNED.map(() => new Int32Array(GENERATORS.length * BINS).fill(-1));
    const byWord = WORD_FAMILIES.map(() => new Map<string, number>());
    names.forEach((name, id) => {
      this.weightAndStamp[2 * id] = weights[name]!;
      this.file(name, id, byWord);
    });
    this.word = byWord.map((map) => {
      const ids = new Int32Array(this.vocabulary.size).fill(-1);
      for (const [w, id] of map) ids[this.vocabulary.get(w)!] = id;
      return ids;
    });
  }

  /** Files feature `name` under its family; a name `walkFeatures` cannot list is left out (it would weigh nothing). */
  private file(name: string, id: number, byWord: Array<Map<string, number>>): void {
    const colon = name.indexOf(":");
    if (colon < 0) return;
    const family = name.slice(0, colon);
    const rest = name.slice(colon + 1);
    if (family === "c3") {
      if (rest.length !== 3) return;
      const [a, b, c] = [rest.charCodeAt(0), rest.charCodeAt(1), rest.charCodeAt(2)];
      if (a < 128 && b < 128 && c < 128) this.asciiTrigram.set(asciiTrigram(a, b, c), id);
      else this.otherTrigram.set(rest, id);
      return;
    }
    const w = (WORD_FAMILIES as readonly string[]).indexOf(family);
    if (w >= 0) {
      byWord[w]!.set(rest, id);
      this.numbered(rest);
      return;
    }
    // The others go on with a generator (which holds no colon).
    const colon2 = rest.indexOf(":");
    if (colon2 < 0) return;
    const g = GENERATOR_INDEX.get(rest.slice(0, colon2));
    if (g === undefined) return;
    const tail = rest.slice(colon2 + 1);
    switch (family) {
      case "sh":
        this.shape[g]!.set(tail, id);
        return;
      case "l1":
      case "r1":
        this.next[family === "l1" ? 0 : 1]![g]!.set(this.numbered(tail), id);
        return;
      case "g": {
        const [kind, detail, extra] = tail.split(":");
        if (extra !== undefined || (detail !== "0" && detail !== "1")) return;
        slots(this.generator[g]!, kind!, 2)[Number(detail)] = id;
        return;
      }
      case "ov": {
        const [kind, detail, relation, extra] = tail.split(":");
        const r = (RELATIONS as readonly string[]).indexOf(relation ?? "");
        if (extra !== undefined || (detail !== "0" && detail !== "1") || r < 0) return;
        slots(this.overlap[g]!, kind!, 8)[Number(detail) * 4 + r] = id;
        return;
      }
      default: {
        const b = (BINNED as readonly string[]).indexOf(family);
        // Bins are written as plain numbers ("dg:digits:3"): anything else is no name walkFeatures lists.
        if (b < 0 || !/^(?:0|[1-9]\d?)$/.test(tail) || Number(tail) >= BINS) return;
        this.binned[b]![g * BINS + Number(tail)] = id;
      }
    }
  }

  /** The number of `word` in the vocabulary, given one if new. */
  private numbered(word: string): number {
    let n = this.vocabulary.get(word);
    if (n === undefined) this.vocabulary.set(word, (n = this.vocabulary.size));
    return n;
  }
}

function slots(map: Map<string, Int32Array>, kind: string, size: number): Int32Array {
  let s = map.get(kind);
  if (!s) map.set(kind, (s = new Int32Array(size).fill(-1)));
  return s;
}

/** The sum of the weights of the features `walkFeatures` lists for one candidate at a time, each counted once. */
class FeatureScore implements FeatureSink {
  z = 0;
  /** Per word of the message: its number in the vocabulary (-1: in no word feature). */
  private readonly numbers: Int32Array;

  constructor(
    private readonly weights: FeatureWeights,
    words: readonly Word[],
  ) {
    this.numbers = new Int32Array(words.length);
    for (let k = 0; k < words.length; k++) this.numbers[k] = weights.vocabulary.get(words[k]!.w) ?? -1;
  }

  /** Starts a candidate: nothing counted yet. */
  start(): void {
    this.z = 0;
    const w = this.weights;
    if (++w.generation === 0x7fffffff) {
      for (let s = 1; s < w.weightAndStamp.length; s += 2) w.weightAndStamp[s] = 0;
      w.generation = 1;
    }
  }

  /** Adds the weight of feature `id` the first time it comes in this candidate (-1: none). */
  private add(id: number): void {
    const w = this.weights;
    if (id < 0 || w.weightAndStamp[2 * id + 1] === w.generation) return;
    w.weightAndStamp[2 * id + 1] = w.generation;
    this.z += w.weightAndStamp[2 * id]!;
  }

  generator(g: number, kind: string, detail: number): void {
    this.add(this.weights.generator[g]!.get(kind)?.[detail] ?? -1);
  }

  overlap(g: number, kind: string, detail: number, relation: number): void {
    this.add(this.weights.overlap[g]!.get(kind)?.[detail * 4 + relation] ?? -1);
  }

  binned(family: number, g: number, n: number): void {
    this.add(this.weights.binned[family]![g * BINS + n]!);
  }

  shape(g: number, shape: string): void {
    this.add(this.weights.shape[g]!.get(shape) ?? -1);
  }

  trigram(folded: string, i: number): void {
    const a = folded.charCodeAt(i);
    const b = folded.charCodeAt(i + 1);
    const c = folded.charCodeAt(i + 2);
    this.add(a < 128 && b < 128 && c < 128 ? this.weights.asciiTrigram.get(asciiTrigram(a, b, c)) : (this.weights.otherTrigram.get(folded.slice(i, i + 3)) ?? -1));
  }

  word(family: number, k: number): void {
    const n = this.numbers[k]!;
    if (n >= 0) this.add(this.weights.word[family]![n]!);
  }

  next(side: number, g: number, k: number): void {
    const n = this.numbers[k]!;
    if (n >= 0) this.add(this.weights.next[side]![g]!.get(n));
  }
}

/**
 * The candidates of `candidatesOf`, in its order, and the sum of each looser candidate's feature
 * weights under `weights` (the number `weightOf` gives for its `features`; NaN for the rules' hits,
 * which are not scored), without making the feature names but a shape and a fold per candidate.
 */
export function scoreCandidates(norm: Mapped, hits: readonly Hit[], allowedDomains: readonly string[], weights: FeatureWeights): { spans: Span[]; own: Float64Array } {
  const message = messageOf(norm, hits, allowedDomains);
  const { spans } = message;
  const own = new Float64Array(spans.length).fill(NaN);
  const score = new FeatureScore(weights, message.words);
  for (let n = hits.length; n < spans.length; n++) {
    const c = spans[n]!;
    score.start();
    walkFeatures(c, GENERATOR_INDEX.get(c.generator)!, message, score);
    own[n] = score.z;
  }
  return { spans, own };
}
