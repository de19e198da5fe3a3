-- AlterTable
ALTER TABLE "Escalation" ADD COLUMN     "preferenceNote" TEXT,
ADD COLUMN     "preferredWorkshopId" UUID;

-- AlterTable
ALTER TABLE "QuoteLineItem" ADD COLUMN     "leadTimeDays" INTEGER;

-- CreateTable
CREATE TABLE "SessionWorkshopChoice" (
    "sessionId" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "preferredWorkshopId" UUID,
    "quotesRequested" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SessionWorkshopChoice_pkey" PRIMARY KEY ("sessionId")
);

-- CreateTable
CREATE TABLE "CatalogStockReservation" (
    "id" UUID NOT NULL,
    "quoteId" UUID NOT NULL,
    "catalogPartId" UUID NOT NULL,
    "quantity" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CatalogStockReservation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CatalogStockReservation_catalogPartId_idx" ON "CatalogStockReservation"("catalogPartId");

-- CreateIndex
CREATE UNIQUE INDEX "CatalogStockReservation_quoteId_catalogPartId_key" ON "CatalogStockReservation"("quoteId", "catalogPartId");

