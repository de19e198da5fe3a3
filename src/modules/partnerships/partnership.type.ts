import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { PartnershipStatus, PartnershipType, PaymentTerms } from "../../platform/db/generated/enums.ts";
import { Professional } from "../accounts/account.types.ts";
import { RepairQuote } from "../quotes/quote.type.ts";
import { ConnectionType } from "../shared/pagination.ts";

registerEnumType(PartnershipType, { name: "PartnershipType" });
registerEnumType(PartnershipStatus, { name: "PartnershipStatus" });
registerEnumType(PaymentTerms, { name: "PaymentTerms" });

export enum PartnershipInactiveReason {
  PENDING = "PENDING",
  SUSPENDED = "SUSPENDED",
  TERMINATED = "TERMINATED",
  MECHANIC_NOT_VETTED = "MECHANIC_NOT_VETTED",
  NO_PLATFORM_MARGIN = "NO_PLATFORM_MARGIN",
  NOT_STARTED = "NOT_STARTED",
  EXPIRED = "EXPIRED",
}
registerEnumType(PartnershipInactiveReason, {
  name: "PartnershipInactiveReason",
  description: "Why a partnership cannot be quoted under today.",
  valuesConfig: {
    MECHANIC_NOT_VETTED: {
      description:
        "Its mechanic is not approved at vetting (an admin rejected or revoked the approval): no quote is written or approved under it, by the partner or the customer, until an admin approves the mechanic again.",
    },
    NO_PLATFORM_MARGIN: {
      description:
        "Its commission is not below the platform's partnership fee it is paid from: the terms stand as agreed, but no quote is written or approved under them; the parties terminate and apply again.",
    },
  },
});

@ObjectType({
  description: "A partner organization (a partner's account) as mechanics see it: no contact details are exchanged on the platform.",
  implements: Professional,
})
export class PartnerOrganization {
  @Field(() => ID, { description: "The partner's account id." })
  id!: string;

  @Field(() => String)
  organizationName!: string;

  @Field(() => String, { description: "Its organizationName: how a Professional (a violation's offender) is named." })
  displayName!: string;

  @Field(() => Boolean, { description: "An admin checked identity, contract and insurance." })
  verified!: boolean;

  @Field(() => Boolean, { description: "The partner fulfils repairs in its own workshop (can offer WORKSHOP partnerships)." })
  hasWorkshop!: boolean;
}

/**
 * A partner profile's public columns as a PartnerOrganization: an instance, not a plain object,
 * because the Professional interface resolves its type by class (a violation's offender).
 */
export function toPartnerOrganization(row: { userId: string; organizationName: string; verifiedAt: Date | null; workshopId: string | null }): PartnerOrganization {
  return Object.assign(new PartnerOrganization(), {
    id: row.userId,
    organizationName: row.organizationName,
    displayName: row.organizationName,
    verified: row.verifiedAt !== null,
    hasWorkshop: row.workshopId !== null,
  });
}

@ObjectType({ description: "A contract between a mechanic and a partner: terms, permissions and state. Money in cents, rates in basis points." })
export class Partnership {
  @Field(() => ID)
  id!: string;

  @Field(() => PartnershipType)
  type!: PartnershipType;

  @Field(() => PartnershipStatus)
  status!: PartnershipStatus;

  @Field(() => Boolean, { description: "Usable today: ACTIVE, started, and not past its end date (unless it renews automatically)." })
  activeNow!: boolean;

  @Field(() => PartnershipInactiveReason, { nullable: true })
  inactiveReason!: PartnershipInactiveReason | null;

  @Field(() => Boolean)
  canCreateQuotes!: boolean;

  @Field(() => Boolean)
  quoteApprovalRequired!: boolean;

  @Field(() => Int, { nullable: true, description: "Quotes at or under this total skip partner approval." })
  autoApproveBelowCents!: number | null;

  @Field(() => Int, {
    description: "Monthly limit on the total quoted under this partnership, as agreed. Quoting is held to at most the platform's highest monthly limit today (the quote preview's monthlyLimitCents).",
  })
  maxQuoteAmountCents!: number;

  @Field(() => Int, { description: "The mechanic's commission of each repair quoted under this partnership, paid by the platform out of its fee." })
  commissionBasisPoints!: number;

  @Field(() => Int, { description: "The platform's fee of each such repair; the partner receives the rest." })
  platformFeeBasisPoints!: number;

  @Field(() => PaymentTerms)
  paymentTerms!: PaymentTerms;

  @Field(() => Date, { nullable: true })
  mechanicAcceptedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  partnerAcceptedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  verifiedAt!: Date | null;

  @Field(() => String, { description: "YYYY-MM-DD" })
  contractStartDate!: string;

  @Field(() => String, { nullable: true, description: "YYYY-MM-DD; the contract stops on this day unless autoRenew." })
  contractEndDate!: string | null;

  @Field(() => Boolean)
  autoRenew!: boolean;

  @Field(() => String, { nullable: true, description: "Why it was last suspended or terminated." })
  statusReason!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  mechanicId!: string;
  partnerId!: string;
}

export const PartnerOrganizationConnection = ConnectionType("PartnerOrganization", PartnerOrganization);
export const PartnershipConnection = ConnectionType("Partnership", Partnership);

@ObjectType({ description: "A partner price list part. Quotes snapshot its price: a later change never alters a sent quote." })
export class CatalogPart {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  partNumber!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  category!: string;

  @Field(() => Int, { description: "The partner's cost." })
  wholesalePriceCents!: number;

  @Field(() => Int, { description: "What a quote charges the customer per unit." })
  retailPriceCents!: number;

  @Field(() => Int)
  marginBasisPoints!: number;

  @Field(() => Int)
  availableQuantity!: number;

  @Field(() => Int)
  leadTimeDays!: number;

  @Field(() => String)
  validFrom!: string;

  @Field(() => String, { nullable: true })
  validUntil!: string | null;
}

@ObjectType({ description: "A partner labor rate for one service category." })
export class LaborRate {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  serviceCategory!: string;

  @Field(() => Int, { description: "The partner's rate per hour." })
  ratePerHourCents!: number;

  @Field(() => Int, { description: "What a quote charges the customer per hour." })
  mechanicRateCents!: number;

  @Field(() => Int)
  mechanicCommissionBasisPoints!: number;

  @Field(() => String)
  validFrom!: string;

  @Field(() => String, { nullable: true })
  validUntil!: string | null;
}

@ObjectType()
export class CatalogImportRejection {
  @Field(() => Int, { description: "1-based data row (the CSV header is not counted); 0 for the whole document." })
  row!: number;

  @Field(() => String)
  field!: string;

  @Field(() => String)
  reason!: string;
}

@ObjectType({ description: "All or nothing: when any row is rejected, no row is applied." })
export class CatalogImportReport {
  @Field(() => Boolean)
  applied!: boolean;

  @Field(() => Int)
  importedCount!: number;

  @Field(() => [CatalogImportRejection])
  rejected!: CatalogImportRejection[];
}

@ObjectType({ description: "How a partnership quote's total splits: the partner's share and the platform fee, out of which the platform pays the mechanic's commission." })
export class CommissionPreview {
  @Field(() => Int)
  totalCents!: number;

  @Field(() => Int)
  platformFeeCents!: number;

  @Field(() => Int)
  mechanicCommissionCents!: number;

  @Field(() => Int)
  partnerShareCents!: number;

  @Field(() => Int)
  commissionBasisPoints!: number;

  @Field(() => Boolean, { description: "The quote waits for the partner before the customer sees it." })
  requiresPartnerApproval!: boolean;

  @Field(() => Int, { description: "This month's quoted total under the partnership, before this quote." })
  quotedThisMonthCents!: number;

  @Field(() => Int)
  monthlyLimitCents!: number;
}

@ObjectType()
export class PartnerQuoteResult {
  @Field(() => RepairQuote)
  quote!: RepairQuote;

  @Field(() => CommissionPreview)
  commission!: CommissionPreview;
}

@ObjectType({ description: "Money and volume under one partnership, from the ledger and the quotes." })
export class PartnershipEarnings {
  @Field(() => Int, { description: "Commission credited to the mechanic (net of refunds)." })
  mechanicCommissionCents!: number;

  @Field(() => Int, { description: "Share credited to the partner (net of refunds)." })
  partnerShareCents!: number;

  @Field(() => Int)
  quotedThisMonthCents!: number;

  @Field(() => Int)
  remainingThisMonthCents!: number;
}

@ObjectType({ description: "A partner's view of one mechanic under one partnership." })
export class MechanicPerformance {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => ID)
  mechanicId!: string;

  @Field(() => String)
  mechanicName!: string;

  @Field(() => Int, { description: "Quotes written under the partnership." })
  quotes!: number;

  @Field(() => Int)
  approvedByPartner!: number;

  @Field(() => Int)
  rejectedByPartner!: number;

  @Field(() => Number, { description: "Partner-approved / partner-decided quotes (auto-approved count as approved); 0 without any." })
  approvalRate!: number;

  @Field(() => Int, { description: "Quotes the customer approved (or that were completed)." })
  converted!: number;

  @Field(() => Number, { description: "Converted / quotes sent to the customer; 0 without any." })
  conversionRate!: number;

  @Field(() => Int, { description: "Customer complaints about the partnership's quotes." })
  complaints!: number;
}

export enum AbuseSignalKind {
  QUOTE_FAR_ABOVE_CATALOG = "QUOTE_FAR_ABOVE_CATALOG",
  QUOTES_NEVER_CONVERT = "QUOTES_NEVER_CONVERT",
}
registerEnumType(AbuseSignalKind, { name: "AbuseSignalKind" });

@ObjectType({ description: "Admins: a pattern worth a look (not a verdict)." })
export class PartnershipAbuseSignal {
  @Field(() => AbuseSignalKind)
  kind!: AbuseSignalKind;

  @Field(() => ID)
  partnershipId!: string;

  @Field(() => ID)
  mechanicId!: string;

  @Field(() => ID, { nullable: true })
  quoteId!: string | null;

  @Field(() => String)
  detail!: string;

  @Field(() => Int, { nullable: true, description: "QUOTE_FAR_ABOVE_CATALOG: the quote total as basis points of the partner's own cost." })
  markupBasisPoints!: number | null;
}
