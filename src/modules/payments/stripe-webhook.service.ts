/**
 * What a Stripe webhook does, top to bottom (POST /webhooks/stripe, app/server.ts):
 *
 * 1. Verify: the signature is checked against the raw body before anything touches the database
 *    (400 when it does not match, 503 when this server runs without Stripe), and the body must be
 *    an event with an id and a type as text (400 "malformed event" otherwise, nothing stored).
 * 2. Dedupe: the event id is stored once (StripeEvent); a delivery of an event already processed
 *    is acknowledged as a duplicate and does nothing. An event stored but not processed (the
 *    previous delivery failed midway) is processed again: every step below is idempotent. An
 *    event whose handling starts from a PaymentIntent's payment (payment_intent.*, charge.refunded,
 *    refund.*) is stored in the same statement that reads that payment
 *    (PaymentStore.receiveIntentEvent): about an intent no payment holds, it is stored processed
 *    and acknowledged as such in that one statement; otherwise the payment read goes to its handler.
 * 3. Dispatch: one handler per event type, each re-reading the object from Stripe so events that
 *    arrive out of order or twice converge on Stripe's current state:
 *    - payment_intent.*          SettlementService.syncPaymentIntent: the payment's status; on
 *                                success the ledger split and the transfers, once.
 *    - charge.refunded, refund.*, charge.refund.updated
 *                                RefundService.syncRefunds: refunds made in Stripe's Dashboard,
 *                                and refunds Stripe reports failed (their booking undone).
 *    - charge.dispute.*          DisputeService.syncDispute: holds, reinstatements, write-offs.
 *    - transfer.reversed         PayoutService.syncTransferReversals: reversals made in the Dashboard.
 *    - payout.failed             PayoutService.failPayout: a payee's bank payout bounced.
 *    - account.updated           PayeeAccountService.syncAccount: a payee's onboarding state.
 *    An event about an object this API does not know is acknowledged with the reason (a 5xx would
 *    have Stripe deliver it again for days); only failures worth a retry answer 5xx.
 * 4. The event is marked processed.
 */
import Stripe from "stripe";
import type { Config } from "../../app/config.ts";
import type { PaymentStatus } from "../../platform/db/generated/enums.ts";
import { AppError, ErrorCode } from "../../platform/errors.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { DisputeService } from "./dispute.service.ts";
import type { PayeeAccountService } from "./payee-account.service.ts";
import type { StatusCause } from "./payment.machine.ts";
import type { PaymentStore } from "./payment.store.ts";
import type { PayoutService } from "./payout.service.ts";
import type { RefundService } from "./refund.service.ts";
import type { SettlementService } from "./settlement.service.ts";
import { expandableId, SUCCEEDED_ONCE } from "./stripe-status.ts";

/** The events whose object is a refund or a charge (carrying `payment_intent`) that bring a payment's refunds to Stripe's. */
const REFUND_EVENTS: ReadonlySet<string> = new Set(["charge.refunded", "refund.created", "refund.updated", "refund.failed", "charge.refund.updated"]);

/**
 * Stripe's event ids and types are short text ("evt_1P...", "payment_intent.succeeded"); the id is
 * the stored event's primary key, whose index takes a few kB at most, and PostgreSQL's text no NUL.
 */
const MAX_EVENT_FIELD = 255;
const isEventField = (value: unknown): value is string => typeof value === "string" && value.length > 0 && value.length <= MAX_EVENT_FIELD && !value.includes("\u0000");

/** Why an event about a PaymentIntent no payment holds changed nothing. */
const UNKNOWN_INTENT = "unknown payment intent";

/** A payment as the dedupe statement read it, for the handler of an event about its intent. */
type IntentPayment = { id: string; status: PaymentStatus };

/**
 * The PaymentIntent whose payment an event's handler starts from (payment_intent.*: the event's
 * object; charge.refunded and refund.*: the object's `payment_intent`), or null for any other
 * event, or one without it (its handler says why it did nothing).
 */
function intentOf(event: Stripe.Event): string | null {
  const object = (event.data as { object?: { id?: unknown; payment_intent?: unknown } } | undefined)?.object;
  if (typeof object?.id !== "string") return null;
  if (event.type.startsWith("payment_intent.")) return object.id;
  if (REFUND_EVENTS.has(event.type)) return expandableId(object.payment_intent as Stripe.Charge["payment_intent"]);
  return null;
}

/** The answer to a delivery that processed its event: `ignored` says why it changed nothing (null: it was applied). */
const processed = (event: { id: string; type: string }, ignored: string | null): WebhookAnswer =>
  ignored ? { status: 200, body: { received: true, ignored }, notice: { eventId: event.id, type: event.type, reason: ignored } } : { status: 200, body: { received: true } };
const DUPLICATE: WebhookAnswer = { status: 200, body: { received: true, duplicate: true } };

/** The HTTP answer to a delivery; `notice` is for the log when the event changed nothing. */
export interface WebhookAnswer {
  status: number;
  body: Record<string, unknown>;
  notice?: { eventId: string; type: string; reason: string };
}

export class StripeWebhookService {
  constructor(
    private readonly payments: PaymentStore,
    private readonly settlement: SettlementService,
    private readonly refunds: RefundService,
    private readonly disputes: DisputeService,
    private readonly payouts: PayoutService,
    private readonly payees: PayeeAccountService,
    private readonly audit: AuditService,
    private readonly stripe: Stripe | null,
    private readonly config: Pick<Config, "stripe">,
  ) {}

  /** One delivery: verify, dedupe, dispatch, mark processed (see the file's head). Throws (a 5xx) when a retry is worth it. */
  async handleWebhook(rawBody: Buffer, signature: string | string[] | undefined): Promise<WebhookAnswer> {
    // 1. Verify.
    if (!this.stripe || !this.config.stripe?.webhookSecret) return { status: 503, body: { error: "payments are not configured" } };
    let event: Stripe.Event;
    try {
      if (typeof signature !== "string" || !Buffer.isBuffer(rawBody)) throw new Error("missing signature");
      event = this.stripe.webhooks.constructEvent(rawBody, signature, this.config.stripe.webhookSecret);
    } catch {
      return { status: 400, body: { error: "invalid signature" } };
    }
    // A signed body that is no event (no id or type as plain text): refused before it is stored.
    const { id, type } = (event ?? {}) as { id?: unknown; type?: unknown };
    if (!isEventField(id) || !isEventField(type)) return { status: 400, body: { error: "malformed event" } };
    // 2. Dedupe: for an event about an intent, with its payment read in the same statement.
    const intentId = intentOf(event);
    let read: IntentPayment | undefined;
    const received = intentId ? await this.payments.receiveIntentEvent({ id, type }, intentId) : null;
    if (received?.outcome === "duplicate") return DUPLICATE;
    // Stored processed by that statement: its handler would have found no payment.
    if (received?.outcome === "unknown") return processed(event, UNKNOWN_INTENT);
    if (received?.outcome === "pending") read = received.payment ?? undefined;
    else if (!(await this.payments.receiveEvent({ id, type }))) return DUPLICATE;
    // 3. Dispatch.
    const ignored = await this.dispatch(event, read);
    // 4. Done.
    await this.payments.markEventProcessed(event.id, new Date());
    return processed(event, ignored);
  }

  /**
   * Applies one verified event. Returns why it changed nothing, for the log, when it was about an
   * object this API does not know or lacked the data to act on; null when it was applied.
   */
  private async dispatch(event: Stripe.Event, read?: IntentPayment): Promise<string | null> {
    const object = (event.data as { object?: { id?: unknown; object?: unknown } } | undefined)?.object;
    const objectId = typeof object?.id === "string" ? object.id : null;
    if (!objectId) return "the event carries no object id";
    const stripeCause = (data: Record<string, string | number> = {}): StatusCause => ({ actor: null, data: { source: "stripe", eventId: event.id, ...data } });
    const unknownIntent = (found: boolean) => (found ? null : UNKNOWN_INTENT);
    try {
      switch (event.type) {
        case "payment_intent.canceled": {
          const intent = event.data.object as Stripe.PaymentIntent;
          return unknownIntent(await this.settlement.syncPaymentIntent(objectId, stripeCause({ reason: intent.cancellation_reason ?? "unknown" }), "payment.canceled", read));
        }
        case "payment_intent.payment_failed":
          return this.paymentFailed(event, objectId, stripeCause(), read);
        case "charge.refunded": {
          const intentId = intentOf(event);
          if (!intentId) return "the charge has no payment intent";
          return unknownIntent(await this.refunds.syncRefunds(intentId, event.id, read));
        }
        case "refund.created":
        case "refund.updated":
        case "refund.failed":
        case "charge.refund.updated": {
          const intentId = intentOf(event);
          if (!intentId) return "the refund has no payment intent";
          return unknownIntent(await this.refunds.syncRefunds(intentId, event.id, read));
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
          if (event.type.startsWith("payment_intent.")) return unknownIntent(await this.settlement.syncPaymentIntent(objectId, stripeCause(), undefined, read));
          if (event.type.startsWith("charge.dispute.")) return (await this.disputes.syncDispute(objectId, event.id)) ? null : "unknown dispute or payment";
          return `event type ${event.type} is not handled`;
      }
    } catch (error) {
      // An object Stripe itself no longer knows (deleted, another account's, a test fixture) is not
      // worth a retry; anything else is (the database or Stripe was unavailable).
      if (error instanceof Stripe.errors.StripeInvalidRequestError && error.statusCode === 404) return `Stripe does not know ${objectId}`;
      // A move the payment's machine refuses (an out-of-order or contradictory event), or a refund
      // Stripe refuses, will be refused on every redelivery too: acknowledge it, with the refusal in
      // the log's notice.
      if (error instanceof AppError && (error.extensions.code === ErrorCode.CONFLICT || error.extensions.code === ErrorCode.PAYMENT_PROVIDER_REFUSED)) return `not applied: ${error.message}`;
      throw error;
    }
  }

  /**
   * `payment_intent.payment_failed`: an attempt to pay the intent failed (a card declined). Stripe
   * leaves the intent to be confirmed again (requires_payment_method), so the payment keeps
   * Stripe's status and a retry pays the same intent; nothing is booked. The decline is audited
   * once per event, under the payment's lock, as what it is when it is read: `payment.failed` while
   * the payment has not succeeded; `payment.earlier_attempt_declined` once it has (SUCCEEDED_ONCE:
   * a later attempt paid or authorized it), since Stripe sends an event per attempt and does not
   * deliver events in order, so a first card's decline can arrive after the second card's success:
   * it says nothing about the payment, which is settled. Either way with the status and Stripe's
   * `code`, `declineCode` and `message`.
   */
  private async paymentFailed(event: Stripe.Event, intentId: string, cause: StatusCause, read?: IntentPayment): Promise<string | null> {
    if (!(await this.settlement.syncPaymentIntent(intentId, cause, "payment.synced", read))) return UNKNOWN_INTENT;
    const error = (event.data.object as Stripe.PaymentIntent).last_payment_error;
    const payment = (await this.payments.byIntent(intentId))!;
    // Once per event, behind the payment's row lock: concurrent deliveries of it may all get here,
    // and one may read the payment before its success and another after it.
    await this.payments.transaction(async (tx) => {
      await this.payments.lock(tx, payment.id);
      const { status } = await this.payments.amountsOf(payment.id, tx);
      const [action, other] = SUCCEEDED_ONCE.includes(status) ? [EARLIER_ATTEMPT_DECLINED, PAYMENT_FAILED] : [PAYMENT_FAILED, EARLIER_ATTEMPT_DECLINED];
      await this.audit.writeOncePerEvent(
        {
          actor: null,
          action,
          entityType: "Payment",
          entityId: payment.id,
          data: { source: "stripe", status, code: error?.code ?? null, declineCode: error?.decline_code ?? null, message: error?.message ?? null },
        },
        event.id,
        tx,
        [other],
      );
    });
    return null;
  }
}

/** The audit action of a declined attempt while the payment has not succeeded. */
const PAYMENT_FAILED = "payment.failed";
/** The audit action of a declined attempt reported once the payment has succeeded (an earlier attempt's). */
const EARLIER_ATTEMPT_DECLINED = "payment.earlier_attempt_declined";
