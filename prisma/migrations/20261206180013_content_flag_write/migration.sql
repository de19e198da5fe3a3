-- AlterTable: added nullable, backfilled, then required.
ALTER TABLE "ContentFlag" ADD COLUMN     "writeId" UUID;

-- Backfill. Flags recorded before this column did not say which write they came in. A violation's
-- flag takes its own id as its write's, and the flags of the same record and author stored within
-- the second before or after it that no violation names join that write (one write stored its
-- flags one after another in one transaction); every other flag is a write of its own.
UPDATE "ContentFlag" AS f SET "writeId" = f.id
WHERE EXISTS (SELECT 1 FROM "ContactViolation" v WHERE v."contentFlagId" = f.id);

WITH joined AS (
  SELECT DISTINCT ON (f.id) f.id AS "flagId", o.id AS "writeId"
  FROM "ContentFlag" f
  JOIN "ContentFlag" o ON o."entityType" = f."entityType" AND o."entityId" = f."entityId" AND o."authorId" = f."authorId"
  JOIN "ContactViolation" v ON v."contentFlagId" = o.id
  WHERE f."writeId" IS NULL
    AND f."createdAt" BETWEEN o."createdAt" - INTERVAL '1 second' AND o."createdAt" + INTERVAL '1 second'
  ORDER BY f.id, abs(extract(epoch FROM f."createdAt" - o."createdAt")), o.id
)
UPDATE "ContentFlag" AS f SET "writeId" = j."writeId"
FROM joined AS j
WHERE f.id = j."flagId";

UPDATE "ContentFlag" SET "writeId" = id WHERE "writeId" IS NULL;

ALTER TABLE "ContentFlag" ALTER COLUMN "writeId" SET NOT NULL;

-- CreateIndex
CREATE INDEX "ContentFlag_writeId_idx" ON "ContentFlag"("writeId");
