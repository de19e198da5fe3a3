-- AlterTable
ALTER TABLE "User" ADD COLUMN     "violationCount" INTEGER NOT NULL DEFAULT 0;

-- The ladder's counter moves from the mechanic profile to the user (advisors and partners climb it too).
UPDATE "User" u SET "violationCount" = m."violationCount" FROM "MechanicProfile" m WHERE m."userId" = u.id;

-- AlterTable
ALTER TABLE "MechanicProfile" DROP COLUMN "violationCount";

-- AlterTable
ALTER TABLE "ContactViolation" ADD COLUMN     "contentFlagId" UUID,
ALTER COLUMN "messageId" DROP NOT NULL;

-- CreateTable
CREATE TABLE "ContentFlag" (
    "id" UUID NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" UUID NOT NULL,
    "field" TEXT NOT NULL,
    "authorId" UUID NOT NULL,
    "authorRole" "Role" NOT NULL,
    "original" TEXT NOT NULL,
    "masked" TEXT NOT NULL,
    "kinds" "ContactKind"[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContentFlag_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ContentFlag_entityType_entityId_idx" ON "ContentFlag"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "ContentFlag_authorId_createdAt_idx" ON "ContentFlag"("authorId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ContactViolation_contentFlagId_key" ON "ContactViolation"("contentFlagId");

-- AddForeignKey
ALTER TABLE "ContentFlag" ADD CONSTRAINT "ContentFlag_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactViolation" ADD CONSTRAINT "ContactViolation_contentFlagId_fkey" FOREIGN KEY ("contentFlagId") REFERENCES "ContentFlag"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A violation is about exactly one thing: a chat message or a flagged field.
ALTER TABLE "ContactViolation" ADD CONSTRAINT "ContactViolation_one_source" CHECK (num_nonnulls("messageId", "contentFlagId") = 1);
