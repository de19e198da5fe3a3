/**
 * A contact detail typed in pieces ("303 555", then "0178") arrives as a burst: the sender's
 * messages, seconds to a few minutes apart. A new message is read together with at most this many
 * of its side's preceding messages (sideBurst): three parts cover a phone number split as area code /
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
 * The writing side's burst before a new message by `writer`, oldest first, from the thread's
 * latest messages (newest first, at least SPLIT_DETAIL_LOOKBACK of them when the thread has that
 * many): the messages of the writer's side (writingSide) among the SPLIT_DETAIL_LOOKBACK latest,
 * within the window, at most SPLIT_DETAIL_MAX_EARLIER. The other side's messages and system
 * messages in between are passed over, never part of the burst: the side's pieces are read
 * together as if sent one after the other, whichever of its advisors sent each.
 */
export function sideBurst<T extends { senderId: string | null; sender: { role: string } | null; kind: string; createdAt: Date }>(
  latestFirst: readonly T[],
  writer: { id: string; role: string },
  at: Date,
): T[] {
  const side = writingSide(writer);
  const burst: T[] = [];
  for (const row of latestFirst.slice(0, SPLIT_DETAIL_LOOKBACK)) {
    if (at.getTime() - row.createdAt.getTime() > SPLIT_DETAIL_WINDOW_MS) break;
    if (row.kind !== "USER" || row.senderId === null || !row.sender || writingSide({ id: row.senderId, role: row.sender.role }) !== side) continue;
    burst.unshift(row);
    if (burst.length === SPLIT_DETAIL_MAX_EARLIER) break;
  }
  return burst;
}
