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
  const read = addressNumbersReadOut(text);
  if (addressHoldsNumberGroups(read) || holdsLongDigitRun(read)) return "PHONE";
  return REACH_INSTRUCTION.test(read) ? "OFF_PLATFORM_REQUEST" : null;
}

/**
 * The numbers of an address of any country that are parts of it, not a phone number, each with the
 * separator before it: a postcode ending the address after a state's code (four or five digits:
 * "Fitzroy VIC 3065", "Austin TX 78702-1234"), after a place's name (five or six: "Singapore
 * 048616"; "door 0199" is no postcode) or as its own last part ("São
 * Paulo, 01310-200"); a Brazilian CEP's shape anywhere ("01310-200"); a postcode opening the last
 * part before its town ("28013 Madrid"); a Singapore unit ("#20-01") and the unit of a unit/house
 * pair ("4/22 Smith St"). A number right after another digit group is none of these ("call 512 555
 * 0143" keeps its 0143).
 */
const ADDRESS_NUMBER = new RegExp(
  [
    /(?<=\b\p{Lu}{2,3}\.?)\s+\d{4}(?:-\d{3,4})?\s*$/u.source,
    /(?<=[\p{L}.][\p{L}.'’-]*)\s+\d{5,6}(?:-\d{3,4})?\s*$/u.source,
    /(?<=[\p{L}.)]),\s*\d{4,6}(?:-\d{3,4})?\s*$/u.source,
    /(?<![\d][\s.-]*)(?<=[\s,])\d{5}-\d{3}(?![\d-])/u.source,
    /(?<=,\s*)\d{4,5}(?=\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s*$)/u.source,
    /\s*#\s?\d{1,3}-\d{1,4}(?![\d-])(?![\s.]*\d)/u.source,
    /(?<=(?:^|\s))\d{1,4}\/(?=\d{1,5}[a-z]?\s+\p{L})/u.source,
  ].join("|"),
  "gu",
);

/** Digit groups as a phone number is written (single spaces, dashes, dots, brackets between), within one part of an address. */
const DIGIT_RUN = /\(?\+?\d(?:[\d().-]|\s(?=[\d(]))*/gu;

/** Whether a run of digit groups in `text` (`DIGIT_RUN`) holds eight digits or more: no house number, unit or suite does once its postcode is read out ("0412 345 678"). */
function holdsLongDigitRun(text: string): boolean {
  return [...text.matchAll(DIGIT_RUN)].some(([run]) => run.replace(/\D/g, "").length >= 8);
}

/**
 * `text` with the numbers that are parts of its address read out (`ADDRESS_NUMBER`: postcodes, units),
 * so that what digits are left are those a reader could take for a phone number: "Av. Paulista,
 * 1578, São Paulo, 01310-200" is read as "Av. Paulista, 1578, São Paulo".
 */
export function addressNumbersReadOut(text: string): string {
  // A number that names a door, bay or unit is no postcode, however long ("bay 5125, door 550199"):
  // kept, so its digits are read with the others.
  return text.replace(ADDRESS_NUMBER, (found, at: number) => (UNIT_WORD_BEFORE.test(text.slice(Math.max(0, at - 16), at)) ? found : ""));
}

/** A word naming a part of a building, right before a number: the number is that part's, not a postcode. */
const UNIT_WORD_BEFORE = /\b(?:door|bay|unit|suite|ste|apt|apartment|flat|room|rm|dock|gate|lot|stall|space|box|no|number)\.?,?$/i;
