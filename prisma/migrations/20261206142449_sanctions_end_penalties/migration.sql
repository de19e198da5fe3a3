-- AlterTable
ALTER TABLE "Penalty" ADD COLUMN     "endedAt" TIMESTAMP(3),
ADD COLUMN     "endedBySanctionId" UUID;

-- AlterTable
ALTER TABLE "AccountSanction" ADD COLUMN     "endedAt" TIMESTAMP(3),
ADD COLUMN     "endedBySanctionId" UUID;


-- Backfill: what an admin's lift (or a later suspension, for a suspension) already ended before
-- these columns existed is marked ended by the first such sanction after it, if it was still in
-- force then; otherwise recomputing a standing would bring it back.
WITH ended AS (
  SELECT DISTINCT ON (p.id) p.id AS "penaltyId", s.id AS "sanctionId", s."createdAt" AS "at"
  FROM "Penalty" p
  JOIN "AccountSanction" s ON s."userId" = p."userId" AND s."createdAt" > p."startsAt"
    AND (s.kind = 'LIFT' OR (s.kind = 'SUSPENSION' AND p.kind <> 'PERMANENT_BAN'))
  ORDER BY p.id, s."createdAt", s.id
)
UPDATE "Penalty" AS p SET "endedAt" = e."at", "endedBySanctionId" = e."sanctionId"
FROM ended AS e
WHERE p.id = e."penaltyId" AND (p."endsAt" IS NULL OR p."endsAt" > e."at") AND (p."reversedAt" IS NULL OR p."reversedAt" > e."at");

WITH ended AS (
  SELECT DISTINCT ON (a.id) a.id AS "endedId", s.id AS "sanctionId", s."createdAt" AS "at"
  FROM "AccountSanction" a
  JOIN "AccountSanction" s ON s."userId" = a."userId" AND s."createdAt" > a."createdAt"
    AND (s.kind = 'LIFT' OR (s.kind = 'SUSPENSION' AND a.kind = 'SUSPENSION'))
  WHERE a.kind IN ('SUSPENSION', 'BAN')
  ORDER BY a.id, s."createdAt", s.id
)
UPDATE "AccountSanction" AS a SET "endedAt" = e."at", "endedBySanctionId" = e."sanctionId"
FROM ended AS e
WHERE a.id = e."endedId" AND (a."endsAt" IS NULL OR a."endsAt" > e."at");
