import type { MechanicVettingStatus, PartnershipStatus, PartnershipType, PaymentTerms } from "../../platform/db/generated/enums.ts";
import { leavesPlatformMargin, maxPartnershipCommission, type FeePolicy } from "../money/fee-policy.ts";

/**
 * Why a partnership cannot be used right now (null: it is active). NO_PLATFORM_MARGIN: its
 * commission is not below the platform's partnership fee today (leavesPlatformMargin), as
 * partnerships verified before that rule could be, or after the fee was lowered.
 * MECHANIC_NOT_VETTED: its mechanic is not APPROVED at vetting (an admin revoked the approval).
 */
export type InactiveReason = "PENDING" | "SUSPENDED" | "TERMINATED" | "MECHANIC_NOT_VETTED" | "NO_PLATFORM_MARGIN" | "NOT_STARTED" | "EXPIRED";

/** What besides the partnership decides whether it is usable: the day, today's partnership fee (basis points), its mechanic's vetting status (null: no mechanic profile). */
export interface UseContext {
  now: Date;
  platformFeeBasisPoints: number;
  mechanicVettingStatus: MechanicVettingStatus | null;
}

/** What deciding whether a partnership is usable reads of it: status, contract dates, commission (basis points). */
export interface ContractState {
  status: PartnershipStatus;
  contractStartDate: Date;
  contractEndDate: Date | null;
  autoRenew: boolean;
  commissionBasisPoints: number;
}

const DAY_MS = 86_400_000;

/** Midnight UTC of `now`'s day: contract dates are calendar dates stored as UTC midnight. */
export function utcDay(now: Date): Date {
  return new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
}

/** The first instant of `now`'s calendar month (UTC): the monthly quote limit resets then. */
export function startOfUtcMonth(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}

/** "2026-03-01" for a stored calendar date. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Whether a partnership may be used on `now`'s day, checked at use time rather than by a timer:
 * ACTIVE, with a mechanic APPROVED at vetting now (seed 000 "Identity verification required": a
 * revoked approval stops the partnership without a move of it, and approving again restores it),
 * with a commission that leaves the platform part of its partnership fee
 * (`platformFeeBasisPoints`, today's), on or after its start date, and before its end date unless
 * it renews automatically. A commission out of range is not rewritten (both parties and an admin
 * agreed to it): the partnership stops being quoted under until they agree new terms.
 */
export function inactiveReason(partnership: ContractState, { now, platformFeeBasisPoints, mechanicVettingStatus }: UseContext): InactiveReason | null {
  if (partnership.status !== "ACTIVE") return partnership.status;
  if (mechanicVettingStatus !== "APPROVED") return "MECHANIC_NOT_VETTED";
  if (!leavesPlatformMargin(partnership.commissionBasisPoints, platformFeeBasisPoints)) return "NO_PLATFORM_MARGIN";
  const today = utcDay(now).getTime();
  if (partnership.contractStartDate.getTime() > today) return "NOT_STARTED";
  if (partnership.contractEndDate && partnership.contractEndDate.getTime() <= today && !partnership.autoRenew) return "EXPIRED";
  return null;
}

/** A price list entry prices quotes from its first day through its last (`validUntil` inclusive). */
export function validOn(now: Date): { validFrom: { lte: Date }; OR: [{ validUntil: null }, { validUntil: { gte: Date } }] } {
  const today = utcDay(now);
  return { validFrom: { lte: today }, OR: [{ validUntil: null }, { validUntil: { gte: today } }] };
}

/** Quote statuses that do not count against the monthly limit: never sent, or withdrawn. */
export const NOT_COUNTED_AGAINST_LIMIT = ["REJECTED_BY_PARTNER", "SUPERSEDED", "CANCELLED"] as const;

/** Days after the payment settles that a partner's share falls due for payout. */
export const PAYOUT_DELAY_DAYS: Record<PaymentTerms, number> = { IMMEDIATE: 0, NET_30: 30, NET_60: 60 };

/** The instant before which a share settled under `terms` is due on `asOf`. */
export function dueCutoff(terms: PaymentTerms, asOf: Date): Date {
  return new Date(asOf.getTime() - PAYOUT_DELAY_DAYS[terms] * DAY_MS);
}

/** The quoting permissions of a partnership, as proposed (an application) or set (the partner): amounts in cents. */
export interface QuotingLimits {
  autoApproveBelowCents?: number | null;
  maxQuoteAmountCents: number;
}

/**
 * What is wrong with quoting permissions, or null: a monthly limit above `maxMonthlyQuoteCents`
 * (PARTNERSHIP_MAX_MONTHLY_QUOTE_CENTS; seed 000 "Pricing Controls: Max quote amount limits"), or an
 * auto-approval threshold above the monthly limit. `field` is the offending permission's name.
 */
export function quotingLimitsProblem(limits: QuotingLimits, maxMonthlyQuoteCents: number): { field: keyof QuotingLimits; message: string } | null {
  if (limits.maxQuoteAmountCents > maxMonthlyQuoteCents) return { field: "maxQuoteAmountCents", message: `must be at most ${maxMonthlyQuoteCents}, the platform's highest monthly quote limit` };
  if (limits.autoApproveBelowCents != null && limits.autoApproveBelowCents > limits.maxQuoteAmountCents) return { field: "autoApproveBelowCents", message: "must not exceed maxQuoteAmountCents" };
  return null;
}

/**
 * The monthly quote limit (cents) a partnership is held to today: its stored limit, but never above
 * the platform's highest (`maxMonthlyQuoteCents`, PARTNERSHIP_MAX_MONTHLY_QUOTE_CENTS today). A limit
 * stored before the cap, or above a lowered one, is not rewritten (the partner set it) but not used either.
 */
export function effectiveMonthlyLimit(storedLimitCents: number, maxMonthlyQuoteCents: number): number {
  return Math.min(storedLimitCents, maxMonthlyQuoteCents);
}

/** The terms a move to ACTIVE checks against today's platform policy (commission in basis points, limit in cents). */
export interface ActivationTerms {
  type: PartnershipType;
  commissionBasisPoints: number;
  maxQuoteAmountCents: number;
}

/**
 * Why a partnership's agreed terms may not become (again) ACTIVE under today's policy, or null: a
 * commission above its type's (maxPartnershipCommission), or a monthly limit above the platform's
 * highest. One rule for verifying and resuming, so a partnership is never made ACTIVE with terms
 * the platform no longer offers; the parties lower the limit (the partner's permissions) or apply again.
 */
export function activationTermsProblem(terms: ActivationTerms, policy: FeePolicy["partnership"], maxMonthlyQuoteCents: number): string | null {
  const maxCommission = maxPartnershipCommission(policy, terms.type);
  if (terms.commissionBasisPoints > maxCommission) {
    return `Its commission (${terms.commissionBasisPoints} bp) is above the platform's ${terms.type} commission (${maxCommission} bp): the mechanic applies again with terms in range`;
  }
  if (terms.maxQuoteAmountCents > maxMonthlyQuoteCents) {
    return `Its monthly quote limit (${terms.maxQuoteAmountCents} cents) is above the platform's highest (${maxMonthlyQuoteCents} cents): the partner lowers it first`;
  }
  return null;
}
