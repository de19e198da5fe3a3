/**
 * Contact-sharing detector for the platform messenger. Pure: no I/O, no clock, no state between
 * calls. Every chat message goes through `detectContactDetails`, which reports which kinds of
 * contact detail it found, where, and a copy of the text with the details masked.
 *
 * Pipeline (the parts live in `./detection/`):
 *   1. normalise (`normalise.ts`): Unicode NFKC, invisible characters and accents dropped, every
 *      script's digits and circled/keycap digits to ASCII, look-alike letters to Latin (Unicode
 *      TR39 confusables via `unhomoglyph`), spelled-out letters, "(at)", number words and letters
 *      typed for digits; every normalised character keeps the original range it came from.
 *   2. detect, on the normalised text:
 *        PHONE                 digit runs validated by libphonenumber-js (`phone.ts`)
 *        LINK, EMAIL           linkify-it with the full TLD list, plus spoken addresses (`links.ts`)
 *        SOCIAL_HANDLE,
 *        MESSAGING_APP         handles and apps named as a channel (`social.ts`)
 *        ADDRESS               streets, PO boxes, postcodes (`address.ts`)
 *        OFF_PLATFORM_DEAL,
 *        OFF_PLATFORM_REQUEST,
 *        FULL_NAME             phrases read with their clause, negation and in-app references (`phrases.ts`)
 *   3. report: spans mapped back to the original message; details (not phrases) masked, so the
 *      reader sees "call me on [hidden]" and every character the sender typed for the number,
 *      however disguised, is hidden.
 *
 * `detectAcrossMessages` does the same over a sender's consecutive messages, for details split
 * across them ("303 555" then "0178").
 */
import { ADDRESS_PATTERNS, extendAddressTails, findStrayPostcodes } from "./detection/address.ts";
import { runPatterns, wordsOf } from "./detection/context.ts";
import { DEFAULT_ALLOWED_DOMAINS, findLinks, SPOKEN_EMAIL_PATTERNS } from "./detection/links.ts";
import { normalise } from "./detection/normalise.ts";
import { findPhones, VANITY } from "./detection/phone.ts";
import { DEAL_PATTERNS, LOOKUP_PATTERNS, NAME_PATTERNS, REQUEST_PATTERNS } from "./detection/phrases.ts";
import { MESSAGING_PATTERNS, SOCIAL_PATTERNS } from "./detection/social.ts";
import type { ContactDetection, ContactKind, ContactSpan, DetectionOptions, Hit, Mapped } from "./detection/types.ts";

export type { ContactDetection, ContactKind, ContactSpan, DetectionOptions } from "./detection/types.ts";
export { DEFAULT_ALLOWED_DOMAINS } from "./detection/links.ts";

/**
 * Kinds that only name an intent ("call me", "my number is") without a contact detail: flagged
 * for review, never penalised on their own (issue 13: "a penalty needs a detected detail or an
 * explicit off-platform deal").
 */
export const PHRASE_ONLY_KINDS: ReadonlySet<ContactKind> = new Set(["OFF_PLATFORM_REQUEST"]);

/** True when the detected kinds include a contact detail or an explicit off-platform deal. */
export function isPenalisable(kinds: readonly ContactKind[]): boolean {
  return kinds.some((kind) => !PHRASE_ONLY_KINDS.has(kind));
}

export const MASK = "[hidden]";

export const DEFAULT_DETECTION_OPTIONS: DetectionOptions = { allowedDomains: DEFAULT_ALLOWED_DOMAINS };

const PATTERNS = [...SPOKEN_EMAIL_PATTERNS, ...SOCIAL_PATTERNS, ...MESSAGING_PATTERNS, ...ADDRESS_PATTERNS, ...REQUEST_PATTERNS, ...DEAL_PATTERNS, ...LOOKUP_PATTERNS, ...NAME_PATTERNS, VANITY];

/**
 * An off-platform deal is said in a whole clause ("let's take this offline", "just hand me the
 * cash when I'm done"): its mask covers the clause, up to a comma or sentence break, so the offer
 * cannot be read around a hidden keyword.
 */
function extendDealsToClause(text: string, hits: Hit[]): void {
  for (const h of hits) {
    if (h.kind !== "OFF_PLATFORM_DEAL") continue;
    while (h.start > 0 && !/[.!?;,\n]/.test(text[h.start - 1]!)) h.start--;
    while (h.end < text.length && !/[.!?;,\n]/.test(text[h.end]!)) h.end++;
    // The clauses that finish the offer: when, where, how paid ("Tesco car park in Dundrum, 2pm",
    // "... I'll hand over the injectors, cash").
    for (let k = 0; k < 3; k++) {
      const next = FOLLOW_ON.exec(text.slice(h.end, h.end + 60));
      if (!next) break;
      h.end += next[0].length;
    }
    while (/\s/.test(text[h.start] ?? "")) h.start++;
    while (h.end > h.start && /\s/.test(text[h.end - 1]!)) h.end--;
  }
}

/**
 * A house number said in words is read as several digit groups ("fourteen twenty two Cedar Lane"
 * -> "14 22 Cedar Lane", "three oh four Oak Hollow" -> "3 0 4 ..."): the street rule starts at the
 * last group, so the address takes in the groups before it that were typed as words.
 */
function extendSpelledHouseNumbers(message: string, norm: Mapped, hits: Hit[]): void {
  for (const h of hits) {
    if (h.kind !== "ADDRESS" || !/\d/.test(norm.text[h.start] ?? "")) continue;
    for (let k = 0; k < 3; k++) {
      const m = /(?<![\w.,\/-])\d{1,4}\s+$/.exec(norm.text.slice(Math.max(0, h.start - 8), h.start));
      if (!m) break;
      const start = h.start - m[0].length;
      const typed = message.slice(norm.from[start] ?? 0, norm.from[h.start] ?? 0);
      if (!/[a-z]/i.test(typed)) break;
      h.start = start;
    }
  }
}

const FOLLOW_ON =
  /^[,;]\s*(?:(?:at\s+|around\s+|after\s+(?:half\s+)?|by\s+|before\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|h|ish)?(?:\s+(?:tomorrow|tonight|today|sat|sun|saturday|sunday))?|(?:tomorrow|tmrw|tonight|today)(?:\s+(?:at\s+)?\d{1,2}\s*(?:am|pm|ish)?)?|cash(?:\s+only)?|(?:the\s+one\s+)?(?:on|in|by|near|off|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*)?|level\s+\d+)\s*(?=[,.;!?\n]|$)/i;

/** Words a spoken number is made of, left over where the normaliser could not read them as digits. */
const SPOKEN_PIECE = /^(?:\d+|\+|plus|mas|double|triple|oh|o|zero|hundred|then|and|wun|won|too|tu|tree|for|fore|ate|fiev|fyve|niner|nien|sicks|sevin|uno|dos|tres|un)$/i;
const LINK_PIECE = /^(?:then|and)$/i;

/**
 * A number said in words is found from its longest readable run; the words around it that are
 * still part of it ("fyve five wun, [too tree ate ...]", "plus [44 7700 ...]", "480 then [555 ...]")
 * are masked with it, so no piece of the number stays readable.
 */
function extendSpokenPhones(text: string, hits: Hit[]): void {
  for (const h of hits) {
    if (h.kind !== "PHONE") continue;
    for (let k = 0; k < 12; k++) {
      const m = /([^\s,.\-–…\/]+)[\s,.\-–…\/]+$/.exec(text.slice(Math.max(0, h.start - 16), h.start));
      if (!m || !SPOKEN_PIECE.test(m[1]!)) break;
      const start = h.start - m[0].length;
      // "then"/"and" only join digits to digits: "480 then 555", not "call me then 555".
      if (LINK_PIECE.test(m[1]!) && !/\d[\s,.\-–…\/]+$/.test(text.slice(Math.max(0, start - 4), start))) break;
      h.start = start;
    }
    for (let k = 0; k < 12; k++) {
      const m = /^[\s,.\-–…\/]+([^\s,.\-–…\/]+)/.exec(text.slice(h.end, h.end + 16));
      if (!m || !SPOKEN_PIECE.test(m[1]!) || LINK_PIECE.test(m[1]!)) break;
      h.end += m[0].length;
    }
  }
}

/** Gap between two detail spans that still makes them one masked block: spacing and punctuation. */
const MERGEABLE_GAP = /^[\s,;:\-\/|.()]*$/;

function mask(message: string, spans: readonly ContactSpan[]): string {
  const ranges = spans.filter((s) => s.detail).map((s) => [s.start, s.end] as [number, number]);
  return maskRanges(message, ranges, (gap) => MERGEABLE_GAP.test(gap));
}

/**
 * `text` with every range ([start, end) offsets) replaced by MASK; overlapping ranges, and ranges
 * only `mergeGap(textBetween)` apart, become one MASK.
 */
export function maskRanges(text: string, ranges: ReadonlyArray<readonly [number, number]>, mergeGap: (gap: string) => boolean = () => false): string {
  const merged: Array<[number, number]> = [];
  for (const [s, e] of [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1])) {
    const last = merged[merged.length - 1];
    if (last && (s <= last[1] || mergeGap(text.slice(last[1], s)))) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  let out = "";
  let pos = 0;
  for (const [s, e] of merged) {
    out += text.slice(pos, s) + MASK;
    pos = e;
  }
  return out + text.slice(pos);
}

const bySpan = (a: ContactSpan, b: ContactSpan): number => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind) || Number(b.detail) - Number(a.detail);

/** Spans sorted, one per (kind, range, detail), with the kinds and the mask they imply. */
function report(message: string, spans: ContactSpan[]): ContactDetection {
  const seen = new Set<string>();
  const unique = spans.sort(bySpan).filter((s) => {
    const key = `${s.kind}:${s.start}:${s.end}:${s.detail}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const kinds = [...new Set(unique.map((s) => s.kind))].sort();
  return { kinds, masked: mask(message, unique), spans: unique };
}

/**
 * Finds contact details in one chat message.
 *
 * @param message the text as the sender typed it (any Unicode; up to 2,000 characters in chat)
 * @param options allow-listed domains; defaults to `DEFAULT_DETECTION_OPTIONS`
 * @returns kinds found (sorted, unique), spans as UTF-16 offsets into `message`, and `masked`:
 *   `message` with every detail span replaced by `MASK`
 */
export function detectContactDetails(message: string, options: DetectionOptions = DEFAULT_DETECTION_OPTIONS): ContactDetection {
  const norm = normalise(message);
  const hits: Hit[] = [];
  findPhones(norm.text, norm.synth, hits);
  findLinks(norm.text, options.allowedDomains, hits);
  runPatterns(PATTERNS, norm.text, hits, wordsOf(norm.text));
  extendAddressTails(norm.text, hits);
  extendSpelledHouseNumbers(message, norm, hits);
  extendSpokenPhones(norm.text, hits);
  extendDealsToClause(norm.text, hits);
  findStrayPostcodes(norm.text, hits);
  const spans: ContactSpan[] = [];
  for (const h of hits) {
    const start = norm.from[h.start] ?? 0;
    const end = norm.to[h.end - 1] ?? start;
    if (end > start) spans.push({ kind: h.kind, start, end, detail: h.detail });
  }
  return report(message, spans);
}

/** What `detectAcrossMessages` found in a sender's run of consecutive messages. */
export interface SequenceDetection {
  /** The new message's detection, including parts of a detail that started in earlier messages. */
  current: ContactDetection;
  /**
   * One entry per earlier message, in the order given: a new detection when this message now
   * masks more than it did on its own (its part of a split detail), otherwise null.
   */
  earlier: Array<ContactDetection | null>;
}

/** Separator between joined messages: a line break, as a reader sees consecutive messages. */
const MESSAGE_JOIN = "\n";
/** Details that can be cut mid-word between two messages. */
const WORD_DETAILS: ReadonlySet<ContactKind> = new Set(["EMAIL", "LINK", "SOCIAL_HANDLE"]);

/**
 * Detects a contact detail spread over consecutive messages of one sender ("303 555" then "0178").
 *
 * @param earlier the sender's preceding messages, oldest first, with no message of anyone else
 *   between them and `current` (the caller picks the window: two or three messages)
 * @param current the message being sent
 * @returns `current`'s detection (its own findings plus its part of any detail that the joined
 *   messages reveal) and, per earlier message, a new detection only when its mask grows, so the
 *   caller can mask it retroactively for the reader
 *
 * Only findings of the joined text that reach into `current` count (with the earlier pieces of a
 * kind they add): whatever lies wholly in the earlier messages was judged when they were sent, so
 * two innocent messages cannot combine into a flag on a third.
 */
export function detectAcrossMessages(
  earlier: readonly string[],
  current: string,
  options: DetectionOptions = DEFAULT_DETECTION_OPTIONS,
): SequenceDetection {
  const own = detectContactDetails(current, options);
  if (earlier.length === 0) return { current: own, earlier: [] };
  const parts = [...earlier, current];
  const extra: ContactSpan[][] = parts.map(() => []);
  const addFrom = (separator: string, kinds: ReadonlySet<ContactKind> | null): void => {
    const starts: number[] = [];
    let joined = "";
    for (const part of parts) {
      if (starts.length > 0) joined += separator;
      starts.push(joined.length);
      joined += part;
    }
    const currentStart = starts[parts.length - 1]!;
    const spans = detectContactDetails(joined, options).spans.filter((span) => !kinds || kinds.has(span.kind));
    // Only what reaches into the new message counts, plus the other pieces of a detail found in
    // it ("area code 469" / "then 555-0117" is found as one piece per message): a kind found in
    // the new message brings its pieces in the earlier ones along. An earlier message whose own
    // detection already had them keeps its mask (and is not re-reported).
    const reaching = new Set(spans.filter((span) => span.end > currentStart).map((span) => span.kind));
    for (const span of spans) {
      if (span.end <= currentStart && !reaching.has(span.kind)) continue;
      parts.forEach((part, i) => {
        const start = Math.max(span.start, starts[i]!) - starts[i]!;
        const end = Math.min(span.end, starts[i]! + part.length) - starts[i]!;
        if (end > start) extra[i]!.push({ ...span, start, end });
      });
    }
  };
  addFrom(MESSAGE_JOIN, null);
  // "pete at petesauto" + "works dot com": a word cut by the send button. Joined without a break,
  // only written details count, so two numbers are never glued into one.
  addFrom("", WORD_DETAILS);
  const currentDetection = report(current, [...own.spans, ...extra[parts.length - 1]!]);
  const earlierDetections = earlier.map((text, i) => {
    if (extra[i]!.length === 0) return null;
    const alone = detectContactDetails(text, options);
    const next = report(text, [...alone.spans, ...extra[i]!]);
    return next.masked === alone.masked ? null : next;
  });
  return { current: currentDetection, earlier: earlierDetections };
}
