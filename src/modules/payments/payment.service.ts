import Stripe from "stripe";
import { z } from "zod";
import type { Config } from "../../app/config.ts";
import type { KeyedLine } from "../../domain/ledger/ledger-line.ts";
import { diagnosticEarnedPostings, diagnosticPostings, repairPostings } from "../../domain/ledger/postings.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { Prisma } from "../../platform/db/generated/client.ts";
import type { DisputeStatus, LedgerAccount, LedgerEntryKind, PaymentKind, PaymentStatus, TransferRecipient } from "../../platform/db/generated/enums.ts";
import type { PrismaClient } from "../../platform/db/prisma.ts";
import { AppError, conflict, ErrorCode, notFound } from "../../platform/errors.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { ContentFlagService } from "../content/content-flag.service.ts";
import { customerQuoteScope } from "../quotes/quote.policy.ts";
import type { QuoteService } from "../quotes/quote.service.ts";
import type { RepairQuote } from "../quotes/quote.type.ts";
import { timestampPage, toPage, type Page, type PageRequest } from "../shared/pagination.ts";
import { validateInput } from "../shared/validation.ts";
import { bookTransaction, diagnosticEarnedKey, shareKeys, splitKey } from "./bookkeeping.ts";
import type { PayeeAccountService } from "./payee-account.service.ts";
import type { Dispute, Payment, PaymentIntentResult } from "./payment.type.ts";
import type { PayoutService } from "./payout.service.ts";

type Tx = Prisma.TransactionClient;

const idempotencyKeySchema = z
  .string()
  .trim()
  .min(8)
  .max(200)
  .regex(/^[A-Za-z0-9_.:-]+$/, "letters, digits and _ . : - only");
const refundSchema = z.object({ amountCents: z.number().int().min(1).nullish(), reason: z.string().trim().max(1000).nullish() }).strict();

const STRIPE_STATUS: Record<Stripe.PaymentIntent.Status, PaymentStatus> = {
  requires_payment_method: "REQUIRES_PAYMENT_METHOD",
  requires_confirmation: "REQUIRES_CONFIRMATION",
  requires_action: "REQUIRES_ACTION",
  processing: "PROCESSING",
  requires_capture: "REQUIRES_CAPTURE",
  succeeded: "SUCCEEDED",
  canceled: "CANCELED",
};
/** Statuses a webhook never moves a payment out of (refunds are driven by this service). */
const SETTLED: PaymentStatus[] = ["REFUNDED", "PARTIALLY_REFUNDED", "DISPUTED"];
/** Statuses of a payment that is over without money having moved: a new attempt may start. */
const DEAD: PaymentStatus[] = ["CANCELED", "FAILED"];

const DISPUTE_STATUS: Record<Stripe.Dispute.Status, DisputeStatus> = {
  warning_needs_response: "INQUIRY",
  warning_under_review: "INQUIRY",
  warning_closed: "INQUIRY_CLOSED",
  prevented: "PREVENTED",
  needs_response: "OPEN",
  under_review: "OPEN",
  won: "WON",
  lost: "LOST",
};
/** Dispute statuses after Stripe withdrew the disputed amount from the platform (inquiries and prevented disputes move no money). */
const WITHDRAWN: DisputeStatus[] = ["OPEN", "WON", "LOST"];

/** What a payment's refunds leave it as (once no dispute holds it). */
const refundedStatus = (refundedCents: number, amountCents: number): PaymentStatus => (refundedCents === 0 ? "SUCCEEDED" : refundedCents >= amountCents ? "REFUNDED" : "PARTIALLY_REFUNDED");

const paymentSelect = { id: true, kind: true, status: true, amountCents: true, refundedCents: true, currency: true, manualCapture: true, createdAt: true } as const;
const disputeSelect = { id: true, stripeDisputeId: true, paymentId: true, amountCents: true, status: true, stripeStatus: true, reason: true, createdAt: true, updatedAt: true } as const;

/**
 * Why a payment's status changes, for its audit entry: the viewer of a mutation, or no actor and
 * `data.source: "stripe"` with the event (and dispute) id for a webhook.
 */
export interface StatusCause {
  actor: Viewer | null;
  data: Record<string, string | number>;
}

interface PlannedTransfer {
  recipient: TransferRecipient;
  destinationAccount: string;
  amountCents: number;
}

/**
 * Payments through Stripe with separate charges and transfers: the customer pays the platform
 * (amounts always from the database), and on success the ledger records the split exactly once
 * and the payees' shares are transferred under the payment's transfer group (PayoutService sends
 * them and books each payout; shares not payable yet wait for its payout run).
 * Every outbound call carries an idempotency key derived from a database row, so a retried
 * mutation or a redelivered webhook never charges, transfers or books twice.
 */
export class PaymentService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly quotes: QuoteService,
    private readonly payouts: PayoutService,
    private readonly stripe: Stripe | null,
    private readonly config: Pick<Config, "fees" | "stripe" | "payouts">,
    private readonly contentFlags: ContentFlagService,
    private readonly payees: PayeeAccountService,
  ) {}

  /** The customer pays their session's diagnostic; the price comes from the session row. */
  async payDiagnostic(viewer: Viewer, sessionId: string, idempotencyKey: string): Promise<PaymentIntentResult> {
    const stripe = this.requireStripe();
    const key = validateInput(idempotencyKeySchema.describe("idempotencyKey"), idempotencyKey);
    const session = await this.prisma.diagnosticSession.findFirst({ where: { id: sessionId, customerId: viewer.id }, select: { id: true, status: true, priceCents: true } });
    if (!session) throw notFound("Session");
    if (session.status === "CANCELLED") throw conflict("A cancelled session cannot be paid");
    return this.charge(stripe, viewer, { kind: "DIAGNOSTIC", sessionId: session.id, quoteId: null, amountCents: session.priceCents, manualCapture: false }, key);
  }

  /** The customer pays an approved quote; repairs at or above the escrow threshold are authorized now, captured on completion. */
  async payQuote(viewer: Viewer, quoteId: string, idempotencyKey: string): Promise<PaymentIntentResult> {
    const stripe = this.requireStripe();
    const key = validateInput(idempotencyKeySchema.describe("idempotencyKey"), idempotencyKey);
    const quote = await this.prisma.repairQuote.findFirst({
      where: { AND: [{ id: quoteId }, customerQuoteScope(viewer.id)] },
      select: { id: true, status: true, totalCents: true },
    });
    if (!quote) throw notFound("Quote");
    if (quote.status !== "APPROVED" && quote.status !== "COMPLETED") throw conflict("Only an approved quote can be paid");
    const manualCapture = quote.totalCents >= this.config.fees.escrowThresholdCents;
    return this.charge(stripe, viewer, { kind: "REPAIR", sessionId: null, quoteId: quote.id, amountCents: quote.totalCents, manualCapture }, key);
  }

  /** The workshop marks the repair done: an escrowed payment is captured, the quote COMPLETED. */
  async markRepairComplete(viewer: Viewer, quoteId: string): Promise<RepairQuote> {
    // Assigned in the callback: the cast keeps TypeScript from narrowing it to null here.
    let captured = null as { intentId: string; quoteId: string } | null;
    const quote = await this.quotes.complete(viewer, quoteId, async (q) => {
      const payment = await this.prisma.payment.findFirst({
        where: { quoteId: q.id, kind: "REPAIR", status: { in: ["REQUIRES_CAPTURE", "SUCCEEDED"] } },
        select: { id: true, status: true, stripePaymentIntentId: true },
      });
      if (!payment) throw conflict("The repair has not been paid yet");
      if (payment.status === "REQUIRES_CAPTURE") {
        const stripe = this.requireStripe();
        await stripe.paymentIntents.capture(payment.stripePaymentIntentId!, {}, { idempotencyKey: `capture:${payment.id}` });
        captured = { intentId: payment.stripePaymentIntentId!, quoteId: q.id };
      }
    });
    // The webhook settles it too; syncing now makes the ledger current without waiting for it.
    if (captured) await this.syncPaymentIntent(captured.intentId, { actor: viewer, data: { source: "capture", quoteId: captured.quoteId } });
    // An escrowed payment settled before completion (captured before its authorization lapsed, or its
    // webhook won the race with this commit) held its shares: they are paid now.
    const escrowed = await this.prisma.payment.findFirst({
      where: { quoteId: quote.id, kind: "REPAIR", manualCapture: true, status: { in: ["SUCCEEDED", "PARTIALLY_REFUNDED"] } },
      select: { id: true },
    });
    if (escrowed) await this.payouts.releaseEscrow(escrowed.id);
    return quote;
  }

  /**
   * Card authorizations lapse after about 7 days, and an escrowed repair can take longer: the
   * periodic payout job captures every escrowed repair payment still only authorized
   * `captureAuthorizationsAfterHours` (default 144 h, 6 days) after it was created (the
   * authorization is never older than its payment row). The money is then the platform's, booked
   * in the split as owed to the payees, and held (no transfer, not in the payout run) until the
   * repair is marked complete; a repair that never happens is refunded by an admin as any payment.
   * The capture uses the same key as markRepairComplete's, so the two never capture twice. The
   * number of payments captured; `now` is the caller's clock.
   */
  async captureAgingAuthorizations(now: Date = new Date(), signal?: AbortSignal): Promise<number> {
    const stripe = this.requireStripe();
    const cutoff = new Date(now.getTime() - this.config.payouts.captureAuthorizationsAfterHours * 3_600_000);
    const aging = await this.prisma.payment.findMany({
      where: { kind: "REPAIR", manualCapture: true, status: "REQUIRES_CAPTURE", createdAt: { lte: cutoff }, stripePaymentIntentId: { not: null } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 100,
      select: { id: true, quoteId: true, stripePaymentIntentId: true },
    });
    let captured = 0;
    for (const payment of aging) {
      if (signal?.aborted) break;
      try {
        await stripe.paymentIntents.capture(payment.stripePaymentIntentId!, {}, { idempotencyKey: `capture:${payment.id}` });
      } catch (error) {
        // Too late (the authorization lapsed or was cancelled): the payment takes Stripe's status and
        // the customer pays the approved quote again; the others are still captured.
        if (!(error instanceof Stripe.errors.StripeInvalidRequestError)) throw error;
        await this.syncPaymentIntent(payment.stripePaymentIntentId!, { actor: null, data: { source: "authorization-expiry", quoteId: payment.quoteId ?? "" } }, "payment.canceled");
        continue;
      }
      await this.syncPaymentIntent(payment.stripePaymentIntentId!, { actor: null, data: { source: "authorization-expiry", quoteId: payment.quoteId ?? "" } }, "payment.captured_before_lapse");
      captured += 1;
    }
    return captured;
  }

  /** Admins refund all or part of a settled payment; each transfer gives back what the refund took from its payee. */
  async refund(viewer: Viewer | null, paymentId: string, amountCents: number | null | undefined, reason: string | null | undefined, cause: Record<string, string> = {}): Promise<Payment> {
    const stripe = this.requireStripe();
    const data = validateInput(refundSchema, { amountCents: amountCents ?? null, reason: reason ?? null });
    const payment = await this.prisma.payment.findUnique({
      where: { id: paymentId },
      select: { id: true, status: true, amountCents: true, refundedCents: true, stripePaymentIntentId: true },
    });
    if (!payment) throw notFound("Payment");
    // Stripe refuses it too; a lost dispute has already given the customer the money back.
    if (payment.status === "DISPUTED") throw conflict("A disputed payment cannot be refunded: the dispute decides where the money goes");
    if (payment.status !== "SUCCEEDED" && payment.status !== "PARTIALLY_REFUNDED") throw conflict("Only a settled payment can be refunded");
    const remaining = payment.amountCents - payment.refundedCents;
    const amount = data.amountCents ?? remaining;
    if (amount > remaining) throw new AppError(ErrorCode.BAD_USER_INPUT, "amountCents: more than the payment's unrefunded amount", { field: "amountCents" });
    if (await this.ensureSplitBooked(payment.id, payment.stripePaymentIntentId!, { actor: viewer, data: { source: "refund" } })) {
      // Settling it just now may itself have refunded it (a session cancelled before it was paid): a
      // full refund asked for is then done; anything else is decided on the payment as it is now.
      const now = await this.prisma.payment.findUniqueOrThrow({ where: { id: payment.id }, select: { status: true, refundedCents: true } });
      if (data.amountCents == null && now.status === "REFUNDED") return this.prisma.payment.findUniqueOrThrow({ where: { id: payment.id }, select: paymentSelect });
      Object.assign(payment, now);
    }

    const refund = await this.prisma.$transaction(async (tx) => {
      const refundId = crypto.randomUUID();
      const booked = await this.recordRefund(tx, payment, amount, {
        id: refundId,
        reason: data.reason ?? null,
        idempotencyKey: `refund:${payment.id}:${payment.refundedCents + amount}`,
        stripeRefundId: null,
        cause: { actor: viewer, data: { ...cause, amountCents: amount, refundId } },
      });
      if (!booked) throw conflict("The payment changed while refunding it (another refund or a dispute); try again");
      // A reason an admin wrote is read by others; the API's own refunds give theirs.
      if (viewer) await this.contentFlags.record(tx, viewer, { type: "Refund", id: booked.row.id });
      return { ...booked.row, transferIds: booked.transferIds };
    });

    const stripeRefund = await stripe.refunds.create({ payment_intent: payment.stripePaymentIntentId!, amount, metadata: { refundId: refund.id } }, { idempotencyKey: refund.idempotencyKey });
    await this.prisma.refund.update({ where: { id: refund.id }, data: { stripeRefundId: stripeRefund.id } });
    await this.payouts.reverseForRefund(refund.id, refund.transferIds);
    return this.prisma.payment.findUniqueOrThrow({ where: { id: payment.id }, select: paymentSelect });
  }

  /**
   * A refund of `amount` on a payment read as `payment` (its status and refunded amount), booked
   * in the caller's transaction exactly as every refund is, whoever started it (an admin through
   * the API, or someone in Stripe's Dashboard): the status change (conditional on the refunded
   * amount and status read, so concurrent refunds cannot both spend the same balance), the Refund
   * row (unique by its idempotency key and Stripe refund id), the proportional reversal of the split
   * (`refund:<row>`), and the payment's transfers, read under the payment row's lock, for the
   * caller to reverse after commit. Null when the payment changed since it was read.
   */
  private async recordRefund(
    tx: Tx,
    payment: { id: string; status: PaymentStatus; amountCents: number; refundedCents: number },
    amount: number,
    row: { id: string; reason: string | null; idempotencyKey: string; stripeRefundId: string | null; cause: StatusCause },
  ): Promise<{ row: { id: string; idempotencyKey: string }; transferIds: string[] } | null> {
    const refundedCents = payment.refundedCents + amount;
    const changed = await this.changeStatus(tx, payment.id, payment.status, refundedStatus(refundedCents, payment.amountCents), "payment.refunded", row.cause, {
      where: { refundedCents: payment.refundedCents },
      data: { refundedCents },
    });
    if (!changed) return null;
    const created = await tx.refund.create({
      data: { id: row.id, paymentId: payment.id, amountCents: amount, reason: row.reason, idempotencyKey: row.idempotencyKey, stripeRefundId: row.stripeRefundId },
    });
    await this.bookReversal(tx, payment.id, `refund:${created.id}`, {
      amount,
      reversible: amount,
      paymentAmount: payment.amountCents,
      kind: "REFUND",
      counter: "PLATFORM_CASH",
      counterDescription: "refund paid to customer",
      cause: "refund",
    });
    // Read under the payment row's lock: a payout run creates transfers holding the same lock, so
    // one made after this refund already deducts it and must not be reversed for it too.
    const transfers = await tx.transfer.findMany({ where: { paymentId: payment.id }, select: { id: true } });
    return { row: created, transferIds: transfers.map((t) => t.id) };
  }

  /**
   * Brings a payment's refunds to what Stripe has (`charge.refunded`, `refund.created`,
   * `refund.updated`): each refund Stripe reports as succeeded or pending that this API did not
   * make (a Dashboard refund) is booked once, keyed by Stripe's refund id, exactly as an API refund
   * is (status, refunded amount, the proportional reversal of the split, then the reversal of the
   * payees' transfers). A refund the API made is recognised by its `metadata.refundId` (or its
   * stored Stripe id) and left alone. False when the PaymentIntent is not one of ours.
   */
  async syncRefunds(paymentIntentId: string, eventId: string): Promise<boolean> {
    const stripe = this.requireStripe();
    const payment = await this.prisma.payment.findUnique({ where: { stripePaymentIntentId: paymentIntentId }, select: { id: true } });
    if (!payment) return false;
    const cause: StatusCause = { actor: null, data: { source: "stripe", eventId } };
    await this.ensureSplitBooked(payment.id, paymentIntentId, cause);
    const refunds = await stripe.refunds.list({ payment_intent: paymentIntentId, limit: 100 });
    // Oldest first, as Stripe made them.
    for (const refund of [...refunds.data].sort((a, b) => a.created - b.created)) {
      if (refund.status !== "succeeded" && refund.status !== "pending") continue;
      const ours = refund.metadata?.refundId;
      if (ours && (await this.prisma.refund.updateMany({ where: { id: ours, paymentId: payment.id, stripeRefundId: null }, data: { stripeRefundId: refund.id } })).count > 0) continue;
      if (ours && (await this.prisma.refund.count({ where: { id: ours, paymentId: payment.id } })) > 0) continue;
      await this.bookStripeRefund(payment.id, refund, { ...cause, data: { ...cause.data, stripeRefundId: refund.id, amountCents: refund.amount } });
    }
    return true;
  }

  /** Books one refund made outside the API, once (see syncRefunds), and reverses the payees' transfers for it. */
  private async bookStripeRefund(paymentId: string, refund: Stripe.Refund, cause: StatusCause): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const booked = await this.prisma.$transaction(async (tx) => {
        await tx.$queryRaw`SELECT id FROM "Payment" WHERE id = ${paymentId}::uuid FOR UPDATE`;
        const known = await tx.refund.findUnique({ where: { stripeRefundId: refund.id }, select: { id: true, createdAt: true } });
        if (known) return { done: true, row: known, transferIds: null };
        const payment = await tx.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { id: true, status: true, amountCents: true, refundedCents: true } });
        // Stripe never refunds more than the charge; what our books already hold is the limit.
        const amount = Math.min(refund.amount, payment.amountCents - payment.refundedCents);
        if (amount <= 0) return { done: true, row: null, transferIds: null };
        const recorded = await this.recordRefund(tx, payment, amount, {
          id: crypto.randomUUID(),
          reason: refund.reason ? `refunded in Stripe (${refund.reason})` : "refunded in Stripe",
          idempotencyKey: `stripe-refund:${refund.id}`,
          stripeRefundId: refund.id,
          cause,
        });
        return recorded ? { done: true, ...recorded } : { done: false, row: null, transferIds: null };
      });
      if (!booked.done) continue;
      if (booked.row && booked.transferIds) await this.payouts.reverseForRefund(booked.row.id, booked.transferIds);
      else if (booked.row) {
        // Booked by an earlier delivery: complete reversals a failure may have interrupted (each is made
        // once), of the transfers that existed when it was booked (later ones already deducted it).
        const row = await this.prisma.refund.findUniqueOrThrow({ where: { id: booked.row.id }, select: { createdAt: true } });
        const transfers = await this.prisma.transfer.findMany({ where: { paymentId, createdAt: { lte: row.createdAt } }, select: { id: true } });
        await this.payouts.reverseForRefund(
          booked.row.id,
          transfers.map((t) => t.id),
        );
      }
      return;
    }
    throw new Error(`payment ${paymentId} kept changing while refund ${refund.id} was booked`);
  }

  /**
   * The mechanic who completed a diagnostic session earns its share (90%, 2250c of $25): a share
   * held in DIAGNOSTIC_CLEARING since the customer paid is moved to them (MECHANIC_PAYABLE, or
   * WITHHELD after a ban) and transferred when they can take payouts. Called when the session is
   * completed and again by nothing else: settle credits a session already completed directly. Under
   * the payment row's lock, keyed by the payment, so the share moves once whatever the order of
   * payment, completion and Stripe's events; a no-op while the split is not booked or was refunded.
   */
  async creditDiagnostic(sessionId: string): Promise<void> {
    const payment = await this.prisma.payment.findFirst({ where: { sessionId, kind: "DIAGNOSTIC", status: { in: ["SUCCEEDED", "PARTIALLY_REFUNDED"] } }, select: { id: true } });
    if (!payment) return;
    const moved = await this.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Payment" WHERE id = ${payment.id}::uuid FOR UPDATE`;
      const session = await tx.diagnosticSession.findUniqueOrThrow({ where: { id: sessionId }, select: { status: true, mechanicId: true } });
      if (session.status !== "COMPLETED" || !session.mechanicId) return null;
      const held = await tx.ledgerEntry.aggregate({ where: { paymentId: payment.id, account: "DIAGNOSTIC_CLEARING" }, _sum: { amountCents: true } });
      const amountCents = held._sum.amountCents ?? 0;
      if (amountCents <= 0) return null;
      const mechanic = await tx.mechanicProfile.findUnique({ where: { userId: session.mechanicId }, select: { earningsWithheld: true, stripeAccountId: true, payoutsEnabled: true } });
      const account: LedgerAccount = mechanic && !mechanic.earningsWithheld ? "MECHANIC_PAYABLE" : "WITHHELD";
      const booked = await this.book(
        tx,
        diagnosticEarnedKey(payment.id),
        payment.id,
        diagnosticEarnedPostings({ amountCents, mechanic: { account, userId: session.mechanicId, description: "diagnostic fee to the mechanic" } }),
      );
      if (booked === 0 || account !== "MECHANIC_PAYABLE" || !mechanic?.stripeAccountId || !mechanic.payoutsEnabled) return null;
      await tx.transfer.createMany({
        data: [{ paymentId: payment.id, recipient: "MECHANIC", destinationAccount: mechanic.stripeAccountId, amountCents, idempotencyKey: `transfer:${payment.id}:MECHANIC` }],
        skipDuplicates: true,
      });
      return payment.id;
    });
    // The source charge is read from Stripe, as the payout run does.
    if (moved) await this.payouts.sendPending(moved);
  }

  /**
   * Gives the customer back their whole diagnostic payment (what is left of it): the held share
   * comes back from DIAGNOSTIC_CLEARING, the fee from the platform. For a request cancelled before
   * any mechanic claimed it, and a customer's choice after their mechanic was suspended. Nothing
   * when the diagnostic was not paid (or is refunded already).
   */
  async refundDiagnosticInFull(actor: Viewer, sessionId: string, reason: string): Promise<void> {
    const payment = await this.prisma.payment.findFirst({ where: { sessionId, kind: "DIAGNOSTIC", status: { in: ["SUCCEEDED", "PARTIALLY_REFUNDED"] } }, select: { id: true } });
    if (payment) await this.refund(actor, payment.id, null, reason);
  }

  /**
   * POST /webhooks/stripe. The signature is verified before anything touches the database; each
   * event id is stored once (a duplicate is a no-op); the PaymentIntent is re-read so events
   * arriving out of order still leave the payment in Stripe's current state.
   */
  async handleWebhook(
    rawBody: Buffer,
    signature: string | string[] | undefined,
  ): Promise<{ status: number; body: Record<string, unknown>; notice?: { eventId: string; type: string; reason: string } }> {
    if (!this.stripe || !this.config.stripe?.webhookSecret) return { status: 503, body: { error: "payments are not configured" } };
    let event: Stripe.Event;
    try {
      if (typeof signature !== "string" || !Buffer.isBuffer(rawBody)) throw new Error("missing signature");
      event = this.stripe.webhooks.constructEvent(rawBody, signature, this.config.stripe.webhookSecret);
    } catch {
      return { status: 400, body: { error: "invalid signature" } };
    }
    const stored = await this.prisma.stripeEvent.createMany({ data: [{ id: event.id, type: event.type }], skipDuplicates: true });
    if (stored.count === 0) {
      const seen = await this.prisma.stripeEvent.findUnique({ where: { id: event.id }, select: { processedAt: true } });
      if (seen?.processedAt) return { status: 200, body: { received: true, duplicate: true } };
    }
    const ignored = await this.process(event);
    await this.prisma.stripeEvent.update({ where: { id: event.id }, data: { processedAt: new Date() } });
    return { status: 200, body: ignored ? { received: true, ignored } : { received: true }, ...(ignored ? { notice: { eventId: event.id, type: event.type, reason: ignored } } : {}) };
  }

  /**
   * Brings a payment to its PaymentIntent's current state; on success books the ledger and
   * transfers once. A change is made only from the status read; when another sync changed it
   * first (perhaps from an older view of the intent), both are read again.
   */
  async syncPaymentIntent(paymentIntentId: string, cause: StatusCause = { actor: null, data: { source: "stripe" } }, action = "payment.synced"): Promise<boolean> {
    const stripe = this.requireStripe();
    for (let attempt = 0; attempt < 3; attempt++) {
      const payment = await this.prisma.payment.findUnique({ where: { stripePaymentIntentId: paymentIntentId }, select: { id: true, status: true } });
      if (!payment) return false; // not ours
      const intent = await stripe.paymentIntents.retrieve(paymentIntentId);
      const status = STRIPE_STATUS[intent.status];
      const current =
        SETTLED.includes(payment.status) || payment.status === status || (await this.prisma.$transaction((tx) => this.changeStatus(tx, payment.id, payment.status, status, action, cause)));
      if (!current) continue;
      if (intent.status === "succeeded") {
        await this.settle(payment.id, intent);
        await this.refundIfSessionCancelled(payment.id, cause);
      }
      return true;
    }
    // Answered with an error, Stripe delivers the event again.
    throw new Error(`payment of ${paymentIntentId} kept changing while it was synced`);
  }

  /**
   * Brings a payment to its charge's dispute as Stripe has it now (re-read, so duplicate and
   * out-of-order events converge), one step at a time, each booked once under the payment row's
   * lock: an inquiry moves no money; a withdrawn amount becomes a receivable and the payment
   * DISPUTED (shares not paid yet are held); a won dispute reinstates the cash and the payment's
   * status; a lost one writes the receivable off against the payment's split, like a refund, and
   * then reverses what was already transferred to the payees.
   */
  async syncDispute(disputeId: string, eventId: string): Promise<boolean> {
    const stripe = this.requireStripe();
    const dispute = await stripe.disputes.retrieve(disputeId);
    const intentId = expandableId(dispute.payment_intent);
    const payment = intentId ? await this.prisma.payment.findUnique({ where: { stripePaymentIntentId: intentId }, select: { id: true, status: true } }) : null;
    if (!payment || !intentId) return false; // not ours
    const status = DISPUTE_STATUS[dispute.status];
    const cause: StatusCause = { actor: null, data: { source: "stripe", eventId, disputeId: dispute.id } };
    // Only a succeeded charge is disputed; its own event may still be on the way.
    await this.ensureSplitBooked(payment.id, intentId, cause);

    const lostTransfers = await this.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Payment" WHERE id = ${payment.id}::uuid FOR UPDATE`;
      const current = await tx.payment.findUniqueOrThrow({ where: { id: payment.id }, select: { status: true, amountCents: true, refundedCents: true } });
      const row = { amountCents: dispute.amount, status, stripeStatus: dispute.status, reason: dispute.reason ?? null };
      await tx.dispute.upsert({ where: { stripeDisputeId: dispute.id }, create: { ...row, stripeDisputeId: dispute.id, paymentId: payment.id }, update: row });
      if (!WITHDRAWN.includes(status)) return null;

      // Stripe never takes more than the charge.
      const amount = Math.min(dispute.amount, current.amountCents);
      let from = current.status;
      const move = async (to: PaymentStatus, action: string) => {
        await this.changeStatus(tx, payment.id, from, to, action, { ...cause, data: { ...cause.data, amountCents: amount } });
        from = to;
      };
      const withdrawn = await this.book(tx, `dispute:${dispute.id}`, payment.id, [
        { key: "PLATFORM_CASH", account: "PLATFORM_CASH", kind: "DISPUTE", amountCents: amount, description: "disputed amount withdrawn by Stripe" },
        { key: "DISPUTES_RECEIVABLE", account: "DISPUTES_RECEIVABLE", kind: "DISPUTE", amountCents: -amount, description: "disputed amount held by Stripe pending the outcome" },
      ]);
      if (withdrawn) await move("DISPUTED", "payment.disputed");

      if (status === "WON") {
        const reinstated = await this.book(tx, `dispute-won:${dispute.id}`, payment.id, [
          { key: "DISPUTES_RECEIVABLE", account: "DISPUTES_RECEIVABLE", kind: "DISPUTE", amountCents: amount, description: "dispute won: amount reinstated" },
          { key: "PLATFORM_CASH", account: "PLATFORM_CASH", kind: "DISPUTE", amountCents: -amount, description: "dispute won: amount reinstated" },
        ]);
        if (reinstated) await move(refundedStatus(current.refundedCents, current.amountCents), "payment.dispute_won");
        return null;
      }
      if (status === "LOST") {
        // A dispute of money already refunded costs the platform alone: the payees gave that part back with the refund.
        const reversible = Math.min(amount, current.amountCents - current.refundedCents);
        const lines = {
          amount,
          reversible,
          paymentAmount: current.amountCents,
          kind: "DISPUTE",
          counter: "DISPUTES_RECEIVABLE",
          counterDescription: "dispute lost: receivable written off",
          cause: "lost dispute",
        } as const;
        if (await this.bookReversal(tx, payment.id, `dispute-lost:${dispute.id}`, lines)) await move("DISPUTED", "payment.dispute_lost");
        // Read under the lock, as a refund does; while DISPUTED no payout run adds transfers.
        return (await tx.transfer.findMany({ where: { paymentId: payment.id }, select: { id: true } })).map((t) => t.id);
      }
      return null;
    });
    // Every time, not only when booked: a retry completes reversals a failure interrupted (each is made once).
    if (lostTransfers) await this.payouts.reverseForLostDispute(dispute.id, lostTransfers);
    return true;
  }

  /** Admins: disputes, newest first, optionally of one status. */
  async disputes(status: DisputeStatus | null | undefined, page: PageRequest): Promise<Page<Dispute>> {
    const where: Prisma.DisputeWhereInput = status ? { status } : {};
    const [rows, totalCount] = await Promise.all([this.prisma.dispute.findMany({ ...timestampPage(where, page, "createdAt", "desc"), select: disputeSelect }), this.prisma.dispute.count({ where })]);
    return toPage(rows, page, totalCount, (row) => row.createdAt);
  }

  /** Customers' own payments, or every payment for admins; the count is scoped the same way. */
  async paymentsOf(viewer: Viewer, page: PageRequest): Promise<Page<Payment>> {
    const where: Prisma.PaymentWhereInput = viewer.role === "ADMIN" ? {} : { customerId: viewer.id };
    const [rows, totalCount] = await Promise.all([this.prisma.payment.findMany({ ...timestampPage(where, page, "createdAt", "desc"), select: paymentSelect }), this.prisma.payment.count({ where })]);
    return toPage(rows, page, totalCount, (row) => row.createdAt);
  }

  /**
   * Applies one verified event. Returns why it changed nothing, for the log, when it was about an
   * object this API does not know or lacked the data to act on: such events are acknowledged (a
   * 5xx would have Stripe deliver them again for days), only failures worth a retry throw.
   */
  private async process(event: Stripe.Event): Promise<string | null> {
    const object = (event.data as { object?: { id?: unknown; object?: unknown } } | undefined)?.object;
    const objectId = typeof object?.id === "string" ? object.id : null;
    if (!objectId) return "the event carries no object id";
    const stripeCause = (data: Record<string, string | number> = {}): StatusCause => ({ actor: null, data: { source: "stripe", eventId: event.id, ...data } });
    try {
      switch (event.type) {
        case "payment_intent.canceled": {
          const intent = event.data.object as Stripe.PaymentIntent;
          const found = await this.syncPaymentIntent(objectId, stripeCause({ reason: intent.cancellation_reason ?? "unknown" }), "payment.canceled");
          return found ? null : "unknown payment intent";
        }
        case "payment_intent.payment_failed": {
          // Stripe leaves the intent to be confirmed again (requires_payment_method): the payment keeps
          // Stripe's status, so a retry pays the same intent; the failure is audited, nothing is booked.
          const intent = event.data.object as Stripe.PaymentIntent;
          const error = intent.last_payment_error;
          const found = await this.syncPaymentIntent(objectId, stripeCause(), "payment.synced");
          if (!found) return "unknown payment intent";
          const payment = await this.prisma.payment.findUniqueOrThrow({ where: { stripePaymentIntentId: objectId }, select: { id: true, status: true } });
          await this.audit.write([
            {
              actor: null,
              action: "payment.failed",
              entityType: "Payment",
              entityId: payment.id,
              data: { source: "stripe", eventId: event.id, status: payment.status, code: error?.code ?? null, declineCode: error?.decline_code ?? null, message: error?.message ?? null },
            },
          ]);
          return null;
        }
        case "charge.refunded": {
          const charge = event.data.object as Stripe.Charge;
          const intentId = expandableId(charge.payment_intent);
          if (!intentId) return "the charge has no payment intent";
          return (await this.syncRefunds(intentId, event.id)) ? null : "unknown payment intent";
        }
        case "refund.created":
        case "refund.updated": {
          const refund = event.data.object as Stripe.Refund;
          const intentId = expandableId(refund.payment_intent);
          if (!intentId) return "the refund has no payment intent";
          return (await this.syncRefunds(intentId, event.id)) ? null : "unknown payment intent";
        }
        case "transfer.reversed":
          return (await this.payouts.syncTransferReversals(objectId, event.id)) ? null : "unknown transfer";
        case "payout.failed": {
          // Only a payee's bank payout (an event of a connected account) is ours to reconcile.
          if (!event.account) return "a payout of the platform's own balance";
          const payout = event.data.object as Stripe.Payout;
          if (typeof payout.amount !== "number") return "the payout carries no amount";
          return (await this.payouts.failPayout(event.account, payout, event.id)) ? null : "unknown connected account";
        }
        case "account.updated":
          return (await this.payees.syncAccount(objectId, event.id)) ? null : "unknown connected account";
        default:
          if (event.type.startsWith("payment_intent.")) return (await this.syncPaymentIntent(objectId, stripeCause())) ? null : "unknown payment intent";
          if (event.type.startsWith("charge.dispute.")) return (await this.syncDispute(objectId, event.id)) ? null : "unknown dispute or payment";
          return `event type ${event.type} is not handled`;
      }
    } catch (error) {
      // An object Stripe itself no longer knows (deleted, another account's, a test fixture) is not
      // worth a retry; anything else is (the database or Stripe was unavailable).
      if (error instanceof Stripe.errors.StripeInvalidRequestError && error.statusCode === 404) return `Stripe does not know ${objectId}`;
      throw error;
    }
  }

  /** A payment row per (customer, idempotency key); one live payment per session or quote, so a new key cannot charge twice either. */
  private async charge(
    stripe: Stripe,
    viewer: Viewer,
    target: { kind: PaymentKind; sessionId: string | null; quoteId: string | null; amountCents: number; manualCapture: boolean },
    clientKey: string,
  ): Promise<PaymentIntentResult> {
    const rowKey = `${viewer.id}:${clientKey}`;
    const payment = await this.prisma.$transaction(async (tx) => {
      // Locks the session or quote row: concurrent attempts for it run one after the other.
      if (target.quoteId) await tx.$queryRaw`SELECT id FROM "RepairQuote" WHERE id = ${target.quoteId}::uuid FOR UPDATE`;
      else await tx.$queryRaw`SELECT id FROM "DiagnosticSession" WHERE id = ${target.sessionId}::uuid FOR UPDATE`;
      const byKey = await tx.payment.findUnique({ where: { idempotencyKey: rowKey } });
      if (byKey) {
        if (byKey.kind !== target.kind || byKey.quoteId !== target.quoteId || byKey.sessionId !== target.sessionId) throw conflict("This idempotency key was used for another payment");
        return byKey;
      }
      const live = await tx.payment.findFirst({
        where: { kind: target.kind, ...(target.quoteId ? { quoteId: target.quoteId } : { sessionId: target.sessionId }), status: { notIn: DEAD } },
        orderBy: { createdAt: "desc" },
      });
      if (live) return live;
      const id = crypto.randomUUID();
      const created = await tx.payment.create({
        data: {
          id,
          kind: target.kind,
          customerId: viewer.id,
          sessionId: target.sessionId,
          quoteId: target.quoteId,
          amountCents: target.amountCents,
          status: "REQUIRES_PAYMENT_METHOD",
          manualCapture: target.manualCapture,
          transferGroup: `payment_${id}`,
          idempotencyKey: rowKey,
        },
      });
      await this.auditStatus(tx, id, null, created.status, "payment.created", { actor: viewer, data: { amountCents: created.amountCents } });
      return created;
    });

    const intent = payment.stripePaymentIntentId
      ? await stripe.paymentIntents.retrieve(payment.stripePaymentIntentId)
      : await stripe.paymentIntents.create(
          {
            amount: payment.amountCents,
            currency: payment.currency,
            capture_method: payment.manualCapture ? "manual" : "automatic",
            transfer_group: payment.transferGroup,
            metadata: { paymentId: payment.id, kind: payment.kind },
          },
          // Derived from the row: a retry after a lost response gets the same PaymentIntent back.
          { idempotencyKey: `payment-intent:${payment.id}` },
        );
    if (!payment.stripePaymentIntentId) {
      await this.prisma.payment.updateMany({ where: { id: payment.id, stripePaymentIntentId: null }, data: { stripePaymentIntentId: intent.id } });
    }
    return {
      paymentId: payment.id,
      clientSecret: intent.client_secret ?? "",
      amountCents: payment.amountCents,
      currency: payment.currency,
      status: SETTLED.includes(payment.status) ? payment.status : STRIPE_STATUS[intent.status],
      manualCapture: payment.manualCapture,
    };
  }

  /**
   * A diagnostic paid for a session that was cancelled before the payment succeeded (the customer
   * confirmed an intent created before cancelling, or it was still processing) is refunded in full
   * automatically, once: the refund is keyed by the payment and its refunded amount, and a payment
   * already refunded is left alone (a redelivered event, or a concurrent delivery that won).
   */
  private async refundIfSessionCancelled(paymentId: string, cause: StatusCause): Promise<void> {
    const payment = await this.prisma.payment.findFirst({
      where: { id: paymentId, kind: "DIAGNOSTIC", status: { in: ["SUCCEEDED", "PARTIALLY_REFUNDED"] }, session: { is: { status: "CANCELLED" } } },
      select: { id: true },
    });
    if (!payment) return;
    const data = Object.fromEntries(Object.entries(cause.data).map(([key, value]) => [key, String(value)]));
    try {
      await this.refund(null, payment.id, null, "the session was cancelled before its payment succeeded", { ...data, source: "session-cancelled" });
    } catch (error) {
      if (error instanceof AppError && error.extensions.code === ErrorCode.CONFLICT) return; // refunded meanwhile by another delivery
      throw error;
    }
  }

  /**
   * Refunds and disputes reverse the payment's split, so it must be booked first. Between the
   * payment turning SUCCEEDED and settle booking it there is nothing to reverse: book it now
   * (settling is idempotent, whoever else is doing it).
   */
  private async ensureSplitBooked(paymentId: string, intentId: string, cause: StatusCause): Promise<boolean> {
    if ((await this.prisma.ledgerEntry.count({ where: { transactionKey: splitKey(paymentId) } })) > 0) return false;
    await this.syncPaymentIntent(intentId, cause);
    return true;
  }

  /**
   * Books the split once and pays out the shares by transfer. The split's transaction is keyed by
   * the payment (the row of exactly one PaymentIntent, fixed when it was created) and each line by
   * its purpose ("cash", "platform-fee", "mechanic-share", ...), never by its payee or account:
   * who a share goes to can change after the event (a mechanic claims the session later, a ban
   * withholds), and a redelivered or second event for the same intent must find the same keys. The
   * payment row is locked while the split is planned and booked, and a split already there (under
   * any keys, including those of earlier versions) is left alone.
   */
  private async settle(paymentId: string, intent: Stripe.PaymentIntent): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Payment" WHERE id = ${paymentId}::uuid FOR UPDATE`;
      if ((await tx.ledgerEntry.count({ where: { transactionKey: splitKey(paymentId), kind: "PAYMENT_RECEIVED" } })) > 0) return;
      const plan = await this.plan(tx, paymentId);
      const booked = await this.book(tx, splitKey(paymentId), paymentId, plan.lines);
      // Planned once, with the split: a share its payee could not take then is left to the payout sweep
      // (PayoutService.runDue), which deducts refunds made in the meantime.
      if (booked === 0) return;
      await tx.transfer.createMany({
        data: plan.transfers.map((t) => ({
          paymentId,
          recipient: t.recipient,
          destinationAccount: t.destinationAccount,
          amountCents: t.amountCents,
          idempotencyKey: `transfer:${paymentId}:${t.recipient}`,
        })),
        skipDuplicates: true,
      });
    });
    await this.payouts.sendPending(paymentId, typeof intent.latest_charge === "string" ? intent.latest_charge : null);
  }

  /**
   * The double-entry split of a successful payment: cash received (a debit, negative) against
   * the platform fee, the mechanic's fee and the workshop's share (credits); they sum to zero.
   * A banned mechanic's credit goes to WITHHELD and is not transferred. Each line's key is its
   * purpose, the same whoever the payee turns out to be.
   */
  private async plan(tx: Tx, paymentId: string): Promise<{ lines: KeyedLine[]; transfers: PlannedTransfer[] }> {
    const payment = await tx.payment.findUniqueOrThrow({
      where: { id: paymentId },
      select: {
        kind: true,
        amountCents: true,
        session: { select: { mechanicId: true, status: true } },
        manualCapture: true,
        quote: {
          select: {
            status: true,
            platformFeeCents: true,
            mechanicFeeCents: true,
            totalCents: true,
            workshopId: true,
            escalation: { select: { mechanicId: true } },
            partnership: { select: { id: true, partnerId: true, paymentTerms: true, partner: { select: { stripeAccountId: true, payoutsEnabled: true } } } },
          },
        },
      },
    });
    const lines: KeyedLine[] = [];
    const transfers: PlannedTransfer[] = [];
    // A diagnostic's share belongs to the mechanic who completes the session: until then it is held.
    const held = payment.kind === "DIAGNOSTIC" && (payment.session?.status !== "COMPLETED" || !payment.session.mechanicId);
    const mechanicId = payment.kind === "REPAIR" ? payment.quote?.escalation.mechanicId : held ? null : payment.session?.mechanicId;
    const mechanic = mechanicId ? await tx.mechanicProfile.findUnique({ where: { userId: mechanicId }, select: { earningsWithheld: true, stripeAccountId: true, payoutsEnabled: true } }) : null;
    const mechanicAccount: LedgerAccount = held ? "DIAGNOSTIC_CLEARING" : mechanic && !mechanic.earningsWithheld ? "MECHANIC_PAYABLE" : "WITHHELD";
    const payMechanic = (amountCents: number) => {
      if (mechanicAccount === "MECHANIC_PAYABLE" && mechanic?.stripeAccountId && mechanic.payoutsEnabled && amountCents > 0) {
        transfers.push({ recipient: "MECHANIC", destinationAccount: mechanic.stripeAccountId, amountCents });
      }
    };

    if (payment.kind === "REPAIR" && payment.quote?.partnership) {
      // A partnered mechanic's quote: the platform's fee (out of which it pays the commission), the partner's share.
      const quote = payment.quote;
      const partnership = payment.quote.partnership;
      lines.push(
        ...repairPostings({
          amountCents: payment.amountCents,
          platformFeeCents: quote.platformFeeCents,
          mechanicFeeCents: quote.mechanicFeeCents,
          mechanicKind: "COMMISSION",
          mechanic: { account: mechanicAccount, userId: mechanicId ?? null, description: "commission to the partnered mechanic" },
          payee: { account: "PARTNER_PAYABLE", kind: "PARTNER_SHARE", userId: partnership.partnerId, workshopId: quote.workshopId, description: "partner share of repair" },
          partnershipId: partnership.id,
        }),
      );
      payMechanic(quote.mechanicFeeCents);
      // NET_30 / NET_60 partners are paid from PARTNER_PAYABLE when their terms run (PayoutService.runDue); IMMEDIATE ones now.
      const partner = partnership.partner;
      const share = payment.amountCents - quote.platformFeeCents;
      if (partnership.paymentTerms === "IMMEDIATE" && partner.stripeAccountId && partner.payoutsEnabled && share > 0) {
        transfers.push({ recipient: "PARTNER", destinationAccount: partner.stripeAccountId, amountCents: share });
      }
    } else if (payment.kind === "REPAIR") {
      // The fees were fixed when the quote was priced; the workshop's share is the rest of what was paid.
      const quote = payment.quote!;
      lines.push(
        ...repairPostings({
          amountCents: payment.amountCents,
          platformFeeCents: quote.platformFeeCents,
          mechanicFeeCents: quote.mechanicFeeCents,
          mechanicKind: "REFERRAL_FEE",
          mechanic: { account: mechanicAccount, userId: mechanicId ?? null, description: "referral fee to the escalating mechanic" },
          payee: { account: "WORKSHOP_PAYABLE", kind: "WORKSHOP_SHARE", workshopId: quote.workshopId, description: "workshop share of repair" },
        }),
      );
      payMechanic(quote.mechanicFeeCents);
      const share = payment.amountCents - quote.platformFeeCents;
      const workshop = quote.workshopId ? await tx.workshop.findUnique({ where: { id: quote.workshopId }, select: { stripeAccountId: true, payoutsEnabled: true } }) : null;
      if (workshop?.stripeAccountId && workshop.payoutsEnabled && share > 0) transfers.push({ recipient: "WORKSHOP", destinationAccount: workshop.stripeAccountId, amountCents: share });
    } else {
      const diagnostic = diagnosticPostings({
        amountCents: payment.amountCents,
        platformFeeBasisPoints: this.config.fees.platformFeeBasisPoints,
        mechanic: {
          account: mechanicAccount,
          userId: mechanicId ?? null,
          description: held ? "diagnostic fee held until the mechanic who completes the session earns it" : "diagnostic fee to the mechanic",
        },
      });
      lines.push(...diagnostic);
      payMechanic(diagnostic.find((line) => line.key === "mechanic-share")!.amountCents);
    }
    // An escrowed repair captured before its authorization lapsed (captureAgingAuthorizations) is
    // paid to no one until the repair is marked complete (releaseEscrow then pays the shares).
    if (payment.kind === "REPAIR" && payment.manualCapture && payment.quote?.status !== "COMPLETED") return { lines, transfers: [] };
    return { lines, transfers };
  }

  /**
   * Reverses `amount` of a payment's split in proportion against `counter` (the cash a refund paid
   * out, the receivable a lost dispute wrote off). Each payee's credit in the split gives back in
   * proportion to `reversible` (at most what is left unrefunded), rounded down; the platform's
   * revenue gives back the rest, which is its net share (its fee less what it paid the mechanic),
   * the rounding, and anything beyond `reversible`. The number of entries written now (0: booked before).
   */
  private async bookReversal(
    tx: Tx,
    paymentId: string,
    transactionKey: string,
    r: { amount: number; reversible: number; paymentAmount: number; kind: LedgerEntryKind; counter: LedgerAccount; counterDescription: string; cause: string },
  ): Promise<number> {
    // Each payee's position: its credit in the split, or, for a diagnostic share held in
    // DIAGNOSTIC_CLEARING and since earned, the mechanic's credit in the earned move (clearing nets to 0).
    const entries = await tx.ledgerEntry.findMany({
      where: { transactionKey: { in: shareKeys(paymentId) }, account: { notIn: ["PLATFORM_REVENUE", "PLATFORM_CASH"] } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    const positions = new Map<string, (typeof entries)[number]>();
    for (const entry of entries) {
      const position = `${entry.account}:${entry.kind}`;
      const seen = positions.get(position);
      positions.set(position, seen ? { ...seen, amountCents: seen.amountCents + entry.amountCents } : entry);
    }
    const credits = [...positions.values()].filter((entry) => entry.amountCents > 0);
    const reversals = credits.map((entry) => ({ entry, amountCents: Math.floor((entry.amountCents * r.reversible) / r.paymentAmount) }));
    const platform = r.amount - reversals.reduce((sum, x) => sum + x.amountCents, 0);
    return this.book(tx, transactionKey, paymentId, [
      { key: r.counter, account: r.counter, kind: r.kind, amountCents: r.amount, description: r.counterDescription },
      ...(platform !== 0
        ? [{ key: "PLATFORM_REVENUE:PLATFORM_FEE", account: "PLATFORM_REVENUE" as const, kind: r.kind, amountCents: -platform, description: `${r.cause} reverses the platform's net fee` }]
        : []),
      ...reversals
        .filter((x) => x.amountCents !== 0)
        .map(({ entry, amountCents }) => ({
          key: `${entry.account}:${entry.kind}`,
          account: entry.account,
          kind: r.kind,
          amountCents: -amountCents,
          userId: entry.userId,
          workshopId: entry.workshopId,
          partnershipId: entry.partnershipId,
          description: `${r.cause} reverses ${entry.kind.toLowerCase()}`,
        })),
    ]);
  }

  /** One balanced transaction of a payment (bookTransaction). The number of entries written now (0: booked before). */
  private book(tx: Tx, transactionKey: string, paymentId: string, lines: KeyedLine[]): Promise<number> {
    return bookTransaction(
      tx,
      transactionKey,
      lines.map((line) => ({ ...line, paymentId })),
    );
  }

  /**
   * Every status change of a payment goes through here: made only if the payment is still `from`
   * (and matches `extra.where`), and audited in the same transaction with from, to and the cause.
   * False when a concurrent change got there first.
   */
  private async changeStatus(
    tx: Tx,
    paymentId: string,
    from: PaymentStatus,
    to: PaymentStatus,
    action: string,
    cause: StatusCause,
    extra: { where?: Prisma.PaymentWhereInput; data?: Prisma.PaymentUpdateManyMutationInput } = {},
  ): Promise<boolean> {
    const updated = await tx.payment.updateMany({ where: { ...extra.where, id: paymentId, status: from }, data: { ...extra.data, status: to } });
    if (updated.count !== 1) return false;
    await this.auditStatus(tx, paymentId, from, to, action, cause);
    return true;
  }

  private auditStatus(tx: Tx, paymentId: string, from: PaymentStatus | null, to: PaymentStatus, action: string, cause: StatusCause): Promise<void> {
    return this.audit.write([{ actor: cause.actor, action, entityType: "Payment", entityId: paymentId, data: { ...cause.data, from, to } }], tx);
  }

  private requireStripe(): Stripe {
    if (!this.stripe) throw new AppError(ErrorCode.PAYMENTS_NOT_CONFIGURED, "Payments are not configured on this server");
    return this.stripe;
  }
}

/** The id of a Stripe expandable field: the id itself, or the expanded object's; null when absent. */
function expandableId(field: string | { id: string } | null | undefined): string | null {
  return typeof field === "string" ? field : (field?.id ?? null);
}
