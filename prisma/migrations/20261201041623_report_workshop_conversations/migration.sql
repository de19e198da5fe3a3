-- AlterEnum
ALTER TYPE "ReportSubject" ADD VALUE 'CONVERSATION';

-- AlterTable
ALTER TABLE "SolicitationReport" ADD COLUMN     "workshopId" UUID;

