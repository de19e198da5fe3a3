import type Stripe from "stripe";
import type { Config } from "../../app/config.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { PaymentKind, PaymentStatus } from "../../platform/db/generated/enums.ts";
import type { Tx } from "../../platform/db/prisma.ts";
import { conflict, ErrorReason, idempotencyKeyReused, notFound, statusConflict } from "../../platform/errors.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { PartnershipStore } from "../partnerships/partnership.store.ts";
import type { QuoteService } from "../quotes/quote.service.ts";
import type { QuoteStore } from "../quotes/quote.store.ts";
import type { RepairQuote } from "../quotes/quote.type.ts";
import type { SessionStore } from "../sessions/session.store.ts";
import type { PaymentMachine } from "./payment.machine.ts";
import { quotesToPay, sessionsToPay } from "./payment.policy.ts";
import type { PaymentStore } from "./payment.store.ts";
import type { PaymentIntentResult } from "./payment.type.ts";
import type { PayoutService } from "./payout.service.ts";
import type { SettlementService } from "./settlement.service.ts";
import { isStripeRefusal, isStripeUnavailable, requireStripe, stripeFailure } from "./stripe-client.ts";
import { SETTLED, STRIPE_STATUS } from "./stripe-status.ts";

/** Statuses of a payment that is over without money having moved: a new attempt may start. */
const DEAD: PaymentStatus[] = ["CANCELED", "FAILED"];

/**
 * Checkout through Stripe with separate charges and transfers: the customer pays the platform a
 * diagnostic or an approved quote (amounts always from the database), large repairs are only
 * authorized and captured when the repair is complete (escrow). Every outbound call carries an
 * idempotency key derived from a database row, so a retried mutation never charges twice.
 */
export class CheckoutService {
  constructor(
    private readonly payments: PaymentStore,
    private readonly machine: PaymentMachine,
    private readonly settlement: SettlementService,
    private readonly quotes: QuoteService,
    /** The owners of what is paid: the session (a diagnostic) and the quote (a repair) and its partnership, read and locked through their stores. */
    private readonly paid: { sessions: SessionStore; quotes: QuoteStore; partnerships: Pick<PartnershipStore, "lockStatusForPayment"> },
    private readonly payouts: PayoutService,
    private readonly audit: AuditService,
    private readonly stripe: Stripe | null,
    private readonly config: Pick<Config, "fees" | "payouts">,
  ) {}

  /**
   * `pay` a diagnostic (`idempotencyKey` parsed by the resolver): the customer pays their session's
   * diagnostic; the price comes from the session row.
   * @throws NOT_FOUND outside sessionsToPay; CONFLICT for a cancelled session; CONFLICT ALREADY_EXISTS
   *   for a key that paid something else (idempotencyKeyReused)
   */
  async payDiagnostic(viewer: Viewer, sessionId: string, idempotencyKey: string): Promise<PaymentIntentResult> {
    const stripe = requireStripe(this.stripe);
    const session = await this.paid.sessions.findPayable(sessionsToPay(viewer), sessionId);
    if (!session) throw notFound("Session");
    if (session.status === "CANCELLED") throw statusConflict("A cancelled session cannot be paid", session.status);
    return this.charge(stripe, viewer, { kind: "DIAGNOSTIC", sessionId: session.id, quoteId: null, amountCents: session.priceCents, manualCapture: false }, idempotencyKey);
  }

  /**
   * `pay` a repair: the customer pays an approved quote; repairs at or above the escrow threshold
   * are authorized now, captured on completion. A quote written under a partnership is paid only
   * while the partnership is ACTIVE (checked under its share lock, so a concurrent suspension either
   * waits for this payment or is seen by it): its stock was given back when the partnership stopped,
   * and is reserved again here once it is resumed.
   *
   * @throws NOT_FOUND outside quotesToPay; CONFLICT unless approved (or completed); CONFLICT
   *   PARTNERSHIP_SUSPENDED / PARTNERSHIP_TERMINATED when its partnership stopped; CONFLICT OUT_OF_STOCK
   *   when the parts given back meanwhile were sold; CONFLICT ALREADY_EXISTS for a key that paid
   *   something else (idempotencyKeyReused)
   */
  async payQuote(viewer: Viewer, quoteId: string, idempotencyKey: string): Promise<PaymentIntentResult> {
    const stripe = requireStripe(this.stripe);
    const quote = await this.paid.quotes.findWith(quotesToPay(viewer), quoteId, { id: true, status: true, totalCents: true, partnershipId: true });
    if (!quote) throw notFound("Quote");
    if (quote.status !== "APPROVED" && quote.status !== "COMPLETED") throw statusConflict("Only an approved quote can be paid", quote.status);
    const manualCapture = quote.totalCents >= this.config.fees.escrowThresholdCents;
    const { partnershipId } = quote;
    // A completed repair was paid before it was completed: a retry finds that payment whatever the partnership became.
    const guard =
      partnershipId && quote.status === "APPROVED"
        ? async (tx: Tx) => {
            await this.assertPartnershipActive(tx, partnershipId);
            await this.quotes.reserveReleasedStock(tx, quote.id);
          }
        : undefined;
    return this.charge(stripe, viewer, { kind: "REPAIR", sessionId: null, quoteId: quote.id, amountCents: quote.totalCents, manualCapture }, idempotencyKey, guard);
  }

  /**
   * The workshop marks the repair done once a payment pays for it (PAYS_FOR_WORK, refunded in part
   * included): an escrowed authorization is captured, the quote COMPLETED. A settled payment moves
   * no money here; an escrowed one captured early releases its held shares, as the ledger has them
   * after any refund (a partly refunded repair pays its payees what the refund left, not again).
   * The capture comes first (captureForCompletion): the repair is not completed when Stripe cannot
   * make it. Once the repair is COMPLETED, settling the captured payment and paying the shares never
   * fail the answer: what Stripe fails then is audited (`payment.settlement_deferred`,
   * `payment.payout_deferred`) and finished later (settleDeferredCaptures or Stripe's event for the
   * capture; the payout run), each transfer once.
   * @throws NOT_FOUND outside the workshop's quotes; CONFLICT STATUS_CONFLICT unless approved,
   *   REPAIR_NOT_PAID when no payment pays for it (or its authorization lapsed), DROP_OFF_UPCOMING;
   *   SERVICE_UNAVAILABLE (`retryable`) or PAYMENT_PROVIDER_REFUSED when Stripe cannot or will not capture
   */
  async markRepairComplete(viewer: Viewer, quoteId: string): Promise<RepairQuote> {
    // Assigned in the callback: the cast keeps TypeScript from narrowing it to null here.
    let captured = null as { paymentId: string; intentId: string } | null;
    const quote = await this.quotes.complete(viewer, quoteId, async (q) => {
      const payment = await this.payments.repairPaymentOf(q.id);
      if (!payment) throw conflict("The repair has not been paid yet", ErrorReason.REPAIR_NOT_PAID);
      if (payment.status === "REQUIRES_CAPTURE") {
        const authorized = { paymentId: payment.id, intentId: payment.stripePaymentIntentId!, quoteId: q.id };
        await this.captureForCompletion(viewer, authorized);
        captured = authorized;
      }
    });
    const data = { quoteId: quote.id };
    // The webhook settles it too; syncing now makes the ledger current without waiting for it.
    if (captured) {
      const { paymentId, intentId } = captured;
      await this.payouts.orDefer(paymentId, "payment.settlement_deferred", data, () => this.settlement.syncPaymentIntent(intentId, { actor: viewer, data: { source: "capture", quoteId: quote.id } }));
    }
    // An escrowed payment settled before completion (captured before its authorization lapsed, or its
    // webhook won the race with this commit) held its shares: they are paid now.
    const escrowed = await this.payments.escrowedSettledOf(quote.id);
    if (escrowed) await this.payouts.releaseEscrowOrDefer(escrowed.id, data);
    return quote;
  }

  /**
   * Captures an escrowed repair's authorization before the repair is marked complete, under the key
   * captureAgingAuthorizations uses (`capture:<payment>`): whoever captures, Stripe captures once.
   * When Stripe refuses, the payment takes the intent's status (audited, the workshop's attempt as
   * its cause): a capture made earlier (a lost answer) lets the completion go on; a lapsed
   * authorization (CANCELED) is CONFLICT REPAIR_NOT_PAID, the customer pays the approved quote
   * again; an authorization still held (a decline) is audited `payment.capture_refused` and answered
   * PAYMENT_PROVIDER_REFUSED with Stripe's code.
   * @throws SERVICE_UNAVAILABLE (`retryable`) when Stripe cannot be reached; CONFLICT REPAIR_NOT_PAID; PAYMENT_PROVIDER_REFUSED
   */
  private async captureForCompletion(viewer: Viewer, payment: { paymentId: string; intentId: string; quoteId: string }): Promise<void> {
    const stripe = requireStripe(this.stripe);
    const outcome = "the repair is not marked complete";
    try {
      await stripe.paymentIntents.capture(payment.intentId, {}, { idempotencyKey: `capture:${payment.paymentId}` });
      return;
    } catch (error) {
      if (!isStripeRefusal(error)) throw stripeFailure(error, "capture the payment", outcome);
      const status = await stripe.paymentIntents.retrieve(payment.intentId).then(
        (intent) => STRIPE_STATUS[intent.status],
        (readError: unknown) => {
          throw stripeFailure(readError, "read the payment", outcome);
        },
      );
      const cause = { actor: viewer, data: { source: "capture", quoteId: payment.quoteId } };
      await this.settlement.syncPaymentIntent(payment.intentId, cause, status === "CANCELED" ? "payment.canceled" : "payment.synced").catch((syncError: unknown) => {
        throw stripeFailure(syncError, "read the payment", outcome);
      });
      if (status === "SUCCEEDED") return;
      if (status !== "REQUIRES_CAPTURE") {
        throw conflict("The customer's authorization of this repair's payment lapsed before it was captured: the customer pays the approved quote again", ErrorReason.REPAIR_NOT_PAID);
      }
      await this.audit.write([
        { actor: viewer, action: "payment.capture_refused", entityType: "Payment", entityId: payment.paymentId, data: { quoteId: payment.quoteId, stripeCode: error.code ?? null } },
      ]);
      throw stripeFailure(error, "capture the payment", outcome);
    }
  }

  /**
   * Escrowed repair payments captured when their repair was completed but not settled then (Stripe
   * failed the read after the capture: `payment.settlement_deferred`): each is brought to its
   * PaymentIntent's state, its split booked and its shares paid, once whoever else does it
   * (Stripe's event for the capture). Run by the periodic payout job; one Stripe failure leaves that
   * payment for the next run and goes on with the others. The number settled.
   */
  async settleDeferredCaptures(signal?: AbortSignal): Promise<number> {
    let settled = 0;
    for (const payment of await this.payments.capturedUnsettled()) {
      if (signal?.aborted) break;
      const cause = { actor: null, data: { source: "capture-deferred", quoteId: payment.quoteId ?? "" } };
      try {
        await this.settlement.syncPaymentIntent(payment.stripePaymentIntentId!, cause);
      } catch (error) {
        if (isStripeUnavailable(error) || isStripeRefusal(error)) continue;
        throw error;
      }
      settled += 1;
    }
    return settled;
  }

  /**
   * Card authorizations lapse after about 7 days, and an escrowed repair can take longer: the
   * periodic payout job captures every escrowed repair payment still only authorized
   * `captureAuthorizationsAfterHours` (default 144 h, 6 days) after it was created (the
   * authorization is never older than its payment row). The money is then the platform's, booked
   * in the split as owed to the payees, and held (no transfer, not in the payout run) until the
   * repair is marked complete; a repair that never happens is refunded by an admin as any payment
   * (before this capture, an admin's full refund releases the authorization instead: RefundService).
   * The capture uses the same key as markRepairComplete's, so the two never capture twice. The
   * number of payments captured; `now` is the caller's clock.
   */
  async captureAgingAuthorizations(now: Date = new Date(), signal?: AbortSignal): Promise<number> {
    const stripe = requireStripe(this.stripe);
    const cutoff = new Date(now.getTime() - this.config.payouts.captureAuthorizationsAfterHours * 3_600_000);
    let captured = 0;
    for (const payment of await this.payments.agingAuthorizations(cutoff)) {
      if (signal?.aborted) break;
      const cause = { actor: null, data: { source: "authorization-expiry", quoteId: payment.quoteId ?? "" } };
      try {
        await stripe.paymentIntents.capture(payment.stripePaymentIntentId!, {}, { idempotencyKey: `capture:${payment.id}` });
      } catch (error) {
        // Stripe unavailable: the next run captures it under the same key (still before the lapse).
        if (isStripeUnavailable(error)) continue;
        // Too late (the authorization lapsed or was cancelled): the payment takes Stripe's status and
        // the customer pays the approved quote again; the others are still captured.
        if (!isStripeRefusal(error)) throw error;
        await this.settlement.syncPaymentIntent(payment.stripePaymentIntentId!, cause, "payment.canceled");
        continue;
      }
      await this.settlement.syncPaymentIntent(payment.stripePaymentIntentId!, cause, "payment.captured_before_lapse");
      captured += 1;
    }
    return captured;
  }

  /** CONFLICT naming the state of partnership `id` (read share-locked in `tx`) unless it is ACTIVE. */
  private async assertPartnershipActive(tx: Tx, id: string): Promise<void> {
    const status = await this.paid.partnerships.lockStatusForPayment(tx, id);
    if (status === "SUSPENDED") throw conflict("This quote's partnership is suspended: it cannot be paid until the partnership is resumed", ErrorReason.PARTNERSHIP_SUSPENDED);
    if (status === "TERMINATED") throw conflict("This quote's partnership is terminated: it cannot be paid", ErrorReason.PARTNERSHIP_TERMINATED);
  }

  /**
   * A payment row per (customer, idempotency key); one live payment per session or quote, so a new
   * key cannot charge twice either. `guard` runs in the transaction once the session or quote is locked.
   * @throws CONFLICT ALREADY_EXISTS (idempotencyKeyReused) when the customer's key made a payment of another session or quote
   */
  private async charge(
    stripe: Stripe,
    viewer: Viewer,
    target: { kind: PaymentKind; sessionId: string | null; quoteId: string | null; amountCents: number; manualCapture: boolean },
    clientKey: string,
    guard?: (tx: Tx) => Promise<void>,
  ): Promise<PaymentIntentResult> {
    const rowKey = `${viewer.id}:${clientKey}`;
    const payment = await this.payments.transaction(async (tx) => {
      // Locks the session or quote being paid: concurrent attempts to pay it run one after the other.
      if (target.quoteId) await this.paid.quotes.lockForPayment(tx, target.quoteId);
      else if (target.sessionId) await this.paid.sessions.lockForPayment(tx, target.sessionId);
      await guard?.(tx);
      const byKey = await this.payments.byIdempotencyKey(tx, rowKey);
      if (byKey) {
        if (byKey.kind !== target.kind || byKey.quoteId !== target.quoteId || byKey.sessionId !== target.sessionId) throw idempotencyKeyReused("payment");
        return byKey;
      }
      const live = await this.payments.livePaymentOf(tx, target, DEAD);
      if (live) return live;
      const id = crypto.randomUUID();
      return this.machine.create(
        tx,
        viewer.role,
        { id, customerId: viewer.id, ...target, transferGroup: `payment_${id}`, idempotencyKey: rowKey },
        { actor: viewer, data: { amountCents: target.amountCents } },
      );
    });

    // Stripe's refusal (an intent it does not know) or outage is the client's coded error, not an internal one.
    const intent = await (
      payment.stripePaymentIntentId
        ? stripe.paymentIntents.retrieve(payment.stripePaymentIntentId)
        : stripe.paymentIntents.create(
            {
              amount: payment.amountCents,
              currency: payment.currency,
              capture_method: payment.manualCapture ? "manual" : "automatic",
              transfer_group: payment.transferGroup,
              metadata: { paymentId: payment.id, kind: payment.kind },
            },
            // Derived from the row: a retry after a lost response gets the same PaymentIntent back.
            { idempotencyKey: `payment-intent:${payment.id}` },
          )
    ).catch((error: unknown) => {
      throw stripeFailure(error, "start the payment");
    });
    if (!payment.stripePaymentIntentId) await this.payments.setPaymentIntent(payment.id, intent.id);
    return {
      paymentId: payment.id,
      clientSecret: intent.client_secret ?? "",
      amountCents: payment.amountCents,
      currency: payment.currency,
      status: SETTLED.includes(payment.status) ? payment.status : STRIPE_STATUS[intent.status],
      manualCapture: payment.manualCapture,
    };
  }
}
