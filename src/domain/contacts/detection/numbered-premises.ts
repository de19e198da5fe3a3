/**
 * Addresses numbered the way the Philippines and India number premises (issue 13, round 12): the
 * street-address rules (address.ts) read "number, street, type"; these read the other orders of
 * the same parts, as a grammar of premises x number x the unit around it:
 *
 *   1. BLOCK-AND-LOT: "Blk 5 Lot 12", with a phase: Philippine subdivisions.
 *   2. CROSS-AND-MAIN: "4th cross, 2nd main": Bangalore-style grids of numbered roads.
 *   3. UNIT-IN-BUILDING: a shop, flat, plot or unit number beside a building, complex or block:
 *      "Shop No. 9, Sai Complex", "unit 305, building 3".
 *   4. NUMBER-AFTER-STREET: the house number after the street, marked as one: "Kestrel Way, No. 16",
 *      "Mabini St. #12"; and the number marked before it: "#12 Mabini St.".
 *
 * A barangay, district or city alone is an area, not an address, and is not read here; the tails
 * after a premises (district, city) are taken in by `extendAddressTails`.
 */
import { caseless, negatedBefore, type Pattern } from "./context.ts";

const NUMBERED = String.raw`(?:no\.?|number|num|#)\s*`;
const STREET_TYPE = String.raw`(?:way|street|st|road|rd|lane|ln|avenue|ave|drive|dr|close|crescent|court|place|blvd|boulevard)\.?`;
const BUILDING = String.raw`(?:building|bldg|tower|block|blk|complex|apartments?|residency|residences|plaza|arcade|mall|market|chambers|society|enclave|heights)`;

export const NUMBERED_PREMISES_PATTERNS: Pattern[] = [
  {
    kind: "ADDRESS", // 1. BLOCK-AND-LOT: "Blk 5 Lot 12, Phase 2"
    re: /\b(?:blk|block)\.?\s*\d{1,4}[a-z]?\s*,?\s*(?:lot|lt)\.?\s*\d{1,4}[a-z]?(?:\s*,?\s*(?:phase|ph)\.?\s*\d{1,3}[a-z]?)?\b/gi,
    accept: (m, text) => !negatedBefore(text, m.index),
    words: ["blk", "block"],
  },
  {
    kind: "ADDRESS", // 2. CROSS-AND-MAIN: "4th cross, 2nd main", "5th main 3rd block"
    re: /\b\d{1,2}(?:st|nd|rd|th)\s+(?:cross|main)(?:\s+(?:road|rd))?\s*,?\s*\d{1,2}(?:st|nd|rd|th)\s+(?:cross|main|block|stage|phase|sector)\b/gi,
    accept: (m, text) => !negatedBefore(text, m.index),
    words: ["cross", "main"],
  },
  {
    kind: "ADDRESS", // 3. UNIT-IN-BUILDING: "Shop No. 9, Sai Complex", "unit 305, building 3", "flat 4B, Green Heights"
    re: new RegExp(
      String.raw`\b(?:shop|flat|plot|house|door|office|unit|apt|apartment|room|rm)\s*(?:is\s+)?(?:${NUMBERED})?\d{1,4}[a-z]?\s*,\s*(?:${BUILDING}\s*(?:${NUMBERED})?\d{1,4}[a-z]?|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3}\s+${BUILDING})\b`,
      "gi",
    ),
    accept: (m, text) => !negatedBefore(text, m.index),
    words: "shop flat plot house door office unit apt apartment room rm".split(" "),
  },
  {
    kind: "ADDRESS", // 4. NUMBER-AFTER-STREET: "Kestrel Way, No. 16", "Mabini St. #12"; "#12 Mabini St."
    re: new RegExp(
      String.raw`\b[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s+${caseless(STREET_TYPE)}\s*,?\s*${caseless(NUMBERED)}\d{1,5}[a-z]?\b|#\s*\d{1,5}[a-z]?\s+[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s+${caseless(STREET_TYPE)}(?![\w])`,
      "g",
    ),
    accept: (m, text) => !negatedBefore(text, m.index) && !/\b(?:part|order|invoice|ticket|case|ref|item|quote|job)\s*$/i.test(text.slice(Math.max(0, m.index - 12), m.index)),
    words: "way street st road rd lane ln avenue ave drive dr close crescent court place blvd boulevard".split(" "),
  },
];
