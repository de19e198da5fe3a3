/**
 * Vehicle identification numbers (ISO 3779): 17 characters of digits and capitals without I, O
 * and Q, whose ninth is a check digit North American VINs must carry right and others may. Pure.
 */
import { isNorthAmericanNumber } from "../contacts/contact-detector.ts";

/** ISO 3779's letters and digits, as the `vin` input accepts them (upper case). */
export const VIN_FORMAT = /^[A-HJ-NPR-Z0-9]{17}$/;

/** The check digit's transliteration of letters (I, O and Q never appear) and the weight of each position. */
const LETTER_VALUES: Readonly<Record<string, number>> = { A: 1, B: 2, C: 3, D: 4, E: 5, F: 6, G: 7, H: 8, J: 1, K: 2, L: 3, M: 4, N: 5, P: 7, R: 9, S: 2, T: 3, U: 4, V: 5, W: 6, X: 7, Y: 8, Z: 9 };
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** Whether the ninth character of `vin` (a VIN_FORMAT string) is its check digit: the weighted sum mod 11, 10 written "X". */
export function hasValidCheckDigit(vin: string): boolean {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = vin[i]!;
    sum += (c >= "0" && c <= "9" ? Number(c) : (LETTER_VALUES[c] ?? 0)) * WEIGHTS[i]!;
  }
  const check = sum % 11;
  return vin[8] === (check === 10 ? "X" : String(check));
}

/** Words of a phone written in a VIN's letters ("CALL5125550143XYZ"); a VIN's own letters are codes, not words. */
const PHONE_WORD = /CALL|TEXT|TXT|CELL|PHONE|MOB|SMS|RING|DIAL|WHATSAPP|WA/;

/**
 * Whether `vin` (a VIN_FORMAT string) carries a phone number: ten digits in a row that make a North
 * American number, in a VIN whose check digit is wrong or whose letters say what the digits are
 * ("CALL5125550143XYZ", whose check digit is right by chance, as one in eleven are). A real VIN's
 * digits can run that long (Italian ones: "ZFA31200000712345"), and a wrong check digit is common
 * outside North America: either alone refuses nothing.
 */
export function vinCarriesPhoneNumber(vin: string): boolean {
  if (hasValidCheckDigit(vin) && !PHONE_WORD.test(vin)) return false;
  for (const run of vin.match(/\d{10,}/g) ?? []) {
    for (let i = 0; i + 10 <= run.length; i++) if (isNorthAmericanNumber(run.slice(i, i + 10))) return true;
  }
  return false;
}
