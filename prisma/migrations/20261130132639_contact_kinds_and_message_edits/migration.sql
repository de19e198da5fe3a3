-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ContactKind" ADD VALUE 'LINK';
ALTER TYPE "ContactKind" ADD VALUE 'FULL_NAME';
ALTER TYPE "ContactKind" ADD VALUE 'OFF_PLATFORM_DEAL';

-- AlterTable
ALTER TABLE "ChatMessage" ADD COLUMN     "editedAt" TIMESTAMP(3);

