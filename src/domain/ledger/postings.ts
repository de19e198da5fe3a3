/**
 * The ledger postings of a settled payment, and the platform's revenue read back from postings.
 * Pure: PaymentService books what these return, LedgerService.metrics sums the database with
 * `platformRevenue`, and the seeds' revenue tables are reproduced from them in tests.
 *
 * Amounts are integer cents; a positive amount credits the account, a negative one debits it; the
 * lines of one posting sum to zero. Each line's `key` is its purpose within the payment's split,
 * never its payee (who a share goes to can change after the payment: see PaymentService.settle).
 */
import type { LedgerAccount, LedgerEntryKind, PaymentKind } from "../../platform/db/generated/enums.ts";
import { splitDiagnostic } from "../money/fee-policy.ts";
import type { KeyedLine } from "./ledger-line.ts";

/** Where a mechanic's share is credited: owed to them, withheld after a ban, or held until a mechanic earns it. */
export interface MechanicCredit {
  account: LedgerAccount;
  userId: string | null;
  description: string;
}

/**
 * A diagnostic's split (seed 003: "$25 diagnostic ... Platform fee (10%): $2.50"): cash received,
 * the platform fee, the mechanic's share (the rest).
 */
export function diagnosticPostings(input: { amountCents: number; platformFeeBasisPoints: number; mechanic: MechanicCredit }): KeyedLine[] {
  const split = splitDiagnostic(input.amountCents, input.platformFeeBasisPoints);
  return [
    { key: "cash", account: "PLATFORM_CASH", kind: "PAYMENT_RECEIVED", amountCents: -input.amountCents, description: "diagnostic payment received" },
    { key: "platform-fee", account: "PLATFORM_REVENUE", kind: "PLATFORM_FEE", amountCents: split.platformFeeCents, description: "platform fee on diagnostic" },
    { key: "mechanic-share", account: input.mechanic.account, kind: "DIAGNOSTIC_FEE", amountCents: split.mechanicShareCents, userId: input.mechanic.userId, description: input.mechanic.description },
  ];
}

/**
 * A diagnostic's held share earned: the mechanic's share moves from DIAGNOSTIC_CLEARING to the
 * mechanic who completed the session (owed to them, or withheld after a ban). Booked under
 * `diagnosticEarnedKey(payment)`, once per payment.
 */
export function diagnosticEarnedPostings(input: { amountCents: number; mechanic: MechanicCredit & { userId: string } }): KeyedLine[] {
  return [
    { key: "clearing", account: "DIAGNOSTIC_CLEARING", kind: "DIAGNOSTIC_FEE", amountCents: -input.amountCents, description: "held diagnostic fee released to the mechanic who completed the session" },
    { key: "mechanic-share", account: input.mechanic.account, kind: "DIAGNOSTIC_FEE", amountCents: input.amountCents, userId: input.mechanic.userId, description: input.mechanic.description },
  ];
}

export interface RepairPostingInput {
  amountCents: number;
  /** The platform's gross fee fixed when the quote was priced. */
  platformFeeCents: number;
  /** The mechanic's referral fee or commission, paid by the platform out of its fee. */
  mechanicFeeCents: number;
  /** REFERRAL_FEE on the escalation path (seed 003), COMMISSION on the partnership path (seed 000). */
  mechanicKind: "REFERRAL_FEE" | "COMMISSION";
  mechanic: MechanicCredit;
  payee: { account: "WORKSHOP_PAYABLE" | "PARTNER_PAYABLE"; kind: "WORKSHOP_SHARE" | "PARTNER_SHARE"; userId?: string | null; workshopId?: string | null; description: string };
  partnershipId?: string | null;
}

/**
 * A repair's split: cash received; the payee's share (the total less the platform fee); the
 * platform's fee; and the mechanic's referral fee or commission, debited from the platform's
 * revenue ("Paid by platform", seed 003) and credited to the mechanic.
 *
 * @example $1,200 escalated repair: cash -120000, workshop +108000, platform fee +12000,
 *   referral -6000 from PLATFORM_REVENUE and +6000 to MECHANIC_PAYABLE (platform net $60).
 */
export function repairPostings(input: RepairPostingInput): KeyedLine[] {
  const partnershipId = input.partnershipId ?? null;
  const referral = input.mechanicKind === "REFERRAL_FEE";
  const lines: KeyedLine[] = [
    { key: "cash", account: "PLATFORM_CASH", kind: "PAYMENT_RECEIVED", amountCents: -input.amountCents, description: "repair payment received" },
    {
      key: "platform-fee",
      account: "PLATFORM_REVENUE",
      kind: "PLATFORM_FEE",
      amountCents: input.platformFeeCents,
      partnershipId,
      description: referral ? "platform fee on repair" : "platform fee on partnership repair",
    },
    {
      key: referral ? "workshop-share" : "partner-share",
      account: input.payee.account,
      kind: input.payee.kind,
      amountCents: input.amountCents - input.platformFeeCents,
      userId: input.payee.userId ?? null,
      workshopId: input.payee.workshopId ?? null,
      partnershipId,
      description: input.payee.description,
    },
  ];
  if (input.mechanicFeeCents > 0) {
    const key = referral ? "referral" : "commission";
    lines.push(
      {
        key: `${key}-paid-by-platform`,
        account: "PLATFORM_REVENUE",
        kind: input.mechanicKind,
        amountCents: -input.mechanicFeeCents,
        partnershipId,
        description: `${referral ? "referral fee" : "commission"} paid by the platform out of its fee`,
      },
      { key, account: input.mechanic.account, kind: input.mechanicKind, amountCents: input.mechanicFeeCents, userId: input.mechanic.userId, partnershipId, description: input.mechanic.description },
    );
  }
  return lines;
}

/** An amount of PLATFORM_REVENUE by entry kind and the kind of payment it belongs to. */
export interface RevenueRow {
  paymentKind: PaymentKind | null;
  kind: LedgerEntryKind;
  amountCents: number;
}

/**
 * What refunds and lost disputes booked on repairs' mechanic shares (MECHANIC_PAYABLE, WITHHELD),
 * by the share's kind (a referral fee or a commission), in cents: negative where they took it
 * back, positive where a failed refund's reinstatement gave it back again.
 */
export interface MechanicFeeReversalRow {
  kind: "REFERRAL_FEE" | "COMMISSION";
  amountCents: number;
}

/** The platform's revenue, all in cents (the figures of seed 003's "Monthly Revenue" table). */
export interface PlatformRevenue {
  /** Platform fees on diagnostics ("Diagnostic Fees"). */
  diagnosticFeesCents: number;
  /** Platform fees on repairs, escalated and partnered ("Repair Fees"), gross of what the platform pays mechanics. */
  repairFeesCents: number;
  /**
   * Referral fees the platform paid escalating mechanics ("Referral Fees Paid"), as a positive
   * amount: what they were credited less what refunds and lost disputes took back from them.
   */
  referralFeesPaidCents: number;
  /** Commissions the platform paid partnered mechanics (seed 000 "Commission paid"), as a positive amount, net of refunds and lost disputes as referrals are. */
  commissionsPaidCents: number;
  /**
   * What the platform keeps ("Net Revenue"): the balance of PLATFORM_REVENUE, i.e. the fees less
   * the referrals and commissions paid (both net, as above), less the fees refunds and lost disputes
   * gave back (and what a lost dispute of money already refunded cost beyond them).
   */
  netRevenueCents: number;
}

/**
 * Sums PLATFORM_REVENUE postings (`rows`; rows of other accounts must not be passed) into the
 * revenue figures, the referrals and commissions net of what refunds and lost disputes took back
 * from the mechanics (`reversed`).
 *
 * Seed 003's table (003_0add1c2809e6e7b6.txt, "Monthly Revenue"): "Referral Fees Paid | -$7,200"
 * beside "Net Revenue | $9,700" = $2,500 + $14,400 - $7,200, the referral "Paid by platform"
 * (003_0add1c2809e6e7b6.txt:215-216): money that went to mechanics. A referral a refund took back
 * never went to them (the mechanic's payout of it is reversed, or it was never made), so it is not
 * counted as paid; the platform's balance already has it back, so the net revenue is unchanged.
 */
export function platformRevenue(rows: Iterable<RevenueRow>, reversed: Iterable<MechanicFeeReversalRow> = []): PlatformRevenue {
  const revenue: PlatformRevenue = { diagnosticFeesCents: 0, repairFeesCents: 0, referralFeesPaidCents: 0, commissionsPaidCents: 0, netRevenueCents: 0 };
  for (const row of rows) {
    revenue.netRevenueCents += row.amountCents;
    if (row.kind === "PLATFORM_FEE" && row.paymentKind === "DIAGNOSTIC") revenue.diagnosticFeesCents += row.amountCents;
    else if (row.kind === "PLATFORM_FEE" && row.paymentKind === "REPAIR") revenue.repairFeesCents += row.amountCents;
    else if (row.kind === "REFERRAL_FEE") revenue.referralFeesPaidCents -= row.amountCents;
    else if (row.kind === "COMMISSION") revenue.commissionsPaidCents -= row.amountCents;
  }
  for (const row of reversed) {
    if (row.kind === "REFERRAL_FEE") revenue.referralFeesPaidCents += row.amountCents;
    else revenue.commissionsPaidCents += row.amountCents;
  }
  return revenue;
}

/** The PLATFORM_REVENUE rows of postings, for `platformRevenue` (pure callers: tests, projections). */
export function revenueRowsOf(paymentKind: PaymentKind, lines: readonly KeyedLine[]): RevenueRow[] {
  return lines.filter((line) => line.account === "PLATFORM_REVENUE").map((line) => ({ paymentKind, kind: line.kind, amountCents: line.amountCents }));
}
