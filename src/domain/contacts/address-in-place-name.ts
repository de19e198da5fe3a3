/**
 * A customer's city is what the workshops they are escalated to read of where they live, so it
 * must be a place's name and nothing nearer: a house number, a postcode or a street beside it is
 * the customer's address, whether typed in digits or said in words (authz/content-policy.ts HOME_CITY).
 */
import { normalise, unicodeSkeleton } from "./detection/normalise.ts";

/** Digits a number said in words reaches before it reads as a house number or a postcode ("fifteen thirty seven", "seven eight seven four one"); "Ninety Six" and "Eighty Four" are towns. */
const SAID_NUMBER_DIGITS_MIN = 3;
/** The digit groups the number-word normaliser wrote for one run of number words ("97 2 1 4" for "ninety seven two one four"). */
const DIGIT_RUN = /\d+(?:[\s-]+\d+)*/g;
/** One round number said alone, not among other groups ("One Hundred Mile House", "One Thousand Oaks"): a town's count, not a house's. */
const ROUND = /^[1-9]0+$/;
/** Street types (lower case, without a dot) that end a street's name and no town's: "Elm St", "Sixth Street", "Harrison Ave". */
const STREET_TYPES: ReadonlySet<string> = new Set("street st avenue ave av road rd boulevard blvd lane ln drive dr highway hwy parkway pkwy".split(" "));
/** Words a "St" after them stands for Saint in a town's name ("Fort St. John", "Port St. Lucie", "Lake St. Louis"). */
const BEFORE_SAINT: ReadonlySet<string> = new Set("fort port lake bay mount mt point pointe sault isle ile cap".split(" "));

/** Whether a run of number words in `name` reads as a number of 3 digits or more that is not a round count ("Portland, ninety seven two one four"; not "Seven Sisters"). */
function saysNumber(name: string): boolean {
  return [...normalise(name).text.matchAll(DIGIT_RUN)].some(([run]) => {
    const digits = run.replace(/\D/g, "");
    return digits.length >= SAID_NUMBER_DIGITS_MIN && !ROUND.test(run);
  });
}

/**
 * Whether `name` names a street: a street type after a name in the same comma-separated part
 * ("Elm St Austin", "Austin, Harrison St", "Sixth Street, Austin"). A type opening a part names no
 * street ("St Paul", "Ave Maria", "Road Town"), and "St" before a name after a place word is
 * Saint ("Fort St. John").
 */
function namesStreet(name: string): boolean {
  return name.split(/[,;]/).some((part) => {
    const words = part
      .split(/\s+/)
      .map((word) => word.replace(/\.$/, "").toLowerCase())
      .filter((word) => word.length > 0);
    return words.some((word, i) => {
      if (i === 0 || !STREET_TYPES.has(word) || !/^\p{L}/u.test(words[i - 1]!)) return false;
      return !(word === "st" && i + 1 < words.length && BEFORE_SAINT.has(words[i - 1]!));
    });
  });
}

/**
 * Whether a place's name (a customer's city) holds an address: a digit of any script (a house
 * number or a postcode: "1537 Harrison", "Portland 97214"), a number of 3 digits or more said in
 * number words, read by the contact detector's normaliser ("Austin TX seven eight seven four one",
 * "Austin fifteen thirty seven Harrison"), or a street (`namesStreet`). Towns named with a number
 * word pass ("Twentynine Palms", "Hundred Mile House", "Seven Sisters", "Thousand Oaks").
 */
export function placeNameHoldsAddress(name: string): boolean {
  return /\p{N}/u.test(unicodeSkeleton(name).text) || saysNumber(name) || namesStreet(name);
}
