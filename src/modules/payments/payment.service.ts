import type DataLoader from "dataloader";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { DisputeStatus } from "../../platform/db/generated/enums.ts";
import type { RepairQuote } from "../quotes/quote.type.ts";
import { perTurnLoader } from "../shared/loader.ts";
import type { Page, PageRequest } from "../shared/pagination.ts";
import type { CheckoutService } from "./checkout.service.ts";
import type { DisputeService } from "./dispute.service.ts";
import type { StatusCause } from "./payment.machine.ts";
import { paymentsOf } from "./payment.policy.ts";
import type { PaidFor, PaymentStore } from "./payment.store.ts";
import type { Dispute, Payment, PaymentIntentResult } from "./payment.type.ts";
import type { RefundService } from "./refund.service.ts";
import type { SettlementService } from "./settlement.service.ts";
import type { StripeWebhookService, WebhookAnswer } from "./stripe-webhook.service.ts";

/**
 * The payments module's face to resolvers, the server and other modules (`services.payments`):
 * one method per use case, each answered by the service that owns it: checkout and capture
 * (CheckoutService), refunds (RefundService), settling and the ledger split (SettlementService),
 * disputes (DisputeService), Stripe's webhooks (StripeWebhookService).
 */
export class PaymentService {
  /** Per viewer (a request's), the newest payment of a session or quote, batched per turn: a page of 100 sessions reads its payments in one query. */
  private readonly newest = new WeakMap<Viewer, Record<"sessionId" | "quoteId", DataLoader<string, Payment | null>>>();

  constructor(
    private readonly payments: PaymentStore,
    private readonly checkout: CheckoutService,
    private readonly settlement: SettlementService,
    private readonly refunds: RefundService,
    private readonly disputeFlows: DisputeService,
    private readonly webhooks: StripeWebhookService,
  ) {}

  /** CheckoutService.payDiagnostic. */
  payDiagnostic(viewer: Viewer, sessionId: string, idempotencyKey: string): Promise<PaymentIntentResult> {
    return this.checkout.payDiagnostic(viewer, sessionId, idempotencyKey);
  }

  /** CheckoutService.payQuote. */
  payQuote(viewer: Viewer, quoteId: string, idempotencyKey: string): Promise<PaymentIntentResult> {
    return this.checkout.payQuote(viewer, quoteId, idempotencyKey);
  }

  /** CheckoutService.markRepairComplete (the quotes module's mutation). */
  markRepairComplete(viewer: Viewer, quoteId: string): Promise<RepairQuote> {
    return this.checkout.markRepairComplete(viewer, quoteId);
  }

  /** CheckoutService.captureAgingAuthorizations (the server's payout timer). */
  captureAgingAuthorizations(now?: Date, signal?: AbortSignal): Promise<number> {
    return this.checkout.captureAgingAuthorizations(now, signal);
  }

  /** CheckoutService.settleDeferredCaptures (the server's payout timer). */
  settleDeferredCaptures(signal?: AbortSignal): Promise<number> {
    return this.checkout.settleDeferredCaptures(signal);
  }

  /** RefundService.refund. */
  refund(viewer: Viewer, paymentId: string, amountCents: number | null | undefined, reason: string | null | undefined, idempotencyKey: string): Promise<Payment> {
    return this.refunds.refund(viewer, paymentId, amountCents, reason, idempotencyKey);
  }

  /** RefundService.assertMayRefundDiagnostic (the sessions module). */
  assertMayRefundDiagnostic(sessionId: string): Promise<void> {
    return this.refunds.assertMayRefundDiagnostic(sessionId);
  }

  /** RefundService.refundDiagnosticInFull (the sessions module). */
  refundDiagnosticInFull(actor: Viewer, sessionId: string, reason: string): Promise<void> {
    return this.refunds.refundDiagnosticInFull(actor, sessionId, reason);
  }

  /** SettlementService.creditDiagnostic (the sessions module). */
  creditDiagnostic(sessionId: string): Promise<void> {
    return this.settlement.creditDiagnostic(sessionId);
  }

  /** SettlementService.keepCancellationFee (the sessions module). */
  keepCancellationFee(actor: Viewer, sessionId: string): Promise<{ keptCents: number; mechanicShareCents: number } | null> {
    return this.settlement.keepCancellationFee(actor, sessionId);
  }

  /** SettlementService.syncPaymentIntent. */
  syncPaymentIntent(paymentIntentId: string, cause?: StatusCause, action?: string): Promise<boolean> {
    return this.settlement.syncPaymentIntent(paymentIntentId, cause, action);
  }

  /** StripeWebhookService.handleWebhook (POST /webhooks/stripe). */
  handleWebhook(rawBody: Buffer, signature: string | string[] | undefined): Promise<WebhookAnswer> {
    return this.webhooks.handleWebhook(rawBody, signature);
  }

  /** DisputeService.disputes. */
  disputes(viewer: Viewer, status: DisputeStatus | null | undefined, page: PageRequest): Promise<Page<Dispute>> {
    return this.disputeFlows.disputes(viewer, status, page);
  }

  /**
   * The payments the viewer may see (paymentsOf: a customer's own, every one for admins), newest
   * first, of what `paidFor` names (a session, a quote; every one without); the count scoped the same way.
   */
  paymentsOf(viewer: Viewer, page: PageRequest, paidFor?: PaidFor | null): Promise<Page<Payment>> {
    return this.payments.page(paymentsOf(viewer), page, paidFor ?? {});
  }

  /**
   * A session's diagnostic payment (`{ sessionId }`) or a quote's repair payment (`{ quoteId }`) as
   * the viewer may see it (paymentsOf: the customer's own, any for admins; null for anyone else):
   * the newest, the one that counts. Batched per turn for the rows of a page.
   */
  paymentFor(viewer: Viewer, target: { sessionId: string } | { quoteId: string }): Promise<Payment | null> {
    let loaders = this.newest.get(viewer);
    if (!loaders) {
      const of = (key: "sessionId" | "quoteId") => perTurnLoader((ids) => this.payments.newestOf(paymentsOf(viewer), key, ids));
      loaders = { sessionId: of("sessionId"), quoteId: of("quoteId") };
      this.newest.set(viewer, loaders);
    }
    return "sessionId" in target ? loaders.sessionId.load(target.sessionId) : loaders.quoteId.load(target.quoteId);
  }
}
