import { mechanicReputation } from "../../domain/reputation/mechanic-reputation.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { Tx } from "../../platform/db/prisma.ts";
import { conflict, ErrorReason, notFound } from "../../platform/errors.ts";
import type { AccountStore } from "../accounts/account.store.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { ContentFlagService } from "../content/content-flag.service.ts";
import type { EscalationStore } from "../escalations/escalation.store.ts";
import type { PaymentStore } from "../payments/payment.store.ts";
import type { QuoteStore } from "../quotes/quote.store.ts";
import type { SessionStore } from "../sessions/session.store.ts";
import type { Page, PageRequest } from "../shared/pagination.ts";
import { systemScope } from "../shared/scope.ts";
import type { WorkshopStore } from "../workshops/workshop.store.ts";
import type { ReviewInput } from "./review.inputs.ts";
import type { ReviewStore } from "./review.store.ts";
import type { MechanicReputation, Review } from "./review.types.ts";

/** The stores of the aggregates a review or a reputation reads: each module reads its own tables. */
export interface ReviewedWorkOwners {
  sessions: Pick<SessionStore, "findWith">;
  payments: Pick<PaymentStore, "isPaid">;
  quotes: Pick<QuoteStore, "repairToReview" | "escalationOutcomes">;
  escalations: Pick<EscalationStore, "escalationsBy">;
}

/** A review to store: who is rated, for which work. */
type ReviewTarget = Pick<Parameters<ReviewStore["create"]>[1], "subject" | "subjectKey" | "sessionId" | "mechanicId" | "workshopId" | "quoteId">;

/**
 * Customers rate completed, paid work: a session's mechanic, a paid repair's workshop. The ratings
 * customers see (MechanicProfile / Workshop `ratingHundredths`, `ratingCount`) are recomputed from
 * the reviews in the transaction that adds one. Comments pass the content monitor (masked, flagged
 * for admins; customers are never penalised).
 */
export class ReviewService {
  constructor(
    private readonly store: ReviewStore,
    private readonly owners: ReviewedWorkOwners,
    private readonly accounts: AccountStore,
    private readonly workshops: WorkshopStore,
    private readonly audit: AuditService,
    private readonly contentFlags: Pick<ContentFlagService, "record">,
  ) {}

  /**
   * The session's customer rates its mechanic, once.
   *
   * @throws NOT_FOUND when the session is not the caller's; CONFLICT (reason WORK_NOT_COMPLETED) before it is completed and paid (a request no mechanic took included); CONFLICT (ALREADY_EXISTS) for a second review
   */
  reviewMechanic(viewer: Viewer, sessionId: string, input: ReviewInput): Promise<Review> {
    return this.store.transaction((tx) => this.reviewMechanicIn(tx, viewer, sessionId, input));
  }

  /**
   * {@link reviewMechanic} in the open transaction `tx` (the demo seed writes its reviews this way).
   *
   * @throws as {@link reviewMechanic}
   */
  async reviewMechanicIn(tx: Tx, viewer: Viewer, sessionId: string, input: ReviewInput): Promise<Review> {
    const session = await this.customerSession(tx, viewer, sessionId);
    if (!session) throw notFound("Session");
    // A request no mechanic took yet is the caller's work not done, not a missing session.
    const mechanicId = session.mechanicId;
    if (!mechanicId || session.status !== "COMPLETED" || !(await this.owners.payments.isPaid({ sessionId }, tx))) {
      throw conflict("The session must be completed and paid before it can be reviewed", ErrorReason.WORK_NOT_COMPLETED);
    }
    return this.write(tx, viewer, { subject: "MECHANIC", subjectKey: `MECHANIC:${sessionId}`, sessionId, mechanicId, workshopId: null, quoteId: null }, input, (rating) =>
      this.accounts.setMechanicRating(tx, mechanicId, rating),
    );
  }

  /**
   * The customer of a paid repair rates its workshop, once per repair: the workshop that quoted it
   * (escalation path), or the partner's workshop that fulfilled it (a WORKSHOP partnership).
   *
   * @throws NOT_FOUND when the quote is not the caller's; CONFLICT (reason NO_WORKSHOP_TO_REVIEW) for a
   *   repair no workshop did (a SUPPLIER or NETWORK partnership's); CONFLICT (reason WORK_NOT_COMPLETED) before the repair is completed and paid; CONFLICT (ALREADY_EXISTS) for a second review
   */
  reviewWorkshop(viewer: Viewer, quoteId: string, input: ReviewInput): Promise<Review> {
    return this.store.transaction((tx) => this.reviewWorkshopIn(tx, viewer, quoteId, input));
  }

  /**
   * {@link reviewWorkshop} in the open transaction `tx` (the demo seed writes its reviews this way).
   *
   * @throws as {@link reviewWorkshop}
   */
  async reviewWorkshopIn(tx: Tx, viewer: Viewer, quoteId: string, input: ReviewInput): Promise<Review> {
    const repair = await this.owners.quotes.repairToReview(quoteId, tx);
    if (!repair || !(await this.customerSession(tx, viewer, repair.sessionId))) throw notFound("Quote");
    if (!repair.workshopId) {
      const by = repair.partnershipType ? `under a ${repair.partnershipType} partnership` : "outside a workshop";
      throw conflict(`This repair was done ${by}, by no workshop, so there is no workshop to review; rate the mechanic who quoted it with reviewMechanic`, ErrorReason.NO_WORKSHOP_TO_REVIEW);
    }
    if (repair.status !== "COMPLETED" || !(await this.owners.payments.isPaid({ quoteId }, tx))) {
      throw conflict("The repair must be completed and paid before it can be reviewed", ErrorReason.WORK_NOT_COMPLETED);
    }
    const workshopId = repair.workshopId;
    return this.write(tx, viewer, { subject: "WORKSHOP", subjectKey: `WORKSHOP:${quoteId}`, sessionId: repair.sessionId, mechanicId: null, workshopId, quoteId }, input, (rating) =>
      this.workshops.setRating(tx, workshopId, rating),
    );
  }

  /** Reviews of a mechanic, newest first. */
  mechanicReviews(mechanicId: string, page: PageRequest): Promise<Page<Review>> {
    return this.store.page({ mechanicId }, page);
  }

  /** Reviews of a workshop, newest first. */
  workshopReviews(workshopId: string, page: PageRequest): Promise<Page<Review>> {
    return this.store.page({ workshopId }, page);
  }

  /**
   * Admins: a mechanic's reputation on escalation quality (domain/reputation).
   *
   * @throws NOT_FOUND for an unknown mechanic
   */
  async mechanicReputation(mechanicId: string): Promise<MechanicReputation> {
    const profile = await this.accounts.mechanicProfile(mechanicId);
    if (!profile) throw notFound("Mechanic");
    const [escalations, outcomes] = await Promise.all([this.owners.escalations.escalationsBy(mechanicId), this.owners.quotes.escalationOutcomes(mechanicId)]);
    const facts = { escalations, ...outcomes, ratingHundredths: profile.ratingHundredths, ratingCount: profile.ratingCount };
    return { mechanicId, ...facts, ...mechanicReputation(facts) };
  }

  /** The caller's own session `sessionId` (its mechanic and status), read in `tx`; null when it is not theirs. */
  private async customerSession(tx: Tx, viewer: Viewer, sessionId: string) {
    const session = await this.owners.sessions.findWith(systemScope("a review checks the session is the caller's"), sessionId, { customerId: true, mechanicId: true, status: true }, tx);
    return session?.customerId === viewer.id ? session : null;
  }

  /** Stores the review, records its comment's flags, recomputes the rated party's rating and audits, in `tx`. */
  private async write(tx: Tx, viewer: Viewer, target: ReviewTarget, input: ReviewInput, setRating: (rating: { ratingHundredths: number; ratingCount: number }) => Promise<void>): Promise<Review> {
    const rated = target.mechanicId ? { mechanicId: target.mechanicId } : { workshopId: target.workshopId! };
    await this.store.lockSubject(tx, target.mechanicId ?? target.workshopId!);
    const review = await this.store.create(tx, { ...target, customerId: viewer.id, rating: input.rating, comment: input.comment || null });
    await this.contentFlags.record(tx, viewer, { type: "Review", id: review.id });
    await setRating(await this.store.ratingOf(tx, rated));
    await this.audit.write([{ actor: viewer, action: "review.created", entityType: "Review", entityId: review.id, data: { subject: target.subject, rating: input.rating } }], tx);
    return review;
  }
}
