import { getCountries, getCountryCallingCode, getExampleNumber, parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js";
import examples from "libphonenumber-js/mobile/examples";
import { z } from "zod";
import { BLANK_LETTER } from "../../domain/contacts/contact-detector.ts";

/**
 * Characters that show nothing: white space, separators, controls, format characters (zero-width
 * spaces and joiners, the byte-order mark, bidi marks), combining marks on their own, and the
 * Hangul and Braille blanks.
 */
const INVISIBLE = new RegExp(`[\\s\\p{Z}\\p{Cc}\\p{Cf}\\p{M}]|${BLANK_LETTER.source}`, "gu");

/** Whether `value` has at least one character a reader can see. */
export function hasVisibleCharacter(value: string): boolean {
  return value.replace(INVISIBLE, "") !== "";
}

/**
 * A free text that must be given: trimmed, at most `max` characters, and with something to read
 * (a text of zero-width spaces is as empty as one of spaces: "is required"). Controls and bidi
 * overrides are refused for every text at the edge (input-guard.ts textProblem).
 */
export const requiredText = (max: number) => z.string().trim().min(1, "is required").max(max, `must be at most ${max} characters`).refine(hasVisibleCharacter, { message: "is required", abort: true });

/** Where a phone number without a country code is read: the platform's market. */
const DEFAULT_PHONE_COUNTRY: CountryCode = "US";

/** Any space character: the narrow no-break space (U+202F) French and others write numbers with, no-break, thin, figure, ideographic spaces, tabs. */
const ANY_SPACE = /[\s\p{Zs}]/gu;

/** The international prefix most of the world dials abroad with, leading a number ("0044 7911 123456", "00 33 6 ..."). */
const INTERNATIONAL_00 = /^00[\s.\-/]*(?=[1-9])/;

/**
 * A phone number as it is dialled, for parsing: every space character as a plain space (the parser
 * takes only some of them), and the 00 international prefix as "+" ("0044 7911 123456" is
 * "+44 7911 123456"; the US exit code 011 the parser reads itself). No number of the platform's
 * market (US) starts with 0, so a leading 00 is never a national number.
 */
function asDialled(value: string): string {
  return value.replace(ANY_SPACE, " ").replace(INTERNATIONAL_00, "+");
}

/** The digits, spaces and punctuation a phone number is written with, leading a text ("07911 123456" of "07911 123456 call after 6"). */
const LEADING_NUMBER = /^\(?\d[\d\s().\-/]{4,}\d/;

/**
 * What a refused phone number is told, with an example fitted to what the caller wrote, never
 * echoing their digits (an error message may reach logs and traces): that it must stand alone when
 * a whole number had words, an extension or a second number around it ("512-555-0143 (mobile)");
 * an example of the country whose code they gave ("+49 30 12": "+49 1512 3456789"); the shape they
 * wrote, digits masked, behind "+<country code>" when they wrote a number as at home outside the US
 * ("07911 123456": "+<country code> xxxx xxxxxx"); otherwise a US example and how to write another.
 */
export function phoneProblem(written: string): string {
  const value = asDialled(written);
  const strict = (text: string) => parsePhoneNumberFromString(text, { defaultCountry: DEFAULT_PHONE_COUNTRY, extract: false });
  const alone = "must be one phone number and nothing else (no words, extension or second number)";
  if (parsePhoneNumberFromString(value, DEFAULT_PHONE_COUNTRY)?.isValid()) return alone;
  const code = strict(value)?.countryCallingCode;
  if (value.startsWith("+") && code && code !== "1") {
    const country = getCountries().find((candidate) => getCountryCallingCode(candidate) === code && getExampleNumber(candidate, examples) !== undefined);
    const example = country ? getExampleNumber(country, examples) : undefined;
    if (example) return `must be a whole phone number of country code +${code}, like ${example.formatInternational()}`;
  }
  const leading = LEADING_NUMBER.exec(value)?.[0];
  if (leading) {
    if (strict(leading)?.isValid()) return alone;
    const shape = leading.replace(/^(\(?)0+/, "$1").replace(/\d/g, "x");
    const start = leading.length < value.length ? alone : "must be a phone number";
    return `${start}; outside the US, write + and the country code ${/^\(?0/.test(leading) ? "in place of the leading 0" : "in front"}: +<country code> ${shape}`;
  }
  return "must be a phone number: a US one as (512) 555-0143; another with + and its country code in front (+44 for the UK, +91 for India, +55 for Brazil)";
}

/**
 * One whole phone number that libphonenumber-js finds valid (a real country code, a length and
 * prefix that country issues; national numbers are read as US ones) and nothing else (no words,
 * extension or second number around it), returned in E.164 ("+15125550143"), the one form stored.
 * Read as dialled (`asDialled`): "0044 7911 123456" as "+44 7911 123456", any space character as a space.
 * Refused with phoneProblem's message: "+0 000 000", "+1 (((((555)))))", "07911 123456 call after 6".
 */
export const phoneNumber = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const number = value.length <= 30 ? parsePhoneNumberFromString(asDialled(value), { defaultCountry: DEFAULT_PHONE_COUNTRY, extract: false }) : undefined;
    if (!number?.isValid() || number.ext) ctx.addIssue({ code: "custom", message: phoneProblem(value.slice(0, 60)), abort: true });
  })
  .transform((value) => parsePhoneNumberFromString(asDialled(value), { defaultCountry: DEFAULT_PHONE_COUNTRY, extract: false })!.number);

/** A postal code of any country: letters and digits, single spaces or hyphens between them, at most 12 characters. */
export const postalCode = z
  .string()
  .trim()
  .regex(/^[\p{L}\p{N}]+(?:[ -][\p{L}\p{N}]+)*$/u, "must be a postal code (letters and digits, with spaces or hyphens)")
  .max(12, "must be at most 12 characters");
