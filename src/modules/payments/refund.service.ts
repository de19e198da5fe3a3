import { createHash } from "node:crypto";
import type Stripe from "stripe";
import { failedRefundPostings, payeeShares, reinstatedOn, reversalPostings } from "../../domain/ledger/reversal.ts";
import type { MoveActor } from "../../domain/state-machine.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { PaymentKind, PaymentStatus } from "../../platform/db/generated/enums.ts";
import type { Tx } from "../../platform/db/prisma.ts";
import { AppError, badInputAt, ErrorCode, idempotencyKeyReused, notFound, statusConflict } from "../../platform/errors.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { ContentFlagService } from "../content/content-flag.service.ts";
import { systemScope } from "../shared/scope.ts";
import type { LedgerStore } from "./ledger.store.ts";
import type { PayeeAccountStore } from "./payee-account.store.ts";
import { failedRefundMove, refundMove, type PaymentMachine, type StatusCause } from "./payment.machine.ts";
import { paymentsToRefund } from "./payment.policy.ts";
import type { PaymentScope, PaymentStore } from "./payment.store.ts";
import type { Payment } from "./payment.type.ts";
import type { PayoutService } from "./payout.service.ts";
import type { SettlementService } from "./settlement.service.ts";
import { isStripeRefusal, requireStripe, stripeFailure } from "./stripe-client.ts";
import type { TransferStore } from "./transfer.store.ts";
import { placeMechanicShare } from "./withholding.ts";

/**
 * Refunds, whoever starts them: an admin through the API (all or part of a settled payment), the
 * API itself (a diagnostic whose session was cancelled, a customer's choice after their mechanic
 * was suspended), or someone in Stripe's Dashboard (booked from Stripe's refund events). Each is
 * booked the same way, and only once Stripe has made it: the payment's refund move, the Refund
 * row (with its Stripe id), the reversal of the split that leaves every party its part of what the
 * customer still pays (reversalPostings), then the
 * reversal of what each payee's transfers took. Stripe is asked first because a refund booked
 * first and then refused or lost at Stripe would leave the books saying money went back that
 * never did, with nothing to retry it; a refund Stripe made and the API failed to book is still
 * booked, by Stripe's refund events (syncRefunds).
 */
export class RefundService {
  constructor(
    private readonly payments: PaymentStore,
    private readonly transfers: TransferStore,
    private readonly ledger: LedgerStore,
    private readonly payees: PayeeAccountStore,
    private readonly machine: PaymentMachine,
    private readonly settlement: SettlementService,
    private readonly payouts: PayoutService,
    private readonly stripe: Stripe | null,
    private readonly contentFlags: ContentFlagService,
    private readonly audit: AuditService,
  ) {}

  /**
   * An admin refunds `amountCents` (default: all that is left; parsed by the resolver, RefundPaymentArgs) of a settled payment (the
   * `refundPartially` / `refundInFull` moves, paymentsToRefund), or releases an escrowed repair's
   * authorization (`release`: nothing was captured, so nothing is refunded; see `release`). Stripe makes the refund first and
   * it is booked after, so it is booked if and only if Stripe made it. Refunds of one payment run
   * one at a time; each `idempotencyKey` (the admin's, required) is one refund: the same key sent
   * again (a double-click, a retry after a lost answer), at once or later, is the same refund (an
   * omitted amount is the same only if the key's refund took all that was left: sameAmountAsked). Once
   * booked the answer is the refund, whatever becomes of the payees' transfer reversals (retried by
   * the payout run).
   * @throws NOT_FOUND outside the refunder's scope; CONFLICT for a disputed or unsettled payment, or one
   *   refunded in full (saying 0 cents remain, `extensions.remainingCents` 0), or an idempotency key
   *   used for another refund, another amount or another reason (ALREADY_EXISTS: the key
   *   fingerprints the request) or held by Stripe for another request (CONCURRENT_CHANGE); BAD_USER_INPUT for more
   *   than is left (the message and `extensions.remainingCents` say how many cents are), or for part of an
   *   authorization; PAYMENT_PROVIDER_REFUSED
   *   when Stripe refuses the refund and SERVICE_UNAVAILABLE (`retryable`) when Stripe is
   *   unavailable, nothing booked either way.
   */
  async refund(viewer: Viewer, paymentId: string, amountCents: number | null | undefined, reason: string | null | undefined, idempotencyKey: string): Promise<Payment> {
    const by = { who: viewer.role, actor: viewer, scope: paymentsToRefund(viewer) };
    return (await this.release(by, paymentId, amountCents, reason, idempotencyKey)) ?? this.refundAs(by, paymentId, amountCents, reason, {}, idempotencyKey);
  }

  /**
   * An admin's full refund of an escrowed repair payment only authorized (REQUIRES_CAPTURE):
   * nothing was captured, so there is nothing to refund: Stripe cancels the PaymentIntent
   * (`cancellation_reason: requested_by_customer`), which releases the card's hold, and the payment
   * makes the `release` move to CANCELED, audited `payment.released` with the admin and `reason`.
   * The split is booked only when a payment settles (SettlementService), so an authorization has
   * none and the ledger books nothing. The move calls off the repair (CALLS_OFF_REPAIR): its
   * upcoming drop-off is cancelled and its quote CANCELLED, so the customer moves on rather than
   * pays it again. As for a refund, Stripe is asked under the payment's lock with a key derived from
   * the admin's (`release:<admin>:<key>`; a refund's is `refund:<admin>:<key>`, so a release Stripe
   * refuses may become that refund), and the admin's key names one release however often it is
   * sent (IdempotentRequest): the same answer, one cancellation; for another payment CONFLICT
   * ALREADY_EXISTS. Stripe's `payment_intent.canceled` then finds the payment CANCELED and changes
   * nothing. Null when the payment is not only authorized (refundAs decides), also when Stripe
   * finds the intent captured or cancelled meanwhile (the payout job's capture whose answer was
   * not read yet, a lapse): the payment first takes Stripe's status, so a captured one is refunded
   * in full as any settled payment, and a cancelled one is refused as such.
   * @throws NOT_FOUND outside the refunder's scope; BAD_USER_INPUT for part of the authorization
   *   (Stripe releases all or captures; a partial refund waits for the capture); CONFLICT
   *   ALREADY_EXISTS; SERVICE_UNAVAILABLE (`retryable`), PAYMENT_PROVIDER_REFUSED or CONFLICT
   *   CONCURRENT_CHANGE when Stripe cannot or will not cancel, nothing changed
   */
  private async release(
    by: { who: MoveActor; actor: Viewer; scope: PaymentScope },
    paymentId: string,
    amountCents: number | null | undefined,
    reason: string | null | undefined,
    clientKey: string,
  ): Promise<Payment | null> {
    const payment = await this.payments.refundTarget(by.scope, paymentId);
    if (!payment) throw notFound("Payment");
    const key = refundRowKey(by.actor, clientKey);
    const answered = (release: { paymentId: string; reason?: string | null }) => {
      if (release.paymentId !== payment.id || (release.reason !== undefined && release.reason !== (reason ?? null))) throw idempotencyKeyReused("refund");
      return this.payments.view(payment.id);
    };
    const prior = await this.payments.releaseByIdempotencyKey(key);
    if (prior) return answered(prior);
    const intentId = payment.stripePaymentIntentId;
    if (payment.status !== "REQUIRES_CAPTURE" || !intentId || (await this.payments.refundByIdempotencyKey(key))) return null;
    if (amountCents != null && amountCents !== payment.amountCents) {
      throw badInputAt(["amountCents"], `only the whole authorization (${payment.amountCents} cents) can be released before it is captured: leave amountCents out`);
    }
    const stripe = requireStripe(this.stripe);
    const released = await this.payments.transaction(async (tx) => {
      await this.payments.lock(tx, payment.id);
      // A click sent with the same key waited on the lock for this release: it is answered the same.
      const first = await this.payments.releaseByIdempotencyKey(key, tx);
      if (first) return first;
      const now = await this.payments.amountsOf(payment.id, tx);
      if (now.status !== "REQUIRES_CAPTURE") return null;
      try {
        await stripe.paymentIntents.cancel(intentId, { cancellation_reason: RELEASE_REASON }, { idempotencyKey: `release:${by.actor.id}:${clientKey}` });
      } catch (error) {
        if (isStripeRefusal(error) && error.code === "payment_intent_unexpected_state") return null;
        throw stripeFailure(error, "release the authorization", "nothing was changed");
      }
      const cause: StatusCause = { actor: by.actor, data: { ...(reason ? { reason } : {}), cancellationReason: RELEASE_REASON } };
      if (!(await this.machine.move(tx, payment.id, "release", now.status, { who: by.who, action: "payment.released", cause }))) {
        throw new Error(`payment ${payment.id} changed under its lock while its authorization was released`);
      }
      await this.payments.recordRelease(tx, { key, userId: by.actor.id, paymentId: payment.id, reason: reason ?? null });
      return { paymentId: payment.id };
    }, REFUND_TRANSACTION_MS);
    if (released) return answered(released);
    // No longer only authorized: the payment takes Stripe's status, and refundAs decides on it.
    await this.settlement.syncPaymentIntent(intentId, { actor: by.actor, data: { source: "refund" } }).catch((error: unknown) => {
      throw stripeFailure(error, "read the payment to refund");
    });
    return null;
  }

  /**
   * Refuses, before a session is cancelled, a cancellation whose full refund of its diagnostic
   * (`refundDiagnosticInFull`) this server cannot make: the session has a settled diagnostic
   * payment and Stripe is not configured. Nothing is read when Stripe is configured.
   * @throws PAYMENTS_NOT_CONFIGURED when the session holds a settled diagnostic payment and this server runs without Stripe
   */
  async assertMayRefundDiagnostic(sessionId: string): Promise<void> {
    if (this.stripe) return;
    if (await this.payments.settledDiagnosticOf(sessionId)) requireStripe(this.stripe);
  }

  /**
   * Gives the customer back their whole diagnostic payment (what is left of it): the held share
   * comes back from DIAGNOSTIC_CLEARING, the fee from the platform. The one refund of every
   * cancellation that refunds (the customer's `cancelSession`, an admin's `adminCancelSession`, the
   * customer's choice after their mechanic's absence; a mechanic's `cancelSession` withdraws and
   * refunds nothing): a move of the
   * session's, so the refund is the system's, audited with `actor` as its cause. Nothing when the
   * diagnostic was not paid or is refunded in full already, also when refunded by another path (an
   * admin's refundPayment sent together with the cancellation) between this read and its own
   * refund: the customer has their money back, once, and the cancellation is answered. Called after the session's move, which stays
   * made when the refund fails: the session is cancelled, the payment unrefunded and nothing
   * booked, and the failure is audited `payment.refund_failed` (actor, `sessionId`, `reason`,
   * `code`, Stripe's `stripeCode`, and `next`: what an admin does: retry with `refundPayment` when
   * Stripe was unavailable; refund in Stripe's Dashboard when Stripe refused, as the same request
   * would be refused again: Stripe keeps the answer for its idempotency key), which admins list by
   * that action (`auditLog`). An admin's error says that next step, with Stripe's `stripeCode`;
   * anyone else's (the customer) says the refund was not made and is recorded for the admins, who
   * can make it: nothing retries it and nobody is notified, so nothing more is promised, and
   * Stripe's code is not theirs to read.
   * @throws PAYMENT_PROVIDER_REFUSED or SERVICE_UNAVAILABLE (not `retryable`: the session's move is
   *   made) when Stripe refuses or is unavailable, with the payment in `extensions.paymentId`
   *   (and `stripeCode` for an admin)
   */
  async refundDiagnosticInFull(actor: Viewer, sessionId: string, reason: string): Promise<void> {
    const payment = await this.payments.settledDiagnosticOf(sessionId);
    if (!payment) return;
    try {
      await this.refundAs({ who: "SYSTEM", actor, scope: systemScope("the session's refund of its diagnostic") }, payment.id, null, reason);
    } catch (error) {
      const code = error instanceof AppError ? error.extensions.code : null;
      // Refunded in full by another path since it was read (an admin's refundPayment, a Dashboard
      // refund's event): the refund this cancellation owes is made, once, so the move stands answered.
      if (code === ErrorCode.CONFLICT && (await this.payments.amountsOf(payment.id)).status === "REFUNDED") return;
      if (code !== ErrorCode.PAYMENT_PROVIDER_REFUSED && code !== ErrorCode.SERVICE_UNAVAILABLE) throw error;
      const unavailable = code === ErrorCode.SERVICE_UNAVAILABLE;
      const next = unavailable
        ? `an admin can refund it with refundPayment(paymentId: "${payment.id}") and a new idempotencyKey`
        : `an admin can refund payment ${payment.id} in Stripe's Dashboard, whose refund events book it`;
      const stripeCode = (error as AppError).extensions.stripeCode ?? null;
      await this.audit.write([
        { actor, action: "payment.refund_failed", entityType: "Payment", entityId: payment.id, data: { sessionId, reason, code, stripeCode: stripeCode as string | null, next } },
      ]);
      if (actor.role === "ADMIN") {
        const message = `The session is cancelled, but its diagnostic payment is not refunded (${unavailable ? "Stripe is unavailable" : "Stripe refused it"}) and nothing was booked: ${next}`;
        throw new AppError(code, message, { ...(error as AppError).extensions, retryable: false, paymentId: payment.id });
      }
      // Stripe's code is an admin's to read (in the audit row), not the customer's or mechanic's.
      throw new AppError(code, REFUND_NOT_MADE, { retryable: false, paymentId: payment.id });
    }
  }

  /**
   * A refund by `who` (audited as `actor`'s) of a payment within `scope`; see `refund`. `clientKey`:
   * the admin's idempotency key, under which one refund is made and booked however often it is sent;
   * the API's own refunds (full refunds of a diagnostic) have none and derive theirs (below).
   */
  private async refundAs(
    by: { who: MoveActor; actor: Viewer | null; scope: PaymentScope },
    paymentId: string,
    amountCents: number | null | undefined,
    reason: string | null | undefined,
    cause: Record<string, string> = {},
    clientKey?: string | null,
  ): Promise<Payment> {
    const viewer = by.actor;
    const stripe = requireStripe(this.stripe);
    const data = { amountCents: amountCents ?? null, reason: reason ?? null };
    const payment = await this.payments.refundTarget(by.scope, paymentId);
    if (!payment) throw notFound("Payment");
    const rowKey = clientKey ? refundRowKey(viewer, clientKey) : null;
    // Refused before Stripe is read, unless the key names a refund already booked: that one is
    // answered (a resend after the refund used up the payment). The payment was read first and a
    // refund row commits with its payment's move, so a payment read as refunded shows its row.
    if (!rowKey || !(await this.payments.refundByIdempotencyKey(rowKey))) assertRefundable(payment, data.amountCents);
    // Settling reads the PaymentIntent: Stripe unavailable for it is the refund's failure, nothing booked.
    const settledNow = await this.settlement.ensureSplitBooked(payment.id, payment.stripePaymentIntentId!, { actor: viewer, data: { source: "refund" } }).catch((error: unknown) => {
      throw stripeFailure(error, "read the payment to refund");
    });
    if (settledNow) {
      // Settling it just now may itself have refunded it (a session cancelled before it was paid): a
      // full refund asked for is then done; anything else is decided on the payment as it is now.
      const now = await this.payments.amountsOf(payment.id);
      if (data.amountCents == null && now.status === "REFUNDED") return this.payments.view(payment.id);
    }

    // Stripe first, then the books, all under the payment row's lock: a refund is booked only once
    // Stripe has made it, so a failure at Stripe leaves nothing to undo, and the refunds of one
    // payment (the API's, and Stripe's events booking Dashboard refunds) run one at a time, so the
    // amount left and the key derived from it are read as they stand. The key is the admin's
    // (`clientKey`), or for the API's own full refunds derives from the payment and its refunded
    // amount (a second full refund finds nothing left and is refused): the same request sent again
    // (after a lost answer, or a booking that failed) gets the same refund back from Stripe, and a
    // refund Stripe made but this request did not book is booked by its events (syncRefunds),
    // once: both book by Stripe's refund id.
    const booked = await this.payments.transaction(async (tx) => {
      await this.payments.lock(tx, payment.id);
      if (rowKey) {
        const prior = await this.payments.refundByIdempotencyKey(rowKey, tx);
        if (prior) {
          if (prior.paymentId !== payment.id || prior.reason !== data.reason || !(await this.sameAmountAsked(tx, prior, data.amountCents))) {
            throw idempotencyKeyReused("refund");
          }
          return { row: prior, transferIds: null, until: prior.createdAt };
        }
      }
      const now = await this.payments.amountsOf(payment.id, tx);
      assertRefundable(now, data.amountCents);
      const remaining = now.amountCents - now.refundedCents;
      const amount = data.amountCents ?? remaining;
      const idempotencyKey = rowKey ?? `refund:${payment.id}:${now.refundedCents + amount}`;
      const refundId = refundIdOf(idempotencyKey);
      let stripeRefund: Stripe.Refund;
      try {
        stripeRefund = await stripe.refunds.create({ payment_intent: payment.stripePaymentIntentId!, amount, metadata: { refundId } }, { idempotencyKey });
      } catch (error) {
        throw stripeFailure(error, "refund the payment");
      }
      const known = await this.payments.refundByStripeId(tx, stripeRefund.id);
      if (known) return { row: known, transferIds: null, until: known.createdAt };
      const recorded = await this.recordRefund(tx, by.who, now, Math.min(stripeRefund.amount, remaining), {
        id: refundId,
        reason: data.reason,
        idempotencyKey,
        stripeRefundId: stripeRefund.id,
        cause: { actor: viewer, data: { ...cause, amountCents: amount, refundId } },
      });
      if (!recorded) throw new Error(`payment ${payment.id} changed under its lock while refund ${stripeRefund.id} was booked`);
      // A reason an admin wrote is read by others; the API's own refunds give theirs.
      if (viewer) await this.contentFlags.record(tx, viewer, { type: "Refund", id: recorded.row.id });
      return { ...recorded, until: undefined };
    }, REFUND_TRANSACTION_MS);
    // The refund is made and booked: whatever happens to the transfers' reversals now, the answer
    // is the booked refund (an error would have the admin refund again). A reversal Stripe fails is
    // completed by the payout run, or by the refund's next event (reverseForRefundOrDefer).
    const transferIds = booked.transferIds ?? (await this.transfers.transferIdsOf(payment.id, { until: booked.until }));
    await this.payouts.reverseForRefundOrDefer(booked.row.id, payment.id, transferIds);
    return this.payments.view(payment.id);
  }

  /**
   * Whether a request for `amountCents` (null: all that is left) asks for the refund `prior`,
   * booked under the same key, made. An omitted amount resolves as it did when `prior` was made:
   * to all that was left then, so it is the same request only if `prior` took all that was left
   * (a resent "refund the rest"); after a refund of part, it asks for another amount.
   */
  private async sameAmountAsked(tx: Tx, prior: { paymentId: string; amountCents: number; createdAt: Date }, amountCents: number | null): Promise<boolean> {
    if (amountCents != null) return amountCents === prior.amountCents;
    const { amountCents: paid } = await this.payments.amountsOf(prior.paymentId, tx);
    return (await this.payments.refundedUntil(tx, prior.paymentId, prior.createdAt)) >= paid;
  }

  /**
   * A payment for work called off before it succeeded is refunded in full automatically, once: a
   * diagnostic of a session cancelled meanwhile (the customer confirmed an intent created before
   * cancelling, or it was still processing), or a repair whose approved quote was cancelled
   * meanwhile (its partnership terminated before the customer confirmed the payment). The refund
   * is keyed by the payment and its refunded amount, and a payment already refunded is left alone
   * (a redelivered event, or a concurrent delivery that won).
   */
  async refundIfWorkCalledOff(paymentId: string, cause: StatusCause): Promise<void> {
    const kind = await this.payments.calledOffWorkOf(paymentId);
    if (!kind) return;
    const why = CALLED_OFF[kind];
    const data = Object.fromEntries(Object.entries(cause.data).map(([key, value]) => [key, String(value)]));
    try {
      await this.refundAs({ who: "SYSTEM", actor: null, scope: systemScope("a payment for work called off") }, paymentId, null, why.reason, { ...data, source: why.source });
    } catch (error) {
      if (error instanceof AppError && error.extensions.code === ErrorCode.CONFLICT) return; // refunded meanwhile by another delivery
      throw error;
    }
  }

  /**
   * Brings a payment's refunds to what Stripe has (`charge.refunded`, `refund.created`,
   * `refund.updated`): each refund Stripe reports as succeeded or pending that this API did not
   * has not booked is booked once, keyed by Stripe's refund id, exactly as an API refund is: a
   * Dashboard refund, or one the API made whose booking then failed (a crash, the database down).
   * A refund the API booked is recognised by its stored Stripe id, or by its `metadata.refundId`
   * for a row booked before refunds were made at Stripe first (its Stripe id is stored then), and
   * left alone. False when the PaymentIntent is not one of ours. `read`: the intent's payment as
   * the caller just read it (the webhook's dedupe statement reads it), instead of reading it again.
   */
  async syncRefunds(paymentIntentId: string, eventId: string, read?: { id: string }): Promise<boolean> {
    const stripe = requireStripe(this.stripe);
    const payment = read ?? (await this.payments.byIntent(paymentIntentId));
    if (!payment) return false;
    const cause: StatusCause = { actor: null, data: { source: "stripe", eventId } };
    await this.settlement.ensureSplitBooked(payment.id, paymentIntentId, cause);
    const refunds = await stripe.refunds.list({ payment_intent: paymentIntentId, limit: 100 });
    // Oldest first, as Stripe made them.
    for (const refund of [...refunds.data].sort((a, b) => a.created - b.created)) {
      if (refund.status === "failed" || refund.status === "canceled") {
        await this.undoFailedRefund(payment.id, refund, cause);
        continue;
      }
      if (refund.status !== "succeeded" && refund.status !== "pending") continue;
      // The API's own refund is recognised (its row then holds this Stripe id) and booked already;
      // bookStripeRefund still completes the transfer reversals a Stripe failure interrupted.
      const ours = refund.metadata?.refundId;
      if (ours) await this.payments.claimOwnRefund(ours, payment.id, refund.id);
      await this.bookStripeRefund(payment.id, refund, {
        who: "SYSTEM",
        row: { id: crypto.randomUUID(), reason: refund.reason ? `refunded in Stripe (${refund.reason})` : "refunded in Stripe", idempotencyKey: `stripe-refund:${refund.id}` },
        cause: { ...cause, data: { ...cause.data, stripeRefundId: refund.id, amountCents: refund.amount } },
        flaggedBy: null,
      });
    }
    return true;
  }

  /**
   * A refund Stripe reports `failed` or `canceled` (a pending refund the card or bank refused): the
   * customer got nothing back, so its booking is undone, once, under the payment's lock: the
   * refund's ledger lines are reversed beside it (`refund-failed:<row>`, failedRefundPostings: the
   * payees are owed again what it took from them), the mechanic's share put where it belongs now
   * (placeMechanicShare, `refund-failed-placed:<row>`: withheld only while a ban stands; a ban or its
   * lift since the refund found it gone), what it gave back to a diagnostic's
   * DIAGNOSTIC_CLEARING after the mechanic earned it moved to them the same way
   * (SettlementService.earnReinstated, `refund-failed-earned:<row>`), and the payment moves back to
   * what its other refunds leave, audited `payment.refund_failed` with Stripe's failure reason (and
   * the share's moves: `mechanicId`, `movedCents`, `movedTo`, `ledgerTransactionKey`, `earnedCents`,
   * `earnedTo`, `earnedTransactionKey`). The shares owed
   * again are then transferred as any owed share is (now, or by the payout run). A refund never
   * booked (failed before its booking) changes nothing.
   */
  private async undoFailedRefund(paymentId: string, refund: Stripe.Refund, cause: StatusCause): Promise<void> {
    const ours = refund.metadata?.refundId;
    if (ours) await this.payments.claimOwnRefund(ours, paymentId, refund.id);
    const undone = await this.payments.transaction(async (tx) => {
      await this.payments.lock(tx, paymentId);
      const row = await this.payments.refundByStripeId(tx, refund.id);
      if (!row) return false;
      const lines = failedRefundPostings(await this.ledger.transactionLines(tx, `refund:${row.id}`));
      if (!(await this.ledger.book(tx, `refund-failed:${row.id}`, paymentId, lines))) return false; // undone before
      const placed = await placeMechanicShare(tx, this.payees, paymentId, lines, {
        transactionKey: `refund-failed-placed:${row.id}`,
        description: "failed refund's reinstated share placed where it belongs now",
      });
      const earned = await this.settlement.earnReinstated(tx, paymentId, reinstatedOn(lines, "DIAGNOSTIC_CLEARING"), `refund-failed-earned:${row.id}`);
      const now = await this.payments.amountsOf(paymentId, tx);
      const refundedCents = now.refundedCents - row.amountCents;
      const moved = await this.machine.move(tx, paymentId, failedRefundMove(refundedCents), now.status, {
        who: "SYSTEM",
        action: "payment.refund_failed",
        cause: {
          ...cause,
          data: { ...cause.data, refundId: row.id, stripeRefundId: refund.id, amountCents: row.amountCents, failureReason: refund.failure_reason ?? refund.status ?? "failed", ...placed, ...earned },
        },
        where: { refundedCents: now.refundedCents },
        data: { refundedCents },
      });
      // A payment disputed meanwhile: the dispute decides; Stripe's next delivery tries again.
      if (!moved) throw new Error(`payment ${paymentId} is ${now.status}: refund ${refund.id} failed and cannot be undone now`);
      return true;
    });
    if (!undone) return;
    try {
      await this.payouts.releaseEscrow(paymentId);
    } catch {
      // Owed in the ledger: the payout run transfers it.
    }
  }

  /**
   * Books `refund`, one Stripe has made, once however often it is asked (the API request that
   * made it, its retry, Stripe's events and their redeliveries): under the payment's lock, nothing
   * when a Refund row already has its Stripe id; otherwise a row as `booking` says (who moves the
   * payment, the row's id, reason and key, the audit's cause, and who wrote a reason others read),
   * for no more than the payment has left unrefunded. Then reverses the payees' transfers for it.
   */
  private async bookStripeRefund(
    paymentId: string,
    refund: Stripe.Refund,
    booking: { who: MoveActor; row: { id: string; reason: string | null; idempotencyKey: string }; cause: StatusCause; flaggedBy: Viewer | null },
  ): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const booked = await this.payments.transaction(async (tx) => {
        await this.payments.lock(tx, paymentId);
        const known = await this.payments.refundByStripeId(tx, refund.id);
        if (known) return { done: true, row: known, transferIds: null };
        const payment = await this.payments.amountsOf(paymentId, tx);
        // Stripe never refunds more than the charge; what our books already hold is the limit.
        const amount = Math.min(refund.amount, payment.amountCents - payment.refundedCents);
        if (amount <= 0) return { done: true, row: null, transferIds: null };
        const recorded = await this.recordRefund(tx, booking.who, payment, amount, { ...booking.row, stripeRefundId: refund.id, cause: booking.cause });
        if (recorded && booking.flaggedBy) await this.contentFlags.record(tx, booking.flaggedBy, { type: "Refund", id: recorded.row.id });
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
   * Refund row (unique by its idempotency key and Stripe refund id), the reversal of the split
   * that leaves every party its part of what is still paid (reversalPostings, `refund:<row>`), and the payment's transfers, read under the payment row's lock, for
   * the caller to reverse after commit. A full refund calls off the work with the refund move
   * (PaymentMachine, UnpaidWork): a repair's upcoming drop-off, a diagnostic's session not completed.
   * Null when the payment changed since it was read.
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
    const lines = reversalPostings(payeeShares(await this.ledger.shareEntries(tx, payment.id)), {
      amountCents: amount,
      reversibleCents: amount,
      givenBackBeforeCents: payment.refundedCents,
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

/**
 * What the customer whose cancellation's refund failed reads: only what is true. Nothing retries the
 * refund and nobody is notified; it is recorded (`payment.refund_failed`), and admins list those
 * rows with `auditLog(filter: { action: "payment.refund_failed" })` and make the refund.
 */
const REFUND_NOT_MADE =
  "The session is cancelled, but its diagnostic could not be refunded automatically. The failed refund is recorded for the platform's admins, who can make it; you do not need to cancel again.";

/** Why the API cancels a PaymentIntent it releases, in Stripe's terms: the customer's repair is called off. */
const RELEASE_REASON = "requested_by_customer" satisfies Stripe.PaymentIntentCancelParams.CancellationReason;

/** The key of an admin's refund or release (their idempotency key, per refunder): the Refund row's, or the release's IdempotentRequest's. */
const refundRowKey = (refunder: Viewer | null, clientKey: string) => `refund:${refunder?.id ?? "system"}:${clientKey}`;

/** The refund's reason and audited source, by the kind of work called off before its payment succeeded. */
const CALLED_OFF: Readonly<Record<PaymentKind, { reason: string; source: string }>> = {
  DIAGNOSTIC: { reason: "the session was cancelled before its payment succeeded", source: "session-cancelled" },
  REPAIR: { reason: "the quote was cancelled before its payment succeeded", source: "quote-cancelled" },
};

/**
 * How long a refund's transaction may take: it holds the payment's lock while Stripe is asked
 * (the SDK's timeout is 20 s, and it tries up to three times on a connection failure).
 */
const REFUND_TRANSACTION_MS = 70_000;

/**
 * Whether `payment` can be refunded by `amountCents` (null: all that is left).
 * @throws CONFLICT for a disputed or unsettled payment, and for one refunded in full (`remainingCents` 0); BAD_USER_INPUT at amountCents for more than is left, saying how many cents are (`remainingCents`)
 */
function assertRefundable(payment: { status: PaymentStatus; amountCents: number; refundedCents: number }, amountCents: number | null): void {
  // Stripe refuses it too; a lost dispute has already given the customer the money back.
  if (payment.status === "DISPUTED") throw statusConflict("A disputed payment cannot be refunded: the dispute decides where the money goes", payment.status);
  // Refunded in full, by one refund or several: nothing is left, said as the over-remainder refusal says what is.
  if (payment.status === "REFUNDED") throw statusConflict("This payment is already refunded in full: 0 cents remain refundable", payment.status, { remainingCents: 0 });
  if (payment.status !== "SUCCEEDED" && payment.status !== "PARTIALLY_REFUNDED") throw statusConflict("Only a settled payment can be refunded", payment.status);
  const remainingCents = payment.amountCents - payment.refundedCents;
  if ((amountCents ?? 0) > remainingCents) {
    throw badInputAt(["amountCents"], `is more than the payment's unrefunded amount: ${remainingCents} cents remain refundable`, { remainingCents });
  }
}

/**
 * The Refund row id of the API refund made under `idempotencyKey`, derived from it (a UUIDv8 of
 * its SHA-256): a retry sends Stripe the same `metadata.refundId`, since Stripe refuses a key
 * reused with other parameters, and the key is unique per row, so the id is too.
 */
function refundIdOf(idempotencyKey: string): string {
  const hex = createHash("sha256").update(idempotencyKey).digest("hex");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
