/**
 * A contact detail typed in pieces ("303 555", then "0178") arrives as a burst: the sender's
 * consecutive messages, seconds to a few minutes apart. A new message is read together with at
 * most this many of the sender's immediately preceding messages: three parts cover a phone number
 * split as area code / exchange / line, the longest split we have seen. A longer reach would start
 * joining innocent numbers from different thoughts ("it's a 2011", "with 143k on it").
 */
export const SPLIT_DETAIL_MAX_EARLIER = 2;

/**
 * ... and only those sent within this long before it. Bounded in time for the same reason, and so
 * that a reader never sees a message they read long ago change under their eyes.
 */
export const SPLIT_DETAIL_WINDOW_MS = 10 * 60 * 1000;

/**
 * The sender's burst before a new message, oldest first, from the session's latest messages
 * (newest first): their own messages right before it, within the window; anyone else's message
 * (or a system message) in between ends it.
 */
export function senderBurst<T extends { senderId: string | null; kind: string; createdAt: Date }>(latestFirst: readonly T[], senderId: string, at: Date): T[] {
  const burst: T[] = [];
  for (const row of latestFirst.slice(0, SPLIT_DETAIL_MAX_EARLIER)) {
    if (row.senderId !== senderId || row.kind !== "USER" || at.getTime() - row.createdAt.getTime() > SPLIT_DETAIL_WINDOW_MS) break;
    burst.unshift(row);
  }
  return burst;
}
