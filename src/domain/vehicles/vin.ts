/**
 * Vehicle identification numbers (ISO 3779): 17 characters of digits and capitals without I, O
 * and Q. Pure.
 */
import { isNorthAmericanNumber } from "../contacts/contact-detector.ts";

/** ISO 3779's letters and digits, as the `vin` input accepts them (upper case). */
export const VIN_FORMAT = /^[A-HJ-NPR-Z0-9]{17}$/;

/**
 * Whether `vin` (a VIN_FORMAT string) carries a phone number: ten digits in a row that make a North
 * American number ("5125550143ZZZZAAG"). The check digit vouches for nothing here: a sender makes
 * it right in at most eleven tries by changing a last letter. A real VIN's digits seldom run ten
 * long, and where they do (Italian ones: "ZFA31200000712345") their zeros make no number.
 */
export function vinCarriesPhoneNumber(vin: string): boolean {
  for (const run of vin.match(/\d{10,}/g) ?? []) {
    for (let i = 0; i + 10 <= run.length; i++) if (isNorthAmericanNumber(run.slice(i, i + 10))) return true;
  }
  return false;
}

/** Characters of a VIN that describe the model: WMI (3), VDS (5), check digit, model year, plant. */
const MODEL_PART_LENGTH = 11;

/**
 * What a VIN says about the model, without what identifies the car: its first 11 characters (the
 * manufacturer, the vehicle descriptor, the check digit, the model year and the plant) with the
 * 6-character serial number masked ("1HGCM82633A004352" -> "1HGCM82633A******"). A stored value
 * that is no VIN (VIN_FORMAT) gives null: nothing in it is known to describe only the model.
 */
export function vinModelPart(vin: string): string | null {
  if (!VIN_FORMAT.test(vin)) return null;
  return vin.slice(0, MODEL_PART_LENGTH) + "*".repeat(vin.length - MODEL_PART_LENGTH);
}
