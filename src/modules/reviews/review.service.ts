import { z } from "zod";
import { mechanicReputation } from "../../domain/reputation/mechanic-reputation.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { Tx } from "../../platform/db/prisma.ts";
import { conflict, ErrorReason, notFound } from "../../platform/errors.ts";
import type { AccountStore } from "../accounts/account.store.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { ContentFlagService } from "../content/content-flag.service.ts";
import type { Page, PageRequest } from "../shared/pagination.ts";
import { validateInput } from "../shared/validation.ts";
import type { WorkshopStore } from "../workshops/workshop.store.ts";
import type { ReviewInput } from "./review.inputs.ts";
import type { ReviewStore } from "./review.store.ts";
import type { MechanicReputation, Review } from "./review.types.ts";

const id = z.string().uuid("must be an id");

/**
 * Customers rate completed, paid work: a session's mechanic, a paid repair's workshop. The ratings
 * customers see (MechanicProfile / Workshop `ratingHundredths`, `ratingCount`) are recomputed from
 * the reviews in the transaction that adds one. Comments pass the content monitor (masked, flagged
 * for admins; customers are never penalised).
 */
export class ReviewService {
  constructor(
    private readonly store: ReviewStore,
    private readonly accounts: AccountStore,
    private readonly workshops: WorkshopStore,
    private readonly audit: AuditService,
    private readonly contentFlags: ContentFlagService,
  ) {}

  /**
   * The session's customer rates its mechanic, once.
   *
   * @throws NOT_FOUND when the session is not the caller's; CONFLICT (reason WORK_NOT_COMPLETED) before it is completed and paid; CONFLICT (ALREADY_EXISTS) for a second review
   */
  async reviewMechanic(viewer: Viewer, sessionId: string, input: ReviewInput): Promise<Review> {
    const facts = await this.store.sessionFacts(validateInput(id, sessionId), viewer.id);
    if (!facts?.mechanicId) throw notFound("Session");
    if (!facts.completed || !facts.paid) throw conflict("The session must be completed and paid before it can be reviewed", ErrorReason.WORK_NOT_COMPLETED);
    const mechanicId = facts.mechanicId;
    return this.write(viewer, { subject: "MECHANIC", subjectKey: `MECHANIC:${facts.sessionId}`, sessionId: facts.sessionId, mechanicId, workshopId: null, quoteId: null }, input, (tx, rating) =>
      this.accounts.setMechanicRating(tx, mechanicId, rating),
    );
  }

  /**
   * The customer of a paid repair rates its workshop, once per repair.
   *
   * @throws NOT_FOUND when the quote is not the caller's or has no workshop; CONFLICT (reason WORK_NOT_COMPLETED) before the repair is completed and paid; CONFLICT (ALREADY_EXISTS) for a second review
   */
  async reviewWorkshop(viewer: Viewer, quoteId: string, input: ReviewInput): Promise<Review> {
    const facts = await this.store.repairFacts(validateInput(id, quoteId), viewer.id);
    if (!facts?.workshopId) throw notFound("Quote");
    if (!facts.completed || !facts.paid) throw conflict("The repair must be completed and paid before it can be reviewed", ErrorReason.WORK_NOT_COMPLETED);
    const workshopId = facts.workshopId;
    return this.write(viewer, { subject: "WORKSHOP", subjectKey: `WORKSHOP:${facts.quoteId}`, sessionId: facts.sessionId, mechanicId: null, workshopId, quoteId: facts.quoteId }, input, (tx, rating) =>
      this.workshops.setRating(tx, workshopId, rating),
    );
  }

  /** Reviews of a mechanic, newest first. */
  mechanicReviews(mechanicId: string, page: PageRequest): Promise<Page<Review>> {
    return this.store.page({ mechanicId: validateInput(id, mechanicId) }, page);
  }

  /** Reviews of a workshop, newest first. */
  workshopReviews(workshopId: string, page: PageRequest): Promise<Page<Review>> {
    return this.store.page({ workshopId: validateInput(id, workshopId) }, page);
  }

  /**
   * Admins: a mechanic's reputation on escalation quality (domain/reputation).
   *
   * @throws NOT_FOUND for an unknown mechanic
   */
  async mechanicReputation(mechanicId: string): Promise<MechanicReputation> {
    const profile = await this.accounts.mechanicProfile(validateInput(id, mechanicId));
    if (!profile) throw notFound("Mechanic");
    const facts = { ...(await this.store.reputationFacts(mechanicId)), ratingHundredths: profile.ratingHundredths, ratingCount: profile.ratingCount };
    return { mechanicId, ...facts, ...mechanicReputation(facts) };
  }

  /** Stores the review, records its comment's flags, recomputes the rated party's rating and audits, in one transaction. */
  private write(
    viewer: Viewer,
    target: Pick<Parameters<ReviewStore["create"]>[1], "subject" | "subjectKey" | "sessionId" | "mechanicId" | "workshopId" | "quoteId">,
    input: ReviewInput,
    setRating: (tx: Tx, rating: { ratingHundredths: number; ratingCount: number }) => Promise<void>,
  ): Promise<Review> {
    const rated = target.mechanicId ? { mechanicId: target.mechanicId } : { workshopId: target.workshopId! };
    return this.store.transaction(async (tx) => {
      await this.store.lockSubject(tx, target.mechanicId ?? target.workshopId!);
      const review = await this.store.create(tx, { ...target, customerId: viewer.id, rating: input.rating, comment: input.comment || null });
      await this.contentFlags.record(tx, viewer, { type: "Review", id: review.id });
      await setRating(tx, await this.store.ratingOf(tx, rated));
      await this.audit.write([{ actor: viewer, action: "review.created", entityType: "Review", entityId: review.id, data: { subject: target.subject, rating: input.rating } }], tx);
      return review;
    });
  }
}
