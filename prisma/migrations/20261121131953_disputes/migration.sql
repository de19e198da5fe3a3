-- CreateEnum
CREATE TYPE "DisputeStatus" AS ENUM ('INQUIRY', 'INQUIRY_CLOSED', 'PREVENTED', 'OPEN', 'WON', 'LOST');

-- AlterEnum
ALTER TYPE "LedgerAccount" ADD VALUE 'DISPUTES_RECEIVABLE';

-- CreateTable
CREATE TABLE "Dispute" (
    "id" UUID NOT NULL,
    "stripeDisputeId" TEXT NOT NULL,
    "paymentId" UUID NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "status" "DisputeStatus" NOT NULL,
    "stripeStatus" TEXT NOT NULL,
    "reason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Dispute_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Dispute_stripeDisputeId_key" ON "Dispute"("stripeDisputeId");

-- CreateIndex
CREATE INDEX "Dispute_paymentId_idx" ON "Dispute"("paymentId");

-- CreateIndex
CREATE INDEX "Dispute_status_createdAt_idx" ON "Dispute"("status", "createdAt");

-- AddForeignKey
ALTER TABLE "Dispute" ADD CONSTRAINT "Dispute_paymentId_fkey" FOREIGN KEY ("paymentId") REFERENCES "Payment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

