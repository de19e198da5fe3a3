-- AlterTable
ALTER TABLE "Complaint" ADD COLUMN     "openKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_openKey_key" ON "Complaint"("openKey");


-- Complaints already open keep one key per customer and quote (the oldest), so the index holds.
UPDATE "Complaint" AS c SET "openKey" = c."customerId" || ':' || c."quoteId"
FROM (
  SELECT DISTINCT ON ("customerId", "quoteId") id FROM "Complaint"
  WHERE status = 'OPEN' AND "quoteId" IS NOT NULL
  ORDER BY "customerId", "quoteId", "createdAt", id
) AS oldest
WHERE c.id = oldest.id;
