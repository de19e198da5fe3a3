import type { PenaltyKind } from "../../platform/db/generated/enums.ts";

export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The penalty ladder of the terms of service for mechanics, workshop advisors and partners, by the number of standing (not dismissed)
 * violations: 1st warning + 7-day suspension, 2nd 30-day suspension, 3rd and later permanent ban
 * with unpaid earnings withheld.
 */
export function penaltyFor(standingViolations: number): { kind: PenaltyKind; days: number | null; reason: string } {
  if (standingViolations <= 1) return { kind: "WARNING_SUSPENSION_7_DAYS", days: 7, reason: "Warning: contact details shared (1st offence), suspended for 7 days" };
  if (standingViolations === 2) return { kind: "SUSPENSION_30_DAYS", days: 30, reason: "Contact details shared (2nd offence), suspended for 30 days" };
  return { kind: "PERMANENT_BAN", days: null, reason: "Contact details shared (3rd offence): permanently banned, unpaid earnings withheld" };
}

/** Where the ladder leaves an account: a permanent ban, or a suspension until the rung ends. */
export function penaltyOutcome(rung: { kind: PenaltyKind; days: number | null }, startsAt: Date): { status: "BANNED" | "SUSPENDED"; endsAt: Date | null } {
  return { status: rung.kind === "PERMANENT_BAN" ? "BANNED" : "SUSPENDED", endsAt: rung.days === null ? null : new Date(startsAt.getTime() + rung.days * DAY_MS) };
}
