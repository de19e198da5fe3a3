import { parsePhoneNumberFromString } from "libphonenumber-js";
import { z } from "zod";

/**
 * Characters that show nothing: white space, separators, controls, format characters (zero-width
 * spaces and joiners, the byte-order mark, bidi marks), combining marks on their own, and the
 * Hangul and Braille blanks.
 */
const INVISIBLE = /[\s\p{Z}\p{Cc}\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/gu;

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
const DEFAULT_PHONE_COUNTRY = "US";
/** What a refused phone number is told: a UK or Indian number written as at home ("07911 123456") is read as a US one. */
const PHONE_PROBLEM = "must be a phone number (outside the US, with its country code: +44 7911 123456)";

/**
 * A phone number libphonenumber-js finds valid (a real country code, a length and prefix that
 * country issues; national numbers are read as US ones), as typed (trimmed): "+0 000 000" and
 * "+1 (((((555)))))" are refused.
 */
export const phoneNumber = z
  .string()
  .trim()
  .max(30, PHONE_PROBLEM)
  .refine((value) => parsePhoneNumberFromString(value, DEFAULT_PHONE_COUNTRY)?.isValid() === true, PHONE_PROBLEM);

/** A postal code of any country: letters and digits, single spaces or hyphens between them, at most 12 characters. */
export const postalCode = z
  .string()
  .trim()
  .regex(/^[\p{L}\p{N}]+(?:[ -][\p{L}\p{N}]+)*$/u, "must be a postal code (letters and digits, with spaces or hyphens)")
  .max(12, "must be at most 12 characters");
