import type { Prisma } from "../../platform/db/generated/client.ts";

// The SQL twins of platform/auth/viewer.ts statusAt, the one definition of an account's standing
// at a moment: banned, or suspended with no end or an end still ahead, is sanctioned; a suspension
// whose end has passed is in good standing without any write. Queries compose these so a list
// (stranded sessions, workshops able to answer) agrees with what authentication refuses.

/** Accounts banned, or suspended at `now` (statusAt is not ACTIVE). */
export function sanctionedAt(now: Date): Prisma.UserWhereInput {
  return { OR: [{ status: "BANNED" }, { status: "SUSPENDED", OR: [{ suspendedUntil: null }, { suspendedUntil: { gt: now } }] }] };
}

/** Accounts in good standing at `now` (statusAt is ACTIVE): active, or suspended until a time already past. */
export function inGoodStandingAt(now: Date): Prisma.UserWhereInput {
  return { OR: [{ status: "ACTIVE" }, { status: "SUSPENDED", suspendedUntil: { lte: now } }] };
}
