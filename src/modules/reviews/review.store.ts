import { asClientError } from "../../platform/db/constraint-errors.ts";
import type { Prisma } from "../../platform/db/generated/client.ts";
import type { ReviewSubject } from "../../platform/db/generated/enums.ts";
import type { PrismaClient, Tx } from "../../platform/db/prisma.ts";
import { conflict, ErrorReason } from "../../platform/errors.ts";
import { timestampPage, toPage, type Page, type PageRequest } from "../shared/pagination.ts";
import type { Review } from "./review.types.ts";

const reviewSelect = { id: true, subject: true, rating: true, comment: true, mechanicId: true, workshopId: true, createdAt: true } as const;

/**
 * The Review table, and nothing else: what reviews and reputation need from sessions, quotes,
 * payments and escalations comes from those modules' stores (ReviewService's `owners`).
 */
export class ReviewStore {
  constructor(private readonly prisma: PrismaClient) {}

  /** Runs `fn` in one transaction. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(fn);
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
}
