import { customerAccessThroughSession, escalationScope } from "../../authz/scopes.ts";
import { capacityContenders, matchWorkshop, matchWorkshops, type MatchCandidate, type MatchInput, type UnmatchedReason } from "../../domain/matching/workshop-matcher.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import { Prisma } from "../../platform/db/generated/client.ts";
import type { EscalationStatus } from "../../platform/db/generated/enums.ts";
import type { PrismaClient } from "../../platform/db/prisma.ts";
import { conflict, notFound } from "../../platform/errors.ts";
import { subscribeWhere, type AppPubSub, type EscalationOfferedEvent } from "../../platform/pubsub/pubsub.ts";
import type { AccountService } from "../accounts/account.service.ts";
import type { Customer } from "../accounts/customer.type.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { ContentFlagService } from "../content/content-flag.service.ts";
import type { SessionService } from "../sessions/session.service.ts";
import type { DiagnosticSession } from "../sessions/session.types.ts";
import { timestampPage, toPage, type Page, type PageRequest } from "../shared/pagination.ts";
import type { Workshop } from "../workshops/workshop.types.ts";
import type { EscalateInput } from "./escalation.inputs.ts";
import type { Escalation, EscalationOffer } from "./escalation.type.ts";

type Tx = Prisma.TransactionClient;

const escalationSelect = {
  id: true,
  status: true,
  unmatchedReason: true,
  notes: true,
  quotesRequested: true,
  estimatedAmountCents: true,
  createdAt: true,
  sessionId: true,
  mechanicId: true,
  workshopId: true,
} as const;

const offerSelect = {
  id: true,
  status: true,
  autoAccepted: true,
  matchReason: true,
  matchInputs: true,
  declineReason: true,
  offeredAt: true,
  expiresAt: true,
  respondedAt: true,
  escalationId: true,
  workshopId: true,
} as const;

/** A workshop's columns the matcher reads (its open count comes separately). */
const candidateSelect = {
  id: true,
  name: true,
  city: true,
  serviceArea: true,
  servicesOffered: true,
  acceptsEscalations: true,
  maxOpenEscalations: true,
  ratingHundredths: true,
  avgResponseMinutes: true,
} as const;

/** Escalations that still occupy a workshop's capacity. */
const OPEN_ESCALATION_STATUSES: EscalationStatus[] = ["AWAITING_WORKSHOP", "ACCEPTED", "QUOTED"];

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
 * scoped to the viewer; every new offer is published to the offered workshop's advisors.
 */
export class EscalationService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly accounts: AccountService,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly pubSub: AppPubSub,
    private readonly settings: EscalationSettings,
    private readonly contentFlags: ContentFlagService,
  ) {}

  /**
   * The session's mechanic escalates a COMPLETED session, once: the unique session id settles
   * concurrent attempts (one wins, the others are CONFLICT).
   */
  async escalate(viewer: Viewer, sessionId: string, input: EscalateInput, now = new Date()): Promise<Escalation> {
    const session = await this.prisma.diagnosticSession.findFirst({
      where: { id: sessionId, mechanicId: viewer.id },
      select: {
        id: true,
        status: true,
        customerId: true,
        recommendedServices: true,
        escalation: { select: { id: true } },
        customer: { select: { customer: { select: { city: true, preferredWorkshopId: true } } } },
      },
    });
    if (!session) throw notFound("Session");
    if (session.status !== "COMPLETED") throw conflict("Only a completed session can be escalated");
    if (session.escalation) throw conflict("This session was already escalated");

    let offered: EscalationOfferedEvent[] = [];
    let escalation: Escalation;
    try {
      escalation = await this.prisma.$transaction(async (tx) => {
        const created = await tx.escalation.create({
          data: {
            sessionId: session.id,
            mechanicId: viewer.id,
            notes: input.notes ?? null,
            quotesRequested: input.quotesRequested ?? 1,
            estimatedAmountCents: input.estimatedAmountCents ?? null,
          },
          select: { id: true },
        });
        await this.contentFlags.record(tx, viewer, { type: "Escalation", id: created.id });
        offered = await this.offer(
          tx,
          {
            escalationId: created.id,
            quotesRequested: input.quotesRequested ?? 1,
            estimatedAmountCents: input.estimatedAmountCents ?? null,
            customerCity: session.customer.customer?.city ?? "",
            preferredWorkshopId: session.customer.customer?.preferredWorkshopId ?? null,
            recommendedServices: session.recommendedServices,
          },
          input.quotesRequested ?? 1,
          now,
        );
        await this.audit.write([{ actor: viewer, action: "escalation.created", entityType: "Escalation", entityId: created.id, data: { sessionId: session.id, offers: offered.length } }], tx);
        return tx.escalation.findUniqueOrThrow({ where: { id: created.id }, select: escalationSelect });
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw conflict("This session was already escalated");
      throw error;
    }
    this.publish(offered);
    return escalation;
  }

  /** An advisor of the offered workshop accepts or declines; a decline moves the escalation on. */
  async respond(viewer: Viewer, offerId: string, accept: boolean, reason: string | null | undefined, now = new Date()): Promise<EscalationOffer> {
    if (!viewer.workshopId) throw notFound("Offer");
    const offer = await this.prisma.escalationOffer.findFirst({ where: { id: offerId, workshopId: viewer.workshopId }, select: { id: true, status: true, expiresAt: true, escalationId: true } });
    if (!offer) throw notFound("Offer");
    if (offer.status !== "OFFERED") throw conflict("This offer was already answered or has expired");
    if (offer.expiresAt <= now) throw conflict("This offer has expired");

    let offered: EscalationOfferedEvent[] = [];
    await this.prisma.$transaction(async (tx) => {
      // Conditional on the offer still being open: a concurrent answer or the expiry job wins once.
      const answered = await tx.escalationOffer.updateMany({
        where: { id: offer.id, status: "OFFERED", expiresAt: { gt: now } },
        data: { status: accept ? "ACCEPTED" : "DECLINED", respondedAt: now, declineReason: accept ? null : (reason ?? null) },
      });
      if (answered.count !== 1) throw conflict("This offer was already answered or has expired");
      await this.contentFlags.record(tx, viewer, { type: "EscalationOffer", id: offer.id });
      if (accept) {
        await tx.escalation.updateMany({ where: { id: offer.escalationId, status: "AWAITING_WORKSHOP" }, data: { status: "ACCEPTED", workshopId: viewer.workshopId } });
      } else {
        offered = await this.rematch(tx, offer.escalationId, now);
      }
      await this.audit.write(
        [{ actor: viewer, action: accept ? "escalation.offer.accepted" : "escalation.offer.declined", entityType: "EscalationOffer", entityId: offer.id, data: { escalationId: offer.escalationId } }],
        tx,
      );
    });
    this.publish(offered);
    return this.prisma.escalationOffer.findUniqueOrThrow({ where: { id: offer.id }, select: offerSelect }) as Promise<EscalationOffer>;
  }

  /**
   * Expires offers left unanswered past their deadline and offers each escalation to the next
   * workshop. Called by the server's timer and directly by tests; safe to run concurrently.
   * @returns how many offers expired.
   */
  async expireStaleOffers(now = new Date()): Promise<number> {
    const stale = await this.prisma.escalationOffer.findMany({
      where: { status: "OFFERED", expiresAt: { lte: now } },
      orderBy: { expiresAt: "asc" },
      take: 100,
      select: { id: true, escalationId: true },
    });
    let expired = 0;
    for (const offer of stale) {
      const offered = await this.prisma.$transaction(async (tx) => {
        const update = await tx.escalationOffer.updateMany({ where: { id: offer.id, status: "OFFERED", expiresAt: { lte: now } }, data: { status: "EXPIRED", respondedAt: now } });
        if (update.count !== 1) return [];
        expired += 1;
        await this.audit.write([{ actor: null, action: "escalation.offer.expired", entityType: "EscalationOffer", entityId: offer.id, data: { escalationId: offer.escalationId } }], tx);
        return this.rematch(tx, offer.escalationId, now);
      });
      this.publish(offered);
    }
    return expired;
  }

  /** Escalations in the viewer's scope, newest first; the count is scoped the same way. */
  async list(viewer: Viewer, page: PageRequest): Promise<Page<Escalation>> {
    const where = escalationScope(viewer);
    const [rows, totalCount] = await Promise.all([
      this.prisma.escalation.findMany({ ...timestampPage(where, page, "createdAt", "desc"), select: escalationSelect }),
      this.prisma.escalation.count({ where }),
    ]);
    return toPage(rows, page, totalCount, (row) => row.createdAt);
  }

  /** NOT_FOUND for a missing escalation and for one outside the viewer's scope alike. */
  async get(viewer: Viewer, id: string): Promise<Escalation> {
    const escalation = await this.prisma.escalation.findFirst({ where: { AND: [{ id }, escalationScope(viewer)] }, select: escalationSelect });
    if (!escalation) throw notFound("Escalation");
    return escalation;
  }

  /** Workshops see only their own offers; the mechanic, the customer and admins see every workshop's turn. */
  async offers(viewer: Viewer, escalation: Escalation): Promise<EscalationOffer[]> {
    const where: Prisma.EscalationOfferWhereInput = viewer.role === "WORKSHOP_ADVISOR" ? { escalationId: escalation.id, workshopId: viewer.workshopId ?? "" } : { escalationId: escalation.id };
    return this.prisma.escalationOffer.findMany({ where, orderBy: [{ offeredAt: "asc" }, { id: "asc" }], select: offerSelect }) as Promise<EscalationOffer[]>;
  }

  /** Open offers to the viewer's workshop, oldest first: the advisor's inbox. */
  async openOffers(viewer: Viewer, page: PageRequest): Promise<Page<EscalationOffer>> {
    const where: Prisma.EscalationOfferWhereInput = viewer.workshopId ? { workshopId: viewer.workshopId, status: "OFFERED" } : { id: { in: [] } };
    const [rows, totalCount] = await Promise.all([
      this.prisma.escalationOffer.findMany({ ...timestampPage(where, page, "offeredAt", "asc"), select: offerSelect }) as Promise<EscalationOffer[]>,
      this.prisma.escalationOffer.count({ where }),
    ]);
    return toPage(rows, page, totalCount, (row) => row.offeredAt);
  }

  /** The escalation an offer belongs to, within the viewer's scope. */
  escalationOf(viewer: Viewer, offer: EscalationOffer): Promise<Escalation> {
    return this.get(viewer, offer.escalationId);
  }

  session(viewer: Viewer, escalation: Escalation): Promise<DiagnosticSession> {
    return this.sessions.get(viewer, escalation.sessionId);
  }

  /** The customer through the privacy table: ESCALATED_WORKSHOP for workshops, ASSIGNED_MECHANIC for the referring mechanic. */
  async customer(viewer: Viewer, escalation: Escalation): Promise<Customer | null> {
    const access = customerAccessThroughSession(viewer);
    if (!access) return null;
    const session = await this.prisma.diagnosticSession.findUnique({ where: { id: escalation.sessionId }, select: { customerId: true } });
    return session ? this.accounts.customerView(session.customerId, access) : null;
  }

  async workshop(workshopId: string | null): Promise<Workshop | null> {
    if (!workshopId) return null;
    const row = await this.prisma.workshop.findUnique({
      where: { id: workshopId },
      select: { id: true, name: true, city: true, serviceArea: true, servicesOffered: true, ratingHundredths: true },
    });
    if (!row) return null;
    const { ratingHundredths, ...rest } = row;
    return { ...rest, rating: ratingHundredths / 100 };
  }

  /** Subscribes an advisor to offers made to their own workshop only. */
  offersToWorkshop(viewer: Viewer): AsyncIterable<EscalationOfferedEvent> {
    const workshopId = viewer.workshopId;
    return subscribeWhere(this.pubSub, "escalationOffered", (event) => workshopId !== null && event.workshopId === workshopId);
  }

  /** After a decline or expiry: one more workshop, or UNMATCHED when none is left and nobody holds it. */
  private async rematch(tx: Tx, escalationId: string, now: Date): Promise<EscalationOfferedEvent[]> {
    const escalation = await tx.escalation.findUniqueOrThrow({
      where: { id: escalationId },
      select: {
        id: true,
        status: true,
        quotesRequested: true,
        estimatedAmountCents: true,
        workshopId: true,
        session: { select: { recommendedServices: true, customer: { select: { customer: { select: { city: true, preferredWorkshopId: true } } } } } },
      },
    });
    if (!OPEN_ESCALATION_STATUSES.includes(escalation.status)) return [];
    const context: MatchContext = {
      escalationId,
      quotesRequested: escalation.quotesRequested,
      estimatedAmountCents: escalation.estimatedAmountCents,
      customerCity: escalation.session.customer.customer?.city ?? "",
      preferredWorkshopId: escalation.session.customer.customer?.preferredWorkshopId ?? null,
      recommendedServices: escalation.session.recommendedServices,
    };
    return this.offer(tx, context, 1, now);
  }

  /**
   * Offers the escalation to up to `slots` workshops not tried yet, applying their auto-accept
   * rules, and sets the escalation's current workshop and status from its live offers.
   *
   * Counting a workshop's open escalations and taking one of its slots happen under a lock, or
   * simultaneous matches all see the same free slot: the workshops that could win are locked
   * first (FOR NO KEY UPDATE, in id order so concurrent matches queue instead of deadlocking;
   * unlike FOR UPDATE it does not block inserts that merely reference the workshop), and
   * everything is read again behind the lock. At READ COMMITTED each of those reads sees what a
   * match that held the lock before committed. On the embedded database transactions run one at
   * a time anyway; the lock is then uncontended.
   */
  private async offer(tx: Tx, context: MatchContext, slots: number, now: Date): Promise<EscalationOfferedEvent[]> {
    const contenders = await this.contendersFor(tx, context);
    if (contenders.length > 0) await tx.$queryRaw`SELECT id FROM "Workshop" WHERE id = ANY(${contenders}::uuid[]) ORDER BY id FOR NO KEY UPDATE`;

    const tried = await this.triedWorkshopIds(tx, context.escalationId);
    const workshops = await tx.workshop.findMany({
      where: { acceptsEscalations: true },
      select: {
        ...candidateSelect,
        responseTimeoutMinutes: true,
        autoAcceptRules: { select: { serviceCategory: true, maxAmountCents: true } },
        _count: { select: { offers: { where: { status: { in: ["OFFERED", "ACCEPTED"] }, escalation: { status: { in: OPEN_ESCALATION_STATUSES } } } } } },
      },
    });
    const counted: MatchCandidate[] = workshops.map((w) => ({
      id: w.id,
      name: w.name,
      city: w.city,
      serviceArea: w.serviceArea,
      servicesOffered: w.servicesOffered,
      acceptsEscalations: w.acceptsEscalations,
      openEscalations: w._count.offers,
      maxOpenEscalations: w.maxOpenEscalations,
      ratingHundredths: w.ratingHundredths,
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
    const matchInputs = {
      customerCity: input.customerCity,
      recommendedServices: input.recommendedServices,
      preferredWorkshopId: input.preferredWorkshopId,
      excludeWorkshopIds: input.excludeWorkshopIds,
      estimatedAmountCents: context.estimatedAmountCents,
      candidates: candidates.map(({ id, openEscalations, maxOpenEscalations, ratingHundredths, avgResponseMinutes }) => ({
        id,
        openEscalations,
        maxOpenEscalations,
        ratingHundredths,
        avgResponseMinutes,
      })),
      ...("ranked" in result ? { ranked: result.ranked.map((r) => ({ ...r })) } : { rejected: result.rejected.map((r) => ({ ...r })) }),
    } as Prisma.InputJsonObject;

    const events: EscalationOfferedEvent[] = [];
    for (const workshopId of result.workshopIds) {
      const workshop = workshops.find((w) => w.id === workshopId)!;
      const rule = autoAcceptRuleFor(workshop.autoAcceptRules, context.recommendedServices, context.estimatedAmountCents);
      const minutes = Math.min(workshop.responseTimeoutMinutes, this.settings.maxResponseMinutes);
      const offer = await tx.escalationOffer.create({
        data: {
          escalationId: context.escalationId,
          workshopId,
          status: rule ? "ACCEPTED" : "OFFERED",
          autoAccepted: Boolean(rule),
          respondedAt: rule ? now : null,
          matchInputs,
          matchReason: rule ? `${result.reason}; auto-accepted (${rule})` : result.reason,
          offeredAt: now,
          expiresAt: new Date(now.getTime() + minutes * 60_000),
        },
        select: { id: true },
      });
      events.push({ escalationId: context.escalationId, offerId: offer.id, workshopId });
    }
    await this.settleHolder(tx, context.escalationId, "unmatchedReason" in result ? result.unmatchedReason : null);
    return events;
  }

  /** The workshops this match could take a slot from, read without their open counts and without locks. */
  private async contendersFor(tx: Tx, context: MatchContext): Promise<string[]> {
    const tried = await this.triedWorkshopIds(tx, context.escalationId);
    const workshops = await tx.workshop.findMany({ where: { acceptsEscalations: true }, select: candidateSelect });
    return capacityContenders({ ...matchBasis(context, tried), candidates: workshops.map((w) => ({ ...w, openEscalations: 0 })) });
  }

  /** Workshops already offered this escalation, whatever they answered: never offered it twice. */
  private async triedWorkshopIds(tx: Tx, escalationId: string): Promise<string[]> {
    const tried = await tx.escalationOffer.findMany({ where: { escalationId }, select: { workshopId: true } });
    return tried.map((offer) => offer.workshopId);
  }

  /**
   * The escalation's current workshop and status follow its live offers: accepted first, then the
   * oldest open one; with none, UNMATCHED with the reason the last match found nobody.
   */
  private async settleHolder(tx: Tx, escalationId: string, unmatchedReason: UnmatchedReason | null): Promise<void> {
    const escalation = await tx.escalation.findUniqueOrThrow({ where: { id: escalationId }, select: { status: true } });
    if (!["AWAITING_WORKSHOP", "ACCEPTED"].includes(escalation.status)) return;
    const live = await tx.escalationOffer.findMany({
      where: { escalationId, status: { in: ["OFFERED", "ACCEPTED"] } },
      orderBy: [{ offeredAt: "asc" }, { id: "asc" }],
      select: { workshopId: true, status: true },
    });
    const accepted = live.find((offer) => offer.status === "ACCEPTED");
    const holder = accepted ?? live[0];
    await tx.escalation.update({
      where: { id: escalationId },
      data: {
        workshopId: holder?.workshopId ?? null,
        status: accepted ? "ACCEPTED" : holder ? "AWAITING_WORKSHOP" : "UNMATCHED",
        unmatchedReason: holder ? null : unmatchedReason,
      },
    });
  }

  private publish(events: EscalationOfferedEvent[]): void {
    for (const event of events) this.pubSub.publish("escalationOffered", event);
  }
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
