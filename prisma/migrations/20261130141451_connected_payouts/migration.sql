-- CreateEnum
CREATE TYPE "ConnectedPayoutStatus" AS ENUM ('FAILED');

-- CreateTable
CREATE TABLE "ConnectedPayout" (
    "id" UUID NOT NULL,
    "stripePayoutId" TEXT NOT NULL,
    "stripeAccountId" TEXT NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "currency" TEXT NOT NULL,
    "status" "ConnectedPayoutStatus" NOT NULL,
    "failureCode" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ConnectedPayout_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ConnectedPayout_stripePayoutId_key" ON "ConnectedPayout"("stripePayoutId");

-- CreateIndex
CREATE INDEX "ConnectedPayout_stripeAccountId_idx" ON "ConnectedPayout"("stripeAccountId");

