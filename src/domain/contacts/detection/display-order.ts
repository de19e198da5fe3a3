/**
 * The order a reader sees a message in. Text is stored in the order it was typed (logical order)
 * and shown in the order the Unicode Bidirectional Algorithm (UAX #9) gives it, which differs
 * once right-to-left letters or bidi controls are in it: "Parts desk: \u202E2410-555-305\u202C"
 * (a right-to-left override around a reversed number) is shown "Parts desk: 503-555-0142", and
 * "0142 555 503" in a right-to-left paragraph is shown "503 555 0142". The detector reads the
 * typed order; a detail only the shown order holds is found by reading that order too.
 *
 * `bidi-js` implements the algorithm (a maintained implementation of UAX #9, conformance-tested
 * against Unicode's own test data) rather than a hand-written approximation of it.
 */
import bidiFactory from "bidi-js";

const bidi = bidiFactory();

/**
 * Embeddings, overrides and isolates: typing one is how a sender makes the shown order differ on
 * purpose, since no keyboard layout needs one.
 */
const BIDI_FORMATTING = /[\u202A-\u202E\u2066-\u2069]/;

/** The bidi marks (LRM, RLM, ALM), which reorder neutral-separated number groups as well. */
const BIDI_MARK = /[\u200E\u200F\u061C]/;

/**
 * Right-to-left letters (Hebrew, Arabic and their neighbours, presentation forms, the
 * supplementary right-to-left blocks). Writers of these scripts type marks as part of writing
 * them, and right-to-left text reorders number groups by itself: an Arabic part number
 * "0280 158 117" is shown "117 158 0280", which the typed order reads with its label and the shown
 * order without. There the typed order is the writing's own, and marks are no sign of a trick.
 */
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFE]|\uD802[\uDC00-\uDFFF]|\uD803[\uDC00-\uDEFF]|\uD83A[\uDC00-\uDFFF]|\uD83B[\uDC00-\uDEFF]/;

/** True when `message` holds a bidi control its writing does not explain. */
function reordersOnPurpose(message: string): boolean {
  return BIDI_FORMATTING.test(message) || (BIDI_MARK.test(message) && !RTL_LETTER.test(message));
}

/** Whether the character at `i` ends a paragraph (bidi class B: line feed, carriage return, the file separators, NEL, PS). */
function endsParagraph(message: string, i: number): boolean {
  const code = message.charCodeAt(i);
  return code === 0x0a || code === 0x0d || (code >= 0x1c && code <= 0x1e) || code === 0x85 || code === 0x2029;
}

/** A message as a reader sees it, with the typed offset of each of its UTF-16 units. */
export interface ShownOrder {
  text: string;
  /** `typedAt[i]` is the offset in the typed message of the shown text's unit `i`. */
  typedAt: Int32Array;
}

/**
 * The orders `message` may be shown in that differ from the order it was typed, or none when it
 * holds no bidi control its writing does not explain (`reordersOnPurpose`: nearly every message,
 * at the cost of a scan or two). A front end may lay a message out left-to-right or right-to-left (`dir="auto"`
 * picks by its first strong letter), so both paragraph directions are given where they differ.
 */
export function shownOrders(message: string): ShownOrder[] {
  if (!reordersOnPurpose(message)) return [];
  const orders: ShownOrder[] = [];
  for (const direction of ["ltr", "rtl"] as const) {
    const levels = bidi.getEmbeddingLevels(message, direction);
    const typedAt = Int32Array.from({ length: message.length }, (_, i) => i);
    // Each paragraph is laid out on its own; the break that ends it stays where it was typed.
    for (const { start, end } of levels.paragraphs) {
      const last = endsParagraph(message, end) ? end - 1 : end;
      if (last <= start) continue;
      const shown = bidi.getReorderedIndices(message, levels, start, last);
      for (let k = start; k <= last; k++) typedAt[k] = shown[k]!;
    }
    let text = "";
    let moved = false;
    for (let i = 0; i < typedAt.length; i++) {
      text += message[typedAt[i]!];
      if (typedAt[i] !== i) moved = true;
    }
    if (moved && !orders.some((o) => o.text === text)) orders.push({ text, typedAt });
  }
  return orders;
}
