import { customerAccessThroughSession } from "../../authz/customer-access.ts";
import {
  capacityContenders,
  matchRecord,
  matchWorkshop,
  matchWorkshops,
  MAX_COMPARED_WORKSHOPS,
  UNMATCHED_EXPLANATION,
  preferredRejection,
  type MatchCandidate,
  type MatchInput,
  type UnmatchedReason,
} from "../../domain/matching/workshop-matcher.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import { asClientError, constraintKindOf } from "../../platform/db/constraint-errors.ts";
import type { Tx } from "../../platform/db/prisma.ts";
import { conflict, notFound, ErrorReason, statusConflict, badInputAt, type AppError } from "../../platform/errors.ts";
import { subscribeWhere, type AppPubSub, type EscalationOfferedEvent } from "../../platform/pubsub/pubsub.ts";
import type { AccountService } from "../accounts/account.service.ts";
import type { Customer } from "../accounts/customer.type.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { ContentFlagService } from "../content/content-flag.service.ts";
import type { SessionService } from "../sessions/session.service.ts";
import type { DiagnosticSession } from "../sessions/session.types.ts";
import type { Page, PageRequest } from "../shared/pagination.ts";
import { systemScope } from "../shared/scope.ts";
import type { Workshop } from "../workshops/workshop.types.ts";
import type { EscalateInput, WorkshopChoiceInput } from "./escalation.inputs.ts";
import type { EscalationMachine } from "./escalation.machine.ts";
import { escalationsOf, escalationsOfSql, escalationsTo, offersOf, offersTo, openOffersOf, sessionsToChooseFor, sessionsToEscalate } from "./escalation.policy.ts";
import { OPEN_ESCALATION_STATUSES, type EscalationStore, type MatchSession } from "./escalation.store.ts";
import type { Escalation, EscalationOffer, WorkshopChoice, WorkshopPreference } from "./escalation.type.ts";

const NO_LONGER_TAKES_QUOTES = "This escalation no longer takes quotes";
const ANSWERED_OR_EXPIRED = "This offer was already answered or has expired";
const OFFER_EXPIRED = "This offer has expired";

/** Thrown in a request for another quote whose escalation was moved meanwhile: rolls back the offers made, then answered with its status. */
class Overtaken extends Error {}

/** What matching needs to know about an escalation; the customer's city never leaves this service. */
interface MatchContext {
  escalationId: string;
  quotesRequested: number;
  estimatedAmountCents: number | null;
  customerCity: string;
  preferredWorkshopId: string | null;
  recommendedServices: string[];
}

export interface EscalationSettings {
  /** The longest any workshop may hold an offer unanswered. */
  maxResponseMinutes: number;
}

/**
 * Escalating a completed diagnostic to workshops: matching (with the matcher's inputs and reason
 * recorded on each offer), auto-accept rules, answers, expiry and re-matching. Every read is
 * scoped to the viewer (escalation.policy.ts); every status change is a move of
 * escalation.machine.ts; every new offer is published to the offered workshop's advisors.
 */
export class EscalationService {
  constructor(
    private readonly store: EscalationStore,
    private readonly machine: EscalationMachine,
    private readonly accounts: AccountService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly pubSub: AppPubSub,
    private readonly settings: EscalationSettings,
    private readonly contentFlags: ContentFlagService,
  ) {}

  /**
   * The session's mechanic escalates a COMPLETED session, once: the unique session id settles
   * concurrent attempts (one wins, the others are CONFLICT ALREADY_EXISTS). A session the mechanic
   * quoted under a partnership is refused the same way, saying so (escalationTaken).
   */
  async escalate(viewer: Viewer, sessionId: string, input: EscalateInput, now = new Date()): Promise<Escalation> {
    const session = await this.store.sessionToEscalate(sessionsToEscalate(viewer), sessionId);
    if (!session) throw notFound("Session");
    if (session.status !== "COMPLETED") throw statusConflict("Only a completed session can be escalated", session.status);
    // The same answer as a concurrent escalation's loser gets from the unique session id below.
    if (session.escalation) throw escalationTaken(session.escalation);

    let offered: EscalationOfferedEvent[] = [];
    let escalation: Escalation;
    try {
      escalation = await this.store.transaction(async (tx) => {
        // The customer's choice for this session (if any) names the workshop and how many to ask.
        const choice = await this.store.workshopChoice(tx, session.id);
        const quotesRequested = choice?.quotesRequested ?? input.quotesRequested ?? 1;
        const estimatedAmountCents = input.estimatedAmountCents ?? null;
        const preferredWorkshopId = choice?.preferredWorkshopId ?? session.customer.customer?.preferredWorkshopId ?? null;
        const created = await this.machine.create(tx, viewer, {
          sessionId: session.id,
          mechanicId: viewer.id,
          status: "AWAITING_WORKSHOP",
          notes: input.notes ?? null,
          quotesRequested,
          estimatedAmountCents,
          preferredWorkshopId,
        });
        await this.contentFlags.record(tx, viewer, { type: "Escalation", id: created.id });
        const context = matchContext(created.id, quotesRequested, estimatedAmountCents, session, preferredWorkshopId);
        offered = await this.offer(tx, context, quotesRequested, now);
        await this.notePreference(tx, context, offered, now);
        await this.audit.write([{ actor: viewer, action: "escalation.created", entityType: "Escalation", entityId: created.id, data: { sessionId: session.id, offers: offered.length } }], tx);
        return (await this.store.findEscalation(systemScope("the escalation just created"), created.id, tx))!;
      });
    } catch (error) {
      // The escalation's unique session id settles concurrent escalations, and a partner quote written
      // meanwhile (its escalation row): the losers get CONFLICT, saying which came first.
      if (constraintKindOf(error) !== "UNIQUE") throw asClientError(error);
      const now = await this.store.sessionToEscalate(sessionsToEscalate(viewer), session.id);
      throw escalationTaken(now?.escalation ?? { _count: { quotes: 0 } });
    }
    this.publish(offered);
    return escalation;
  }

  /**
   * The session's customer names a preferred workshop and/or how many workshops to ask (seed 003
   * "Customer preference for workshop selection"), before the mechanic escalates; a second call
   * replaces the first. Audited as `escalation.workshop_chosen`.
   * @throws NOT_FOUND for another's session; BAD_USER_INPUT (UNKNOWN_REFERENCE) for an unknown workshop; CONFLICT (ALREADY_ESCALATED) once escalated
   */
  async chooseWorkshop(viewer: Viewer, sessionId: string, input: WorkshopChoiceInput): Promise<WorkshopChoice> {
    const session = await this.store.sessionToChooseFor(sessionsToChooseFor(viewer), sessionId);
    if (!session) throw notFound("Session");
    if (session.escalation) throw conflict("This session was already escalated; ask another workshop for a quote instead", ErrorReason.ALREADY_ESCALATED);
    const preferredWorkshopId = input.preferredWorkshopId ?? null;
    const preferredWorkshop = preferredWorkshopId ? await this.store.workshop(preferredWorkshopId) : null;
    if (preferredWorkshopId && !preferredWorkshop) {
      throw badInputAt(["input", "preferredWorkshopId"], "no such workshop", { reason: ErrorReason.UNKNOWN_REFERENCE });
    }
    const saved = await this.store.transaction(async (tx) => {
      const row = await this.store.saveWorkshopChoice(tx, { sessionId: session.id, customerId: viewer.id, preferredWorkshopId, quotesRequested: input.quotesRequested ?? null });
      await this.audit.write(
        [{ actor: viewer, action: "escalation.workshop_chosen", entityType: "DiagnosticSession", entityId: session.id, data: { preferredWorkshopId, quotesRequested: row.quotesRequested } }],
        tx,
      );
      return row;
    });
    return { sessionId: saved.sessionId, preferredWorkshop, quotesRequested: saved.quotesRequested };
  }

  /**
   * The escalation's customer asks one more workshop for a quote to compare (seed 003 "Compare
   * multiple workshop quotes"): the matcher's next workshop not yet offered it, while fewer than
   * MAX_COMPARED_WORKSHOPS are asked (EscalationStore.workshopsAsked: the offers made, not the
   * number the customer hoped for, which matching may not have found): the escalation machine's
   * `widen` move (audited as `escalation.widen`), recording in `quotesRequested` how many the
   * customer has asked for.
   * @throws NOT_FOUND outside the customer's escalations; CONFLICT with QUOTE_LIMIT_REACHED (three asked),
   *   NO_WORKSHOP_AVAILABLE (nobody left to ask, or UNMATCHED: the message says why), or plain when the escalation no longer takes quotes
   */
  async requestAnotherQuote(viewer: Viewer, escalationId: string, now = new Date()): Promise<Escalation> {
    const escalation = await this.store.findEscalation(escalationsTo("widen", viewer), escalationId);
    if (!escalation) throw notFound("Escalation");
    const limitReached = () => conflict(`${MAX_COMPARED_WORKSHOPS} workshops are already asked to quote this repair, the most you can compare`, ErrorReason.QUOTE_LIMIT_REACHED);
    if ((await this.store.workshopsAsked(escalation.id)) >= MAX_COMPARED_WORKSHOPS) throw limitReached();
    if (escalation.status === "UNMATCHED") {
      const why = escalation.unmatchedReason ? UNMATCHED_EXPLANATION[escalation.unmatchedReason] : "no workshop could take it";
      throw conflict(`No workshop can be asked to quote this repair: ${why}`, ErrorReason.NO_WORKSHOP_AVAILABLE);
    }
    if (!OPEN_ESCALATION_STATUSES.includes(escalation.status)) throw statusConflict(NO_LONGER_TAKES_QUOTES, escalation.status);

    let offered: EscalationOfferedEvent[] = [];
    const widened = await this.store
      .transaction(async (tx) => {
        // The escalation's row first, then matching's workshop locks (LOCK ORDER, escalation.machine.ts):
        // concurrent requests run one after the other from here, and each counts the offers of those
        // before it, so only those under the limit stay.
        await this.machine.lock(tx, escalation.id);
        const current = await this.store.escalationToRematch(tx, escalation.id);
        offered = await this.offer(tx, matchContext(escalation.id, current.quotesRequested, current.estimatedAmountCents, current.session, current.preferredWorkshopId), 1, now);
        if (offered.length === 0) throw conflict("No other workshop can quote this repair now", ErrorReason.NO_WORKSHOP_AVAILABLE);
        const asked = await this.store.workshopsAsked(escalation.id, tx);
        if (asked > MAX_COMPARED_WORKSHOPS) throw limitReached();
        const moved = await this.machine.move(tx, viewer, escalation.id, "widen", { data: { quotesRequested: Math.max(current.quotesRequested, asked) } });
        // Overtaken (an approval closed it meanwhile): the offers made above must not stay.
        if (moved.length === 0) throw new Overtaken();
        return true;
      })
      .catch((error: unknown) => {
        if (error instanceof Overtaken) return false;
        throw error;
      });
    if (!widened) {
      const overtaken = await this.store.findEscalation(escalationsTo("widen", viewer), escalation.id);
      if (!overtaken) throw notFound("Escalation");
      throw statusConflict(NO_LONGER_TAKES_QUOTES, overtaken.status);
    }
    this.publish(offered);
    return this.get(viewer, escalation.id);
  }

  /**
   * The customer's preferred workshop and whether it was offered the escalation, for the customer,
   * the referring mechanic and admins; null for workshops (a competitor's name is not theirs to see)
   * and when no preference was named.
   */
  async preference(viewer: Viewer, escalation: Escalation): Promise<WorkshopPreference | null> {
    if (viewer.role === "WORKSHOP_ADVISOR" || !escalation.preferredWorkshopId) return null;
    const workshop = await this.store.workshop(escalation.preferredWorkshopId);
    if (!workshop) return null;
    const honoured = await this.store.wasOffered(escalation.id, escalation.preferredWorkshopId);
    return { workshop, honoured, reason: honoured ? null : (escalation.preferenceNote ?? "not offered") };
  }

  /** An advisor of the offered workshop accepts or declines; a decline moves the escalation on. */
  async respond(viewer: Viewer, offerId: string, accept: boolean, reason: string | null | undefined, now = new Date()): Promise<EscalationOffer> {
    if (!viewer.workshopId) throw notFound("Offer");
    const workshopId = viewer.workshopId;
    const move = accept ? "accept" : "decline";
    const offer = await this.store.findOfferToAnswer(offersTo(move, viewer), offerId);
    if (!offer) throw notFound("Offer");
    if (offer.status !== "OFFERED") throw statusConflict(ANSWERED_OR_EXPIRED, offer.status);
    if (offer.expiresAt <= now) throw conflict(OFFER_EXPIRED);

    let offered: EscalationOfferedEvent[] = [];
    const answered = await this.store.transaction(async (tx) => {
      // The escalation before its offer (LOCK ORDER, escalation.machine.ts): an approval closing
      // this offer holds the escalation first, so this waits for it instead of deadlocking with it.
      await this.machine.lock(tx, offer.escalationId);
      // Conditional on the offer still being open: a concurrent answer or the expiry job wins once.
      const moved = await this.machine.moveOffer(tx, viewer, { id: offer.id, expiresAt: { gt: now } }, move, {
        data: { respondedAt: now, declineReason: accept ? null : (reason ?? null) },
      });
      // Nothing was written yet: the loser's transaction commits empty and is answered below.
      if (moved.length === 0) return false;
      await this.contentFlags.record(tx, viewer, { type: "EscalationOffer", id: offer.id });
      if (accept) {
        await this.machine.move(tx, viewer, offer.escalationId, "accept", { data: { workshopId }, guard: { status: "AWAITING_WORKSHOP" } });
      } else {
        offered = await this.rematch(tx, offer.escalationId, now);
      }
      return true;
    });
    if (!answered) {
      // Answered or expired meanwhile: the answer the same request gets now, as above.
      const current = await this.store.findOfferToAnswer(offersTo(move, viewer), offerId);
      if (!current) throw notFound("Offer");
      if (current.status !== "OFFERED") throw statusConflict(ANSWERED_OR_EXPIRED, current.status);
      throw conflict(OFFER_EXPIRED);
    }
    this.publish(offered);
    return this.store.offer(offer.id);
  }

  /**
   * Expires offers left unanswered past their deadline and offers each escalation to the next
   * workshop. Called by the server's timer and directly by tests; safe to run concurrently.
   * @returns how many offers expired.
   */
  async expireStaleOffers(now = new Date()): Promise<number> {
    let expired = 0;
    for (const offer of await this.store.staleOffers(now)) {
      const offered = await this.store.transaction(async (tx) => {
        await this.machine.lock(tx, offer.escalationId); // before its offer: LOCK ORDER, escalation.machine.ts
        const moved = await this.machine.moveOffer(tx, "SYSTEM", { id: offer.id, expiresAt: { lte: now } }, "expire", { data: { respondedAt: now } });
        if (moved.length === 0) return [];
        expired += 1;
        return this.rematch(tx, offer.escalationId, now);
      });
      this.publish(offered);
    }
    return expired;
  }

  /**
   * Escalations in the viewer's scope, newest first; the count is scoped the same way. When the
   * caller asked for the session or the customer (`fields`: the escalation fields and the session
   * fields asked for; absent: all), each row's session comes in the same statement, read in the
   * viewer's session scope with the fields asked for (and the customer, with the same access,
   * when the escalation's is asked for), instead of one read per row: one statement whatever the
   * page size.
   */
  list(viewer: Viewer, page: PageRequest, fields?: { escalation: ReadonlySet<string>; session: ReadonlySet<string> }): Promise<Page<Escalation>> {
    if (!fields) return this.store.pageEscalations(escalationsOfSql(viewer), page, viewer);
    const { escalation, session } = fields;
    if (!escalation.has("session") && !escalation.has("customer")) return this.store.pageEscalations(escalationsOfSql(viewer), page, null);
    // The escalation's customer is the session's, read with the same access.
    return this.store.pageEscalations(escalationsOfSql(viewer), page, viewer, escalation.has("customer") ? new Set([...session, "customer"]) : session);
  }

  /** NOT_FOUND for a missing escalation and for one outside the viewer's scope alike. */
  async get(viewer: Viewer, id: string): Promise<Escalation> {
    const escalation = await this.find(viewer, id);
    if (!escalation) throw notFound("Escalation");
    return escalation;
  }

  /**
   * The escalation if the viewer reaches it (escalationScope), else null: for a quote's escalation,
   * which the quote's workshop stops reaching once its offer closed while it keeps its quote.
   */
  find(viewer: Viewer, id: string): Promise<Escalation | null> {
    return this.store.findEscalation(escalationsOf(viewer), id);
  }

  /** Workshops see only their own offers; the mechanic, the customer and admins see every workshop's turn. */
  offers(viewer: Viewer, escalation: Escalation): Promise<EscalationOffer[]> {
    return this.store.offers(offersOf(viewer, escalation.id));
  }

  /** Open offers to the viewer's workshop, oldest first: the advisor's inbox. */
  openOffers(viewer: Viewer, page: PageRequest): Promise<Page<EscalationOffer>> {
    return this.store.pageOffers(openOffersOf(viewer), page);
  }

  /**
   * The escalation an offer belongs to if the viewer reaches it (escalationScope), else null: a
   * workshop whose offer is no longer live (it declined, let it expire, or lost a compared set)
   * keeps reading its own offer, as respondToEscalation answers a decline, but not the escalation.
   */
  escalationOf(viewer: Viewer, offer: EscalationOffer): Promise<Escalation | null> {
    return this.find(viewer, offer.escalationId);
  }

  /** The escalation's session as the viewer reads it (NOT_FOUND outside their session scope); preloaded by the list. */
  session(viewer: Viewer, escalation: Escalation): DiagnosticSession | Promise<DiagnosticSession> {
    return escalation.preloaded?.session ?? this.sessions.get(viewer, escalation.sessionId);
  }

  /**
   * The customer through the privacy table, as the escalation's session shows them
   * (SessionService.customer): ESCALATED_WORKSHOP for a workshop that accepted it, OFFERED_WORKSHOP
   * (the id a pseudonym) for one merely offered it, ASSIGNED_MECHANIC for the referring mechanic.
   * A listed escalation's preloaded session carries them, read with the same access.
   */
  customer(viewer: Viewer, escalation: Escalation): Customer | null | Promise<Customer | null> {
    if (!customerAccessThroughSession(viewer)) return null;
    // A preloaded customer is returned as it is, not as a promise: a listed page then completes
    // its customers without a promise per row, as the session list does.
    const session = escalation.preloaded?.session;
    if (session?.preloaded) return this.sessions.customer(viewer, session);
    return this.sessions.customerOf(viewer, escalation.sessionId);
  }

  workshop(workshopId: string | null): Promise<Workshop | null> {
    return workshopId ? this.store.workshop(workshopId) : Promise.resolve(null);
  }

  /** Subscribes an advisor to offers made to their own workshop only. */
  offersToWorkshop(viewer: Viewer): AsyncIterable<EscalationOfferedEvent> {
    const workshopId = viewer.workshopId;
    return subscribeWhere(this.pubSub, "escalationOffered", (event) => workshopId !== null && event.workshopId === workshopId);
  }

  /** After a decline or expiry: one more workshop, or UNMATCHED when none is left and nobody holds it. */
  private async rematch(tx: Tx, escalationId: string, now: Date): Promise<EscalationOfferedEvent[]> {
    const escalation = await this.store.escalationToRematch(tx, escalationId);
    if (!OPEN_ESCALATION_STATUSES.includes(escalation.status)) return [];
    return this.offer(tx, matchContext(escalationId, escalation.quotesRequested, escalation.estimatedAmountCents, escalation.session, escalation.preferredWorkshopId), 1, now);
  }

  /** After the first match: why the preferred workshop was passed over, when it was (recorded on the escalation). */
  private async notePreference(tx: Tx, context: MatchContext, offered: readonly EscalationOfferedEvent[], now: Date): Promise<void> {
    const preferred = context.preferredWorkshopId;
    if (!preferred || offered.some((event) => event.workshopId === preferred)) return;
    const why = preferredRejection({ ...matchBasis(context, []), candidates: await this.store.matchWorkshops(tx, now) });
    await this.store.recordPreferenceNote(tx, context.escalationId, why ?? "not offered");
  }

  /**
   * Offers the escalation to up to `slots` workshops not tried yet, applying their auto-accept
   * rules, and sets the escalation's current workshop and status from its live offers.
   *
   * Counting a workshop's open escalations and taking one of its slots happen under a lock, or
   * simultaneous matches all see the same free slot: the workshops that could win are locked
   * first (EscalationStore.lockWorkshops), and everything is read again behind the lock. At READ
   * COMMITTED each of those reads sees what a match that held the lock before committed. On the
   * embedded database transactions run one at a time anyway; the lock is then uncontended.
   */
  private async offer(tx: Tx, context: MatchContext, slots: number, now: Date): Promise<EscalationOfferedEvent[]> {
    const contenders = await this.contendersFor(tx, context, now);
    await this.store.lockWorkshops(tx, contenders);

    const tried = await this.store.triedWorkshopIds(tx, context.escalationId);
    const workshops = await this.store.matchWorkshops(tx, now);
    const counted: MatchCandidate[] = workshops.map((w) => ({
      id: w.id,
      name: w.name,
      city: w.city,
      serviceArea: w.serviceArea,
      servicesOffered: w.servicesOffered,
      acceptsEscalations: w.acceptsEscalations,
      openEscalations: w.openEscalations,
      maxOpenEscalations: w.maxOpenEscalations,
      ratingHundredths: w.ratingHundredths,
      ratingCount: w.ratingCount,
      avgResponseMinutes: w.avgResponseMinutes,
    }));
    // A workshop that became eligible after the first read holds no lock here: it waits for the next match.
    const basis = matchBasis(context, tried);
    const unlocked = capacityContenders({ ...basis, candidates: counted }).filter((id) => !contenders.includes(id));
    const candidates = counted.filter((candidate) => !unlocked.includes(candidate.id));
    const input: MatchInput = { ...basis, candidates };
    // One slot asks matchWorkshop, whose reason names the rule that separated the winner.
    const single = slots === 1 ? matchWorkshop(input) : null;
    const result =
      single === null
        ? matchWorkshops(input, slots)
        : single.workshopId === null
          ? { workshopIds: [] as string[], reason: single.reason, unmatchedReason: single.unmatchedReason, rejected: single.rejected }
          : { workshopIds: [single.workshopId], reason: single.reason, ranked: single.ranked };
    const matchInputs = matchRecord(input, context.estimatedAmountCents, result);

    const events: EscalationOfferedEvent[] = [];
    for (const workshopId of result.workshopIds) {
      const workshop = workshops.find((w) => w.id === workshopId)!;
      const rule = autoAcceptRuleFor(workshop.autoAcceptRules, context.recommendedServices, context.estimatedAmountCents);
      const minutes = Math.min(workshop.responseTimeoutMinutes, this.settings.maxResponseMinutes);
      const offer = await this.machine.createOffer(tx, {
        escalationId: context.escalationId,
        workshopId,
        autoAccepted: Boolean(rule),
        matchInputs,
        matchReason: rule ? `${result.reason}; auto-accepted (${rule})` : result.reason,
        offeredAt: now,
        expiresAt: new Date(now.getTime() + minutes * 60_000),
      });
      // Accepted by the platform on the workshop's behalf (its advisors' rule): the SYSTEM's answer, audited without a person.
      if (rule) {
        await this.audit.write(
          [{ actor: null, action: "escalation.offer.accepted", entityType: "EscalationOffer", entityId: offer.id, data: { escalationId: context.escalationId, by: "SYSTEM", autoAcceptRule: rule } }],
          tx,
        );
      }
      events.push({ escalationId: context.escalationId, offerId: offer.id, workshopId });
    }
    await this.settleHolder(tx, context.escalationId, "unmatchedReason" in result ? result.unmatchedReason : null);
    return events;
  }

  /** The workshops this match could take a slot from, read without their open counts and without locks. */
  private async contendersFor(tx: Tx, context: MatchContext, now: Date): Promise<string[]> {
    const tried = await this.store.triedWorkshopIds(tx, context.escalationId);
    const workshops = await this.store.candidateWorkshops(tx, now);
    return capacityContenders({ ...matchBasis(context, tried), candidates: workshops.map((w) => ({ ...w, openEscalations: 0 })) });
  }

  /**
   * The escalation's current workshop and status follow its live offers: accepted first, then the
   * oldest open one; with none, UNMATCHED with the reason the last match found nobody.
   */
  private async settleHolder(tx: Tx, escalationId: string, unmatchedReason: UnmatchedReason | null): Promise<void> {
    const live = await this.store.liveOffers(tx, escalationId);
    const accepted = live.find((offer) => offer.status === "ACCEPTED");
    const holder = accepted ?? live[0];
    if (accepted) await this.machine.move(tx, "SYSTEM", escalationId, "accept", { data: { workshopId: accepted.workshopId, unmatchedReason: null } });
    else if (holder) await this.machine.move(tx, "SYSTEM", escalationId, "hold", { data: { workshopId: holder.workshopId, unmatchedReason: null } });
    else await this.machine.move(tx, "SYSTEM", escalationId, "unmatch", { data: { workshopId: null, unmatchedReason } });
  }

  private publish(events: EscalationOfferedEvent[]): void {
    for (const event of events) this.pubSub.publish("escalationOffered", event);
  }
}

/** The match context of an escalation, from its request and its session's customer (the preferred workshop as recorded on the escalation). */
function matchContext(escalationId: string, quotesRequested: number, estimatedAmountCents: number | null, session: MatchSession, preferredWorkshopId: string | null): MatchContext {
  return {
    escalationId,
    quotesRequested,
    estimatedAmountCents,
    customerCity: session.customer.customer?.city ?? "",
    preferredWorkshopId,
    recommendedServices: session.recommendedServices,
  };
}

/** What the matcher is told about the escalation itself. */
function matchBasis(context: MatchContext, excludeWorkshopIds: string[]): Omit<MatchInput, "candidates"> {
  return {
    customerCity: context.customerCity,
    recommendedServices: context.recommendedServices,
    preferredWorkshopId: context.preferredWorkshopId,
    excludeWorkshopIds,
  };
}

/**
 * The auto-accept rule that covers an escalation, described, or null: every recommended service
 * needs a rule for its category whose limit covers the mechanic's estimate (no estimate, no auto-accept).
 */
function autoAcceptRuleFor(rules: { serviceCategory: string; maxAmountCents: number }[], services: string[], estimatedAmountCents: number | null): string | null {
  if (estimatedAmountCents === null || services.length === 0 || rules.length === 0) return null;
  const key = (value: string) => value.normalize("NFC").trim().toLowerCase();
  const covering = services.map((service) => rules.find((rule) => key(rule.serviceCategory) === key(service) && estimatedAmountCents <= rule.maxAmountCents));
  if (covering.some((rule) => !rule)) return null;
  return covering.map((rule) => `${rule!.serviceCategory} up to ${rule!.maxAmountCents} cents`).join(", ");
}

/**
 * Why a session holding an escalation row cannot be escalated, as it is (CONFLICT, ALREADY_EXISTS):
 * quoted under a partnership (createPartnerQuote keeps its quotes on an escalation row no workshop
 * is offered, and a partnered session is not also sent to workshops), or escalated already.
 */
function escalationTaken(escalation: { _count: { quotes: number } }): AppError {
  if (escalation._count.quotes > 0) {
    return conflict("This session is quoted under a partnership, so it cannot be escalated to workshops", ErrorReason.ALREADY_EXISTS);
  }
  return conflict("This session was already escalated", ErrorReason.ALREADY_EXISTS);
}
