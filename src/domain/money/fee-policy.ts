/**
 * The marketplace's fee policy, in one place: what the platform charges on diagnostics and
 * repairs, and what it pays mechanics out of that fee. Pure: no database, no configuration
 * reading (src/app/config.ts builds a FeePolicy from the environment, defaulting to the seeds').
 *
 * Money is integer cents; rates are integer basis points (10_000 bp = 100%).
 *
 * The seeds (/work/shared/seeds):
 * - 003 "Platform fee (10%): $2.50" on a $25 diagnostic, "Platform fee (10%): $120.00" on a
 *   $1,200 repair, and "Mechanic referral fee: $60 (5% of $1,200) Paid by platform": the
 *   workshop keeps 90% ($1,080), the platform 5% net ($60) after the referral.
 * - 000 "Revised Model": "Repair fees: 20 × $800 × 15% = $2,400", "Commission paid: 20 × $800 × 10%
 *   = -$1,600": on a partnered repair the platform charges 15% and pays the mechanic's 10%
 *   commission out of it; the partner keeps 85%.
 */
import { basisPointsOf, BASIS_POINTS_PER_WHOLE, PricingError, proportionOf } from "./pricing.ts";

export type PartnershipKind = "WORKSHOP" | "SUPPLIER" | "NETWORK";

export interface FeePolicy {
  /** Price of a remote diagnostic, in cents. Seed 003: "Customer books $25 diagnostic". */
  diagnosticPriceCents: number;
  /** Platform fee on diagnostics and escalated repairs, in basis points. Seed 003: "Platform fee (10%)". */
  platformFeeBasisPoints: number;
  /**
   * The escalating mechanic's referral fee, in basis points of the repair, paid by the platform
   * out of its fee (so at most platformFeeBasisPoints). Seed 003: "Mechanic referral fee: $60 (5% of
   * $1,200) Paid by platform".
   */
  referralFeeBasisPoints: number;
  partnership: {
    /** Platform fee on repairs a partnered mechanic quotes, in basis points. Seed 000 revised model: "× 15%". */
    platformFeeBasisPoints: number;
    /**
     * A new partnership's mechanic commission by type, in basis points of the repair, paid by the
     * platform out of its partnership fee (so below that fee: see leavesPlatformMargin), and the most
     * a mechanic may apply with (maxPartnershipCommission). Seed 000 revised model: "Commission
     * paid: 20 × $800 × 10%", for every type unless overridden.
     */
    commissionBasisPoints: Record<PartnershipKind, number>;
  };
}

/** The seeds' policy, and the configuration's defaults. */
export const SEED_FEE_POLICY: FeePolicy = Object.freeze({
  diagnosticPriceCents: 2_500,
  platformFeeBasisPoints: 1_000,
  referralFeeBasisPoints: 500,
  partnership: Object.freeze({
    platformFeeBasisPoints: 1_500,
    commissionBasisPoints: Object.freeze({ WORKSHOP: 1_000, SUPPLIER: 1_000, NETWORK: 1_000 }),
  }),
});

/**
 * Whether a partnership commission (basis points) leaves the platform part of the partnership fee
 * (basis points) it is paid from: strictly below it. Seed 000 "For Platform": at a commission as
 * high as the fee the platform keeps nothing, above it "NET: -$675/month per mechanic (LOSS!)";
 * "Problem: Higher mechanic commission cuts into platform revenue", solved by the "Revised Model"
 * (15% fee, 10% commission: the platform keeps 5%).
 */
export function leavesPlatformMargin(commissionBasisPoints: number, platformFeeBasisPoints: number): boolean {
  return commissionBasisPoints < platformFeeBasisPoints;
}

/**
 * The most commission, in basis points, a mechanic may apply for under a partnership of `kind`: the
 * type's configured commission. The platform pays it, not the partner (seed 000 revised model:
 * "Commission paid: 20 × $800 × 10%" out of the platform's "× 15%"), so the partner's acceptance
 * says nothing about its size: only the platform's policy bounds it. The configuration keeps each
 * type's commission below the partnership fee (feePolicyProblems), so the platform keeps a margin.
 * A mechanic may apply for less.
 */
export function maxPartnershipCommission(partnership: FeePolicy["partnership"], kind: PartnershipKind): number {
  return partnership.commissionBasisPoints[kind];
}

/**
 * A policy's inconsistencies, each naming the setting at fault and the fee it is paid from
 * (empty when it is usable): a referral fee above the platform fee; a partnership commission not
 * below the partnership fee (leavesPlatformMargin).
 */
export function feePolicyProblems(policy: FeePolicy): { setting: "referralFeeBasisPoints" | `commissionBasisPoints.${PartnershipKind}`; bound: "at most" | "below"; message: string }[] {
  const problems: ReturnType<typeof feePolicyProblems> = [];
  if (policy.referralFeeBasisPoints > policy.platformFeeBasisPoints) {
    problems.push({
      setting: "referralFeeBasisPoints",
      bound: "at most",
      message: `the referral fee (${policy.referralFeeBasisPoints} bp) is paid by the platform out of its fee and cannot exceed it (${policy.platformFeeBasisPoints} bp)`,
    });
  }
  for (const kind of Object.keys(policy.partnership.commissionBasisPoints) as PartnershipKind[]) {
    const commission = policy.partnership.commissionBasisPoints[kind];
    if (!leavesPlatformMargin(commission, policy.partnership.platformFeeBasisPoints)) {
      problems.push({
        setting: `commissionBasisPoints.${kind}`,
        bound: "below",
        message: `the ${kind.toLowerCase()} partnership commission (${commission} bp) is paid by the platform out of its partnership fee (${policy.partnership.platformFeeBasisPoints} bp) and must leave it a margin`,
      });
    }
  }
  return problems;
}

export interface DiagnosticSplit {
  /** The platform's fee, in cents. */
  platformFeeCents: number;
  /** The mechanic's share (the rest), in cents. Seed 003: $25 diagnostic -> $22.50. */
  mechanicShareCents: number;
}

/** A diagnostic's split: the platform's fee rounded half up to the cent, the mechanic the rest. */
export function splitDiagnostic(amountCents: number, platformFeeBasisPoints: number): DiagnosticSplit {
  const platformFeeCents = basisPointsOf(amountCents, platformFeeBasisPoints);
  return { platformFeeCents, mechanicShareCents: amountCents - platformFeeCents };
}

export interface RepairSplit {
  /** The platform's gross fee, in cents. */
  platformFeeCents: number;
  /** The mechanic's referral fee (escalation) or commission (partnership), in cents, paid by the platform out of its fee. */
  mechanicFeeCents: number;
  /** What the workshop (escalation) or partner (partnership) receives, in cents: the total less the platform fee. */
  payeeShareCents: number;
  /** What the platform keeps, in cents: its fee less the mechanic's. */
  platformNetCents: number;
}

/**
 * Splits a repair payment: the payee receives the total less the platform fee; the platform pays
 * the mechanic's fee out of its own. Each fee is its basis-point share of the total rounded half up.
 * Invariants: payeeShare + platformFee = total and platformNet + mechanicFee = platformFee, none negative.
 *
 * @example splitRepair({ totalCents: 120_000, platformFeeBasisPoints: 1_000, mechanicFeeBasisPoints: 500 })
 *   // => { platformFeeCents: 12_000, mechanicFeeCents: 6_000, payeeShareCents: 108_000, platformNetCents: 6_000 } (seed 003)
 * @throws {PricingError} when the total is not a non-negative safe integer, a rate is outside
 *   0..10000, or the mechanic's rate exceeds the platform's (the platform cannot pay more than it charges).
 */
export function splitRepair(input: { totalCents: number; platformFeeBasisPoints: number; mechanicFeeBasisPoints: number }): RepairSplit {
  const { totalCents, platformFeeBasisPoints, mechanicFeeBasisPoints } = input;
  if (!Number.isInteger(mechanicFeeBasisPoints) || mechanicFeeBasisPoints < 0 || mechanicFeeBasisPoints > BASIS_POINTS_PER_WHOLE) {
    throw new PricingError("mechanicFeeBasisPoints", `must be an integer between 0 and ${BASIS_POINTS_PER_WHOLE}`);
  }
  let platformFeeCents: number;
  try {
    platformFeeCents = basisPointsOf(totalCents, platformFeeBasisPoints);
  } catch (error) {
    if (error instanceof PricingError && error.field === "amountCents") throw new PricingError("totalCents", error.message);
    if (error instanceof PricingError) throw new PricingError("platformFeeBasisPoints", error.message);
    throw error;
  }
  if (mechanicFeeBasisPoints > platformFeeBasisPoints) {
    throw new PricingError("mechanicFeeBasisPoints", "the mechanic's fee is paid out of the platform fee and must not exceed it");
  }
  // Half-up rounding is monotonic, so the smaller rate never rounds above the larger; min() states it.
  const mechanicFeeCents = Math.min(basisPointsOf(totalCents, mechanicFeeBasisPoints), platformFeeCents);
  return { platformFeeCents, mechanicFeeCents, payeeShareCents: totalCents - platformFeeCents, platformNetCents: platformFeeCents - mechanicFeeCents };
}

/**
 * A settled payment's split as it was booked, in cents: what the customer paid, the platform's fee
 * on it, and the mechanic's referral fee or commission the platform pays out of that fee (0 for a
 * diagnostic, whose mechanic's share is the payee's part: the rest).
 */
export interface PaidSplit {
  amountCents: number;
  platformFeeCents: number;
  mechanicFeeCents: number;
}

/**
 * What each party holds of a payment while the customer pays only `netCents` of it (its amount less
 * what refunds and lost disputes gave back so far): the seeds' split of the net, at the payment's
 * own rates. The platform's fee is the net's share at the rate the payment's fee was of its amount,
 * rounded half up as splitRepair and splitDiagnostic round it (proportionOf); the mechanic's referral
 * fee or commission is paid out of that fee in the proportion it was of the payment's fee (seed
 * 003, 003_0add1c2809e6e7b6.txt:215-216: "Mechanic referral fee: $60 (5% of $1,200) / Paid by
 * platform"; seed 000's revised model: "Commission paid: 20 × $800 × 10%" out of "× 15%"); the
 * workshop, the partner or a diagnostic's mechanic gets the rest.
 *
 * The payment's rates, not today's fee policy: the policy is configuration and may change between
 * a payment and its refund, which unwinds what the customer paid, not a new price; nor are the
 * basis points a quote was priced at stored with it. At the seeds' $1,200 repair (fee exactly 10%,
 * referral exactly 5%) it is splitRepair of the net at the seeds' rates, to the cent, for the fee
 * and the workshop.
 *
 * Why the mechanic's part is a share of the fee rather than, as splitRepair prices it, its own
 * rounding of the amount: rounded apart, the fee and the referral round up at different amounts, so
 * the platform's part would go up when the customer is given a cent back (at $1,199.90 the fee
 * rounds to 11999 and the referral to 6000, at $1,199.89 to 11999 and 5999: for a one-cent refund
 * the workshop and the mechanic would each give a cent back and the platform keep one more). Nested, every party's part
 * only shrinks as more is given back, and:
 * - each is at least 0 and the parts sum to the net (fee + payee = net, referral + platform = fee);
 * - the referral never exceeds the fee it is paid from (`mechanicFeeCents <= platformFeeCents`);
 * - at the whole amount it is the payment's split exactly, at 0 it is all zeros;
 * - a one-cent change moves the fee, and each of its parts, by at most a cent.
 *
 * @param netCents clamped to 0..paid.amountCents
 * @example splitOfNet({ amountCents: 120_000, platformFeeCents: 12_000, mechanicFeeCents: 6_000 }, 1)
 *   // => { platformFeeCents: 0, mechanicFeeCents: 0, payeeShareCents: 1, platformNetCents: 0 }: the cent the customer still pays is the workshop's
 */
export function splitOfNet(paid: PaidSplit, netCents: number): RepairSplit {
  const net = Math.min(Math.max(netCents, 0), paid.amountCents);
  const platformFeeCents = proportionOf(net, paid.platformFeeCents, paid.amountCents);
  const mechanicFeeCents = proportionOf(platformFeeCents, paid.mechanicFeeCents, paid.platformFeeCents);
  return { platformFeeCents, mechanicFeeCents, payeeShareCents: net - platformFeeCents, platformNetCents: platformFeeCents - mechanicFeeCents };
}
