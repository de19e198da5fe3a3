/**
 * A contact detail typed in pieces ("303 555", then "0178") arrives as a burst: the sender's
 * messages, seconds to a few minutes apart. A new message is read together with at most this many
 * of the sender's preceding messages: three parts cover a phone number split as area code /
 * exchange / line, the longest split we have seen. A longer reach would start joining innocent
 * numbers from different thoughts ("it's a 2011", "with 143k on it").
 */
export const SPLIT_DETAIL_MAX_EARLIER = 2;

/**
 * ... and only those sent within this long before it. Bounded in time for the same reason, and so
 * that a reader never sees a message they read long ago change under their eyes.
 */
export const SPLIT_DETAIL_WINDOW_MS = 10 * 60 * 1000;

/**
 * ... found among the thread's this many latest messages. The other party's replies ("yes?", "ok",
 * "k") and system notices between the sender's pieces do not end the burst: a reply costs the
 * other party nothing, and a colluding reader may send one after every piece ("area code 737" /
 * "yes?" / "555" / "ok" / "0142"). Up to three messages after each of the sender's two earlier
 * pieces are passed over; a conversation busier than that within the window has moved on.
 */
export const SPLIT_DETAIL_LOOKBACK = 8;

/**
 * The sender's burst before a new message, oldest first, from the thread's latest messages (newest
 * first, at least SPLIT_DETAIL_LOOKBACK of them when the thread has that many): their own messages
 * among the SPLIT_DETAIL_LOOKBACK latest, within the window, at most SPLIT_DETAIL_MAX_EARLIER.
 * Anyone else's messages and system messages in between are passed over, never part of the burst:
 * the sender's pieces are read together as if sent one after the other.
 */
export function senderBurst<T extends { senderId: string | null; kind: string; createdAt: Date }>(latestFirst: readonly T[], senderId: string, at: Date): T[] {
  const burst: T[] = [];
  for (const row of latestFirst.slice(0, SPLIT_DETAIL_LOOKBACK)) {
    if (at.getTime() - row.createdAt.getTime() > SPLIT_DETAIL_WINDOW_MS) break;
    if (row.senderId !== senderId || row.kind !== "USER") continue;
    burst.unshift(row);
    if (burst.length === SPLIT_DETAIL_MAX_EARLIER) break;
  }
  return burst;
}
