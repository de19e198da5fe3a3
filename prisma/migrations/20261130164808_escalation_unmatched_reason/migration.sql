-- CreateEnum
CREATE TYPE "EscalationUnmatchedReason" AS ENUM ('NO_WORKSHOP_IN_CITY', 'NO_WORKSHOP_FOR_CATEGORIES', 'ALL_DECLINED_OR_EXPIRED', 'ALL_AT_CAPACITY');

-- AlterTable
ALTER TABLE "Escalation" ADD COLUMN     "unmatchedReason" "EscalationUnmatchedReason";

