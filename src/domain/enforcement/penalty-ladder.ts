import type { AccountStatus, PenaltyKind } from "../../platform/db/generated/enums.ts";

export const DAY_MS = 24 * 60 * 60 * 1000;

/** One rung of the ladder: the penalty, its length in days (null: for good) and the reason the account shows. */
export interface Rung {
  kind: PenaltyKind;
  days: number | null;
  reason: string;
}

/**
 * The penalty ladder of the terms of service for mechanics, workshop advisors and partners, by the
 * number of standing (not dismissed) violations: 1st warning + 7-day suspension, 2nd 30-day
 * suspension, 3rd and later permanent ban with unpaid earnings withheld (seed 003, "Penalties":
 * "1. First offense: Warning + 7-day suspension / 2. Second offense: 30-day suspension /
 * 3. Third offense: Permanent ban + withhold unpaid earnings").
 */
export function penaltyFor(standingViolations: number): Rung {
  if (standingViolations <= 1) return { kind: "WARNING_SUSPENSION_7_DAYS", days: 7, reason: "Warning: contact details shared (1st offence), suspended for 7 days" };
  if (standingViolations === 2) return { kind: "SUSPENSION_30_DAYS", days: 30, reason: "Contact details shared (2nd offence), suspended for 30 days" };
  return { kind: "PERMANENT_BAN", days: null, reason: "Contact details shared (3rd offence): permanently banned, unpaid earnings withheld" };
}

/** Where the ladder leaves an account: a permanent ban, or a suspension until the rung ends (`startsAt` + days). */
export function penaltyOutcome(rung: { kind: PenaltyKind; days: number | null }, startsAt: Date): { status: "BANNED" | "SUSPENDED"; endsAt: Date | null } {
  return { status: rung.kind === "PERMANENT_BAN" ? "BANNED" : "SUSPENDED", endsAt: rung.days === null ? null : new Date(startsAt.getTime() + rung.days * DAY_MS) };
}

/** The reason an account shows while a suspension outlives a dismissed penalty. */
export const RUNNING_SUSPENSION_REASON = "Contact details shared: suspension still running";

/** An account's standing: its status, the end of a suspension (null otherwise) and the reason shown (null when active). */
export interface Standing {
  status: AccountStatus;
  suspendedUntil: Date | null;
  reason: string | null;
}

/**
 * An account's standing from the penalties still in force (not reversed, not ended at `now`),
 * after an admin dismissed one: a ban if one stands (the 3rd rung's reason), else a suspension
 * until the latest end, else active.
 */
export function standingFrom(penalties: readonly { kind: PenaltyKind; endsAt: Date | null }[], now: Date): Standing {
  const inForce = penalties.filter((p) => p.endsAt === null || p.endsAt > now);
  if (inForce.some((p) => p.kind === "PERMANENT_BAN")) return { status: "BANNED", suspendedUntil: null, reason: penaltyFor(3).reason };
  const until = inForce.reduce<Date | null>((max, p) => (p.endsAt && (!max || p.endsAt > max) ? p.endsAt : max), null);
  return until ? { status: "SUSPENDED", suspendedUntil: until, reason: RUNNING_SUSPENSION_REASON } : { status: "ACTIVE", suspendedUntil: null, reason: null };
}
