import { isBarePiece } from "./contact-detector.ts";
import { normalise } from "./detection/normalise.ts";
import { nationalBreaks } from "./detection/phone.ts";

/**
 * A contact detail typed in pieces ("303 555", then "0178") arrives as a burst: the sender's
 * messages, seconds to a few minutes apart. A new message is read together with at most this many
 * of its side's preceding messages (sideBurst): three parts cover a phone number split as area code /
 * exchange / line. A longer reach over messages of any kind would start joining innocent numbers
 * from different thoughts ("it's a 2011", "with 143k on it"); only a drip of bare pieces reaches
 * further (DRIP_MAX_EARLIER).
 */
export const SPLIT_DETAIL_MAX_EARLIER = 2;

/**
 * ... and only those sent within this long before it. Bounded in time for the same reason, and so
 * that a reader never sees a message they read long ago change under their eyes.
 */
export const SPLIT_DETAIL_WINDOW_MS = 10 * 60 * 1000;

/**
 * ... found among the thread's this many latest messages. The other side's replies ("yes?", "ok",
 * "k") and system notices between the side's pieces do not end the burst: a reply costs the
 * other party nothing, and a colluding reader may send one after every piece ("area code 737" /
 * "yes?" / "555" / "ok" / "0142"). Up to three messages after each of the side's two earlier
 * pieces are passed over; a conversation busier than that within the window has moved on.
 */
export const SPLIT_DETAIL_LOOKBACK = 8;

/**
 * Who a message is written for, as a burst reads it: a workshop's advisors together (a workshop
 * conversation is one workshop's, and its advisors answer the customer as one business: "our line
 * is 512 447" from one, "0318" from another is the workshop's number), anyone else alone (the
 * session chat's customer and mechanic are each one person, as is a workshop conversation's
 * customer).
 */
export function writingSide(sender: { id: string; role: string }): string {
  return sender.role === "WORKSHOP_ADVISOR" ? "WORKSHOP_ADVISOR" : `user:${sender.id}`;
}

/**
 * A number dripped a few digits a message ("50" / "35" / "55" / "01" / "42", or one digit a
 * message) takes more messages than the burst reads: a burst of drip pieces (isDripPiece) reaches
 * back this many of the side's pieces. Eleven pieces hold an eleven-digit number (a North American
 * one with its 1, a British one with its 0) sent a digit at a time, the longest drip a
 * national number makes. Only pieces join: a message with anything else in it ("$40", "85k",
 * "3pm", "ok thanks") ends the drip, so the longer reach never joins sentences, readings or prices.
 */
export const DRIP_MAX_EARLIER = 10;

/**
 * ... found among the thread's this many latest messages: after each earlier piece, up to two of
 * the other side's replies ("?", "ok") or system notices are passed over, as SPLIT_DETAIL_LOOKBACK
 * passes over replies between the pieces of a shorter burst.
 */
export const DRIP_LOOKBACK = 3 * DRIP_MAX_EARLIER;

/** The most digits a drip piece holds: a drip longer than a burst cuts its number small, a line's four digits at most. */
const DRIP_PIECE_MAX_DIGITS = 4;

/** The digits a message holds, typed or said ("five oh" holds "50"). */
function digitsOf(text: string): string {
  return normalise(text).text.replace(/\D/g, "");
}

/**
 * Whether drip pieces, oldest first, keep a drip's rhythm, as a number is chunked to be dripped:
 * - an even cut, every piece as long as the first but the last, which may be shorter ("50" / "35"
 *   / "55" / "01" / "42", a digit a message, "five oh" / "three five" / ...);
 * - or a cut along the number's own groups: the pieces join into a valid national number
 *   (nationalBreaks) and every break of its national format is a break between pieces, the
 *   pieces maybe cutting a group further ("503" / "555" / "01" / "42": 503 555 0142; "020" /
 *   "7946" / "0018"). Figures a person lists (part prices, amounts) are round or priced just under:
 *   pieces that all end in 0, 5 or 9 ("250" / "480" / "65" / "35", "289" / "349" / "89" / "99")
 *   keep no rhythm of this kind.
 * Figures of different thoughts come in any lengths ("65" / "120" / "89" / "350", "2019" / "4" /
 * "2") and are read no further back than a burst.
 */
export function keepsDripRhythm(pieces: readonly string[]): boolean {
  const digits = pieces.map(digitsOf);
  const counts = digits.map((d) => d.length);
  if (counts.every((count, i) => (i === counts.length - 1 ? count <= counts[0]! : count === counts[0]))) return true;
  if (digits.every((d) => /[059]$/.test(d))) return false;
  const cuts = new Set(counts.slice(0, -1).map((_, i) => counts.slice(0, i + 1).reduce((a, b) => a + b, 0)));
  return nationalBreaks(digits.join("")).some((breaks) => breaks.length > 0 && breaks.every((b) => cuts.has(b)));
}

/**
 * Whether a message is nothing but a small piece of a number (isBarePiece: digits typed or said,
 * separators, a connective or a filler, "50", "then 35", "five oh", "0 1 4"), of at most
 * DRIP_PIECE_MAX_DIGITS digits: what a drip is made of. A round amount or a mileage ("85000") is
 * longer; a price, reading or time ("$40", "85k", "3pm") is no bare piece.
 */
export function isDripPiece(text: string): boolean {
  return isBarePiece(text) && digitsOf(text).length <= DRIP_PIECE_MAX_DIGITS;
}

/** A message of punctuation only ("...", "-"): between drip pieces, a pause, no part of the number. */
function isPause(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}

/**
 * The writing side's burst before a new message `body` by `writer`, oldest first, from the
 * thread's latest messages (newest first, at least DRIP_LOOKBACK of them when the thread has that
 * many): the messages of the writer's side (writingSide) among the SPLIT_DETAIL_LOOKBACK latest,
 * within the window, at most SPLIT_DETAIL_MAX_EARLIER. The other side's messages and system
 * messages in between are passed over, never part of the burst: the side's pieces are read
 * together as if sent one after the other, whichever of its advisors sent each.
 *
 * A drip (`body` a drip piece, isDripPiece) reaches further back over the side's run of earlier
 * pieces among the DRIP_LOOKBACK latest, within the same window, at most DRIP_MAX_EARLIER, up to
 * the side's last message that is no piece: as far as the run, oldest first, keeps the drip's
 * rhythm (keepsDripRhythm) with `body`. The side's pauses ("...") are passed over there like replies.
 *
 * The chat's send path reads every message through it, and so does the evaluation (recordedBurst).
 */
export function sideBurst<T extends { senderId: string | null; sender: { role: string } | null; kind: string; createdAt: Date; body: string }>(
  latestFirst: readonly T[],
  writer: { id: string; role: string },
  at: Date,
  body: string,
): T[] {
  const side = writingSide(writer);
  const drip = isDripPiece(body);
  const burst: T[] = [];
  // The side's drip pieces right before `body`, newest first, until its last message that is no piece.
  const run: T[] = [];
  let inRun = drip;
  for (const [n, row] of latestFirst.slice(0, DRIP_LOOKBACK).entries()) {
    if (at.getTime() - row.createdAt.getTime() > SPLIT_DETAIL_WINDOW_MS) break;
    if (row.kind !== "USER" || row.senderId === null || !row.sender || writingSide({ id: row.senderId, role: row.sender.role }) !== side) continue;
    if (drip && isPause(row.body)) continue;
    const inBurst = burst.length < SPLIT_DETAIL_MAX_EARLIER && n < SPLIT_DETAIL_LOOKBACK;
    if (inBurst) burst.unshift(row);
    inRun &&= isDripPiece(row.body) && run.length < DRIP_MAX_EARLIER;
    if (inRun) run.push(row);
    else if (!inBurst) break;
  }
  // The longest stretch of the run that keeps the drip's rhythm with `body`, when it reaches past the burst.
  for (let reach = run.length; reach > burst.length; reach--) {
    const stretch = run.slice(0, reach).reverse();
    if (keepsDripRhythm([...stretch.map((row) => row.body), body])) return stretch;
  }
  return burst;
}

/** A recorded burst's writer: one customer (writingSide reads them alone). */
const RECORDED_WRITER = { id: "recorded", role: "CUSTOMER" } as const;

/** The time between a recorded burst's messages: sent one right after the other. */
const RECORDED_GAP_MS = 5_000;

/**
 * Which earlier messages the chat reads with each message of a recorded burst (one writer's
 * messages, oldest first, as the corpus records them: no sender or times are recorded, so they are
 * taken as one writer's, sent RECORDED_GAP_MS apart with nothing in between): per message, the
 * indexes of its earlier messages sideBurst hands the detector, ascending. "a" / "b" / "c" / "d"
 * -> [], [0], [0, 1], [1, 2]; a drip of pieces reaches further.
 */
export function recordedBurst(messages: readonly string[]): number[][] {
  const rows = messages.map((body, i) => ({ i, senderId: RECORDED_WRITER.id, sender: RECORDED_WRITER, kind: "USER", createdAt: new Date(i * RECORDED_GAP_MS), body }));
  return rows.map((row, k) => sideBurst(rows.slice(0, k).reverse(), RECORDED_WRITER, row.createdAt, row.body).map((earlier) => earlier.i));
}
