import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { LedgerEntryKind, PaymentKind, PaymentStatus } from "../../db/generated/enums.ts";

registerEnumType(PaymentStatus, { name: "PaymentStatus" });
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

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType()
export class EarningsLine {
  @Field(() => LedgerEntryKind)
  kind!: LedgerEntryKind;

  @Field(() => Int, { description: "Net of refunds booked against it." })
  amountCents!: number;
}

@ObjectType({ description: "Earnings read from the ledger." })
export class Earnings {
  @Field(() => Int, { description: "Credited to the caller (or their workshop), net of refunds." })
  totalCents!: number;

  @Field(() => Int, { description: "Mechanics: earnings withheld after a ban." })
  withheldCents!: number;

  @Field(() => [EarningsLine])
  byKind!: EarningsLine[];
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

  @Field(() => Int, { description: "Referral fees booked to mechanics (including withheld)." })
  referralFeesPaidCents!: number;

  @Field(() => Int, { description: "Platform fees booked." })
  platformFeesCents!: number;
}
