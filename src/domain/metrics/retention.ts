/**
 * The retention strategy's figures (seed 003 "Metrics to Monitor"): the targets each rate is
 * held to, and the week-over-week trends of the warning signals. Pure: the enforcement service
 * reads the counts from their owning stores and hands them here. Rates are integer basis points
 * (3000 = 30%).
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const WEEK_MS = 7 * DAY_MS;

/** The rates held to targets are computed over the 30 days ending at the report's time. */
export const TARGET_WINDOW_DAYS = 30;

/** The start of the window the targets are computed over. */
export function targetWindowStart(asOf: Date): Date {
  return new Date(asOf.getTime() - TARGET_WINDOW_DAYS * DAY_MS);
}

/** The seed's targets, in basis points; a rate meets its target when it is above it (seed: ">30%"). */
export const RETENTION_TARGETS = {
  /** Seed 003 "On-Platform Transaction Rate": escalated / completed diagnostics, target >30%. */
  ON_PLATFORM_TRANSACTION_RATE: 3000,
  /** Seed 003 "Quote Approval Rate": approved / quotes, target >60%. */
  QUOTE_APPROVAL_RATE: 6000,
  /** Seed 003 "Mechanic Compliance Rate": mechanics without a standing violation, target >95%. */
  MECHANIC_COMPLIANCE_RATE: 9500,
} as const;

export type RetentionMetric = keyof typeof RETENTION_TARGETS;

/**
 * How large a week-over-week change in a signal's bad direction raises an alert: 25% (2500 bp),
 * the seed's "sudden drop" / "increase" read as a quarter more or less than the week before.
 */
export const TREND_ALERT_BASIS_POINTS = 2500;

/** `part / whole` in basis points, rounded; null when `whole` is 0 (no data, not 0%). */
export function rateBasisPoints(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part * 10_000) / whole) : null;
}

/** A rate beside its target: met when the rate is known and above the target. */
export interface TargetCheck {
  metric: RetentionMetric;
  valueBasisPoints: number | null;
  targetBasisPoints: number;
  met: boolean;
}

/** Checks `valueBasisPoints` against the seed's target for `metric`. */
export function againstTarget(metric: RetentionMetric, valueBasisPoints: number | null): TargetCheck {
  const targetBasisPoints = RETENTION_TARGETS[metric];
  return { metric, valueBasisPoints, targetBasisPoints, met: valueBasisPoints !== null && valueBasisPoints > targetBasisPoints };
}

/** Which way of a signal is the warning: a drop (escalation rate, transaction volume) or a rise (contact messages, reports). */
export type BadDirection = "DROP" | "RISE";

/** One signal this week against the week before. */
export interface Trend {
  /** The week before's figure (a count, or a rate in basis points); null when it has no data. */
  previous: number | null;
  current: number | null;
  /** (current - previous) / previous in basis points; null when either week has no data or the week before was 0. */
  changeBasisPoints: number | null;
  /** Whether the change went the bad way by at least `alertBasisPoints` (from nothing to something counts as a rise). */
  alert: boolean;
}

/** Compares `current` with `previous` for a signal whose warning is a change in the `bad` direction. */
export function weekOverWeek(previous: number | null, current: number | null, bad: BadDirection, alertBasisPoints: number = TREND_ALERT_BASIS_POINTS): Trend {
  const changeBasisPoints = previous !== null && current !== null && previous > 0 ? Math.round(((current - previous) * 10_000) / previous) : null;
  const alert =
    bad === "DROP"
      ? changeBasisPoints !== null && changeBasisPoints <= -alertBasisPoints
      : current !== null && current > 0 && (previous === 0 || (changeBasisPoints !== null && changeBasisPoints >= alertBasisPoints));
  return { previous, current, changeBasisPoints, alert };
}

/** A half-open time range [from, to). */
export interface Period {
  from: Date;
  to: Date;
}

/** The 7 days ending at `asOf` and the 7 days before them. */
export function weeksEndingAt(asOf: Date): { previous: Period; current: Period } {
  const start = new Date(asOf.getTime() - WEEK_MS);
  return { previous: { from: new Date(start.getTime() - WEEK_MS), to: start }, current: { from: start, to: asOf } };
}
