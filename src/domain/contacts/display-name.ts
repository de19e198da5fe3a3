import type { ContactKind } from "./contact-detector.ts";
import { unicodeSkeleton } from "./detection/normalise.ts";

/**
 * A professional's display name (a mechanic's, an advisor's, a partner's), which customers read
 * beside everything the professional writes, is a first name and an initial ("Max T.") or a trade
 * name ("Dr. Wrench", "Max's Mobile Mechanics"): one name, so anything set beside it is a way to
 * reach or find its bearer, even where the monitor reading prose finds none (round 52):
 *
 * - a phone's or a message's sign ("Max T. ☎ 512", "Max T. 📱");
 * - an aside: words in brackets ("Max T. (512)", "Max T. (Gresham)": a number, a town to search
 *   the name in) or after a separator ("Max T. | maxfixes77", "Max T. / Gresham", "Max T. - 512"):
 *   a trade name is written without either ("Bob's Auto Mobile Repairs");
 * - a handle's shape: letters with two digits or more glued on ("maxfixes77");
 * - a number of three digits or more standing alone ("Max T. 512", "Max T. ext 0199"): an area
 *   code, an exchange, a line's four. Trade names keep the digits they are made of: a model or a
 *   grade glued to letters ("A1 Auto", "4x4 Specialists", "V8 Garage"), a road's or a shop's
 *   number of one or two digits ("Route 66 Garage"), and "24/7" ("Pit Stop 24/7"). A trade name
 *   spelled with a number of three digits ("360 Auto", "911 Specialists") is refused too and is
 *   written with the number as a word ("Three Sixty Auto"): a reader cannot tell it from an area code.
 */
const PHONE_SIGN = /[\u260E\u260F\u2706\u2709\u{1F4DE}\u{1F4F1}\u{1F4F2}\u{1F4DF}\u{1F4E0}\u{1F4E7}\u{1F4E8}\u{1F4E9}\u{1F4AC}\u{1F4F3}]/u;
/** Brackets of any kind, or a separator: a bar, a bullet, a colon, a semicolon, a tilde, a slash or a backslash not between digits, a dash with a space beside it. */
const ASIDE = /[()[\]{}<>|•·:;~]|(?<!\d)[/\\]|[/\\](?!\d)|\s\p{Pd}|\p{Pd}\s/u;
/** Letters (three or more) with two digits or more glued on: a handle ("maxfixes77", "max_t_99"), not a grade ("A1", "V12", "4x4"). */
const HANDLE_WORD = /\p{L}{3,}[_.]?\d{2,}|\d{2,}[_.]?\p{L}{3,}/u;
/** A number of three digits or more standing alone, "24/7" apart. */
const LONE_NUMBER = /(?<![\p{L}\d])\d{3,}(?![\p{L}\d])/u;

/**
 * What a professional's display name holds beside a name, as a kind for the record: "PHONE" for a
 * phone's sign or a lone number, "SOCIAL_HANDLE" for an aside or a handle's shape; `null` for a
 * name. Digits of any script count (the text is folded first).
 */
export function displayNameExtra(text: string): ContactKind | null {
  const folded = unicodeSkeleton(text).text.replace(/\b24\s?[/x-]\s?7\b/gi, "");
  if (PHONE_SIGN.test(text) || LONE_NUMBER.test(folded)) return "PHONE";
  return ASIDE.test(folded) || HANDLE_WORD.test(folded) ? "SOCIAL_HANDLE" : null;
}
