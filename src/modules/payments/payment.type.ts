import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { DisputeStatus, LedgerEntryKind, PaymentKind, PaymentStatus } from "../../platform/db/generated/enums.ts";
import { ConnectionType } from "../shared/pagination.ts";

registerEnumType(PaymentStatus, { name: "PaymentStatus" });
registerEnumType(DisputeStatus, {
  name: "DisputeStatus",
  valuesConfig: {
    INQUIRY: { description: "An inquiry: no money has moved." },
    INQUIRY_CLOSED: { description: "The inquiry ended without a chargeback." },
    PREVENTED: { description: "Stopped before it became a chargeback." },
    OPEN: { description: "A chargeback: the amount is withdrawn and the payment's unpaid shares are held until the outcome." },
    WON: { description: "Reinstated: the payment is back to what it was." },
    LOST: { description: "Written off against the payment's split; payouts of it were reversed." },
  },
});
registerEnumType(PaymentKind, { name: "PaymentKind" });
registerEnumType(LedgerEntryKind, { name: "LedgerEntryKind" });

@ObjectType({ description: "What a client needs to confirm a payment with Stripe.js." })
export class PaymentIntentResult {
  @Field(() => ID)
  paymentId!: string;

  @Field(() => String)
  clientSecret!: string;

  @Field(() => Int, { description: "Taken from the session or quote, never from the client." })
  amountCents!: number;

  @Field(() => String)
  currency!: string;

  @Field(() => PaymentStatus)
  status!: PaymentStatus;

  @Field(() => Boolean, { description: "Authorized now, captured when the workshop marks the repair complete (escrow)." })
  manualCapture!: boolean;
}

@ObjectType()
export class Payment {
  @Field(() => ID)
  id!: string;

  @Field(() => PaymentKind)
  kind!: PaymentKind;

  @Field(() => PaymentStatus)
  status!: PaymentStatus;

  @Field(() => Int)
  amountCents!: number;

  @Field(() => Int)
  refundedCents!: number;

  @Field(() => String)
  currency!: string;

  @Field(() => Boolean)
  manualCapture!: boolean;

  @Field(() => ID, { nullable: true, description: "DIAGNOSTIC: the session whose diagnostic it pays. Null for a repair." })
  sessionId!: string | null;

  @Field(() => ID, { nullable: true, description: "REPAIR: the quote it pays (its id is what `quote(id:)` reads). Null for a diagnostic." })
  quoteId!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType({ description: "A chargeback or inquiry on a payment's charge, as Stripe last reported it." })
export class Dispute {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  stripeDisputeId!: string;

  @Field(() => ID)
  paymentId!: string;

  @Field(() => Int)
  amountCents!: number;

  @Field(() => DisputeStatus)
  status!: DisputeStatus;

  @Field(() => String, { description: "Stripe's own status, e.g. needs_response while evidence is due." })
  stripeStatus!: string;

  @Field(() => String, { nullable: true, description: "Stripe's reason code, e.g. fraudulent or product_not_received." })
  reason!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType()
export class EarningsLine {
  @Field(() => LedgerEntryKind)
  kind!: LedgerEntryKind;

  @Field(() => Int, { description: "Earned under this kind, net of refunds booked against it." })
  amountCents!: number;
}

@ObjectType({ description: "Earnings read from the ledger: what was earned, paid out and is still owed, over the requested range." })
export class Earnings {
  @Field(() => Int, { description: "Earned: credited to the caller (or their workshop), net of refunds. Payouts do not reduce it." })
  totalCents!: number;

  @Field(() => Int, { description: "Transferred to the payee's Stripe account, net of transfers reversed by refunds." })
  paidOutCents!: number;

  @Field(() => Int, {
    description: "Earned and not yet paid out (totalCents - paidOutCents): waiting for partner payment terms, or for the payee's Stripe account to accept payouts.",
  })
  owedCents!: number;

  @Field(() => Int, { description: "Mechanics: earnings withheld after a ban, never paid out. 0 for others." })
  withheldCents!: number;

  @Field(() => [EarningsLine], { description: "totalCents by kind of credit." })
  byKind!: EarningsLine[];
}

@ObjectType({ description: "What one payout run transferred." })
export class PayoutRun {
  @Field(() => Date, { description: "Shares due by this instant were paid." })
  asOf!: Date;

  @Field(() => Int, { description: "Transfers this run made and booked." })
  transferCount!: number;

  @Field(() => Int, { description: "The total of those transfers." })
  amountCents!: number;

  @Field(() => Int, { description: "Transfers Stripe refused this time; they stay owed and are retried on the next run." })
  failedCount!: number;
}

@ObjectType({ description: "Marketplace health over a date range." })
export class AdminMetrics {
  @Field(() => Int)
  completedSessions!: number;

  @Field(() => Int)
  escalatedSessions!: number;

  @Field(() => Number, { description: "Escalated / completed sessions (0 to 1)." })
  onPlatformTransactionRate!: number;

  @Field(() => Int, { description: "Quotes customers could act on (revisions excluded)." })
  quotes!: number;

  @Field(() => Number, { description: "Approved (or completed) / quotes (0 to 1)." })
  quoteApprovalRate!: number;

  @Field(() => Int, { description: "Average quote total in cents." })
  averageQuoteCents!: number;

  @Field(() => Number, { nullable: true, description: "Average minutes from offer to an advisor's answer (auto-accepts excluded)." })
  averageWorkshopResponseMinutes!: number | null;

  @Field(() => Int, { description: 'Platform fees on diagnostics, in cents (10% of each; seed 003 "Diagnostic Fees").' })
  diagnosticFeesCents!: number;

  @Field(() => Int, { description: 'Platform fees on repairs, escalated and partnered, in cents, before what the platform pays mechanics out of them (seed 003 "Repair Fees").' })
  repairFeesCents!: number;

  @Field(() => Int, { description: "Gross platform fees in cents: diagnosticFeesCents + repairFeesCents." })
  platformFeesCents!: number;

  @Field(() => Int, {
    description:
      'Referral fees the platform paid escalating mechanics out of its repair fees, in cents (seed 003 "Referral Fees Paid"): what was actually paid, i.e. credited less what refunds and lost disputes booked in the range took back from the mechanics (a failed refund\'s reinstatement counts again); withheld ones included. May be negative over a range that holds the reversal but not the payment.',
  })
  referralFeesPaidCents!: number;

  @Field(() => Int, {
    description:
      'Commissions the platform paid partnered mechanics out of its repair fees, in cents (seed 000 "Commission paid"): what was actually paid, net of refunds and lost disputes as referralFeesPaidCents is; withheld ones included.',
  })
  commissionsPaidCents!: number;

  @Field(() => Int, {
    description:
      'What the platform keeps, in cents (seed 003 "Net Revenue"): platformFeesCents less referralFeesPaidCents and commissionsPaidCents, less the platform fees refunds and lost disputes gave back (and what a lost dispute of money already refunded cost beyond them).',
  })
  netRevenueCents!: number;
}

export const PaymentConnection = ConnectionType("Payment", Payment);
export const DisputeConnection = ConnectionType("Dispute", Dispute);
