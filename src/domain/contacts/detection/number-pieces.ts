/**
 * Pieces of a phone number announced around the number found in the same message (issue 13,
 * round 12): the area code said after the rest ("555 first then 0138, area code is 303", "the last
 * 4 are 0187, prefix 555, area 206") or said to go in front ("put 310 in front of 555-0188"). The
 * number rules read a piece before the rest; this reads the piece named as the number's area code,
 * prefix or front wherever it stands, once a number has been found near it, so no piece of the
 * number stays readable.
 */
import type { Hit } from "./types.ts";

/** An area code, prefix or dialling code named, then its digits: "area code is 303", "area 206", "prefix: 0207". */
const NAMED_PIECE =
  /\b(?:area(?:\s+code)?|prefix|std(?:\s+code)?|dial(?:l?ing)?\s+code|country\s+code|code\s+(?:de\s+)?(?:zone|area)|vorwahl|lada|ddd|indicativo)\s*(?:is|=|:|of|['’]s|es|ist|e)?\s*(?<d>\+?\d{2,5})(?![\d.,:\/-]|\s*(?:%|°|k\b|mph|miles|km|psi|rpm|\$))/gi;
/** Digits said to go in front of the number: "put 310 in front", "stick 0161 before it", "add 512 at the start". */
const FRONT_PIECE = /\b(?:put|stick|add|pop|whack)\s+(?<d>\+?\d{2,5})\s+(?:in\s+front|before|first|at\s+the\s+(?:start|front|beginning))\b/gi;

/** How far (characters) an announced piece may stand from the number it belongs to. */
const PIECE_REACH = 80;

/**
 * Adds a PHONE hit for each area code, prefix or front piece announced within PIECE_REACH
 * characters of a phone number already found in `text` (normalised offsets), unless a phone hit
 * already covers it.
 */
export function findAnnouncedPieces(text: string, hits: Hit[]): void {
  const phones = hits.filter((h) => h.kind === "PHONE" && h.detail);
  if (phones.length === 0) return;
  for (const re of [NAMED_PIECE, FRONT_PIECE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const digits = m.groups?.d ?? "";
      const start = m.index + m[0].lastIndexOf(digits);
      const end = start + digits.length;
      const near = phones.some((p) => start < p.end + PIECE_REACH && end > p.start - PIECE_REACH);
      const covered = phones.some((p) => p.start <= start && p.end >= end);
      if (near && !covered) hits.push({ kind: "PHONE", start, end, detail: true });
    }
  }
}
