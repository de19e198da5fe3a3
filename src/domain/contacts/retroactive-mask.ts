import { DEFAULT_DETECTION_OPTIONS, detectAcrossMessages, MASK, maskRanges, type ContactDetection, type DetectionOptions } from "./contact-detector.ts";
import { recordedBurst } from "./split-detail.ts";

/** A range of the original message, `end` exclusive. */
export type Range = [start: number, end: number];

/**
 * The ranges of `original` that `masked` hides, recovered from the text alone: `masked` must be
 * `original` with disjoint non-empty ranges replaced by MASK (what the detector produces). Null
 * when it is not. Where two alignments produce the same text, the earliest is returned; either
 * renders the same, which is all the caller relies on.
 */
export function hiddenRanges(original: string, masked: string): Range[] | null {
  const visible = masked.split(MASK);
  const first = visible[0]!;
  const last = visible[visible.length - 1]!;
  if (!original.startsWith(first)) return null;
  if (visible.length === 1) return original === masked ? [] : null;
  const ranges: Range[] = [];
  let pos = first.length;
  for (let i = 1; i < visible.length - 1; i++) {
    // The leftmost placement that leaves a non-empty hidden range keeps the most room for the rest.
    const at = original.indexOf(visible[i]!, pos + 1);
    if (at < 0) return null;
    ranges.push([pos, at]);
    pos = at + visible[i]!.length;
  }
  const tail = original.length - last.length;
  if (tail <= pos || !original.endsWith(last)) return null;
  ranges.push([pos, tail]);
  return ranges;
}

/**
 * Combines a message's current mask with a later, wider one found by reading it together with the
 * sender's next messages: returns the new delivered text when `proposed` hides something `stored`
 * does not, or null when it adds nothing. A mask only ever grows: what a reader was already shown
 * as hidden stays hidden even if the wider reading would leave it visible. When either text does
 * not line up with the original (not expected), the whole message is hidden rather than risk
 * revealing part of a detail.
 */
export function growMask(original: string, stored: string, proposed: string): string | null {
  if (proposed === stored) return null;
  const before = hiddenRanges(original, stored);
  const after = hiddenRanges(original, proposed);
  if (!before || !after) return stored === MASK ? null : MASK;
  if (covers(before, after)) return null;
  if (covers(after, before)) return proposed;
  return render(original, [...before, ...after]);
}

/** True when every position `inner` hides is hidden by `outer` too. */
function covers(outer: Range[], inner: Range[]): boolean {
  return inner.every(([start, end]) => {
    let pos = start;
    for (const [s, e] of outer) if (s <= pos && e > pos) pos = e;
    return pos >= end;
  });
}

function render(original: string, ranges: Range[]): string {
  return maskRanges(original, ranges);
}

/** One part of a burst read by `readBurst`: what it holds on its own, and what a reader is finally shown of it. */
export interface BurstPart {
  /** The part read alone (`detectContactDetails`). */
  alone: ContactDetection;
  /** The part read with the ones before it, its mask grown by later ones that complete its detail. */
  shown: ContactDetection;
}

/** Per text of a burst, the indexes of the earlier texts read with it, ascending (`recordedBurst`, `withinReach`). */
export type BurstReach = (messages: readonly string[]) => ReadonlyArray<readonly number[]>;

/** Each text read with at most `reach` texts right before it: the content policy's reading of one write's fields. */
export function withinReach(reach: number): BurstReach {
  return (messages) => messages.map((_, k) => Array.from({ length: Math.min(k, reach) }, (__, j) => k - Math.min(k, reach) + j));
}

/**
 * Reads one author's texts as a burst, in the order given: each text with the earlier texts
 * `reach` names (by default `recordedBurst`, what the chat's send path reads with it: sideBurst),
 * detected together (`detectAcrossMessages`), and an earlier text's mask grown, never shrunk
 * (`growMask`), when a later one completes its detail. The content policy reads the free-text
 * fields of one write through it, each with the SPLIT_DETAIL_MAX_EARLIER before it
 * (authz/content-enforce.ts, `withinReach`).
 */
export function readBurst(messages: readonly string[], options: DetectionOptions = DEFAULT_DETECTION_OPTIONS, reach: BurstReach = recordedBurst): BurstPart[] {
  const shown: ContactDetection[] = [];
  // Each message's own detection, passed back in as known: every message is detected alone once.
  const alone: ContactDetection[] = [];
  const earlierOf = reach(messages);
  messages.forEach((text, k) => {
    const read = earlierOf[k]!;
    const result = detectAcrossMessages(
      read.map((i) => messages[i]!),
      text,
      options,
      read.map((i) => alone[i]),
    );
    alone.push(result.alone);
    result.earlier.forEach((wider, j) => {
      if (!wider) return;
      const i = read[j]!;
      const before = shown[i]!;
      const masked = growMask(messages[i]!, before.masked, wider.masked) ?? before.masked;
      shown[i] = { kinds: [...new Set([...before.kinds, ...wider.kinds])].sort(), masked, spans: [...before.spans, ...wider.spans] };
    });
    shown.push(result.current);
  });
  return shown.map((detection, i) => ({ alone: alone[i]!, shown: detection }));
}

/**
 * What a reader is finally shown of each message of one sender's burst, replayed as the chat's
 * send path reads it (`readBurst` with `recordedBurst`: one sender's consecutive messages, each
 * with the earlier ones sideBurst hands the detector). The evaluation (`npm run eval:contacts`),
 * the detection snapshot and the specs read bursts through it.
 */
export function replayBurst(messages: readonly string[], options: DetectionOptions = DEFAULT_DETECTION_OPTIONS): ContactDetection[] {
  return readBurst(messages, options).map((part) => part.shown);
}
