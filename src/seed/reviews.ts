// The demo world's reviews (issue 18): every rating a demo customer sees is computed from reviews
// of completed, paid work, written through ReviewService as a customer's review would be. Work the
// demo has not finished (Jordan's live session, Eastside's quoted but unpaid repair, Mile High's paid
// repair awaiting its drop-off) has no review, so its mechanic or workshop shows "no reviews yet"
// (ratingCount 0).
import { AccountStore } from "../modules/accounts/account.store.ts";
import type { AuditService } from "../modules/audit/audit.service.ts";
import type { ContentFlagService } from "../modules/content/content-flag.service.ts";
import { EscalationStore } from "../modules/escalations/escalation.store.ts";
import { PaymentStore } from "../modules/payments/payment.store.ts";
import { QuoteStore } from "../modules/quotes/quote.store.ts";
import { ReviewService } from "../modules/reviews/review.service.ts";
import { ReviewStore } from "../modules/reviews/review.store.ts";
import { SessionStore } from "../modules/sessions/session.store.ts";
import { WorkshopStore } from "../modules/workshops/workshop.store.ts";
import type { Database } from "../platform/db/database.ts";
import type { Tx } from "../platform/db/prisma.ts";

/** A demo customer's review of the mechanic of one of their completed, paid sessions. */
export interface DemoMechanicReview {
  customerId: string;
  sessionId: string;
  rating: number;
  /** Clean text: the seed test asserts the content monitor finds nothing in it. */
  comment: string | null;
}

/**
 * Demo comments hold no contact details (the seed test checks them with the detector), so there is
 * nothing for the content monitor to flag: its recorder is not needed to write them.
 */
const nothingToFlag: Pick<ContentFlagService, "record"> = { record: async () => {} };

/** Writes `reviews` in `tx` through ReviewService, so each mechanic's rating is recomputed from them. */
export async function seedReviews(tx: Tx, database: Pick<Database, "prisma" | "sql">, audit: AuditService, reviews: readonly DemoMechanicReview[]): Promise<void> {
  const { prisma, sql } = database;
  const sessions = new SessionStore(prisma, sql);
  const workshops = new WorkshopStore(prisma);
  const service = new ReviewService(
    new ReviewStore(prisma),
    { sessions, payments: new PaymentStore(prisma, sql), quotes: new QuoteStore(prisma, sql), escalations: new EscalationStore(prisma, sql, sessions, workshops) },
    new AccountStore(prisma, sql),
    workshops,
    audit,
    nothingToFlag,
  );
  for (const review of reviews) {
    await service.reviewMechanicIn(tx, { id: review.customerId, role: "CUSTOMER", workshopId: null }, review.sessionId, { rating: review.rating, comment: review.comment });
  }
}
