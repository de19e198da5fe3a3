import { ownDetailNames, ownDetailSpans, type OwnDetails } from "../../domain/contacts/own-details.ts";
import { firstNameHoldsSurname, isGivenNameShaped } from "../../domain/contacts/surname-in-first-name.ts";
import { badInputAt, ErrorReason } from "../../platform/errors.ts";

/** What each field is told when a customer's first name would carry their last name: neither message repeats a value. */
const SURNAME_PROBLEM = {
  firstName: "must not hold your last name or its initial: professionals read your first name, and your last name is kept from them",
  lastName: "is held in your first name, which professionals read: change your first name with it",
} as const;

/**
 * Refuses a customer's names as they would be stored when the first name holds the last name or
 * its initial (`firstNameHoldsSurname`): mechanics read the first name, never the last. One rule
 * for every name: a first name that is the last name itself ("Ng" for an Ng, "Kim" for a Kim) is
 * refused whether or not the word is also a given name, since its reader then holds the whole
 * last name; a surname that is a given name passes only as one of two given names ("Mary-Kate"
 * for a Kate), which the reader cannot tell from the given name. `written`
 * is the field the caller wrote that makes it so: the first name whenever it was given (at sign-up,
 * where both come in one input), else the last name, which the stored first name holds.
 *
 * @throws BAD_USER_INPUT at `input.<written>`, reason CONTACT_DETAILS, never echoing a value
 */
function refuseSurnameInFirstName(names: { firstName: string; lastName: string }, written: "firstName" | "lastName"): void {
  if (firstNameHoldsSurname(names.firstName, names.lastName)) throw badInputAt(["input", written], SURNAME_PROBLEM[written], { reason: ErrorReason.CONTACT_DETAILS });
}

/** What a last name of initials alone is told: what to write, and that professionals never read it whole. */
const INITIAL_NOT_A_LAST_NAME = 'must be your last name in full, not its initial ("Rosa", "Della Rosa"): professionals are shown only its initial, which is taken from it';

/**
 * A character that is a whole syllable, not a letter of an alphabet: Chinese characters (Han, as
 * in Chinese, Japanese kanji and Korean hanja), Hangul syllable blocks, kana and Yi. One of them is
 * a whole name ("王" Wang, "李" Li, "김" Kim, "이" Lee), since those scripts have no initials.
 */
const SYLLABLE_CHARACTER = /^[\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Yi}]$/u;

/**
 * Refuses a customer's last name that is initials alone ("J.", "J", "J.S.", "J. S."): the platform
 * shows professionals the last name's initial itself, so an initial gives them nothing more and
 * leaves the account without the name it keeps (for the customer and admins). A word of two
 * letters or more makes it a name ("Ng", "J. Ng"), and so does one character of a script whose
 * characters are syllables (`SYLLABLE_CHARACTER`: "王", "김"), which is how most Chinese and Korean
 * surnames are written. A single letter of an alphabet (Latin, Greek, Cyrillic, ...), dotted or
 * not, stays an initial: a romanised one-letter surname (Korean "O") cannot be told from one, and
 * its owner can write it in its own script or its longer romanisation ("Oh").
 *
 * @throws BAD_USER_INPUT at `input.lastName`, saying what to write, never echoing the value
 */
function refuseInitialAsLastName(lastName: string): void {
  const words = lastName.split(/[^\p{L}]+/u).filter((word) => word.length > 0);
  const isInitial = (word: string) => [...word].length === 1 && !SYLLABLE_CHARACTER.test(word);
  if (words.length > 0 && words.every(isInitial)) throw badInputAt(["input", "lastName"], INITIAL_NOT_A_LAST_NAME);
}

/** What a first name that is not shaped as one is told: what a first name is, and what else it carries. */
const NOT_A_FIRST_NAME =
  'must be your first name alone: letters, hyphens and apostrophes, at most with a second given name ("Mary Ann"; join a double first name with a dash: "Mary-Rose"), without a place, a street, a number or a handle';

/**
 * Refuses a customer's first name that is not shaped as one (`isGivenNameShaped`): whatever else
 * rides beside the name ("Zed (zedk77)", "Zed of Portland", "Zed (Gresham)", "Zed Harrison St",
 * "Zed 1537") is what mechanics read of the customer, and a city or a handle is kept from them.
 *
 * @throws BAD_USER_INPUT at `input.firstName`, reason CONTACT_DETAILS, never echoing the value
 */
function refuseFirstNameShape(firstName: string): void {
  if (!isGivenNameShaped(firstName)) throw badInputAt(["input", "firstName"], NOT_A_FIRST_NAME, { reason: ErrorReason.CONTACT_DETAILS });
}

/** What a first name or a city holding the customer's own details is told to write instead. */
const OWN_DETAILS_PROBLEM = {
  firstName: "your first name alone",
  city: "the city's name alone",
} as const;

/**
 * Refuses a customer's first name or city, as written (`written`: the fields the caller gave), when
 * it holds what the profile keeps from professionals, as it will be stored (`profile`, the write's
 * own values over the stored ones): the city the last name, the phone number, the e-mail's mailbox
 * name or the street address (`ownDetailSpans`); the first name any of them but the last name,
 * which `refuseSurnameInFirstName` reads as a first name's reader does. Workshops read the city,
 * mechanics and workshops the first name. The content policy leaves both to this: it reads a
 * write against the stored details, which the same write may change.
 *
 * @throws BAD_USER_INPUT at `input.firstName` / `input.city`, reason CONTACT_DETAILS, naming the details found, never a value
 */
function refuseOwnDetailsInProfile(profile: OwnDetails & { city?: string | null }, written: ReadonlyArray<"firstName" | "city">): void {
  for (const field of written) {
    const text = profile[field];
    if (!text) continue;
    const kinds = [...new Set(ownDetailSpans(text, field === "firstName" ? { ...profile, lastName: null } : profile).map((span) => span.kind))].sort();
    if (kinds.length)
      throw badInputAt(["input", field], `must be ${OWN_DETAILS_PROBLEM[field]}: it holds your ${ownDetailNames(kinds)}, which professionals are not shown`, { reason: ErrorReason.CONTACT_DETAILS });
  }
}

/** The customer fields the name and city refusals read when the caller writes them. */
export type CustomerNameField = "firstName" | "lastName" | "city";

/**
 * The refusals a customer's names and city go through wherever they are written (sign-up and a
 * profile edit), in this order, each only for what the caller wrote (`written`) and read against
 * the profile as it will be stored (`profile`: the write's own values over the stored ones, with
 * the account's email as it will be):
 * - a written last name of initials alone (`refuseInitialAsLastName`);
 * - a written first or last name that leaves the first name holding the last
 *   (`refuseSurnameInFirstName`, reported at the first name when it was written, else the last);
 * - a written first name not shaped as one (`refuseFirstNameShape`);
 * - a written first name or city holding the customer's own details (`refuseOwnDetailsInProfile`).
 *
 * @throws as the first of those that refuses (BAD_USER_INPUT, most with reason CONTACT_DETAILS)
 */
export function refuseCustomerNames(profile: OwnDetails & { firstName: string; lastName: string; city?: string | null }, written: readonly CustomerNameField[]): void {
  const wrote = (field: CustomerNameField) => written.includes(field);
  if (wrote("lastName")) refuseInitialAsLastName(profile.lastName);
  if (wrote("firstName") || wrote("lastName")) refuseSurnameInFirstName(profile, wrote("firstName") ? "firstName" : "lastName");
  if (wrote("firstName")) refuseFirstNameShape(profile.firstName);
  refuseOwnDetailsInProfile(
    profile,
    written.filter((field): field is "firstName" | "city" => field !== "lastName"),
  );
}
