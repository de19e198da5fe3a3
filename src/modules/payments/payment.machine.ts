/**
 * The status machines of the payments aggregate, and the only code that writes their status
 * columns: Payment.status (most moves are Stripe's, reported by webhook or re-read after a call,
 * so they are the SYSTEM's; a customer starts a payment, an admin refunds one), Dispute.status
 * (Stripe's dispute as last reported) and ConnectedPayout.status (a payee's bank payout Stripe
 * reported failed). Every payment move is a conditional UPDATE on (id, the status read, guard)
 * with its audit row in the same transaction, as is every change of a dispute's status; payments
 * publish no live events. A move that leaves the work no longer paid for (ENDS_UNPAID) calls off
 * what it paid for in that transaction too: a repair's upcoming drop-off, a diagnostic's session
 * not completed (UnpaidWork).
 */
import { defineMachine, leaves, mayMake, refusalOf, type MoveActor } from "../../domain/state-machine.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { Prisma } from "../../platform/db/generated/client.ts";
import type { DisputeStatus, PaymentKind, PaymentStatus } from "../../platform/db/generated/enums.ts";
import type { Tx } from "../../platform/db/prisma.ts";
import { forbidden, statusConflict } from "../../platform/errors.ts";
import type { AuditService } from "../audit/audit.service.ts";

/** Statuses Stripe's PaymentIntent moves a payment between (a webhook never moves it out of a refunded or disputed status). */
const STRIPE_DRIVEN: PaymentStatus[] = ["REQUIRES_PAYMENT_METHOD", "REQUIRES_CONFIRMATION", "REQUIRES_ACTION", "PROCESSING", "REQUIRES_CAPTURE", "SUCCEEDED", "CANCELED", "FAILED"];
/** A settled payment: refundable by an admin or by Stripe's Dashboard. */
const REFUNDABLE: PaymentStatus[] = ["SUCCEEDED", "PARTIALLY_REFUNDED"];
const sync = (to: PaymentStatus, verb: string) => ({ from: STRIPE_DRIVEN, to, who: ["SYSTEM"] as MoveActor[], verb });

/**
 * Payment.status. `pay` creates the row (no status before it); the Stripe moves mirror the
 * PaymentIntent's status; a refund's target is what the refunded amount leaves (see `refundedStatus`);
 * a dispute holds the payment DISPUTED (a lost one books its write-off as `loseDispute`, DISPUTED
 * to DISPUTED) until won, when it returns to what its refunds leave.
 */
export const paymentMachine = defineMachine("payment", {
  pay: { from: [], to: "REQUIRES_PAYMENT_METHOD", who: ["CUSTOMER"], verb: "paid" },
  requirePaymentMethod: sync("REQUIRES_PAYMENT_METHOD", "returned to payment method entry"),
  requireConfirmation: sync("REQUIRES_CONFIRMATION", "sent for confirmation"),
  requireAction: sync("REQUIRES_ACTION", "sent for customer action"),
  process: sync("PROCESSING", "processed"),
  authorize: sync("REQUIRES_CAPTURE", "authorized"),
  succeed: sync("SUCCEEDED", "settled"),
  cancel: sync("CANCELED", "canceled"),
  // An admin's full refund of an escrowed repair only authorized: Stripe cancels the intent, its hold is released, nothing was captured.
  release: { from: ["REQUIRES_CAPTURE"], to: "CANCELED", who: ["ADMIN"], verb: "released" },
  refundPartially: { from: REFUNDABLE, to: "PARTIALLY_REFUNDED", who: ["ADMIN", "SYSTEM"], verb: "refunded" },
  refundInFull: { from: REFUNDABLE, to: "REFUNDED", who: ["ADMIN", "SYSTEM"], verb: "refunded" },
  // A refund Stripe reports failed (or canceled) gives the customer nothing back: its booking is undone.
  failRefund: { from: ["PARTIALLY_REFUNDED", "REFUNDED"], to: "SUCCEEDED", who: ["SYSTEM"], verb: "reinstated" },
  failRefundPartly: { from: ["PARTIALLY_REFUNDED", "REFUNDED"], to: "PARTIALLY_REFUNDED", who: ["SYSTEM"], verb: "reinstated" },
  dispute: { from: [...STRIPE_DRIVEN, "PARTIALLY_REFUNDED", "REFUNDED", "DISPUTED"], to: "DISPUTED", who: ["SYSTEM"], verb: "disputed" },
  loseDispute: { from: ["DISPUTED"], to: "DISPUTED", who: ["SYSTEM"], verb: "lost" },
  winDispute: { from: ["DISPUTED"], to: "SUCCEEDED", who: ["SYSTEM"], verb: "reinstated" },
  winDisputePartlyRefunded: { from: ["DISPUTED"], to: "PARTIALLY_REFUNDED", who: ["SYSTEM"], verb: "reinstated" },
  winDisputeRefunded: { from: ["DISPUTED"], to: "REFUNDED", who: ["SYSTEM"], verb: "reinstated" },
});
export type PaymentMove = keyof typeof paymentMachine.moves;

/**
 * The statuses in which a payment pays for its work, a diagnostic or a repair: authorized (an
 * escrowed repair, captured when it is complete), settled, or refunded in part (what is left still
 * pays for the work: a goodwill refund does not call it off). The one answer to "is this paid
 * for?": a request reaches mechanics and a session is claimed, started and completed, a drop-off
 * is booked or moved, a repair completed and the work reviewed only while a payment of it is in
 * one of these. Refunded in full, cancelled or failed, a payment pays for nothing; disputed, it is
 * held until the dispute is decided (won, it pays again; lost, it ends unpaid: ENDS_UNPAID).
 */
export const PAYS_FOR_WORK = ["REQUIRES_CAPTURE", "SUCCEEDED", "PARTIALLY_REFUNDED"] as const satisfies readonly PaymentStatus[];

/** Why the work is no longer paid for, as the audit row of what it called off says (`data.cause`). */
export type UnpaidCause = "PAYMENT_CANCELED" | "REFUNDED_IN_FULL" | "DISPUTE_LOST";

/**
 * The moves after which a payment pays for nothing: its authorization cancelled or lapsed, all of
 * it refunded, a dispute lost (Stripe keeps the money the customer disputed, and the payment stays
 * DISPUTED, which no completion or payout accepts). A partial refund and a won dispute are not
 * among them: what is left still pays for the work.
 */
export const ENDS_UNPAID: Readonly<Partial<Record<PaymentMove, UnpaidCause>>> = {
  cancel: "PAYMENT_CANCELED",
  release: "PAYMENT_CANCELED",
  refundInFull: "REFUNDED_IN_FULL",
  loseDispute: "DISPUTE_LOST",
};

/**
 * Why a move of a payment read as `from` leaves its work unpaid, or null when it does not: a move
 * in ENDS_UNPAID out of a status in which the payment paid for the work (PAYS_FOR_WORK) or was held
 * by a dispute. A payment that never paid (an intent cancelled before the customer confirmed it, a
 * failed one) ends nothing: its work was not paid for before, and a new payment may still pay it.
 */
export function endsUnpaid(move: PaymentMove, from: PaymentStatus): UnpaidCause | null {
  const cause = ENDS_UNPAID[move];
  return cause && (from === "DISPUTED" || (PAYS_FOR_WORK as readonly PaymentStatus[]).includes(from)) ? cause : null;
}

/**
 * Whether `move`, which left a repair unpaid for `cause`, calls off the repair itself and not only
 * its drop-off: the customer has the money back before the repair was complete (refunded in full,
 * a dispute lost), or an admin released the escrowed authorization because the repair will not
 * happen (`release`). An authorization that lapsed, which nobody chose, leaves the quote approved:
 * the customer pays it again. Either way the customer moves on as after a decline.
 */
export function callsOffRepair(move: PaymentMove, cause: UnpaidCause): boolean {
  return move === "release" || cause === "REFUNDED_IN_FULL" || cause === "DISPUTE_LOST";
}

/** The cause a payment move that ended its work unpaid hands to UnpaidWork: the move's, with the payment's id and the UnpaidCause. */
export interface UnpaidWorkCause extends StatusCause {
  data: StatusCause["data"] & { paymentId: string; cause: UnpaidCause };
}

/**
 * What the work a payment paid for becomes once it is no longer paid for (endsUnpaid), in the
 * payment move's transaction, once per move (a redelivered event finds the payment moved and moves
 * nothing): a repair's upcoming drop-off is cancelled (BookingService.cancelForUnpaidRepair); a
 * repair whose customer got the money back (refunded in full, a dispute lost) or whose escrowed authorization an admin released (callsOffRepair)
 * before it was complete is called off, its approved quote CANCELLED
 * (QuoteService.callOffUnpaidRepair), as a diagnostic's session, requested, claimed or started,
 * is cancelled (SessionService.cancelForUnpaidDiagnostic). A drop-off that has started, a
 * completed repair and a completed session are left alone.
 */
export interface UnpaidWork {
  cancelDropOff(tx: Tx, quoteId: string, cause: UnpaidWorkCause): Promise<void>;
  callOffRepair(tx: Tx, quoteId: string, cause: UnpaidWorkCause): Promise<void>;
  cancelSession(tx: Tx, sessionId: string, cause: UnpaidWorkCause): Promise<void>;
}

const settlesOnly = () => Promise.reject(new Error("this payment machine only settles payments: it cannot call off the work a payment paid for"));

/**
 * For a machine that only creates and settles payments (demo data, a second process's payout
 * run): no move of it can leave work unpaid, and one that did would fail here rather than leave a
 * drop-off booked or a session open.
 */
export const SETTLES_ONLY: UnpaidWork = { cancelDropOff: settlesOnly, callOffRepair: settlesOnly, cancelSession: settlesOnly };

/** The Stripe move that brings a payment to `status` (one of Stripe's statuses). */
export const SYNC_MOVE: Readonly<Partial<Record<PaymentStatus, PaymentMove>>> = {
  REQUIRES_PAYMENT_METHOD: "requirePaymentMethod",
  REQUIRES_CONFIRMATION: "requireConfirmation",
  REQUIRES_ACTION: "requireAction",
  PROCESSING: "process",
  REQUIRES_CAPTURE: "authorize",
  SUCCEEDED: "succeed",
  CANCELED: "cancel",
};

/** What a payment's refunds leave it as (once no dispute holds it), in cents refunded of the amount. */
export const refundedStatus = (refundedCents: number, amountCents: number): "SUCCEEDED" | "PARTIALLY_REFUNDED" | "REFUNDED" =>
  refundedCents === 0 ? "SUCCEEDED" : refundedCents >= amountCents ? "REFUNDED" : "PARTIALLY_REFUNDED";

/** The refund move that leaves a payment with `refundedCents` of `amountCents` refunded. */
export const refundMove = (refundedCents: number, amountCents: number): PaymentMove => (refundedCents >= amountCents ? "refundInFull" : "refundPartially");

/** The move a failed refund makes: back to what the payment's other refunds leave (`refundedCents`, less than its amount). */
export const failedRefundMove = (refundedCents: number): PaymentMove => (refundedCents <= 0 ? "failRefund" : "failRefundPartly");

const WIN_DISPUTE_MOVE = { SUCCEEDED: "winDispute", PARTIALLY_REFUNDED: "winDisputePartlyRefunded", REFUNDED: "winDisputeRefunded" } as const;

/** The move a won dispute makes: back to what the payment's refunds leave. */
export const winDisputeMove = (refundedCents: number, amountCents: number): PaymentMove => WIN_DISPUTE_MOVE[refundedStatus(refundedCents, amountCents)];

const DISPUTE_STATUSES: DisputeStatus[] = ["INQUIRY", "INQUIRY_CLOSED", "PREVENTED", "OPEN", "WON", "LOST"];
const report = (to: DisputeStatus, verb: string) => ({ from: DISPUTE_STATUSES, to, who: ["SYSTEM"] as MoveActor[], verb });

/**
 * Dispute.status from Stripe's dispute status: Stripe is its only writer (`who: SYSTEM`); each
 * report is re-read and stored as it is (created on the first), so events arriving out of order
 * converge and any status may follow any other.
 */
export const disputeMachine = defineMachine("dispute", {
  inquire: report("INQUIRY", "inquired"),
  closeInquiry: report("INQUIRY_CLOSED", "closed"),
  prevent: report("PREVENTED", "prevented"),
  open: report("OPEN", "opened"),
  win: report("WON", "won"),
  lose: report("LOST", "lost"),
});
type DisputeMove = keyof typeof disputeMachine.moves;
const DISPUTE_MOVE: Readonly<Record<DisputeStatus, DisputeMove>> = { INQUIRY: "inquire", INQUIRY_CLOSED: "closeInquiry", PREVENTED: "prevent", OPEN: "open", WON: "win", LOST: "lose" };

/** ConnectedPayout.status: a payee's bank payout is recorded only when Stripe reports it FAILED (`payout.failed`). */
export const connectedPayoutMachine = defineMachine("connected payout", {
  fail: { from: [], to: "FAILED", who: ["SYSTEM"], verb: "failed" },
});

/**
 * Why a payment's status changes, for its audit entry: the viewer of a mutation, or no actor and
 * `data.source: "stripe"` with the event (and dispute) id for a webhook.
 */
export interface StatusCause {
  actor: Viewer | null;
  data: Record<string, string | number>;
}

/** A new payment: what `pay` creates, with its status. */
export interface NewPayment {
  id: string;
  kind: PaymentKind;
  customerId: string;
  sessionId: string | null;
  quoteId: string | null;
  amountCents: number;
  manualCapture: boolean;
  transferGroup: string;
  idempotencyKey: string;
}

/** The stored row of a Stripe dispute, as last reported. */
export interface DisputeReport {
  stripeDisputeId: string;
  paymentId: string;
  amountCents: number;
  status: DisputeStatus;
  stripeStatus: string;
  reason: string | null;
}

/** Performs the moves of the three machines. */
export class PaymentMachine {
  constructor(
    private readonly audit: AuditService,
    /** Told of every move that leaves a payment's work unpaid (endsUnpaid), in its transaction. */
    private readonly work: UnpaidWork,
  ) {}

  /** `pay`: creates the payment REQUIRES_PAYMENT_METHOD in the caller's transaction, audited as payment.created. */
  async create(tx: Tx, who: MoveActor, payment: NewPayment, cause: StatusCause): Promise<Prisma.PaymentGetPayload<object>> {
    if (!mayMake(paymentMachine, "pay", who)) throw forbidden();
    const created = await tx.payment.create({ data: { ...payment, status: paymentMachine.moves.pay.to } });
    await this.record(tx, payment.id, null, created.status, "payment.created", cause);
    return created;
  }

  /**
   * Makes `move` on a payment read as `from`: UPDATE ... WHERE id, status = from (and `guard.where`,
   * e.g. the refunded amount read), setting the move's status and `guard.data`; audited as
   * `action` with from, to and the cause in the same transaction. A move that leaves the work
   * unpaid (endsUnpaid) then calls it off (UnpaidWork: a repair's upcoming drop-off and, its money
   * given back, its approved quote; a diagnostic's session not completed), in that transaction and so once: a redelivered event finds the payment
   * moved and moves nothing. False when a
   * concurrent change got there first. FORBIDDEN when `who` may not make the move; CONFLICT
   * (refusalOf) when the move cannot leave `from`.
   */
  async move(
    tx: Tx,
    paymentId: string,
    move: PaymentMove,
    from: PaymentStatus,
    r: { who: MoveActor; action: string; cause: StatusCause; where?: Prisma.PaymentWhereInput; data?: Prisma.PaymentUpdateManyMutationInput },
  ): Promise<boolean> {
    if (!mayMake(paymentMachine, move, r.who)) throw forbidden();
    if (!leaves(paymentMachine, move, from)) throw statusConflict(refusalOf(paymentMachine, move, from), from);
    const to = paymentMachine.moves[move].to;
    const [moved] = await tx.payment.updateManyAndReturn({
      where: { ...r.where, id: paymentId, status: from },
      data: { ...r.data, status: to },
      select: { kind: true, quoteId: true, sessionId: true },
    });
    if (!moved) return false;
    await this.record(tx, paymentId, from, to, r.action, r.cause);
    const unpaid = endsUnpaid(move, from);
    if (unpaid) {
      const cause: UnpaidWorkCause = { actor: r.cause.actor, data: { ...r.cause.data, paymentId, cause: unpaid } };
      if (moved.kind === "REPAIR" && moved.quoteId) {
        await this.work.cancelDropOff(tx, moved.quoteId, cause);
        if (callsOffRepair(move, unpaid)) await this.work.callOffRepair(tx, moved.quoteId, cause);
      }
      if (moved.kind === "DIAGNOSTIC" && moved.sessionId) await this.work.cancelSession(tx, moved.sessionId, cause);
    }
    return true;
  }

  /**
   * Stores a dispute as Stripe reports it now (created on its first report); a report that changes
   * its status (or creates it) is audited as `dispute.<status>` with `cause` (no actor, Stripe's
   * event). Under the payment row's lock (the caller's), so of concurrent or redelivered reports of
   * one status only the first finds it changed: a redelivery writes no second row.
   */
  async reportDispute(tx: Tx, report: DisputeReport, cause: StatusCause): Promise<void> {
    const move = DISPUTE_MOVE[report.status];
    const { stripeDisputeId, paymentId, ...row } = { ...report, status: disputeMachine.moves[move].to };
    const before = await tx.dispute.findUnique({ where: { stripeDisputeId }, select: { status: true } });
    const { id } = await tx.dispute.upsert({ where: { stripeDisputeId }, create: { ...row, stripeDisputeId, paymentId }, update: row, select: { id: true } });
    if (before?.status === row.status) return;
    const data = { ...cause.data, move, from: before?.status ?? null, to: row.status, stripeStatus: row.stripeStatus, paymentId };
    await this.audit.write([{ actor: cause.actor, action: `dispute.${row.status.toLowerCase()}`, entityType: "Dispute", entityId: id, data }], tx);
  }

  /**
   * Records a payee's bank payout as FAILED once by Stripe's payout id. The row's id, and whether
   * this report is the first to fail it (false: recorded FAILED before).
   */
  async failConnectedPayout(
    tx: Tx,
    payout: { stripePayoutId: string; stripeAccountId: string; amountCents: number; currency: string; failureCode: string | null },
  ): Promise<{ id: string; first: boolean }> {
    const status = connectedPayoutMachine.moves.fail.to;
    // The insert decides which report is first: of concurrent reports of one payout, one inserts and
    // the others wait for it and insert nothing (a read before an upsert let them all see no row).
    const { count } = await tx.connectedPayout.createMany({ data: [{ ...payout, status }], skipDuplicates: true });
    const where = { stripePayoutId: payout.stripePayoutId };
    const row =
      count === 1
        ? await tx.connectedPayout.findUniqueOrThrow({ where, select: { id: true } })
        : await tx.connectedPayout.update({ where, data: { status, failureCode: payout.failureCode }, select: { id: true } });
    return { id: row.id, first: count === 1 };
  }

  private record(tx: Tx, paymentId: string, from: PaymentStatus | null, to: PaymentStatus, action: string, cause: StatusCause): Promise<void> {
    return this.audit.write([{ actor: cause.actor, action, entityType: "Payment", entityId: paymentId, data: { ...cause.data, from, to } }], tx);
  }
}

/**
 * Demo data only (src/seed): a demo diagnostic or repair payment made by the machine's own moves,
 * `pay` by its customer then `succeed` as a Stripe sync, so its audit rows are what a live payment
 * writes (date them with a machine over `AuditService.asOf`). The row then takes the demo's
 * placeholder PaymentIntent id and backdated `createdAt`. Not for product code.
 */
export async function restoreDemoPayment(tx: Tx, machine: PaymentMachine, payment: NewPayment & { stripePaymentIntentId: string; createdAt: Date }): Promise<void> {
  const { stripePaymentIntentId, createdAt, ...row } = payment;
  const customer = { id: row.customerId, role: "CUSTOMER" as const, workshopId: null };
  await machine.create(tx, customer.role, row, { actor: customer, data: { amountCents: row.amountCents } });
  await tx.payment.update({ where: { id: row.id }, data: { stripePaymentIntentId, createdAt } });
  const move = SYNC_MOVE.SUCCEEDED!;
  await machine.move(tx, row.id, move, paymentMachine.moves.pay.to, { who: "SYSTEM", action: "payment.synced", cause: { actor: null, data: { source: "seed" } } });
}
