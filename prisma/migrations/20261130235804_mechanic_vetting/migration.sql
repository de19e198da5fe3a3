-- CreateEnum
CREATE TYPE "MechanicVettingStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED');

-- AlterTable
ALTER TABLE "MechanicProfile" ADD COLUMN     "vettedAt" TIMESTAMP(3),
ADD COLUMN     "vettedById" UUID,
ADD COLUMN     "vettingReason" TEXT,
ADD COLUMN     "vettingStatus" "MechanicVettingStatus" NOT NULL DEFAULT 'PENDING';

-- Mechanics who signed up before vetting existed were already claiming sessions: they stay able to.
UPDATE "MechanicProfile" SET "vettingStatus" = 'APPROVED', "vettedAt" = CURRENT_TIMESTAMP, "vettingReason" = 'approved when vetting was introduced';
