import type { AccountStatus, ContactKind, FlagStatus, PenaltyKind, Role } from "../../platform/db/generated/enums.ts";

export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whose contact details walk the ladder: the professionals the platform's terms bind (mechanics,
 * workshop advisors, partners; seed 003 "Penalties"). A customer's own details are masked, never
 * penalised. One table for chat and for every monitored field.
 */
export const PENALISED_ROLES: ReadonlySet<Role> = new Set(["MECHANIC", "WORKSHOP_ADVISOR", "PARTNER"]);

/**
 * Kinds that only name an intent ("call me", "my number is") without a contact detail: flagged
 * for review, never penalised on their own (issue 13: "a penalty needs a detected detail or an
 * explicit off-platform deal").
 */
export const PHRASE_ONLY_KINDS: ReadonlySet<ContactKind> = new Set(["OFF_PLATFORM_REQUEST"]);

/** True when the detected kinds include a contact detail or an explicit off-platform deal: a finding that costs a rung. */
export function isPenalisable(kinds: readonly ContactKind[]): boolean {
  return kinds.some((kind) => !PHRASE_ONLY_KINDS.has(kind));
}

/** A message of the sender's current burst as the offence check reads it: its violation, if any, and the sender's status. */
export interface BurstMessage {
  violation: { kinds: readonly ContactKind[]; status: FlagStatus } | null;
  sender: { status: AccountStatus } | null;
}

/**
 * Whether a chat message costs its sender a rung: the sender is a professional (PENALISED_ROLES)
 * and their burst (the consecutive messages a split detail may span, newest last, the sender's
 * status read with it) holds an offence not yet penalised: a detected kind that no earlier
 * message of the burst was penalised for by a violation that still stands, or any detected kind
 * once the account is active again. The second condition stops a send that raced the suspension
 * (authorized before the first part's penalty committed) from being penalised twice for one
 * detail; once the penalty is over, a new attempt climbs the ladder.
 *
 * @param kinds the kinds the whole burst reveals, sorted; empty means nothing was found
 */
export function isNewChatOffence(senderRole: Role, burst: readonly BurstMessage[], kinds: readonly ContactKind[]): boolean {
  if (!PENALISED_ROLES.has(senderRole) || kinds.length === 0) return false;
  const penalised = new Set(burst.flatMap((row) => (row.violation && row.violation.status !== "DISMISSED" ? row.violation.kinds : [])));
  if (kinds.some((kind) => !penalised.has(kind))) return true;
  return burst[0]!.sender?.status === "ACTIVE";
}

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
