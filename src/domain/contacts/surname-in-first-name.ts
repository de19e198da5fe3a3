/**
 * A customer's first name is what mechanics read of them (workshops read it with the last name's
 * initial only; mechanics never read the last name), so it must not carry the account's own last
 * name, whole or as its initial: "Carmen-Ruiz", "CarmenRuiz" or "Carmen R" hands a mechanic what
 * the privacy table keeps from them (authz/customer-access.ts).
 */
import { isFirstName, unicodeSkeleton } from "./contact-detector.ts";

/** A surname piece this long or longer counts glued to another name ("carmenruiz"); a shorter one ("Li", "Wu", "de") only as a word of its own. */
const GLUED_SURNAME_MIN = 3;
/** What a glued surname leaves of the word at least: "carmenruiz" leaves "carmen"; "Ruiza" leaves too little to be a name. */
const GLUED_REST_MIN = 2;

/** The words of a name as its reader reads them apart: at anything but a letter, and where a small letter meets a capital ("CarmenRuiz"). */
function readApart(name: string): string[] {
  return name
    .split(/[^\p{L}]+/u)
    .flatMap((word) => word.split(/(?<=\p{Ll})(?=\p{Lu})/u))
    .filter((word) => word.length > 0);
}

/** Letters only, folded (look-alikes, accents) and in lower case: "Ruíz" and "RUIZ" are "ruiz". */
const fold = (text: string): string => unicodeSkeleton(text).text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * Whether `firstName` holds the account's own `lastName` or an initial standing for it:
 * - the last name, or a piece of a double one of 3 letters or more ("Zeta-Jones": "Jones"), as a
 *   word of its own, however it is set apart or cased ("Carmen Ruiz", "Ruiz Carmen", "Carmen-Ruiz",
 *   "Carmen.Ruiz", "CarmenRuiz", "carmen RUIZ");
 * - such a piece glued to the start or end of a word that is no given name itself ("carmenruiz",
 *   but not "Ashlee" for a Lee, "Roseanne" for a Rose); a last name shorter than 3 letters ("Li")
 *   counts only as a word of its own;
 * - a single letter beside a longer name that is the initial of the last name or of one of its
 *   pieces ("Carmen R", "R. Carmen", "CarmenR"); initials alone ("J.R.") are a given name.
 * Double given names stay one name ("Mary-Kate", "Jean-Luc"): only the account's own last name counts.
 */
export function firstNameHoldsSurname(firstName: string, lastName: string): boolean {
  const pieces = fold(lastName)
    .split(/[^\p{L}]+/u)
    .filter((piece) => piece.length > 0);
  const whole = pieces.join("");
  if (!whole) return false;
  const counted = new Set([whole, ...pieces.filter((piece) => piece.length >= GLUED_SURNAME_MIN)]);
  const apart = readApart(firstName).map(fold);
  const words = [...new Set([...apart, ...fold(firstName).split(/[^\p{L}]+/u)])].filter((word) => word.length > 0);
  if (words.some((word) => counted.has(word))) return true;
  const glued = (word: string, piece: string) => piece.length >= GLUED_SURNAME_MIN && word.length - piece.length >= GLUED_REST_MIN && (word.startsWith(piece) || word.endsWith(piece));
  if (words.some((word) => !isFirstName(word) && [...counted].some((piece) => glued(word, piece)))) return true;
  const initials = new Set(pieces.map((piece) => piece[0]));
  return apart.some((word) => word.length > 1) && apart.some((word) => word.length === 1 && initials.has(word));
}
