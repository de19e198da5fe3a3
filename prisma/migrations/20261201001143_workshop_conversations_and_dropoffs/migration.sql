-- CreateEnum
CREATE TYPE "DropOffStatus" AS ENUM ('BOOKED', 'CANCELLED');

-- DropIndex
DROP INDEX "ChatMessage_sessionId_createdAt_id_idx";

-- AlterTable
ALTER TABLE "Workshop" ADD COLUMN     "streetAddress" TEXT;

-- AlterTable
ALTER TABLE "ChatMessage" ADD COLUMN     "workshopId" UUID;

-- CreateTable
CREATE TABLE "DropOffSlot" (
    "id" UUID NOT NULL,
    "workshopId" UUID NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "durationMinutes" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DropOffSlot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DropOffBooking" (
    "id" UUID NOT NULL,
    "quoteId" UUID NOT NULL,
    "customerId" UUID NOT NULL,
    "workshopId" UUID NOT NULL,
    "slotId" UUID,
    "status" "DropOffStatus" NOT NULL DEFAULT 'BOOKED',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DropOffBooking_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "DropOffSlot_workshopId_startsAt_key" ON "DropOffSlot"("workshopId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "DropOffBooking_quoteId_key" ON "DropOffBooking"("quoteId");

-- CreateIndex
CREATE UNIQUE INDEX "DropOffBooking_slotId_key" ON "DropOffBooking"("slotId");

-- CreateIndex
CREATE INDEX "DropOffBooking_customerId_createdAt_idx" ON "DropOffBooking"("customerId", "createdAt");

-- CreateIndex
CREATE INDEX "DropOffBooking_workshopId_createdAt_idx" ON "DropOffBooking"("workshopId", "createdAt");

-- CreateIndex
CREATE INDEX "ChatMessage_sessionId_workshopId_createdAt_id_idx" ON "ChatMessage"("sessionId", "workshopId", "createdAt", "id");

-- AddForeignKey
ALTER TABLE "ChatMessage" ADD CONSTRAINT "ChatMessage_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DropOffSlot" ADD CONSTRAINT "DropOffSlot_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DropOffBooking" ADD CONSTRAINT "DropOffBooking_quoteId_fkey" FOREIGN KEY ("quoteId") REFERENCES "RepairQuote"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DropOffBooking" ADD CONSTRAINT "DropOffBooking_workshopId_fkey" FOREIGN KEY ("workshopId") REFERENCES "Workshop"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DropOffBooking" ADD CONSTRAINT "DropOffBooking_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "DropOffSlot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

