import { z } from "zod";
import { customerAccessThroughSession, customerQuoteScope, quoteScope } from "../../authz/scopes.ts";
import { splitRepair, type FeePolicy } from "../../domain/money/fee-policy.ts";
import { assertChargeableTotal, priceLineItems, PricingError } from "../../domain/money/pricing.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { Prisma } from "../../platform/db/generated/client.ts";
import type { QuoteStatus } from "../../platform/db/generated/enums.ts";
import type { PrismaClient } from "../../platform/db/prisma.ts";
import { badInput, conflict, forbidden, notFound } from "../../platform/errors.ts";
import { subscribeWhere, type AppPubSub, type QuoteAddedEvent, type QuoteStatusChangedEvent } from "../../platform/pubsub/pubsub.ts";
import type { AccountService } from "../accounts/account.service.ts";
import type { Customer } from "../accounts/customer.type.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { ContentFlagService } from "../content/content-flag.service.ts";
import { timestampPage, toPage, type Page, type PageRequest } from "../shared/pagination.ts";
import { validateInput } from "../shared/validation.ts";
import type { QuoteArrival, QuoteNotices } from "./quote-notice.ts";
import type { QuoteInput } from "./quote.inputs.ts";
import type { QuoteLineItem, QuoteStatusChange, RepairQuote } from "./quote.type.ts";

type Tx = Prisma.TransactionClient;

const sessionIdSchema = z.string().uuid("must be a session id").describe("sessionId");

export const quoteSelect = {
  id: true,
  version: true,
  previousVersionId: true,
  status: true,
  notes: true,
  subtotalCents: true,
  totalCents: true,
  platformFeeCents: true,
  mechanicFeeCents: true,
  validUntil: true,
  customerDecisionAt: true,
  declineReason: true,
  createdAt: true,
  escalationId: true,
  workshopId: true,
  partnershipId: true,
  partnerApprovedAt: true,
  partnerRejectReason: true,
} as const;

export type QuoteRow = Prisma.RepairQuoteGetPayload<{ select: typeof quoteSelect }>;

/**
 * The GraphQL shape of a stored quote; the payee (workshop or partner) gets the total less the
 * platform fee: the platform pays the mechanic's fee out of its own (fee-policy.ts).
 */
export const toQuote = (row: QuoteRow): RepairQuote => ({ ...row, workshopShareCents: row.totalCents - row.platformFeeCents });

/** The escalation path's rates, from the fee policy. */
export type QuoteFees = Pick<FeePolicy, "platformFeeBasisPoints" | "referralFeeBasisPoints">;

/** A status change to record: the history row, the audit row, and the event to publish after commit. */
export interface Transition {
  quoteId: string;
  escalationId: string;
  from: QuoteStatus | null;
  to: QuoteStatus;
  reason?: string | null;
}

/**
 * Repair quotes: written by the advisor of a workshop whose offer was accepted, priced on the
 * server, delivered to the customer as a system chat message, approved or declined by the
 * customer only. Every status change writes a QuoteStatusChange and an AuditLog row and is
 * published to the quote's subscribers.
 */
export class QuoteService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly accounts: AccountService,
    private readonly audit: AuditService,
    private readonly pubSub: AppPubSub,
    private readonly fees: QuoteFees,
    private readonly contentFlags: ContentFlagService,
    /** How a quote reaches the customer: the chat's system message and the session's quote feed. */
    readonly notices: QuoteNotices,
  ) {}

  async create(viewer: Viewer, escalationId: string, input: QuoteInput, now = new Date()): Promise<RepairQuote> {
    const priced = this.price(input);
    const workshopId = viewer.workshopId;
    if (!workshopId) throw notFound("Escalation");
    const escalation = await this.prisma.escalation.findFirst({
      where: { id: escalationId, offers: { some: { workshopId, status: "ACCEPTED" } } },
      select: { id: true, sessionId: true },
    });
    if (!escalation) throw notFound("Escalation");

    const transitions: Transition[] = [];
    const arrivals: QuoteArrival[] = [];
    const quote = await this.prisma.$transaction(async (tx) => {
      // Locks the escalation row: concurrent quotes for it are written one after the other.
      const open = await tx.escalation.updateMany({ where: { id: escalation.id, status: { in: ["ACCEPTED", "QUOTED"] } }, data: { status: "QUOTED" } });
      if (open.count !== 1) throw conflict("This escalation no longer takes quotes");
      const pending = await tx.repairQuote.count({ where: { escalationId: escalation.id, workshopId, status: "PENDING" } });
      if (pending > 0) throw conflict("Your workshop already has a pending quote here; revise it instead");
      const created = await this.insertVersion(tx, viewer, { escalationId: escalation.id, workshopId, version: 1, previousVersionId: null }, priced, now);
      await this.contentFlags.record(tx, viewer, { type: "RepairQuote", id: created.id });
      transitions.push({ quoteId: created.id, escalationId: escalation.id, from: null, to: "PENDING" });
      await this.recordTransitions(tx, viewer, transitions);
      arrivals.push(await this.notify(tx, escalation.sessionId, created, workshopId));
      return created;
    });
    this.publishTransitions(transitions);
    this.notices.publish(arrivals);
    return toQuote(quote);
  }

  /** A new version replaces a PENDING quote; the old one becomes SUPERSEDED. Not after the customer acted. */
  async revise(viewer: Viewer, quoteId: string, input: QuoteInput, now = new Date()): Promise<RepairQuote> {
    const priced = this.price(input);
    const old = await this.prisma.repairQuote.findFirst({
      where: { id: quoteId, workshopId: viewer.workshopId ?? "" },
      select: { id: true, status: true, version: true, escalationId: true, workshopId: true, escalation: { select: { sessionId: true } } },
    });
    if (!old) throw notFound("Quote");
    if (old.status !== "PENDING") throw conflict("Only a pending quote can be revised");

    const transitions: Transition[] = [];
    const arrivals: QuoteArrival[] = [];
    const quote = await this.prisma.$transaction(async (tx) => {
      // Locks the escalation row first, as create and approve do: an approval of a competing quote
      // either commits before (this escalation no longer takes quotes) or waits and then closes
      // the new version with the others. Without it the new version slipped past the approval.
      const open = await tx.escalation.updateMany({ where: { id: old.escalationId, status: { in: ["ACCEPTED", "QUOTED"] } }, data: { status: "QUOTED" } });
      if (open.count !== 1) throw conflict("This escalation no longer takes quotes");
      const superseded = await tx.repairQuote.updateMany({ where: { id: old.id, status: "PENDING" }, data: { status: "SUPERSEDED" } });
      if (superseded.count !== 1) throw conflict("Only a pending quote can be revised");
      const created = await this.insertVersion(tx, viewer, { escalationId: old.escalationId, workshopId: old.workshopId!, version: old.version + 1, previousVersionId: old.id }, priced, now);
      await this.contentFlags.record(tx, viewer, { type: "RepairQuote", id: created.id });
      transitions.push(
        { quoteId: old.id, escalationId: old.escalationId, from: "PENDING", to: "SUPERSEDED", reason: `revised as version ${created.version}` },
        { quoteId: created.id, escalationId: old.escalationId, from: null, to: "PENDING" },
      );
      await this.recordTransitions(tx, viewer, transitions);
      arrivals.push(await this.notify(tx, old.escalation.sessionId, created, old.workshopId!));
      return created;
    });
    this.publishTransitions(transitions);
    this.notices.publish(arrivals);
    return toQuote(quote);
  }

  /**
   * The quote's customer approves a PENDING, unexpired quote. Conditional updates on the
   * escalation and the quote make exactly one of concurrent approvals win (the rest CONFLICT);
   * the other quotes of a compared set are CLOSED, and so are the other workshops' offers.
   */
  async approve(viewer: Viewer, quoteId: string, now = new Date()): Promise<RepairQuote> {
    const quote = await this.customersQuote(viewer, quoteId, now);
    const transitions: Transition[] = [];
    await this.prisma.$transaction(async (tx) => {
      const escalation = await tx.escalation.updateMany({
        where: { id: quote.escalationId, status: { in: ["ACCEPTED", "QUOTED"] } },
        data: { status: "APPROVED", workshopId: quote.workshopId },
      });
      if (escalation.count !== 1) throw conflict("A quote for this repair was already approved");
      const approved = await tx.repairQuote.updateMany({ where: { id: quote.id, status: "PENDING", validUntil: { gt: now } }, data: { status: "APPROVED", customerDecisionAt: now } });
      if (approved.count !== 1) throw conflict("This quote is no longer pending");
      transitions.push({ quoteId: quote.id, escalationId: quote.escalationId, from: "PENDING", to: "APPROVED" });

      const others = await tx.repairQuote.findMany({ where: { escalationId: quote.escalationId, status: "PENDING", id: { not: quote.id } }, select: { id: true } });
      if (others.length) {
        await tx.repairQuote.updateMany({ where: { id: { in: others.map((o) => o.id) }, status: "PENDING" }, data: { status: "CLOSED" } });
        for (const other of others) transitions.push({ quoteId: other.id, escalationId: quote.escalationId, from: "PENDING", to: "CLOSED", reason: "another quote was approved" });
      }
      await tx.escalationOffer.updateMany({
        where: { escalationId: quote.escalationId, workshopId: { not: quote.workshopId ?? undefined }, status: { in: ["OFFERED", "ACCEPTED"] } },
        data: { status: "CLOSED" },
      });
      await this.recordTransitions(tx, viewer, transitions);
    });
    this.publishTransitions(transitions);
    return this.get(viewer, quote.id);
  }

  async decline(viewer: Viewer, quoteId: string, why: string | null | undefined, now = new Date()): Promise<RepairQuote> {
    const quote = await this.customersQuote(viewer, quoteId, now);
    const transitions: Transition[] = [{ quoteId: quote.id, escalationId: quote.escalationId, from: "PENDING", to: "DECLINED", reason: why ?? null }];
    await this.prisma.$transaction(async (tx) => {
      const declined = await tx.repairQuote.updateMany({ where: { id: quote.id, status: "PENDING" }, data: { status: "DECLINED", customerDecisionAt: now, declineReason: why ?? null } });
      if (declined.count !== 1) throw conflict("This quote is no longer pending");
      await this.contentFlags.record(tx, viewer, { type: "RepairQuote", id: quote.id });
      await this.recordTransitions(tx, viewer, transitions);
    });
    this.publishTransitions(transitions);
    return this.get(viewer, quote.id);
  }

  /**
   * Moves an APPROVED quote to COMPLETED (and its escalation with it) once the repair is done, by
   * whoever fulfils it: the quoting workshop's advisor, or the partner of a partnered quote.
   * `beforeCommit` runs first (the payment capture, idempotent, so a retry after a lost race is safe).
   */
  async complete(viewer: Viewer, quoteId: string, beforeCommit: (quote: { id: string; totalCents: number }) => Promise<void>): Promise<RepairQuote> {
    const fulfiller: Prisma.RepairQuoteWhereInput = viewer.role === "PARTNER" ? { partnership: { is: { partnerId: viewer.id } } } : { workshopId: viewer.workshopId ?? "" };
    const quote = await this.prisma.repairQuote.findFirst({ where: { AND: [{ id: quoteId }, fulfiller] }, select: { id: true, status: true, escalationId: true, totalCents: true } });
    if (!quote) throw notFound("Quote");
    if (quote.status !== "APPROVED") throw conflict("Only an approved quote can be completed");
    await beforeCommit(quote);
    const transitions: Transition[] = [{ quoteId: quote.id, escalationId: quote.escalationId, from: "APPROVED", to: "COMPLETED" }];
    await this.prisma.$transaction(async (tx) => {
      const done = await tx.repairQuote.updateMany({ where: { id: quote.id, status: "APPROVED" }, data: { status: "COMPLETED" } });
      if (done.count !== 1) throw conflict("Only an approved quote can be completed");
      await tx.escalation.updateMany({ where: { id: quote.escalationId, status: "APPROVED" }, data: { status: "COMPLETED" } });
      await this.recordTransitions(tx, viewer, transitions);
    });
    this.publishTransitions(transitions);
    return this.get(viewer, quote.id);
  }

  /** Quotes in the viewer's scope, newest first, optionally of one escalation; the count is scoped the same way. */
  async list(viewer: Viewer, page: PageRequest, escalationId?: string | null): Promise<Page<RepairQuote>> {
    return this.page({ AND: [quoteScope(viewer), escalationId ? { escalationId } : {}] }, page);
  }

  /** A newest-first page of the quotes matching `where`, which must already hold the viewer's scope. */
  async page(where: Prisma.RepairQuoteWhereInput, page: PageRequest): Promise<Page<RepairQuote>> {
    const [rows, totalCount] = await Promise.all([
      this.prisma.repairQuote.findMany({ ...timestampPage(where, page, "createdAt", "desc"), select: quoteSelect }),
      this.prisma.repairQuote.count({ where }),
    ]);
    return toPage(rows.map(toQuote), page, totalCount, (row) => row.createdAt);
  }

  /** NOT_FOUND for a missing quote and for one outside the viewer's scope alike. */
  async get(viewer: Viewer, id: string): Promise<RepairQuote> {
    const row = await this.prisma.repairQuote.findFirst({ where: { AND: [{ id }, quoteScope(viewer)] }, select: quoteSelect });
    if (!row) throw notFound("Quote");
    return toQuote(row);
  }

  lineItems(quote: RepairQuote): Promise<QuoteLineItem[]> {
    return this.prisma.quoteLineItem.findMany({
      where: { quoteId: quote.id },
      orderBy: { position: "asc" },
      select: { position: true, kind: true, description: true, partNumber: true, quantity: true, unitPriceCents: true, totalCents: true },
    });
  }

  history(quote: RepairQuote): Promise<QuoteStatusChange[]> {
    return this.prisma.quoteStatusChange.findMany({
      where: { quoteId: quote.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { fromStatus: true, toStatus: true, reason: true, createdAt: true },
    });
  }

  /** The customer through the privacy table, as the viewer reaches them. */
  async customer(viewer: Viewer, quote: RepairQuote): Promise<Customer | null> {
    const access = customerAccessThroughSession(viewer);
    if (!access) return null;
    const escalation = await this.prisma.escalation.findUnique({ where: { id: quote.escalationId }, select: { session: { select: { customerId: true } } } });
    return escalation ? this.accounts.customerView(escalation.session.customerId, access) : null;
  }

  /** Subscribes to one quote's status changes; NOT_FOUND at once when the quote is outside the viewer's scope. */
  async statusChanges(viewer: Viewer, quoteId: string): Promise<AsyncIterable<QuoteStatusChangedEvent>> {
    await this.get(viewer, quoteId);
    return subscribeWhere(this.pubSub, "quoteStatusChanged", (event) => event.quoteId === quoteId);
  }

  /**
   * The live feed of quotes reaching a session's customer (new quotes, revisions, partnered quotes
   * once their partner approved them), with no quote id needed: for the session's customer and
   * admins, authorized now. FORBIDDEN for any other role; NOT_FOUND for a session that does not
   * exist or is another customer's (the two are not told apart).
   */
  async arrivals(viewer: Viewer, rawSessionId: string): Promise<AsyncIterable<QuoteAddedEvent>> {
    if (viewer.role !== "CUSTOMER" && viewer.role !== "ADMIN") throw forbidden();
    const sessionId = validateInput(sessionIdSchema, rawSessionId);
    const session = await this.prisma.diagnosticSession.findFirst({
      where: { id: sessionId, ...(viewer.role === "ADMIN" ? {} : { customerId: viewer.id }) },
      select: { id: true },
    });
    if (!session) throw notFound("Session");
    return this.pubSub.subscribe("quoteAdded", sessionId);
  }

  /** A quote the viewer (its customer) may act on: PENDING and unexpired, else CONFLICT (an expired one is marked EXPIRED). */
  private async customersQuote(viewer: Viewer, quoteId: string, now: Date) {
    const quote = await this.prisma.repairQuote.findFirst({
      // A quote awaiting (or refused) partner approval does not exist for the customer.
      where: { AND: [{ id: quoteId }, customerQuoteScope(viewer.id)] },
      select: { id: true, status: true, validUntil: true, escalationId: true, workshopId: true },
    });
    if (!quote) throw notFound("Quote");
    if (quote.status !== "PENDING") throw conflict("This quote is no longer pending");
    if (quote.validUntil <= now) {
      const transitions: Transition[] = [{ quoteId: quote.id, escalationId: quote.escalationId, from: "PENDING", to: "EXPIRED" }];
      await this.prisma.$transaction(async (tx) => {
        const expired = await tx.repairQuote.updateMany({ where: { id: quote.id, status: "PENDING" }, data: { status: "EXPIRED" } });
        if (expired.count === 1) await this.recordTransitions(tx, null, transitions);
      });
      this.publishTransitions(transitions);
      throw conflict("This quote has expired");
    }
    return quote;
  }

  /** Line items priced by pricing.ts; a client never sends totals or fees. */
  private price(data: QuoteInput) {
    try {
      const priced = priceLineItems(data.lineItems);
      assertChargeableTotal(priced.totalCents);
      const split = splitRepair({
        totalCents: priced.totalCents,
        platformFeeBasisPoints: this.fees.platformFeeBasisPoints,
        mechanicFeeBasisPoints: this.fees.referralFeeBasisPoints,
      });
      return { ...priced, ...split, notes: data.notes ?? null, validDays: data.validDays ?? 14, partNumbers: data.lineItems.map((item) => item.partNumber ?? null) };
    } catch (error) {
      if (error instanceof PricingError) {
        const field = `input.${error.field.replace(/^items/, "lineItems")}`;
        throw badInput(`${field}: ${error.message.replace(/^items/, "lineItems")}`, field);
      }
      throw error;
    }
  }

  private async insertVersion(
    tx: Tx,
    viewer: Viewer,
    where: { escalationId: string; workshopId: string; version: number; previousVersionId: string | null },
    priced: ReturnType<QuoteService["price"]>,
    now: Date,
  ): Promise<QuoteRow> {
    return tx.repairQuote.create({
      data: {
        escalationId: where.escalationId,
        workshopId: where.workshopId,
        createdById: viewer.id,
        version: where.version,
        previousVersionId: where.previousVersionId,
        status: "PENDING",
        notes: priced.notes,
        subtotalCents: priced.subtotalCents,
        totalCents: priced.totalCents,
        platformFeeCents: priced.platformFeeCents,
        mechanicFeeCents: priced.mechanicFeeCents,
        validUntil: new Date(now.getTime() + priced.validDays * 86_400_000),
        lineItems: {
          create: priced.lines.map((line, position) => ({
            position,
            kind: line.kind,
            description: line.description,
            partNumber: priced.partNumbers[position] ?? null,
            quantity: line.quantity,
            unitPriceCents: line.unitPriceCents,
            totalCents: line.totalCents,
          })),
        },
      },
      select: quoteSelect,
    });
  }

  /** The quote reaches the customer: a system message in the session's chat and the session's quote feed (published after commit). */
  private async notify(tx: Tx, sessionId: string, quote: QuoteRow, workshopId: string): Promise<QuoteArrival> {
    const workshop = await tx.workshop.findUniqueOrThrow({ where: { id: workshopId }, select: { name: true } });
    return this.notices.write(tx, { sessionId, escalationId: quote.escalationId, quote }, workshop.name);
  }

  /**
   * One QuoteStatusChange and one AuditLog row per transition: who, when, from what to what.
   * Public so the partnership path (partner approval, termination) records changes the same way.
   */
  async recordTransitions(tx: Tx, actor: Viewer | null, transitions: Transition[]): Promise<void> {
    await tx.quoteStatusChange.createMany({
      data: transitions.map((t) => ({ quoteId: t.quoteId, fromStatus: t.from, toStatus: t.to, actorId: actor?.id ?? null, reason: t.reason ?? null })),
    });
    await this.audit.write(
      transitions.map((t) => ({
        actor,
        action: `quote.${t.to.toLowerCase()}`,
        entityType: "RepairQuote",
        entityId: t.quoteId,
        data: { from: t.from, to: t.to, escalationId: t.escalationId },
      })),
      tx,
    );
  }

  /** Publishes committed transitions to the quotes' subscribers; call after the transaction. */
  publishTransitions(transitions: Transition[]): void {
    for (const t of transitions) this.pubSub.publish("quoteStatusChanged", { quoteId: t.quoteId, escalationId: t.escalationId, status: t.to });
  }
}
