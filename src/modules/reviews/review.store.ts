import { asClientError } from "../../platform/db/constraint-errors.ts";
import { Prisma } from "../../platform/db/generated/client.ts";
import type { ReviewSubject } from "../../platform/db/generated/enums.ts";
import type { PrismaClient, Tx } from "../../platform/db/prisma.ts";
import type { SqlReader } from "../../platform/db/sql.ts";
import { conflict, ErrorReason } from "../../platform/errors.ts";
import { timestampPage, toPage, type Page, type PageRequest } from "../shared/pagination.ts";
import type { Review } from "./review.types.ts";

const reviewSelect = { id: true, subject: true, rating: true, comment: true, mechanicId: true, workshopId: true, createdAt: true } as const;

/** What a customer's review of a session's mechanic depends on; null when the session is not theirs. */
export interface SessionReviewFacts {
  sessionId: string;
  mechanicId: string | null;
  completed: boolean;
  paid: boolean;
}

/** What a customer's review of a repair's workshop depends on; null when the quote is not theirs. */
export interface RepairReviewFacts {
  quoteId: string;
  sessionId: string;
  workshopId: string | null;
  completed: boolean;
  paid: boolean;
}

/** A settled payment: one that was refunded in part still paid for the work. */
const PAID = Prisma.sql`('SUCCEEDED', 'PARTIALLY_REFUNDED')`;

/**
 * The Review table, and the facts reviews and reputation read from other aggregates (sessions,
 * quotes, payments, escalations, complaints) in single read-only statements: nothing here writes
 * outside Review.
 */
export class ReviewStore {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly sql: SqlReader,
  ) {}

  /** Runs `fn` in one transaction. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(fn);
  }

  /** Session `sessionId` of customer `customerId`: its mechanic, whether it is completed and its diagnostic paid. */
  async sessionFacts(sessionId: string, customerId: string): Promise<SessionReviewFacts | null> {
    const [row] = await this.sql.rows<SessionReviewFacts>(Prisma.sql`
      SELECT s.id AS "sessionId", s."mechanicId", s.status = 'COMPLETED' AS completed,
        EXISTS (SELECT 1 FROM "Payment" p WHERE p."sessionId" = s.id AND p.kind = 'DIAGNOSTIC' AND p.status::text IN ${PAID}) AS paid
      FROM "DiagnosticSession" s WHERE s.id = ${sessionId}::uuid AND s."customerId" = ${customerId}::uuid`);
    return row ?? null;
  }

  /** Quote `quoteId` on a session of customer `customerId`: its workshop, whether the repair is completed and paid. */
  async repairFacts(quoteId: string, customerId: string): Promise<RepairReviewFacts | null> {
    const [row] = await this.sql.rows<RepairReviewFacts>(Prisma.sql`
      SELECT q.id AS "quoteId", e."sessionId", q."workshopId", q.status = 'COMPLETED' AS completed,
        EXISTS (SELECT 1 FROM "Payment" p WHERE p."quoteId" = q.id AND p.kind = 'REPAIR' AND p.status::text IN ${PAID}) AS paid
      FROM "RepairQuote" q JOIN "Escalation" e ON e.id = q."escalationId" JOIN "DiagnosticSession" s ON s.id = e."sessionId"
      WHERE q.id = ${quoteId}::uuid AND s."customerId" = ${customerId}::uuid`);
    return row ?? null;
  }

  /**
   * Serialises reviews of one rated party until `tx` ends, so the average recomputed after an
   * insert counts every committed review (two concurrent reviews never both miss each other).
   */
  async lockSubject(tx: Tx, subject: string): Promise<void> {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`review:${subject}`}))`;
  }

  /**
   * Stores a review in `tx`.
   *
   * @throws CONFLICT (reason ALREADY_EXISTS) when the customer already reviewed this subject
   */
  async create(
    tx: Tx,
    review: {
      subject: ReviewSubject;
      subjectKey: string;
      sessionId: string;
      customerId: string;
      mechanicId: string | null;
      workshopId: string | null;
      quoteId: string | null;
      rating: number;
      comment: string | null;
    },
  ): Promise<Review> {
    try {
      return await tx.review.create({ data: review, select: reviewSelect });
    } catch (error) {
      throw asClientError(error, { UNIQUE: conflict("You already reviewed this", ErrorReason.ALREADY_EXISTS) });
    }
  }

  /** The average rating × 100 (rounded) and count of the reviews of a mechanic or a workshop, in `tx`. */
  async ratingOf(tx: Tx, of: { mechanicId: string } | { workshopId: string }): Promise<{ ratingHundredths: number; ratingCount: number }> {
    const where: Prisma.ReviewWhereInput = "mechanicId" in of ? { subject: "MECHANIC", mechanicId: of.mechanicId } : { subject: "WORKSHOP", workshopId: of.workshopId };
    const { _avg, _count } = await tx.review.aggregate({ where, _avg: { rating: true }, _count: { _all: true } });
    return { ratingHundredths: Math.round((_avg.rating ?? 0) * 100), ratingCount: _count._all };
  }

  /** One page of the reviews of a mechanic or a workshop, newest first, and their count. */
  async page(of: { mechanicId: string } | { workshopId: string }, page: PageRequest): Promise<Page<Review>> {
    const where: Prisma.ReviewWhereInput = "mechanicId" in of ? { subject: "MECHANIC", mechanicId: of.mechanicId } : { subject: "WORKSHOP", workshopId: of.workshopId };
    const [rows, totalCount] = await Promise.all([this.prisma.review.findMany({ ...timestampPage(where, page, "createdAt", "desc"), select: reviewSelect }), this.prisma.review.count({ where })]);
    return toPage(rows, page, totalCount, (row) => row.createdAt);
  }

  /**
   * The facts of a mechanic's reputation: escalations made, those whose quote the customer approved
   * (a quote approved, completed or closed after approval), and upheld (RESOLVED) complaints about
   * quotes of those escalations.
   */
  async reputationFacts(mechanicId: string): Promise<{ escalations: number; approvedQuotes: number; upheldComplaints: number }> {
    const [row] = await this.sql.rows<{ escalations: number; approvedQuotes: number; upheldComplaints: number }>(Prisma.sql`
      SELECT
        (SELECT count(*)::int FROM "Escalation" e WHERE e."mechanicId" = ${mechanicId}::uuid) AS escalations,
        (SELECT count(DISTINCT e.id)::int FROM "Escalation" e JOIN "RepairQuote" q ON q."escalationId" = e.id
          WHERE e."mechanicId" = ${mechanicId}::uuid AND q.status IN ('APPROVED', 'COMPLETED')) AS "approvedQuotes",
        (SELECT count(*)::int FROM "Complaint" c JOIN "RepairQuote" q ON q.id = c."quoteId" JOIN "Escalation" e ON e.id = q."escalationId"
          WHERE e."mechanicId" = ${mechanicId}::uuid AND c.status = 'RESOLVED') AS "upheldComplaints"`);
    return row!;
  }
}
