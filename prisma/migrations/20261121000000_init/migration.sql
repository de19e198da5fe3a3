-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('CUSTOMER', 'MECHANIC', 'WORKSHOP_ADVISOR', 'PARTNER', 'ADMIN');

-- CreateEnum
CREATE TYPE "AccountStatus" AS ENUM ('ACTIVE', 'SUSPENDED', 'BANNED');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('REQUESTED', 'ACCEPTED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "MessageKind" AS ENUM ('USER', 'SYSTEM');

-- CreateEnum
CREATE TYPE "ContactKind" AS ENUM ('PHONE', 'EMAIL', 'ADDRESS', 'SOCIAL_HANDLE', 'MESSAGING_APP', 'OFF_PLATFORM_REQUEST');

-- CreateEnum
CREATE TYPE "FlagStatus" AS ENUM ('OPEN', 'CONFIRMED', 'DISMISSED');

-- CreateEnum
CREATE TYPE "PenaltyKind" AS ENUM ('WARNING_SUSPENSION_7_DAYS', 'SUSPENSION_30_DAYS', 'PERMANENT_BAN');

-- CreateEnum
CREATE TYPE "EscalationStatus" AS ENUM ('AWAITING_WORKSHOP', 'ACCEPTED', 'QUOTED', 'APPROVED', 'COMPLETED', 'UNMATCHED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "OfferStatus" AS ENUM ('OFFERED', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'CLOSED');

-- CreateEnum
CREATE TYPE "QuoteStatus" AS ENUM ('PENDING_PARTNER_APPROVAL', 'REJECTED_BY_PARTNER', 'PENDING', 'APPROVED', 'DECLINED', 'EXPIRED', 'SUPERSEDED', 'CLOSED', 'COMPLETED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "LineItemKind" AS ENUM ('PART', 'LABOR', 'FEE');

-- CreateEnum
CREATE TYPE "PartnershipType" AS ENUM ('WORKSHOP', 'SUPPLIER', 'NETWORK');

-- CreateEnum
CREATE TYPE "PartnershipStatus" AS ENUM ('PENDING', 'ACTIVE', 'SUSPENDED', 'TERMINATED');

-- CreateEnum
CREATE TYPE "PaymentTerms" AS ENUM ('NET_30', 'NET_60', 'IMMEDIATE');

-- CreateEnum
CREATE TYPE "PaymentKind" AS ENUM ('DIAGNOSTIC', 'REPAIR');

-- CreateEnum
CREATE TYPE "PaymentStatus" AS ENUM ('REQUIRES_PAYMENT_METHOD', 'REQUIRES_CONFIRMATION', 'REQUIRES_ACTION', 'PROCESSING', 'REQUIRES_CAPTURE', 'SUCCEEDED', 'CANCELED', 'REFUNDED', 'PARTIALLY_REFUNDED', 'DISPUTED', 'FAILED');

-- CreateEnum
CREATE TYPE "TransferRecipient" AS ENUM ('WORKSHOP', 'MECHANIC', 'PARTNER');

-- CreateEnum
CREATE TYPE "LedgerAccount" AS ENUM ('PLATFORM_CASH', 'PLATFORM_REVENUE', 'WORKSHOP_PAYABLE', 'MECHANIC_PAYABLE', 'PARTNER_PAYABLE', 'WITHHELD', 'CUSTOMER_REFUNDS');

-- CreateEnum
CREATE TYPE "LedgerEntryKind" AS ENUM ('DIAGNOSTIC_FEE', 'PLATFORM_FEE', 'REFERRAL_FEE', 'COMMISSION', 'WORKSHOP_SHARE', 'PARTNER_SHARE', 'PAYMENT_RECEIVED', 'PAYOUT', 'REFUND', 'DISPUTE', 'WITHHOLDING');

-- CreateEnum
CREATE TYPE "ComplaintStatus" AS ENUM ('OPEN', 'RESOLVED', 'REJECTED');

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "passwordHash" TEXT,
    "externalSubject" TEXT,
    "role" "Role" NOT NULL,
    "status" "AccountStatus" NOT NULL DEFAULT 'ACTIVE',
    "suspendedUntil" TIMESTAMP(3),
    "statusReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CustomerProfile" (
    "userId" UUID NOT NULL,
    "firstName" TEXT NOT NULL,
    "lastName" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "addressLine1" TEXT NOT NULL,
    "addressLine2" TEXT,
    "city" TEXT NOT NULL,
    "postalCode" TEXT,
    "preferredWorkshopId" UUID,
    "stripeCustomerId" TEXT,

    CONSTRAINT "CustomerProfile_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "MechanicProfile" (
    "userId" UUID NOT NULL,
    "displayName" TEXT NOT NULL,
    "bio" TEXT,
    "violationCount" INTEGER NOT NULL DEFAULT 0,
    "ratingHundredths" INTEGER NOT NULL DEFAULT 0,
    "ratingCount" INTEGER NOT NULL DEFAULT 0,
    "earningsWithheld" BOOLEAN NOT NULL DEFAULT false,
    "stripeAccountId" TEXT,
    "payoutsEnabled" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "MechanicProfile_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "Workshop" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "serviceArea" TEXT[],
    "servicesOffered" TEXT[],
    "acceptsEscalations" BOOLEAN NOT NULL DEFAULT true,
    "maxOpenEscalations" INTEGER NOT NULL DEFAULT 10,
    "responseTimeoutMinutes" INTEGER NOT NULL DEFAULT 240,
    "ratingHundredths" INTEGER NOT NULL DEFAULT 0,
    "ratingCount" INTEGER NOT NULL DEFAULT 0,
    "avgResponseMinutes" INTEGER NOT NULL DEFAULT 0,
    "stripeAccountId" TEXT,
    "payoutsEnabled" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Workshop_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkshopAutoAcceptRule" (
    "id" UUID NOT NULL,
    "workshopId" UUID NOT NULL,
    "serviceCategory" TEXT NOT NULL,
    "maxAmountCents" INTEGER NOT NULL,

    CONSTRAINT "WorkshopAutoAcceptRule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AdvisorProfile" (
    "userId" UUID NOT NULL,
    "workshopId" UUID NOT NULL,
    "displayName" TEXT NOT NULL,

    CONSTRAINT "AdvisorProfile_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "PartnerProfile" (
    "userId" UUID NOT NULL,
    "organizationName" TEXT NOT NULL,
    "verifiedAt" TIMESTAMP(3),
    "verifiedById" UUID,
    "workshopId" UUID,
    "stripeAccountId" TEXT,
    "payoutsEnabled" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "PartnerProfile_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "Vehicle" (
    "id" UUID NOT NULL,
    "ownerId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "make" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "color" TEXT,
    "vin" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Vehicle_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiagnosticSession" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "mechanicId" UUID,
    "vehicleId" UUID NOT NULL,
    "concern" TEXT NOT NULL,
    "mediaUrls" TEXT[],
    "status" "SessionStatus" NOT NULL DEFAULT 'REQUESTED',
    "priceCents" INTEGER NOT NULL,
    "diagnosis" TEXT,
    "recommendedServices" TEXT[],
    "cancelReason" TEXT,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptedAt" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3),
    "completedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),

    CONSTRAINT "DiagnosticSession_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChatMessage" (
    "id" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "senderId" UUID,
    "kind" "MessageKind" NOT NULL DEFAULT 'USER',
    "body" TEXT NOT NULL,
    "deliveredBody" TEXT NOT NULL,
    "flaggedKinds" "ContactKind"[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChatMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContactViolation" (
    "id" UUID NOT NULL,
    "messageId" UUID NOT NULL,
    "offenderId" UUID NOT NULL,
    "kinds" "ContactKind"[],
    "status" "FlagStatus" NOT NULL DEFAULT 'OPEN',
    "reviewedById" UUID,
    "reviewedAt" TIMESTAMP(3),
    "reviewNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContactViolation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Penalty" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "violationId" UUID NOT NULL,
    "kind" "PenaltyKind" NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endsAt" TIMESTAMP(3),
    "reversedAt" TIMESTAMP(3),

    CONSTRAINT "Penalty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Escalation" (
    "id" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "mechanicId" UUID NOT NULL,
    "workshopId" UUID,
    "status" "EscalationStatus" NOT NULL DEFAULT 'AWAITING_WORKSHOP',
    "notes" TEXT,
    "quotesRequested" INTEGER NOT NULL DEFAULT 1,
    "estimatedAmountCents" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Escalation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EscalationOffer" (
    "id" UUID NOT NULL,
    "escalationId" UUID NOT NULL,
    "workshopId" UUID NOT NULL,
    "status" "OfferStatus" NOT NULL DEFAULT 'OFFERED',
    "autoAccepted" BOOLEAN NOT NULL DEFAULT false,
    "matchInputs" JSONB NOT NULL,
    "matchReason" TEXT NOT NULL,
    "declineReason" TEXT,
    "offeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "respondedAt" TIMESTAMP(3),

    CONSTRAINT "EscalationOffer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RepairQuote" (
    "id" UUID NOT NULL,
    "escalationId" UUID NOT NULL,
    "workshopId" UUID,
    "partnershipId" UUID,
    "createdById" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "previousVersionId" UUID,
    "status" "QuoteStatus" NOT NULL,
    "notes" TEXT,
    "subtotalCents" INTEGER NOT NULL,
    "totalCents" INTEGER NOT NULL,
    "platformFeeCents" INTEGER NOT NULL,
    "mechanicFeeCents" INTEGER NOT NULL,
    "validUntil" TIMESTAMP(3) NOT NULL,
    "partnerApprovedById" UUID,
    "partnerApprovedAt" TIMESTAMP(3),
    "partnerRejectReason" TEXT,
    "customerDecisionAt" TIMESTAMP(3),
    "declineReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RepairQuote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuoteLineItem" (
    "id" UUID NOT NULL,
    "quoteId" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "kind" "LineItemKind" NOT NULL,
    "description" TEXT NOT NULL,
    "partNumber" TEXT,
    "quantity" INTEGER NOT NULL,
    "unitPriceCents" INTEGER NOT NULL,
    "totalCents" INTEGER NOT NULL,
    "catalogPartId" UUID,
    "laborRateId" UUID,

    CONSTRAINT "QuoteLineItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "QuoteStatusChange" (
    "id" UUID NOT NULL,
    "quoteId" UUID NOT NULL,
    "fromStatus" "QuoteStatus",
    "toStatus" "QuoteStatus" NOT NULL,
    "actorId" UUID,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QuoteStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Partnership" (
    "id" UUID NOT NULL,
    "mechanicId" UUID NOT NULL,
    "partnerId" UUID NOT NULL,
    "type" "PartnershipType" NOT NULL,
    "status" "PartnershipStatus" NOT NULL DEFAULT 'PENDING',
    "canCreateQuotes" BOOLEAN NOT NULL DEFAULT false,
    "quoteApprovalRequired" BOOLEAN NOT NULL DEFAULT true,
    "autoApproveBelowCents" INTEGER,
    "maxQuoteAmountCents" INTEGER NOT NULL,
    "commissionBasisPoints" INTEGER NOT NULL,
    "paymentTerms" "PaymentTerms" NOT NULL DEFAULT 'NET_30',
    "mechanicAcceptedAt" TIMESTAMP(3),
    "partnerAcceptedAt" TIMESTAMP(3),
    "verifiedById" UUID,
    "verifiedAt" TIMESTAMP(3),
    "contractStartDate" DATE NOT NULL,
    "contractEndDate" DATE,
    "autoRenew" BOOLEAN NOT NULL DEFAULT false,
    "statusReason" TEXT,
    "statusChangedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Partnership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerCatalogPart" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "partNumber" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "wholesalePriceCents" INTEGER NOT NULL,
    "retailPriceCents" INTEGER NOT NULL,
    "marginBasisPoints" INTEGER NOT NULL,
    "availableQuantity" INTEGER NOT NULL,
    "leadTimeDays" INTEGER NOT NULL,
    "validFrom" DATE NOT NULL,
    "validUntil" DATE,

    CONSTRAINT "PartnerCatalogPart_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerLaborRate" (
    "id" UUID NOT NULL,
    "partnershipId" UUID NOT NULL,
    "serviceCategory" TEXT NOT NULL,
    "ratePerHourCents" INTEGER NOT NULL,
    "mechanicRateCents" INTEGER NOT NULL,
    "mechanicCommissionBasisPoints" INTEGER NOT NULL,
    "validFrom" DATE NOT NULL,
    "validUntil" DATE,

    CONSTRAINT "PartnerLaborRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" UUID NOT NULL,
    "kind" "PaymentKind" NOT NULL,
    "customerId" UUID NOT NULL,
    "sessionId" UUID,
    "quoteId" UUID,
    "amountCents" INTEGER NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'usd',
    "status" "PaymentStatus" NOT NULL,
    "manualCapture" BOOLEAN NOT NULL DEFAULT false,
    "stripePaymentIntentId" TEXT,
    "transferGroup" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "refundedCents" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Transfer" (
    "id" UUID NOT NULL,
    "paymentId" UUID NOT NULL,
    "recipient" "TransferRecipient" NOT NULL,
    "destinationAccount" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "reversedCents" INTEGER NOT NULL DEFAULT 0,
    "stripeTransferId" TEXT,
    "idempotencyKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Transfer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Refund" (
    "id" UUID NOT NULL,
    "paymentId" UUID NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "reason" TEXT,
    "stripeRefundId" TEXT,
    "idempotencyKey" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Refund_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StripeEvent" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMP(3),

    CONSTRAINT "StripeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LedgerEntry" (
    "id" UUID NOT NULL,
    "transactionKey" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "account" "LedgerAccount" NOT NULL,
    "kind" "LedgerEntryKind" NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "userId" UUID,
    "workshopId" UUID,
    "partnershipId" UUID,
    "paymentId" UUID,
    "description" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LedgerEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Review" (
    "id" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "workshopId" UUID,
    "rating" INTEGER NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Complaint" (
    "id" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "quoteId" UUID,
    "partnershipId" UUID,
    "body" TEXT NOT NULL,
    "status" "ComplaintStatus" NOT NULL DEFAULT 'OPEN',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Complaint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" UUID NOT NULL,
    "actorId" UUID,
    "actorRole" "Role",
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "subjectUserId" UUID,
    "fields" TEXT[],
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IdempotentRequest" (
    "key" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "operation" TEXT NOT NULL,
    "response" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IdempotentRequest_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE UNIQUE INDEX "User_externalSubject_key" ON "User"("externalSubject");

-- CreateIndex
CREATE INDEX "User_role_status_idx" ON "User"("role", "status");

-- CreateIndex
CREATE UNIQUE INDEX "CustomerProfile_stripeCustomerId_key" ON "CustomerProfile"("stripeCustomerId");

-- CreateIndex
CREATE INDEX "CustomerProfile_city_idx" ON "CustomerProfile"("city");

-- CreateIndex
CREATE UNIQUE INDEX "MechanicProfile_stripeAccountId_key" ON "MechanicProfile"("stripeAccountId");

-- CreateIndex
CREATE UNIQUE INDEX "Workshop_stripeAccountId_key" ON "Workshop"("stripeAccountId");

-- CreateIndex
CREATE INDEX "Workshop_city_idx" ON "Workshop"("city");

-- CreateIndex
CREATE UNIQUE INDEX "WorkshopAutoAcceptRule_workshopId_serviceCategory_key" ON "WorkshopAutoAcceptRule"("workshopId", "serviceCategory");

-- CreateIndex
CREATE INDEX "AdvisorProfile_workshopId_idx" ON "AdvisorProfile"("workshopId");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerProfile_stripeAccountId_key" ON "PartnerProfile"("stripeAccountId");

-- CreateIndex
CREATE INDEX "Vehicle_ownerId_idx" ON "Vehicle"("ownerId");

-- CreateIndex
CREATE INDEX "DiagnosticSession_customerId_requestedAt_idx" ON "DiagnosticSession"("customerId", "requestedAt");

-- CreateIndex
CREATE INDEX "DiagnosticSession_mechanicId_requestedAt_idx" ON "DiagnosticSession"("mechanicId", "requestedAt");

-- CreateIndex
CREATE INDEX "DiagnosticSession_status_requestedAt_idx" ON "DiagnosticSession"("status", "requestedAt");

-- CreateIndex
CREATE INDEX "ChatMessage_sessionId_createdAt_id_idx" ON "ChatMessage"("sessionId", "createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ContactViolation_messageId_key" ON "ContactViolation"("messageId");

-- CreateIndex
CREATE INDEX "ContactViolation_offenderId_createdAt_idx" ON "ContactViolation"("offenderId", "createdAt");

-- CreateIndex
CREATE INDEX "ContactViolation_status_createdAt_idx" ON "ContactViolation"("status", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Penalty_violationId_key" ON "Penalty"("violationId");

-- CreateIndex
CREATE INDEX "Penalty_userId_idx" ON "Penalty"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Escalation_sessionId_key" ON "Escalation"("sessionId");

-- CreateIndex
CREATE INDEX "Escalation_workshopId_status_idx" ON "Escalation"("workshopId", "status");

-- CreateIndex
CREATE INDEX "Escalation_mechanicId_idx" ON "Escalation"("mechanicId");

-- CreateIndex
CREATE INDEX "EscalationOffer_workshopId_status_idx" ON "EscalationOffer"("workshopId", "status");

-- CreateIndex
CREATE INDEX "EscalationOffer_status_expiresAt_idx" ON "EscalationOffer"("status", "expiresAt");

-- CreateIndex
CREATE UNIQUE INDEX "EscalationOffer_escalationId_workshopId_key" ON "EscalationOffer"("escalationId", "workshopId");

-- CreateIndex
CREATE UNIQUE INDEX "RepairQuote_previousVersionId_key" ON "RepairQuote"("previousVersionId");

-- CreateIndex
CREATE INDEX "RepairQuote_escalationId_status_idx" ON "RepairQuote"("escalationId", "status");

-- CreateIndex
CREATE INDEX "RepairQuote_partnershipId_createdAt_idx" ON "RepairQuote"("partnershipId", "createdAt");

-- CreateIndex
CREATE INDEX "RepairQuote_status_validUntil_idx" ON "RepairQuote"("status", "validUntil");

-- CreateIndex
CREATE UNIQUE INDEX "QuoteLineItem_quoteId_position_key" ON "QuoteLineItem"("quoteId", "position");

-- CreateIndex
CREATE INDEX "QuoteStatusChange_quoteId_createdAt_idx" ON "QuoteStatusChange"("quoteId", "createdAt");

-- CreateIndex
CREATE INDEX "Partnership_mechanicId_status_idx" ON "Partnership"("mechanicId", "status");

-- CreateIndex
CREATE INDEX "Partnership_partnerId_status_idx" ON "Partnership"("partnerId", "status");

-- CreateIndex
CREATE INDEX "PartnerCatalogPart_partnershipId_category_idx" ON "PartnerCatalogPart"("partnershipId", "category");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerCatalogPart_partnershipId_partNumber_validFrom_key" ON "PartnerCatalogPart"("partnershipId", "partNumber", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "PartnerLaborRate_partnershipId_serviceCategory_validFrom_key" ON "PartnerLaborRate"("partnershipId", "serviceCategory", "validFrom");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_stripePaymentIntentId_key" ON "Payment"("stripePaymentIntentId");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_transferGroup_key" ON "Payment"("transferGroup");

-- CreateIndex
CREATE UNIQUE INDEX "Payment_idempotencyKey_key" ON "Payment"("idempotencyKey");

-- CreateIndex
CREATE INDEX "Payment_customerId_createdAt_idx" ON "Payment"("customerId", "createdAt");

-- CreateIndex
CREATE INDEX "Payment_quoteId_idx" ON "Payment"("quoteId");

-- CreateIndex
CREATE INDEX "Payment_sessionId_idx" ON "Payment"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "Transfer_stripeTransferId_key" ON "Transfer"("stripeTransferId");

-- CreateIndex
CREATE UNIQUE INDEX "Transfer_idempotencyKey_key" ON "Transfer"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_stripeRefundId_key" ON "Refund"("stripeRefundId");

-- CreateIndex
CREATE UNIQUE INDEX "Refund_idempotencyKey_key" ON "Refund"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "LedgerEntry_idempotencyKey_key" ON "LedgerEntry"("idempotencyKey");

-- CreateIndex
CREATE INDEX "LedgerEntry_transactionKey_idx" ON "LedgerEntry"("transactionKey");

-- CreateIndex
CREATE INDEX "LedgerEntry_account_userId_idx" ON "LedgerEntry"("account", "userId");

-- CreateIndex
CREATE INDEX "LedgerEntry_account_workshopId_idx" ON "LedgerEntry"("account", "workshopId");

-- CreateIndex
CREATE UNIQUE INDEX "Review_sessionId_customerId_key" ON "Review"("sessionId", "customerId");

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_createdAt_idx" ON "AuditLog"("entityType", "entityId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_createdAt_idx" ON "AuditLog"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditLog_action_createdAt_idx" ON "AuditLog"("action", "createdAt");

-- AddForeignKey
ALTER TABLE "CustomerProfile" ADD CONSTRAINT "CustomerProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CustomerProfile" ADD CONSTRAINT "CustomerProfile_preferredWorkshopId_fkey" FOREIGN KEY ("preferredWorkshopId") REFERENCES "Workshop"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MechanicProfile" ADD CONSTRAINT "MechanicProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkshopAutoAcceptRule" ADD CONSTRAINT "WorkshopAutoAcceptRule_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdvisorProfile" ADD CONSTRAINT "AdvisorProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AdvisorProfile" ADD CONSTRAINT "AdvisorProfile_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerProfile" ADD CONSTRAINT "PartnerProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerProfile" ADD CONSTRAINT "PartnerProfile_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Vehicle" ADD CONSTRAINT "Vehicle_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiagnosticSession" ADD CONSTRAINT "DiagnosticSession_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiagnosticSession" ADD CONSTRAINT "DiagnosticSession_mechanicId_fkey" FOREIGN KEY ("mechanicId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DiagnosticSession" ADD CONSTRAINT "DiagnosticSession_vehicleId_fkey" FOREIGN KEY ("vehicleId") REFERENCES "Vehicle"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChatMessage" ADD CONSTRAINT "ChatMessage_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "DiagnosticSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ChatMessage" ADD CONSTRAINT "ChatMessage_senderId_fkey" FOREIGN KEY ("senderId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactViolation" ADD CONSTRAINT "ContactViolation_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "ChatMessage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactViolation" ADD CONSTRAINT "ContactViolation_offenderId_fkey" FOREIGN KEY ("offenderId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactViolation" ADD CONSTRAINT "ContactViolation_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Penalty" ADD CONSTRAINT "Penalty_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Penalty" ADD CONSTRAINT "Penalty_violationId_fkey" FOREIGN KEY ("violationId") REFERENCES "ContactViolation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Escalation" ADD CONSTRAINT "Escalation_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "DiagnosticSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Escalation" ADD CONSTRAINT "Escalation_mechanicId_fkey" FOREIGN KEY ("mechanicId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Escalation" ADD CONSTRAINT "Escalation_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EscalationOffer" ADD CONSTRAINT "EscalationOffer_escalationId_fkey" FOREIGN KEY ("escalationId") REFERENCES "Escalation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EscalationOffer" ADD CONSTRAINT "EscalationOffer_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepairQuote" ADD CONSTRAINT "RepairQuote_escalationId_fkey" FOREIGN KEY ("escalationId") REFERENCES "Escalation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepairQuote" ADD CONSTRAINT "RepairQuote_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepairQuote" ADD CONSTRAINT "RepairQuote_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepairQuote" ADD CONSTRAINT "RepairQuote_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RepairQuote" ADD CONSTRAINT "RepairQuote_previousVersionId_fkey" FOREIGN KEY ("previousVersionId") REFERENCES "RepairQuote"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuoteLineItem" ADD CONSTRAINT "QuoteLineItem_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "RepairQuote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuoteStatusChange" ADD CONSTRAINT "QuoteStatusChange_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "RepairQuote"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QuoteStatusChange" ADD CONSTRAINT "QuoteStatusChange_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partnership" ADD CONSTRAINT "Partnership_mechanicId_fkey" FOREIGN KEY ("mechanicId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partnership" ADD CONSTRAINT "Partnership_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "PartnerProfile"("userId") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partnership" ADD CONSTRAINT "Partnership_verifiedById_fkey" FOREIGN KEY ("verifiedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerCatalogPart" ADD CONSTRAINT "PartnerCatalogPart_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerLaborRate" ADD CONSTRAINT "PartnerLaborRate_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "DiagnosticSession"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Payment" ADD CONSTRAINT "Payment_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "RepairQuote"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Transfer" ADD CONSTRAINT "Transfer_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Refund" ADD CONSTRAINT "Refund_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LedgerEntry" ADD CONSTRAINT "LedgerEntry_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "DiagnosticSession"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Review" ADD CONSTRAINT "Review_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_customerId_fkey" FOREIGN KEY ("customerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "RepairQuote"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_partnershipId_fkey" FOREIGN KEY ("partnershipId") REFERENCES "Partnership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IdempotentRequest" ADD CONSTRAINT "IdempotentRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

