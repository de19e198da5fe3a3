import { customerAccessThroughSession } from "../../authz/customer-access.ts";
import { MAX_COMPARED_WORKSHOPS } from "../../domain/matching/workshop-matcher.ts";
import { splitRepair, type FeePolicy } from "../../domain/money/fee-policy.ts";
import { assertChargeableTotal, priceLineItems, PricingError } from "../../domain/money/pricing.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { Tx } from "../../platform/db/prisma.ts";
import type { AnyTx } from "../../platform/db/sql.ts";
import { AppError, conflict, ErrorCode, forbidden, notFound, ErrorReason, statusConflict, badInputAt } from "../../platform/errors.ts";
import { subscribeWhere, type AppPubSub, type QuoteAddedEvent, type QuoteStatusChangedEvent } from "../../platform/pubsub/pubsub.ts";
import type { AccountService } from "../accounts/account.service.ts";
import type { Customer } from "../accounts/customer.type.ts";
import type { ContentFlagService } from "../content/content-flag.service.ts";
import type { EscalationMachine } from "../escalations/escalation.machine.ts";
import { escalationsOf, escalationsTo } from "../escalations/escalation.policy.ts";
import type { EscalationStore } from "../escalations/escalation.store.ts";
import type { PartnershipUse } from "../partnerships/partnership-use.service.ts";
import type { PartnershipStore } from "../partnerships/partnership.store.ts";
import type { UnpaidCause, UnpaidWorkCause } from "../payments/payment.machine.ts";
import type { SessionService } from "../sessions/session.service.ts";
import type { Page, PageRequest } from "../shared/pagination.ts";
import { systemScope } from "../shared/scope.ts";
import { toWorkshop } from "../workshops/workshop.service.ts";
import type { QuoteArrival, QuoteNotices } from "./quote-notice.ts";
import type { QuoteInput } from "./quote.inputs.ts";
import { quoteMachine, type QuoteMachine, type QuoteMove, type QuoteTransition } from "./quote.machine.ts";
import { quotesOf, quotesOfSql, quotesTo, quotesToSql } from "./quote.policy.ts";
import { quoteColumnsOf, quoteSelect, type ListedQuoteRow, type QuoteFilter, type QuoteListFields, type QuoteRow, type QuoteStore } from "./quote.store.ts";
import type { QuoteComparison, QuoteLineItem, QuoteStatusChange, RepairQuote } from "./quote.type.ts";

/**
 * The GraphQL shape of a stored quote; the payee (workshop or partner) gets the total less the
 * platform fee: the platform pays the mechanic's fee out of its own (fee-policy.ts).
 */
export const toQuote = (row: QuoteRow): RepairQuote => ({ ...row, workshopShareCents: row.totalCents - row.platformFeeCents });

/** A listed quote (QuoteStore.page), with the relations its statement loaded as `preloaded`. */
export function toListedQuote(row: ListedQuoteRow): RepairQuote {
  const { lineItems, workshop } = row;
  const preloaded: NonNullable<RepairQuote["preloaded"]> = {};
  if (lineItems) preloaded.lineItems = lineItems;
  if (workshop !== undefined) preloaded.workshop = workshop && toWorkshop(workshop);
  // A fresh object of the quote's columns (not a rest copy: quoteColumnsOf), completed here.
  const quote = quoteColumnsOf(row) as RepairQuote;
  quote.workshopShareCents = row.totalCents - row.platformFeeCents;
  quote.preloaded = preloaded;
  return quote;
}

/** What completing a quote reads of its drop-off (BookingStore.hasUpcomingDropOff). */
export interface UpcomingDropOffs {
  hasUpcomingDropOff(quoteId: string, now: Date, tx?: Tx): Promise<boolean>;
}

/** CONFLICT OUT_OF_STOCK for a catalog part `short` of the `quantity` a quote needs: the approval's refusal, and a partner quote's. */
export function outOfStock(short: { partNumber: string; availableQuantity: number; quantity: number }): AppError {
  return new AppError(ErrorCode.CONFLICT, `Part ${short.partNumber} has ${short.availableQuantity} left in stock; this quote needs ${short.quantity}`, {
    reason: ErrorReason.OUT_OF_STOCK,
    partNumber: short.partNumber,
    availableQuantity: short.availableQuantity,
  });
}

/** The escalation path's rates, from the fee policy. */
export type QuoteFees = Pick<FeePolicy, "platformFeeBasisPoints" | "referralFeeBasisPoints">;

/** At most this many quotes of one escalation are compared (the workshops asked, plus re-quotes and fresh quotes after a decline). */
const COMPARED_QUOTES_SHOWN = 10;

/** The escalation statuses that still take quotes: quoting one (again) moves it to QUOTED. */
const TAKES_QUOTES = "This escalation no longer takes quotes";
const NO_LONGER_PENDING = "This quote is no longer pending";
const NOT_REVISABLE = "Only a pending or declined quote can be revised";
const NOT_COMPLETABLE = "Only an approved quote can be completed";
/** The history reason of the quotes a partnership's termination withdraws or calls off. */
const PARTNERSHIP_TERMINATED = "partnership terminated";

/** The history reason of a repair called off because its payment no longer pays for it, by the payment's UnpaidCause. */
const CALLED_OFF_REASON: Readonly<Record<UnpaidCause, string>> = {
  REFUNDED_IN_FULL: "the repair's payment was refunded in full",
  DISPUTE_LOST: "the repair's payment was lost to a dispute",
  // Only an admin's release calls off on a cancelled authorization (PaymentMachine callsOffRepair); the admin's reason stays on the payment's audit row.
  PAYMENT_CANCELED: "the payment's authorization was released",
};

/**
 * Thrown in a quote move's transaction when a conditional move found its record (the quote, or the
 * escalation named) in another status: the transaction rolls back and `lostRaceAnswered` words the
 * CONFLICT from the status the record is in once the change that won committed.
 */
class LostRace extends Error {
  constructor(
    message: string,
    readonly escalationId?: string,
  ) {
    super(message);
  }
}

/**
 * Repair quotes: written by the advisor of a workshop whose offer was accepted, priced on the
 * server, delivered to the customer as a system chat message, approved or declined by the
 * customer only. Every status change is a move of quote.machine.ts (history row, audit row, event
 * after commit); the escalation moves with its quotes through escalation.machine.ts.
 */
export class QuoteService {
  constructor(
    private readonly store: QuoteStore,
    private readonly machine: QuoteMachine,
    /** The escalation side of a quote's moves (quoting, approval, completion), and its reads. */
    private readonly escalations: { machine: EscalationMachine; store: EscalationStore },
    private readonly accounts: AccountService,
    private readonly sessions: SessionService,
    private readonly pubSub: AppPubSub,
    private readonly fees: QuoteFees,
    private readonly contentFlags: ContentFlagService,
    /** How a quote reaches the customer: the chat's system message and the session's quote feed. */
    private readonly notices: QuoteNotices,
    /** Whether a quote's drop-off is booked on a slot that has not started (BookingStore), read before and while completing it. */
    private readonly dropOffs: UpcomingDropOffs,
    /** The partner catalog's stock, reserved by approving a quote with catalog parts. */
    private readonly stock: Pick<PartnershipStore, "reserveStock" | "holdsStock" | "releaseStock">,
    /** Whether a partner quote's partnership is usable now: a customer approves none under a stopped one. */
    private readonly partnerships: Pick<PartnershipUse, "assertUsableIn">,
  ) {}

  async create(viewer: Viewer, escalationId: string, input: QuoteInput, now = new Date()): Promise<RepairQuote> {
    const priced = this.price(input);
    const workshopId = viewer.workshopId;
    if (!workshopId) throw notFound("Escalation");
    const escalation = await this.escalations.store.findEscalation(escalationsTo("quote", viewer), escalationId);
    // A workshop whose offer an approval closed lost the race it would have lost inside the
    // transaction below: the same CONFLICT, not the NOT_FOUND of an escalation it never reached.
    if (!escalation) throw (await this.escalations.store.lostComparedSet(escalationId, workshopId)) ? conflict(TAKES_QUOTES) : notFound("Escalation");

    const transitions: QuoteTransition[] = [];
    const arrivals: QuoteArrival[] = [];
    const quote = await this.store.transaction(async (tx) => {
      // Locks the escalation row: concurrent quotes for it are written one after the other.
      if ((await this.escalations.machine.move(tx, viewer, escalation.id, "quote")).length === 0) throw conflict(TAKES_QUOTES);
      if ((await this.store.count(tx, escalation.id, ["PENDING"], workshopId)) > 0) throw conflict("Your workshop already has a pending quote here; revise it instead");
      const { row, transition } = await this.machine.create(tx, viewer, this.version(viewer, { escalationId: escalation.id, workshopId, version: 1, previousVersionId: null }, priced, now));
      await this.contentFlags.record(tx, viewer, { type: "RepairQuote", id: row.id });
      transitions.push(transition);
      arrivals.push(await this.notify(tx, escalation.sessionId, row, workshopId));
      return row;
    });
    this.machine.publish(transitions);
    this.notices.publish(arrivals);
    return toQuote(quote);
  }

  /**
   * A new version replaces a PENDING quote (`supersede`) or one the customer DECLINED (`requote`);
   * the old one becomes SUPERSEDED and the customer gets the new one through the usual quote notice.
   * CONFLICT for a quote in any other status, and for a re-quote while the workshop already has a
   * pending quote on the escalation.
   */
  async revise(viewer: Viewer, quoteId: string, input: QuoteInput, now = new Date()): Promise<RepairQuote> {
    const priced = this.price(input);
    const old = await this.store.findWith(quotesTo("supersede", viewer), quoteId, {
      id: true,
      status: true,
      version: true,
      escalationId: true,
      workshopId: true,
      escalation: { select: { sessionId: true } },
    });
    if (!old) throw notFound("Quote");
    if (old.status !== "PENDING" && old.status !== "DECLINED") throw statusConflict(NOT_REVISABLE, old.status);
    const move = old.status === "DECLINED" ? "requote" : "supersede";

    const transitions: QuoteTransition[] = [];
    const arrivals: QuoteArrival[] = [];
    const quote = await this.lostRaceAnswered(
      viewer,
      old.id,
      move,
      NOT_REVISABLE,
      this.store.transaction(async (tx) => {
        // Locks the escalation row first, as create and approve do: an approval of a competing quote
        // either commits before (this escalation no longer takes quotes) or waits and then closes
        // the new version with the others. Without it the new version slipped past the approval.
        if ((await this.escalations.machine.move(tx, viewer, old.escalationId, "quote")).length === 0) throw new LostRace(TAKES_QUOTES, old.escalationId);
        if (move === "requote" && (await this.store.count(tx, old.escalationId, ["PENDING"], old.workshopId!)) > 0) throw conflict("Your workshop already has a pending quote here; revise it instead");
        const version = old.version + 1;
        const superseded = await this.machine.move(tx, viewer, { id: old.id }, move, { reason: `${move === "requote" ? "re-quoted" : "revised"} as version ${version}` });
        if (superseded.length !== 1) throw new LostRace(NOT_REVISABLE);
        const { row, transition } = await this.machine.create(
          tx,
          viewer,
          this.version(viewer, { escalationId: old.escalationId, workshopId: old.workshopId!, version, previousVersionId: old.id }, priced, now),
        );
        await this.contentFlags.record(tx, viewer, { type: "RepairQuote", id: row.id });
        transitions.push(...superseded, transition);
        arrivals.push(await this.notify(tx, old.escalation.sessionId, row, old.workshopId!));
        return row;
      }),
    );
    this.machine.publish(transitions);
    this.notices.publish(arrivals);
    return toQuote(quote);
  }

  /**
   * The quote's customer approves a PENDING, unexpired quote. Conditional updates on the
   * escalation and the quote make exactly one of concurrent approvals win (the rest CONFLICT);
   * the other quotes of a compared set are CLOSED, and so are the other workshops' offers. The
   * quote's partner catalog quantities are reserved in the same transaction: CONFLICT with reason
   * OUT_OF_STOCK (and nothing approved) when a part has too little stock left. A partner quote is
   * approved only while its partnership is usable (PartnershipUse: ACTIVE, in contract, leaving a
   * margin, its mechanic vetted), read share-locked first in the transaction, as paying reads it:
   * PARTNERSHIP_NOT_ACTIVE with its reason otherwise. An already approved quote's payment is
   * CheckoutService's rule (refused while its partnership is suspended or terminated only).
   *
   * Every statement is hand-written, so the transaction runs on one pg connection
   * (`sqlTransaction`), without Prisma's transaction manager; each move writes its history and
   * audit rows in its own statement, so a lost race answers after its first (the escalation's
   * move, which waits on the winner's lock) and the winner holds that lock for four round trips.
   */
  async approve(viewer: Viewer, quoteId: string, now = new Date()): Promise<RepairQuote> {
    const quote = await this.customersQuote(viewer, quoteId, now);
    const transitions = await this.lostRaceAnswered(
      viewer,
      quote.id,
      "approve",
      NO_LONGER_PENDING,
      this.store.sqlTransaction(async (tx) => {
        if (quote.partnershipId) await this.partnerships.assertUsableIn(tx, quote.partnershipId, now);
        const escalation = await this.escalations.machine.move(tx, viewer, quote.escalationId, "approve", { data: { workshopId: quote.workshopId } });
        if (escalation.length === 0) throw new LostRace("A quote for this repair was already approved", quote.escalationId);
        const approved = await this.machine.moveLocked(tx, viewer, { quoteId: quote.id, validAt: now }, "approve", {
          data: { customerDecisionAt: now },
        });
        if (approved.length !== 1) throw new LostRace(NO_LONGER_PENDING);
        await this.reserveStock(tx, quote.id);
        // The compared set closes with the approval: the other quotes, and the other workshops' offers.
        const closed = await this.machine.moveLocked(tx, "SYSTEM", { escalationId: quote.escalationId, exceptQuoteId: quote.id }, "close", {
          reason: "another quote was approved",
          cause: viewer,
        });
        await this.escalations.machine.closeOtherOffers(tx, quote.escalationId, quote.workshopId, viewer);
        return [...approved, ...closed];
      }),
    );
    this.machine.publish(transitions);
    const approved = await this.store.findSql(quotesOfSql(viewer), quote.id, quoteSelect);
    if (!approved) throw notFound("Quote");
    return toQuote(approved);
  }

  async decline(viewer: Viewer, quoteId: string, why: string | null | undefined, now = new Date()): Promise<RepairQuote> {
    const quote = await this.customersQuote(viewer, quoteId, now);
    const declined = await this.lostRaceAnswered(
      viewer,
      quote.id,
      "decline",
      NO_LONGER_PENDING,
      this.store.transaction(async (tx) => {
        const moved = await this.machine.move(tx, viewer, { id: quote.id }, "decline", { data: { customerDecisionAt: now, declineReason: why ?? null }, reason: why ?? null });
        if (moved.length !== 1) throw new LostRace(NO_LONGER_PENDING);
        await this.contentFlags.record(tx, viewer, { type: "RepairQuote", id: quote.id });
        return moved;
      }),
    );
    this.machine.publish(declined);
    return this.get(viewer, quote.id);
  }

  /**
   * Moves an APPROVED quote to COMPLETED (and its escalation with it) once the repair is done, by
   * whoever fulfils it: the quoting workshop's advisor, or the partner of a partnered quote.
   * `beforeCommit` runs first (the payment capture, idempotent, so a retry after a lost race is safe).
   * A car not dropped off yet is not repaired: while the quote's drop-off is booked on a slot that
   * has not started, completion is refused, checked before `beforeCommit` (nothing captured) and
   * again in the completing transaction.
   *
   * @throws AppError NOT_FOUND outside the viewer's completable quotes; CONFLICT unless APPROVED;
   *   CONFLICT DROP_OFF_UPCOMING while the drop-off's slot has not started
   */
  async complete(viewer: Viewer, quoteId: string, beforeCommit: (quote: { id: string; totalCents: number }) => Promise<void>, now = new Date()): Promise<RepairQuote> {
    const quote = await this.store.findWith(quotesTo("complete", viewer), quoteId, { id: true, status: true, escalationId: true, totalCents: true });
    if (!quote) throw notFound("Quote");
    if (quote.status !== "APPROVED") throw statusConflict(NOT_COMPLETABLE, quote.status);
    await this.assertNoUpcomingDropOff(quote.id, now);
    await beforeCommit(quote);
    const completed = await this.lostRaceAnswered(
      viewer,
      quote.id,
      "complete",
      NOT_COMPLETABLE,
      this.store.transaction(async (tx) => {
        await this.assertNoUpcomingDropOff(quote.id, now, tx);
        // The escalation before its quote (LOCK ORDER, escalation.machine.ts).
        await this.escalations.machine.move(tx, viewer, quote.escalationId, "complete");
        const moved = await this.machine.move(tx, viewer, { id: quote.id }, "complete");
        if (moved.length !== 1) throw new LostRace(NOT_COMPLETABLE);
        return moved;
      }),
    );
    this.machine.publish(completed);
    return this.get(viewer, quote.id);
  }

  /**
   * For payments, in the payment's transaction: reserves an approved quote's catalog quantities
   * again when a suspension of its partnership gave them back and the partnership was resumed
   * since; nothing when it holds them (or has no catalog parts).
   *
   * @throws CONFLICT OUT_OF_STOCK when too little is left now (the payment is not started)
   */
  async reserveReleasedStock(tx: Tx, quoteId: string): Promise<void> {
    if (!(await this.stock.holdsStock(tx, quoteId))) await this.reserveStock(tx, quoteId);
  }

  /**
   * Withdraws a terminated partnership's quotes still awaiting the partner or the customer
   * (CANCELLED: nobody will fulfil them), inside the termination's transaction.
   * @returns the transitions, to publish after commit (publishTransitions)
   */
  withdrawForPartnership(tx: Tx, actor: Viewer, partnershipId: string): Promise<QuoteTransition[]> {
    return this.machine.move(tx, "SYSTEM", { partnershipId }, "withdraw", { reason: PARTNERSHIP_TERMINATED, cause: actor });
  }

  /**
   * Calls off the terminated partnership's approved quotes no payment holds money for (`unpaid`,
   * PartnershipStore.unpaidApprovedQuotes), inside the termination's transaction and before its
   * partnership's row is moved (a payment locks the quote, then the partnership: the same order):
   * nobody will fulfil them, and nobody could pay them. Each is called off as `callOff` does.
   * @returns the transitions, to publish after commit (publishTransitions)
   */
  callOffForPartnership(tx: Tx, actor: Viewer, unpaid: readonly string[]): Promise<QuoteTransition[]> {
    return this.callOff(tx, unpaid, { reason: PARTNERSHIP_TERMINATED, cause: actor });
  }

  /**
   * For payments, in the transaction of the payment move after which its repair is no longer paid
   * for (refunded in full, a dispute lost, its escrowed authorization released by an admin:
   * PaymentMachine callsOffRepair, UnpaidWork) before the repair was complete: the APPROVED quote is called off (CANCELLED, audited with the payment and the cause),
   * as `callOff` does. A completed repair keeps its refund as a refund; a quote in any other
   * status is left as it is.
   */
  async callOffUnpaidRepair(tx: Tx, quoteId: string, cause: UnpaidWorkCause): Promise<void> {
    const reason = CALLED_OFF_REASON[cause.data.cause];
    await this.callOff(tx, [quoteId], { reason, cause: cause.actor, auditData: { paymentId: cause.data.paymentId, cause: cause.data.cause } });
  }

  /**
   * Calls off those of `quoteIds` that are APPROVED (quote machine `callOff`, to CANCELLED) in `tx`:
   * for each, its escalation first (LOCK ORDER) goes back to QUOTED (`reopen`), so the customer can
   * go on as after a decline (another quote from the mechanic or the workshop, requestAnotherQuote);
   * then the quote, with `request`'s reason in its history and audit row; then the catalog stock it
   * reserved is given back. A quote whose escalation is no longer APPROVED (completed meanwhile) is left.
   */
  private async callOff(tx: Tx, quoteIds: readonly string[], request: { reason: string; cause: Viewer | null; auditData?: Record<string, string> }): Promise<QuoteTransition[]> {
    const transitions: QuoteTransition[] = [];
    for (const quote of await this.store.approvedWithEscalations(tx, quoteIds)) {
      if ((await this.escalations.machine.move(tx, "SYSTEM", quote.escalationId, "reopen", { cause: request.cause })).length === 0) continue;
      const moved = await this.machine.move(tx, "SYSTEM", { id: quote.id }, "callOff", request);
      if (moved.length !== 1) throw new Error(`quote ${quote.id} left APPROVED while its escalation was held`);
      transitions.push(...moved);
      await this.stock.releaseStock(tx, [quote.id]);
    }
    return transitions;
  }

  /** Publishes committed transitions to the quotes' subscribers; call after the transaction. */
  publishTransitions(transitions: readonly QuoteTransition[]): void {
    this.machine.publish(transitions);
  }

  /**
   * One escalation's quotes side by side (seed 003 "Compare multiple workshop quotes"): each
   * workshop's latest version, cheapest first, with how many workshops the customer asked for and
   * how many more they may still ask (MAX_COMPARED_WORKSHOPS less the workshops actually asked:
   * EscalationStore.workshopsAsked). NOT_FOUND for an escalation outside the viewer's scope.
   */
  async compare(viewer: Viewer, escalationId: string): Promise<QuoteComparison> {
    const escalation = await this.escalations.store.findEscalation(escalationsOf(viewer), escalationId);
    if (!escalation) throw notFound("Escalation");
    const [rows, asked] = await Promise.all([this.store.comparedQuotes(quotesOf(viewer), escalation.id, COMPARED_QUOTES_SHOWN), this.escalations.store.workshopsAsked(escalation.id)]);
    return {
      escalationId: escalation.id,
      quotesRequested: escalation.quotesRequested,
      moreQuotesAllowed: Math.max(0, MAX_COMPARED_WORKSHOPS - asked),
      quotes: rows.map(toQuote),
    };
  }

  /** The longest lead time in days among the quote's catalog part lines, or null when it has none (from the lines the list preloaded, if it did). */
  longestLeadTimeDays(quote: RepairQuote): number | null | Promise<number | null> {
    const lines = quote.preloaded?.lineItems;
    if (!lines) return this.store.longestLeadTimeDays(quote.id);
    const leadTimes = lines.flatMap((line) => (line.leadTimeDays === null ? [] : [line.leadTimeDays]));
    return leadTimes.length ? Math.max(...leadTimes) : null;
  }

  /** Quotes in the viewer's scope, newest first, optionally of one escalation; the count is scoped the same way. */
  list(viewer: Viewer, page: PageRequest, escalationId?: string | null, fields?: QuoteListFields): Promise<Page<RepairQuote>> {
    return this.page(viewer, page, { escalationId }, fields);
  }

  /**
   * A newest-first page of the quotes in the viewer's scope (quoteScopeSql) that `filter` narrows
   * to, with the line items and the workshop in the same statement when the caller asked for them
   * (`fields`, the fields asked for; absent: all): one statement, instead of one read of the
   * lines per quote. Only the columns the asked fields need are read (QuoteStore.page).
   */
  async page(viewer: Viewer, page: PageRequest, filter: QuoteFilter, fields: QuoteListFields = {}): Promise<Page<RepairQuote>> {
    const wanted = (field: string) => !fields.quote || fields.quote.has(field);
    const rows = await this.store.page(quotesOfSql(viewer), page, filter, { lineItems: wanted("lineItems") || wanted("longestLeadTimeDays"), workshop: wanted("workshop") }, fields);
    return { ...rows, nodes: rows.nodes.map(toListedQuote) };
  }

  /** NOT_FOUND for a missing quote and for one outside the viewer's scope alike. */
  async get(viewer: Viewer, id: string): Promise<RepairQuote> {
    const row = await this.store.find(quotesOf(viewer), id);
    if (!row) throw notFound("Quote");
    return toQuote(row);
  }

  /** A quote's lines in their order (preloaded by the list, if it did). */
  lineItems(quote: RepairQuote): QuoteLineItem[] | Promise<QuoteLineItem[]> {
    return quote.preloaded?.lineItems ?? this.store.lineItems(quote.id);
  }

  history(quote: RepairQuote): Promise<QuoteStatusChange[]> {
    return this.store.history(quote.id);
  }

  /** The customer through the privacy table, as the viewer reaches them. */
  async customer(viewer: Viewer, quote: RepairQuote): Promise<Customer | null> {
    const access = customerAccessThroughSession(viewer);
    if (!access) return null;
    const escalation = await this.escalations.store.findEscalation(systemScope("the escalation of a quote the viewer reached"), quote.escalationId);
    const customerId = escalation ? await this.escalations.store.customerIdOf(escalation.sessionId) : null;
    return customerId ? this.accounts.customerView(customerId, access) : null;
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
  async arrivals(viewer: Viewer, sessionId: string): Promise<AsyncIterable<QuoteAddedEvent>> {
    if (viewer.role !== "CUSTOMER" && viewer.role !== "ADMIN") throw forbidden();
    await this.sessions.get(viewer, sessionId);
    return this.pubSub.subscribe("quoteAdded", sessionId);
  }

  /**
   * `work`'s result, or when it threw LostRace (its transaction rolled back: a concurrent move got
   * to the quote or its escalation first) the answer the same request gets once that move
   * committed: STATUS_CONFLICT with the quote's status now (re-read), worded as `message`; for a
   * quote still in a status `move` leaves, with its escalation's status, when that move stopped it
   * (LostRace's `escalationId`), else CONCURRENT_CHANGE (a change beside it won: worth a retry).
   */
  private async lostRaceAnswered<T>(viewer: Viewer, quoteId: string, move: QuoteMove, message: string, work: Promise<T>): Promise<T> {
    try {
      return await work;
    } catch (error) {
      if (!(error instanceof LostRace)) throw error;
      const quote = await this.store.findWith(quotesTo(move, viewer), quoteId, { status: true });
      if (!quote) throw notFound("Quote");
      if (!quoteMachine.moves[move].from.includes(quote.status)) throw statusConflict(message, quote.status);
      // The quote could still move: its escalation's status stopped it (one no longer taking quotes).
      const escalation = error.escalationId ? await this.escalations.store.findEscalation(escalationsOf(viewer), error.escalationId) : null;
      if (escalation) throw statusConflict(error.message, escalation.status);
      throw conflict(error.message, ErrorReason.CONCURRENT_CHANGE);
    }
  }

  /** A quote the viewer (its customer) may act on: PENDING and unexpired, else CONFLICT (an expired one is marked EXPIRED). */
  private async customersQuote(viewer: Viewer, quoteId: string, now: Date) {
    // A quote awaiting (or refused) partner approval does not exist for the customer.
    const quote = await this.store.findSql(quotesToSql("approve", viewer), quoteId, { id: true, status: true, validUntil: true, escalationId: true, workshopId: true, partnershipId: true });
    if (!quote) throw notFound("Quote");
    if (quote.status !== "PENDING") throw statusConflict(NO_LONGER_PENDING, quote.status);
    if (quote.validUntil <= now) {
      const expired = await this.store.transaction((tx) => this.machine.move(tx, "SYSTEM", { id: quote.id }, "expire"));
      this.machine.publish(expired);
      throw conflict("This quote has expired", ErrorReason.QUOTE_EXPIRED);
    }
    return quote;
  }

  /** CONFLICT DROP_OFF_UPCOMING while the quote's drop-off is booked on a slot that has not started at `now`. */
  private async assertNoUpcomingDropOff(quoteId: string, now: Date, tx?: Tx): Promise<void> {
    if (await this.dropOffs.hasUpcomingDropOff(quoteId, now, tx)) {
      throw conflict("The customer's drop-off for this repair has not started yet: complete the repair once the car is dropped off", ErrorReason.DROP_OFF_UPCOMING);
    }
  }

  /** Reserves the approved quote's partner catalog quantities inside `tx`, or throws CONFLICT OUT_OF_STOCK (rolling the approval back). */
  private async reserveStock(tx: AnyTx, quoteId: string): Promise<void> {
    const wants = await this.store.catalogQuantities(tx, quoteId);
    if (wants.length === 0) return;
    const short = await this.stock.reserveStock(tx, quoteId, wants);
    if (short) throw outOfStock(short);
  }

  /** Line items priced by pricing.ts and split by fee-policy.ts; a client never sends totals or fees. */
  private price(data: QuoteInput) {
    try {
      const priced = priceLineItems(data.lineItems);
      assertChargeableTotal(priced.totalCents);
      const split = splitRepair({
        totalCents: priced.totalCents,
        platformFeeBasisPoints: this.fees.platformFeeBasisPoints,
        mechanicFeeBasisPoints: this.fees.referralFeeBasisPoints,
      });
      return {
        ...priced,
        ...split,
        notes: data.notes ?? null,
        validDays: data.validDays ?? 14,
        lines: priced.lines.map((line, position) => ({ ...line, partNumber: data.lineItems[position]!.partNumber ?? null })),
      };
    } catch (error) {
      // Pricing names the lines `items`; the advisor sent them as `input.lineItems`.
      if (error instanceof PricingError) throw badInputAt(["input", "lineItems", ...error.path.slice(1)], error.message);
      throw error;
    }
  }

  /** A workshop quote's version (1 for a new quote), PENDING, valid for its days from `now`. */
  private version(viewer: Viewer, where: { escalationId: string; workshopId: string; version: number; previousVersionId: string | null }, priced: ReturnType<QuoteService["price"]>, now: Date) {
    return {
      status: "PENDING" as const,
      ...where,
      createdById: viewer.id,
      notes: priced.notes,
      subtotalCents: priced.subtotalCents,
      totalCents: priced.totalCents,
      platformFeeCents: priced.platformFeeCents,
      mechanicFeeCents: priced.mechanicFeeCents,
      validUntil: new Date(now.getTime() + priced.validDays * 86_400_000),
      lines: priced.lines,
    };
  }

  /** The quote reaches the customer: a system message in the session's chat and the session's quote feed (published after commit). */
  private async notify(tx: Tx, sessionId: string, quote: QuoteRow, workshopId: string): Promise<QuoteArrival> {
    const workshop = await this.escalations.store.workshop(workshopId, tx);
    return this.notices.write(tx, { sessionId, escalationId: quote.escalationId, quote }, workshop!.name);
  }
}
