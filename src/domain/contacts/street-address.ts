import type { ContactKind } from "./contact-detector.ts";
import { phoneGroupsAcross } from "./groups-across.ts";

/**
 * A verb of calling or writing to someone ("Text Dana when you arrive", "Call Dana at the number on
 * our sign", "ring 0199", "WhatsApp us"): an instruction to reach a person, which no street
 * address holds. Not a street's or a place's name ("Ring Road", "Inner Ring Rd", "Call Street"),
 * nor a doorbell rung on the spot ("ring the bell", "ring buzzer"), which gets the customer to the
 * door, not to a phone.
 */
const REACH_INSTRUCTION =
  /(?<![\p{L}\p{N}'’-])(?:call|text|txt|ring|phone|dial|whats\s?app|sms|message|msg|e-?mail|dm|telegram|signal|viber)(?![\p{L}\p{N}'’])(?!\s+(?:(?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?:road|rd|street|st|lane|ln|avenue|ave|way|drive|dr|boulevard|blvd|hill|close|court|ct|parade|pde|place|pl|square|sq|crescent|cres|terrace|tce|park|estate|centre|center|plaza|circle|cir)\b|(?:the\s+)?(?:door\s?)?(?:bell|buzzer|intercom)))/iu;

/**
 * A postcode, which ends the reading of an address's digit groups: five digits (maybe with four or
 * three more) or four after a state's or a province's code ("Austin TX 78702", "Parramatta NSW
 * 2150", "São Paulo SP 01310-200"), or four or five digits (maybe dashed, "00-061") opening the
 * last part of the address before its town ("75001 Paris", "1012 LM Amsterdam"). A unit's, a house's
 * and a postcode's digits together make ten often enough ("Bay 5, 2240 Industrial Way, Gresham OR
 * 97030" is 522-409-7030), and no one cuts a phone number so.
 */
const POSTCODE = /(?<=\b[A-Z]{2,3}\.?\s+)(?:\d{5}(?:-\d{3,4})?|\d{4})(?!\S)|(?<=(?:^|,)\s*)(?:\d{4,5}|\d\d-\d{3})(?=(?:\s+[A-Z]{2})?\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s*$)/gu;

/**
 * Whether a street address's digit groups, read as one reader reads them (`phoneGroupsAcross` over
 * its words, one entry: any cut), make a North American number: "1200 E 6th St, Bay 512-555, door
 * 0199" (512-555 and 0199). A house number and a suite do not ("1200 E 6th St, Suite 512"); an
 * ordinal, a year or a quantity ends the reading ("6th", "Unit 2B"), and so does a postcode
 * (`POSTCODE`): the parts before and after it are read apart.
 */
function addressHoldsNumberGroups(text: string): boolean {
  return text.split(POSTCODE).some((part) => {
    const words = part.split(/\s+/).filter((word) => word.length > 0);
    return (
      phoneGroupsAcross(
        words,
        "prose",
        words.map(() => 0),
      ).size > 0
    );
  });
}

/**
 * What a street address (a workshop's drop-off address, which a customer reads once a drop-off is
 * booked) holds besides an address, as the detector cannot see it in an address alone:
 * - "PHONE": its digit groups make a phone number in any cut (`addressHoldsNumberGroups`);
 * - "OFF_PLATFORM_REQUEST": an instruction to call, text, ring or message someone (`REACH_INSTRUCTION`).
 * `null` when neither. The detector's own findings (a whole number, an e-mail, a link) are read apart.
 */
export function streetAddressExtra(text: string): ContactKind | null {
  if (addressHoldsNumberGroups(text)) return "PHONE";
  return REACH_INSTRUCTION.test(text) ? "OFF_PLATFORM_REQUEST" : null;
}
