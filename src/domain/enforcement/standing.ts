import type { AccountStatus, PenaltyKind } from "../../platform/db/generated/enums.ts";
import { penaltyFor } from "./penalty-ladder.ts";

/** The reason an account shows while a ladder suspension outlives a dismissed penalty. */
export const RUNNING_SUSPENSION_REASON = "Contact details shared: suspension still running";

/** An account's standing: its status, the end of a suspension (null otherwise) and the reason shown (null when active). */
export interface Standing {
  status: AccountStatus;
  suspendedUntil: Date | null;
  reason: string | null;
}

/**
 * Something that weighs on an account while it stands: a penalty of the ladder, or a suspension or
 * ban an admin imposed by hand (AccountSanction). `endsAt` null is for good; `since` is when it
 * began; `reason` is what the account shows while it decides the standing.
 */
export interface Restriction {
  ban: boolean;
  endsAt: Date | null;
  since: Date;
  reason: string;
}

/** A ladder penalty as a restriction: a ban shows the 3rd rung's reason, a suspension that it is still running. */
export function penaltyRestriction(penalty: { kind: PenaltyKind; startsAt: Date; endsAt: Date | null }): Restriction {
  const ban = penalty.kind === "PERMANENT_BAN";
  return { ban, endsAt: penalty.endsAt, since: penalty.startsAt, reason: ban ? penaltyFor(3).reason : RUNNING_SUSPENSION_REASON };
}

/** An admin's suspension or ban as a restriction, with the reason the admin gave. */
export function sanctionRestriction(sanction: { kind: "SUSPENSION" | "BAN"; createdAt: Date; endsAt: Date | null; reason: string }): Restriction {
  return { ban: sanction.kind === "BAN", endsAt: sanction.endsAt, since: sanction.createdAt, reason: sanction.reason };
}

/**
 * An account's standing from everything that still stands on it at `now`: the ladder's penalties
 * not dismissed, and admins' suspensions and bans, neither ended by an admin's later sanction (a
 * lift, or a suspension that replaced a suspension) nor run out. Callers pass only restrictions not
 * dismissed or ended; those whose end has passed are ignored here. A ban if one stands (the newest
 * ban's reason), else a suspension until the latest end (that restriction's reason; the newest on a
 * tie), else active.
 */
export function standingFrom(restrictions: readonly Restriction[], now: Date): Standing {
  const inForce = restrictions.filter((r) => r.endsAt === null || r.endsAt > now);
  const newestFirst = [...inForce].sort((a, b) => b.since.getTime() - a.since.getTime());
  const ban = newestFirst.find((r) => r.ban);
  if (ban) return { status: "BANNED", suspendedUntil: null, reason: ban.reason };
  const longest = newestFirst.reduce<Restriction | null>((max, r) => (r.endsAt && (!max || r.endsAt > max.endsAt!) ? r : max), null);
  return longest ? { status: "SUSPENDED", suspendedUntil: longest.endsAt, reason: longest.reason } : { status: "ACTIVE", suspendedUntil: null, reason: null };
}
