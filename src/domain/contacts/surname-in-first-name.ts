/**
 * A customer's first name is what mechanics read of them (workshops read it with the last name's
 * initial only; mechanics never read the last name), so it must not carry the account's own last
 * name, whole or as its initial: "Carmen-Ruiz", "CarmenRuiz" or "Carmen R" hands a mechanic what
 * the privacy table keeps from them (authz/customer-access.ts).
 */
import { isFirstName, unicodeSkeleton } from "./contact-detector.ts";
import { foldAccents, foldName, isGivenNameRatherThanSurname } from "./detection/vocabulary.ts";
import givenNameList from "./given-names.json" with { type: "json" };

/** A surname piece this long or longer counts glued to another name ("carmenruiz"); a shorter one ("Li", "Wu", "de") only as a word of its own. */
const GLUED_SURNAME_MIN = 3;
/** What a glued surname leaves of the word at least: "carmenruiz" leaves "carmen"; "Ruiza" leaves too little to be a name. */
const GLUED_REST_MIN = 2;
/** A surname cut off after this many letters still counts ("Zed-Kowalc" for a Kowalczyk); a shorter cut is any name's start. */
const CUT_OFF_MIN = 5;

/** Whether `word` is `piece` cut off after CUT_OFF_MIN letters or more, and no given name of its own ("Kowalc"; not "Stephen" for a Stephenson). */
const cutOffFrom = (word: string, piece: string): boolean => word.length >= CUT_OFF_MIN && word.length < piece.length && piece.startsWith(word) && !isFirstName(word);

/** The words of a name as its reader reads them apart: at anything but a letter, and where a small letter meets a capital ("CarmenRuiz"). */
function readApart(name: string): string[] {
  return name
    .split(/[^\p{L}]+/u)
    .flatMap((word) => word.split(/(?<=\p{Ll})(?=\p{Lu})/u))
    .filter((word) => word.length > 0);
}

/** Letters only, folded (look-alikes, accents) and in lower case: "Ruíz" and "RUIZ" are "ruiz". */
const fold = (text: string): string => foldAccents(unicodeSkeleton(text).text);

/**
 * Whether `firstName` holds the account's own `lastName` or an initial standing for it:
 * - the last name itself: a first name whose letters are the last name's, whatever the name
 *   ("Ng" for an Ng, "Kim" for a Kim, "Jo Ann" for a Jo-Ann), since its reader then holds the
 *   whole last name and nothing else, whether or not the word is also a given name;
 * - the last name, or a piece of a double one of 3 letters or more ("Zeta-Jones": "Jones"), as a
 *   word of its own, however it is set apart or cased ("Carmen Ruiz", "Ruiz Carmen", "Carmen-Ruiz",
 *   "Carmen.Ruiz", "CarmenRuiz", "carmen RUIZ"), unless that piece is a given name and so is every
 *   word of the first name: a double given name ("Jo-Ann" for an Ann, "Mary-Rose" for a Rose);
 * - such a piece glued to the start or end of a word whose rest is a given name ("carmenruiz" is
 *   carmen + ruiz), unless the piece is a given name too: given names glued are one given name
 *   ("Jayden" for a Jay, "Leeroy" for a Lee, "Grayson" for a Son), and a rest that is no given
 *   name ("Rylee", "Hudson", "Aliyah") leaves a name of its own; a last name shorter than 3
 *   letters ("Li") counts only as a word of its own;
 * - the last name or such a piece cut off after 5 letters or more, as a word or glued after a
 *   given name ("Zed-Kowalc", "zedkowalc" for a Kowalczyk), unless the cut-off is a given name
 *   itself ("Stephen" for a Stephenson);
 * - a single letter beside a longer name that is the initial of the last name or of one of its
 *   pieces ("Carmen R", "R. Carmen", "CarmenR"); initials alone ("J.R.") are a given name.
 * A surname that is a given name too can thus pass inside a double given name ("Anna-Lee" for a
 * Lee): its reader cannot tell it from the given name either. Given names: `isFirstName`.
 */
export function firstNameHoldsSurname(firstName: string, lastName: string): boolean {
  const pieces = fold(lastName)
    .split(/[^\p{L}]+/u)
    .filter((piece) => piece.length > 0);
  const whole = pieces.join("");
  if (!whole) return false;
  const counted = [...new Set([whole, ...pieces.filter((piece) => piece.length >= GLUED_SURNAME_MIN)])];
  const apart = readApart(firstName).map(fold);
  if (apart.join("") === whole) return true;
  const words = [...new Set([...apart, ...fold(firstName).split(/[^\p{L}]+/u)])].filter((word) => word.length > 0);
  const givenThroughout = apart.every(isFirstName);
  if (words.some((word) => counted.includes(word) && !(isFirstName(word) && givenThroughout))) return true;
  if (words.some((word) => counted.some((piece) => cutOffFrom(word, piece)))) return true;
  const gluedTo = (word: string, piece: string): string | null => {
    if (piece.length < GLUED_SURNAME_MIN || word.length - piece.length < GLUED_REST_MIN) return null;
    if (word.startsWith(piece)) return word.slice(piece.length);
    return word.endsWith(piece) ? word.slice(0, -piece.length) : null;
  };
  // A given name with the surname cut off glued after it: "zedkowalc".
  const gluedCutOff = (word: string, piece: string) => [...Array(word.length).keys()].some((at) => isFirstName(word.slice(0, at)) && cutOffFrom(word.slice(at), piece));
  if (words.some((word) => !isFirstName(word) && counted.some((piece) => gluedCutOff(word, piece)))) return true;
  const gluedToGivenName = (word: string, piece: string) => !isFirstName(piece) && isFirstName(gluedTo(word, piece) ?? "");
  if (words.some((word) => !isFirstName(word) && counted.some((piece) => gluedToGivenName(word, piece)))) return true;
  const initials = new Set(pieces.map((piece) => piece[0]));
  return apart.some((word) => word.length > 1) && apart.some((word) => word.length === 1 && initials.has(word));
}

/** A word of a given name: letters (accents and marks with them), joined by hyphens or apostrophes ("Mary-Rose", "D'Andre"), or initials ("J.R."). */
const GIVEN_WORD = /^(?:(?:\p{L}\.)+|\p{L}[\p{L}\p{M}]*(?:[\p{Pd}'’]\p{L}[\p{L}\p{M}]*)*)$/u;
/** The longest second given name beside the first ("Mary Ann", "Zed Alexander"): a longer word is something else. */
const SECOND_NAME_MAX = 12;

/**
 * One syllable of Korean (Revised Romanization, with the popular "oo"/"woo"/"ee"/"ou" spellings) or of
 * Mandarin (pinyin), as two-syllable East Asian given names are romanised ("Hye Jin", "Ji Woo",
 * "Seo Yeon", "Xiao Ming"): the name lists hold those names in Hangul and Han, not romanised. A
 * syllable grammar, not a list of names; folded first (tone marks, case).
 */
const KOREAN_SYLLABLE = /^(?:kk|tt|pp|ss|jj|ch|sh|[gkndtrlmbpsjhc])?(?:yae|yeo|wae|woo|ae|ya|eo|ye|wa|oe|yo|oo|wo|we|wi|yu|eu|ui|ee|ou|[aeoui])(?:ng|[kntlmp])?$/;
const PINYIN_SYLLABLE = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ong|iao|ian|ing|uai|uan|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|[aoeiuv])$/;
const isRomanisedSyllable = (word: string): boolean => {
  const folded = foldName(word);
  return KOREAN_SYLLABLE.test(folded) || PINYIN_SYLLABLE.test(folded);
};

/**
 * Whether `first` and `second` are the two syllables of one romanised East Asian given name ("Hye
 * Jin", "Xiao Ming"): both a romanised syllable and neither a name the English first-name list
 * knows (`isFirstName`: "Sam", "Tom", "Lee", "Kim", "Park", "Wang" keep their usual reading, so
 * "Sam Lee" and "Tom Park" are read as a name and a surname as before). "Mary Smith", "Priya
 * Sharma" are no syllables.
 */
const isTwoSyllableGivenName = (first: string, second: string): boolean => [first, second].every((word) => isRomanisedSyllable(word) && !isFirstName(foldName(word)));

/** The particles a Spanish or Portuguese given name is joined with ("María del Carmen", "María de los Ángeles", "Maria das Dores"). */
const GIVEN_NAME_PARTICLES = /^(?:del|de(?: la| las| los)?|da|das|do|dos)$/iu;

/**
 * An abbreviated given name, as Filipinos write María ("Ma. Cristina", "Ma. Luisa"): two or three
 * letters with a vowel and a dot, the start of a given name of the data
 * (`isGivenNameRatherThanSurname`); read only before a second given name. The abbreviations of
 * places and titles drop their vowels ("Mt.", "St.", "Dr.", "Ft.", "Mr.") and so stay no name.
 */
const isAbbreviatedGivenName = (word: string): boolean => {
  const letters = /^(\p{L}{2,3})\.$/u.exec(word)?.[1];
  return letters !== undefined && /[aeiouy]/.test(foldName(letters)) && givenNameStartingWith(foldName(letters));
};

let givenNameStarts: ReadonlySet<string> | null = null;
/** Whether some longer given name of the data (`given-names.json`) starts with `start` (2 or 3 folded letters). */
function givenNameStartingWith(start: string): boolean {
  givenNameStarts ??= new Set(givenNameList.flatMap((name) => [2, 3].filter((length) => name.length > length).map((length) => name.slice(0, length))));
  return givenNameStarts.has(start);
}

/**
 * The two given names a first name is written as, apart: its words as they stand, with a particle
 * between them dropped ("María del Carmen": "María", "Carmen") and an abbreviated first given name
 * read as the name it stands for (`isAbbreviatedGivenName`: "Ma." of "Ma. Cristina" is returned as
 * null, a given name already). Anything else is returned as its words.
 */
function givenNameParts(name: string): { words: string[]; abbreviated: boolean } {
  const words = name.trim().split(/\s+/u);
  if (words.length >= 3 && words.length <= 4 && GIVEN_NAME_PARTICLES.test(words.slice(1, -1).join(" "))) return { words: [words[0]!, words.at(-1)!], abbreviated: false };
  if (words.length === 2 && isAbbreviatedGivenName(words[0]!)) return { words: [words[1]!], abbreviated: true };
  return { words, abbreviated: false };
}

/**
 * Whether `firstName` is shaped as a given name: one word of letters, hyphens and apostrophes
 * ("Zed", "Mary-Rose", "D'Andre", "J.R."), or two when the second is a given name itself
 * (`isFirstName`, or `isGivenNameRatherThanSurname`: "Minh Tuan", "Lakshmi Priya") or an
 * initial ("Mary Ann", "Zed Q."), 12 letters at most, or both are the syllables of one romanised
 * East Asian given name ("Hye Jin", "Xiao Ming"); two given names may be joined by a particle
 * ("María del Carmen"), and the first may be abbreviated ("Ma. Cristina"). Anything else carries
 * something a name does not: a handle ("Zed (zedk77)"), a place ("Zed of Portland", "Zed
 * (Gresham)"), a street ("Zed Harrison St"), a number ("Zed 1537"). Given names: `isFirstName`.
 */
export function isGivenNameShaped(firstName: string): boolean {
  const { words } = givenNameParts(firstName);
  if (words.length > 2 || !words.every((word) => GIVEN_WORD.test(word))) return false;
  const [first, second] = words;
  if (second === undefined || /^\p{L}\.?$/u.test(second)) return true;
  if (isTwoSyllableGivenName(first!, second)) return true;
  return second.length <= SECOND_NAME_MAX && second.split(/[\p{Pd}'’]/u).every((part) => isFirstName(fold(part)) || isGivenNameRatherThanSurname(part));
}

/**
 * Whether `name` is two given names written apart ("Mary Ann", "Minh Tuan", "Lakshmi Priya",
 * "Abdul Rahman", "María José", "Jean Paul"), not a given name and a surname ("Mary Smith", "Priya
 * Sharma", "Carmen Kowalczyk"): exactly two words, each (and each part of a dashed one) read as a
 * given name more than a surname (`isGivenNameRatherThanSurname`, faker's names of 77 locales), or
 * the two syllables of one romanised East Asian given name ("Hye Jin"); two given names may be
 * joined by a particle ("María del Carmen"), and the first may be abbreviated ("Ma. Cristina").
 */
export function isDoubleGivenName(name: string): boolean {
  const { words, abbreviated } = givenNameParts(name);
  const given = (word: string) => GIVEN_WORD.test(word) && word.split(/[\p{Pd}'’]/u).every((part) => part.length > 1 && isGivenNameRatherThanSurname(part));
  if (abbreviated) return words.length === 1 && given(words[0]!);
  if (words.length !== 2) return false;
  return words.every(given) || (words.every((word) => GIVEN_WORD.test(word)) && isTwoSyllableGivenName(words[0]!, words[1]!));
}
