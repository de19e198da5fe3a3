import type { PartnershipStatus, PaymentTerms } from "../../platform/db/generated/enums.ts";

/** Why a partnership cannot be used right now (null: it is active). */
export type InactiveReason = "PENDING" | "SUSPENDED" | "TERMINATED" | "NOT_STARTED" | "EXPIRED";

export interface ContractState {
  status: PartnershipStatus;
  contractStartDate: Date;
  contractEndDate: Date | null;
  autoRenew: boolean;
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
 * ACTIVE, on or after its start date, and before its end date unless it renews automatically.
 */
export function inactiveReason(partnership: ContractState, now: Date): InactiveReason | null {
  if (partnership.status !== "ACTIVE") return partnership.status;
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
