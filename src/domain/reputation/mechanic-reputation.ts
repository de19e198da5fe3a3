/**
 * A mechanic's reputation on escalation quality (seed 003, "Mechanic reputation scoring
 * (escalation quality)"): whether the repairs they send to workshops turn into approved quotes,
 * whether customers' complaints about those repairs are upheld, and how customers rate them.
 * Pure: the same facts always give the same score, in integers only.
 */

/** What the score is computed from; counts are whole numbers, never negative. */
export interface ReputationFacts {
  /** Escalations the mechanic made. */
  escalations: number;
  /** Of those, the ones whose repair quote the customer approved. */
  approvedQuotes: number;
  /** Complaints about the mechanic's escalated repairs that an admin upheld. */
  upheldComplaints: number;
  /** Average customer rating × 100 (100 to 500); ignored when `ratingCount` is 0. */
  ratingHundredths: number;
  ratingCount: number;
}

/** The score and its parts, each in basis points (0 to 10 000) so no rounding drifts. */
export interface Reputation {
  /** 0 (worst) to 100 (best). */
  score: number;
  /** Escalations that became approved quotes, smoothed toward one half while there are few. */
  conversionBasisPoints: number;
  /** The rating mapped from 1-5 stars to 0-10 000; one half when unrated. */
  ratingBasisPoints: number;
  /** Upheld complaints per approved quote (capped at 10 000). */
  complaintBasisPoints: number;
}

/** How much each part weighs in the score, in basis points (they add to 10 000). */
export const REPUTATION_WEIGHTS = { conversion: 5_000, rating: 3_000, complaints: 2_000 } as const;

const FULL = 10_000;

/**
 * The reputation of one mechanic. Conversion is Laplace-smoothed ((approved + 1) / (escalations + 2)),
 * so a newcomer starts near the middle rather than at 0 or 100; a mechanic without ratings counts as
 * rated in the middle; each upheld complaint per approved quote costs the complaint share.
 *
 * @throws RangeError for a negative or fractional count, or more approved quotes than escalations
 */
export function mechanicReputation(facts: ReputationFacts): Reputation {
  const { escalations, approvedQuotes, upheldComplaints, ratingHundredths, ratingCount } = facts;
  for (const [name, value] of Object.entries({ escalations, approvedQuotes, upheldComplaints, ratingCount })) {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number, not ${value}`);
  }
  if (approvedQuotes > escalations) throw new RangeError("approvedQuotes cannot exceed escalations");
  const conversionBasisPoints = Math.round(((approvedQuotes + 1) * FULL) / (escalations + 2));
  const stars = Math.min(500, Math.max(100, ratingHundredths));
  const ratingBasisPoints = ratingCount === 0 ? FULL / 2 : Math.round(((stars - 100) * FULL) / 400);
  const complaintBasisPoints = Math.min(FULL, Math.round((upheldComplaints * FULL) / Math.max(1, approvedQuotes)));
  const weighted = conversionBasisPoints * REPUTATION_WEIGHTS.conversion + ratingBasisPoints * REPUTATION_WEIGHTS.rating + (FULL - complaintBasisPoints) * REPUTATION_WEIGHTS.complaints;
  return { score: Math.round(weighted / (FULL * 100)), conversionBasisPoints, ratingBasisPoints, complaintBasisPoints };
}
