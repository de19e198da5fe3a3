-- CreateEnum
CREATE TYPE "ReportSubject" AS ENUM ('SESSION', 'MESSAGE', 'QUOTE');

-- CreateEnum
CREATE TYPE "SanctionKind" AS ENUM ('SUSPENSION', 'BAN', 'LIFT');

-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "resolutionNote" TEXT,
ADD COLUMN     "resolvedAt" TIMESTAMP(3),
ADD COLUMN     "resolvedById" UUID;

-- CreateTable
CREATE TABLE "SolicitationReport" (
    "id" UUID NOT NULL,
    "reporterId" UUID NOT NULL,
    "subjectType" "ReportSubject" NOT NULL,
    "subjectId" UUID NOT NULL,
    "sessionId" UUID NOT NULL,
    "accusedId" UUID,
    "detail" TEXT,
    "status" "ComplaintStatus" NOT NULL DEFAULT 'OPEN',
    "openKey" TEXT,
    "resolvedById" UUID,
    "resolvedAt" TIMESTAMP(3),
    "resolutionNote" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SolicitationReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AccountSanction" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "SanctionKind" NOT NULL,
    "reason" TEXT NOT NULL,
    "endsAt" TIMESTAMP(3),
    "createdById" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccountSanction_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SolicitationReport_openKey_key" ON "SolicitationReport"("openKey");

-- CreateIndex
CREATE INDEX "SolicitationReport_createdAt_idx" ON "SolicitationReport"("createdAt");

-- CreateIndex
CREATE INDEX "SolicitationReport_accusedId_status_idx" ON "SolicitationReport"("accusedId", "status");

-- CreateIndex
CREATE INDEX "AccountSanction_userId_createdAt_idx" ON "AccountSanction"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "Complaint_partnershipId_status_idx" ON "Complaint"("partnershipId", "status");

