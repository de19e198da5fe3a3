// Helpers shared by the detector's specification files: what a message is flagged with, and
// whether a secret in it is hidden from the reader.
import { detectAcrossMessages, detectContactDetails, detectionOptionsFor, type ContactDetection, type ContactKind, type DetectionOptions } from "../../src/domain/contacts/contact-detector.ts";
import { hiddenRanges, replayBurst } from "../../src/domain/contacts/retroactive-mask.ts";

/** The kinds detected in one message. */
export const kindsOf = (text: string): ContactKind[] => detectContactDetails(text).kinds;

/**
 * Every letter and digit of `secret` (its first occurrence in `text`) is hidden from the reader:
 * read off the delivered text (`d.masked`), as the evaluation reads it.
 */
export function hiddenIn(text: string, secret: string, d: ContactDetection): boolean {
  const at = text.indexOf(secret);
  if (at < 0) throw new Error(`${secret} not in ${text}`);
  const ranges = hiddenRanges(text, d.masked) ?? [];
  for (let i = at; i < at + secret.length; i++) {
    if (!/[\p{L}\p{N}]/u.test(text[i]!)) continue;
    if (!ranges.some(([start, end]) => start <= i && end > i)) return false;
  }
  return true;
}

/** Every letter and digit of `secret` (its first occurrence in `text`) is inside a masked span. */
export const hides = (text: string, secret: string): boolean => hiddenIn(text, secret, detectContactDetails(text));

/**
 * What the reader finally sees of a sender's consecutive messages: per message, its detection
 * (an earlier message's retroactive one when its mask grew).
 */
export function acrossMessages(messages: readonly string[]): ContactDetection[] {
  const result = detectAcrossMessages(messages.slice(0, -1), messages[messages.length - 1]!);
  return [...messages.slice(0, -1).map((text, i) => result.earlier[i] ?? detectContactDetails(text)), result.current];
}

/** True when any message of the burst is flagged. */
export const burstFlagged = (messages: readonly string[]): boolean => acrossMessages(messages).some((d) => d.kinds.length > 0);

/** Every letter and digit of each secret is hidden in the first message of `shown` it occurs in. */
function secretsHidden(messages: readonly string[], secrets: readonly string[], shown: readonly ContactDetection[]): boolean {
  return secrets.every((secret) => {
    const k = messages.findIndex((m) => m.includes(secret));
    if (k < 0) throw new Error(`${secret} in none of the messages`);
    return hiddenIn(messages[k]!, secret, shown[k]!);
  });
}

/** Every letter and digit of each secret is hidden in the message it occurs in. */
export const burstHides = (messages: readonly string[], secrets: readonly string[]): boolean => secretsHidden(messages, secrets, acrossMessages(messages));

/**
 * Every letter and digit of each secret is hidden in the message it occurs in, as the reader is
 * finally shown the burst (`replayBurst`, earlier masks grown by later messages).
 */
export const replayHides = (messages: readonly string[], secrets: readonly string[]): boolean => secretsHidden(messages, secrets, replayBurst(messages));

/** What the application runs: the rules, then the trained second stage (its domain, autodoctor.app). */
export const APPLICATION: DetectionOptions = detectionOptionsFor(["autodoctor.app"], "trained");

/** Some message of `shown` is flagged, and every letter and digit of each secret is hidden where it occurs. */
const caughtIn = (messages: readonly string[], secrets: readonly string[], shown: readonly ContactDetection[]): boolean =>
  shown.some((d) => d.kinds.length > 0) && secretsHidden(messages, secrets, shown);

/**
 * One message, as `options` (the application's by default) detects it: flagged, and every letter
 * and digit of each secret masked in what the reader sees.
 */
export const caughtBy = (text: string, secrets: readonly string[], options: DetectionOptions = APPLICATION): boolean => caughtIn([text], secrets, [detectContactDetails(text, options)]);

/** One message is flagged by `options` (the application's by default). */
export const flaggedBy = (text: string, options: DetectionOptions = APPLICATION): boolean => detectContactDetails(text, options).kinds.length > 0;

/**
 * A sender's consecutive messages, as the reader is finally shown them (`replayBurst` with
 * `options`, the application's by default): some message flagged, and every letter and digit of
 * each secret masked in the first message holding it.
 */
export const replayCaught = (messages: readonly string[], secrets: readonly string[], options: DetectionOptions = APPLICATION): boolean => caughtIn(messages, secrets, replayBurst(messages, options));

/** Some message of a sender's consecutive messages is flagged, as `replayBurst` with `options` (the application's by default) shows them. */
export const replayFlagged = (messages: readonly string[], options: DetectionOptions = APPLICATION): boolean => replayBurst(messages, options).some((d) => d.kinds.length > 0);
