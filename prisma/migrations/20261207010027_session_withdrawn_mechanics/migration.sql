-- AlterTable
ALTER TABLE "DiagnosticSession" ADD COLUMN     "withdrawnMechanicIds" UUID[] DEFAULT ARRAY[]::UUID[];

