import type Stripe from "stripe";
import { reversalPostings, sharePositions } from "../../domain/ledger/reversal.ts";
import type { MoveActor } from "../../domain/state-machine.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { PaymentStatus } from "../../platform/db/generated/enums.ts";
import type { Tx } from "../../platform/db/prisma.ts";
import { AppError, conflict, ErrorCode, notFound } from "../../platform/errors.ts";
import type { ContentFlagService } from "../content/content-flag.service.ts";
import { systemScope } from "../shared/scope.ts";
import type { LedgerStore } from "./ledger.store.ts";
import { refundMove, type PaymentMachine, type StatusCause } from "./payment.machine.ts";
import { paymentsToRefund } from "./payment.policy.ts";
import type { PaymentScope, PaymentStore } from "./payment.store.ts";
import type { Payment } from "./payment.type.ts";
import type { PayoutService } from "./payout.service.ts";
import type { SettlementService } from "./settlement.service.ts";
import { requireStripe } from "./stripe-client.ts";
import type { TransferStore } from "./transfer.store.ts";

/**
 * Refunds, whoever starts them: an admin through the API (all or part of a settled payment), the
 * API itself (a diagnostic whose session was cancelled, a customer's choice after their mechanic
 * was suspended), or someone in Stripe's Dashboard (booked from Stripe's refund events). Each is
 * booked the same way: the payment's refund move, the Refund row, the proportional reversal of
 * the split (reversalPostings), then the reversal of what each payee's transfers took.
 */
export class RefundService {
  constructor(
    private readonly payments: PaymentStore,
    private readonly transfers: TransferStore,
    private readonly ledger: LedgerStore,
    private readonly machine: PaymentMachine,
    private readonly settlement: SettlementService,
    private readonly payouts: PayoutService,
    private readonly stripe: Stripe | null,
    private readonly contentFlags: ContentFlagService,
  ) {}

  /**
   * An admin refunds `amountCents` (default: all that is left; parsed by the resolver, RefundPaymentArgs) of a settled payment (the
   * `refundPartially` / `refundInFull` moves, paymentsToRefund). NOT_FOUND outside the refunder's scope;
   * CONFLICT for a disputed or unsettled payment or a concurrent change; BAD_USER_INPUT for more
   * than is left.
   */
  refund(viewer: Viewer, paymentId: string, amountCents: number | null | undefined, reason: string | null | undefined): Promise<Payment> {
    return this.refundAs({ who: viewer.role, actor: viewer, scope: paymentsToRefund(viewer) }, paymentId, amountCents, reason);
  }

  /**
   * Gives the customer back their whole diagnostic payment (what is left of it): the held share
   * comes back from DIAGNOSTIC_CLEARING, the fee from the platform. For a request cancelled before
   * any mechanic claimed it, and a customer's choice after their mechanic was suspended: a move of
   * the session's, so the refund is the system's, audited with `actor` as its cause. Nothing when
   * the diagnostic was not paid (or is refunded already).
   */
  async refundDiagnosticInFull(actor: Viewer, sessionId: string, reason: string): Promise<void> {
    const payment = await this.payments.settledDiagnosticOf(sessionId);
    if (payment) await this.refundAs({ who: "SYSTEM", actor, scope: systemScope("the session's refund of its diagnostic") }, payment.id, null, reason);
  }

  /** A refund by `who` (audited as `actor`'s) of a payment within `scope`; see `refund`. */
  private async refundAs(
    by: { who: MoveActor; actor: Viewer | null; scope: PaymentScope },
    paymentId: string,
    amountCents: number | null | undefined,
    reason: string | null | undefined,
    cause: Record<string, string> = {},
  ): Promise<Payment> {
    const viewer = by.actor;
    const stripe = requireStripe(this.stripe);
    const data = { amountCents: amountCents ?? null, reason: reason ?? null };
    const payment = await this.payments.refundTarget(by.scope, paymentId);
    if (!payment) throw notFound("Payment");
    // Stripe refuses it too; a lost dispute has already given the customer the money back.
    if (payment.status === "DISPUTED") throw conflict("A disputed payment cannot be refunded: the dispute decides where the money goes");
    if (payment.status !== "SUCCEEDED" && payment.status !== "PARTIALLY_REFUNDED") throw conflict("Only a settled payment can be refunded");
    const remaining = payment.amountCents - payment.refundedCents;
    const amount = data.amountCents ?? remaining;
    if (amount > remaining) throw new AppError(ErrorCode.BAD_USER_INPUT, "amountCents: more than the payment's unrefunded amount", { field: "amountCents" });
    if (await this.settlement.ensureSplitBooked(payment.id, payment.stripePaymentIntentId!, { actor: viewer, data: { source: "refund" } })) {
      // Settling it just now may itself have refunded it (a session cancelled before it was paid): a
      // full refund asked for is then done; anything else is decided on the payment as it is now.
      const now = await this.payments.amountsOf(payment.id);
      if (data.amountCents == null && now.status === "REFUNDED") return this.payments.view(payment.id);
      Object.assign(payment, { status: now.status, refundedCents: now.refundedCents });
    }

    const refund = await this.payments.transaction(async (tx) => {
      const refundId = crypto.randomUUID();
      const booked = await this.recordRefund(tx, by.who, payment, amount, {
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
    await this.payments.setStripeRefund(refund.id, stripeRefund.id);
    await this.payouts.reverseForRefund(refund.id, refund.transferIds);
    return this.payments.view(payment.id);
  }

  /**
   * A diagnostic paid for a session that was cancelled before the payment succeeded (the customer
   * confirmed an intent created before cancelling, or it was still processing) is refunded in full
   * automatically, once: the refund is keyed by the payment and its refunded amount, and a payment
   * already refunded is left alone (a redelivered event, or a concurrent delivery that won).
   */
  async refundIfSessionCancelled(paymentId: string, cause: StatusCause): Promise<void> {
    if (!(await this.payments.isForCancelledSession(paymentId))) return;
    const data = Object.fromEntries(Object.entries(cause.data).map(([key, value]) => [key, String(value)]));
    try {
      await this.refundAs({ who: "SYSTEM", actor: null, scope: systemScope("a cancelled session's diagnostic") }, paymentId, null, "the session was cancelled before its payment succeeded", {
        ...data,
        source: "session-cancelled",
      });
    } catch (error) {
      if (error instanceof AppError && error.extensions.code === ErrorCode.CONFLICT) return; // refunded meanwhile by another delivery
      throw error;
    }
  }

  /**
   * Brings a payment's refunds to what Stripe has (`charge.refunded`, `refund.created`,
   * `refund.updated`): each refund Stripe reports as succeeded or pending that this API did not
   * make (a Dashboard refund) is booked once, keyed by Stripe's refund id, exactly as an API refund
   * is. A refund the API made is recognised by its `metadata.refundId` (or its stored Stripe id)
   * and left alone. False when the PaymentIntent is not one of ours.
   */
  async syncRefunds(paymentIntentId: string, eventId: string): Promise<boolean> {
    const stripe = requireStripe(this.stripe);
    const payment = await this.payments.byIntent(paymentIntentId);
    if (!payment) return false;
    const cause: StatusCause = { actor: null, data: { source: "stripe", eventId } };
    await this.settlement.ensureSplitBooked(payment.id, paymentIntentId, cause);
    const refunds = await stripe.refunds.list({ payment_intent: paymentIntentId, limit: 100 });
    // Oldest first, as Stripe made them.
    for (const refund of [...refunds.data].sort((a, b) => a.created - b.created)) {
      if (refund.status !== "succeeded" && refund.status !== "pending") continue;
      const ours = refund.metadata?.refundId;
      if (ours && (await this.payments.claimOwnRefund(ours, payment.id, refund.id))) continue;
      await this.bookStripeRefund(payment.id, refund, { ...cause, data: { ...cause.data, stripeRefundId: refund.id, amountCents: refund.amount } });
    }
    return true;
  }

  /** Books one refund made outside the API, once (see syncRefunds), and reverses the payees' transfers for it. */
  private async bookStripeRefund(paymentId: string, refund: Stripe.Refund, cause: StatusCause): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const booked = await this.payments.transaction(async (tx) => {
        await this.payments.lock(tx, paymentId);
        const known = await this.payments.refundByStripeId(tx, refund.id);
        if (known) return { done: true, row: known, transferIds: null };
        const payment = await this.payments.amountsOf(paymentId, tx);
        // Stripe never refunds more than the charge; what our books already hold is the limit.
        const amount = Math.min(refund.amount, payment.amountCents - payment.refundedCents);
        if (amount <= 0) return { done: true, row: null, transferIds: null };
        const recorded = await this.recordRefund(tx, "SYSTEM", payment, amount, {
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
        const until = "createdAt" in booked.row ? booked.row.createdAt : undefined;
        await this.payouts.reverseForRefund(booked.row.id, await this.transfers.transferIdsOf(paymentId, { until }));
      }
      return;
    }
    throw new Error(`payment ${paymentId} kept changing while refund ${refund.id} was booked`);
  }

  /**
   * A refund of `amount` on a payment read as `payment` (its status and refunded amount), booked
   * in the caller's transaction exactly as every refund is: the refund move (conditional on the
   * refunded amount and status read, so concurrent refunds cannot both spend the same balance), the
   * Refund row (unique by its idempotency key and Stripe refund id), the proportional reversal of
   * the split (`refund:<row>`), and the payment's transfers, read under the payment row's lock, for
   * the caller to reverse after commit. Null when the payment changed since it was read.
   */
  private async recordRefund(
    tx: Tx,
    who: MoveActor,
    payment: { id: string; status: PaymentStatus; amountCents: number; refundedCents: number },
    amount: number,
    row: { id: string; reason: string | null; idempotencyKey: string; stripeRefundId: string | null; cause: StatusCause },
  ): Promise<{ row: { id: string; idempotencyKey: string }; transferIds: string[] } | null> {
    const refundedCents = payment.refundedCents + amount;
    const moved = await this.machine.move(tx, payment.id, refundMove(refundedCents, payment.amountCents), payment.status, {
      who,
      action: "payment.refunded",
      cause: row.cause,
      where: { refundedCents: payment.refundedCents },
      data: { refundedCents },
    });
    if (!moved) return null;
    const { cause: _cause, ...refund } = row;
    const created = await this.payments.createRefund(tx, { ...refund, paymentId: payment.id, amountCents: amount });
    const lines = reversalPostings(sharePositions(await this.ledger.shareEntries(tx, payment.id)), {
      amountCents: amount,
      reversibleCents: amount,
      paymentAmountCents: payment.amountCents,
      kind: "REFUND",
      counter: "PLATFORM_CASH",
      counterDescription: "refund paid to customer",
      cause: "refund",
    });
    await this.ledger.book(tx, `refund:${created.id}`, payment.id, lines);
    // Read under the payment row's lock: a payout run creates transfers holding the same lock, so
    // one made after this refund already deducts it and must not be reversed for it too.
    return { row: created, transferIds: await this.transfers.transferIdsOf(payment.id, { tx }) };
  }
}
