/**
 * Every read and write of the payments tables other than the status columns (payment.machine.ts),
 * the ledger (ledger.store.ts) and transfers (transfer.store.ts): Payment, Refund, Dispute, StripeEvent. Methods that
 * take a `Tx` run inside a flow that already authorised the payment (a viewer's actor scope, an
 * admin's refund, Stripe's signed event) and usually holds its row's lock (`lock`); list reads
 * take a StoreScope from payment.policy.ts.
 */
import { Prisma } from "../../platform/db/generated/client.ts";
import type { DisputeStatus, PaymentKind, PaymentStatus } from "../../platform/db/generated/enums.ts";
import type { PrismaClient, Tx } from "../../platform/db/prisma.ts";
import type { SqlReader } from "../../platform/db/sql.ts";
import { timestampPage, toPage, type Page, type PageRequest } from "../shared/pagination.ts";
import { whereOf, type StoreScope } from "../shared/scope.ts";
import { PAYS_FOR_WORK } from "./payment.machine.ts";
import type { Dispute, Payment } from "./payment.type.ts";
import { PAYABLE_STATUSES } from "./transfer.store.ts";

const paymentSelect = { id: true, kind: true, status: true, amountCents: true, refundedCents: true, currency: true, manualCapture: true, sessionId: true, quoteId: true, createdAt: true } as const;
const disputeSelect = { id: true, stripeDisputeId: true, paymentId: true, amountCents: true, status: true, stripeStatus: true, reason: true, createdAt: true, updatedAt: true } as const;
/**
 * A repair payment's statuses in which the customer's money is on its way, held or taken: the
 * repair paid for (PAYS_FOR_WORK), or money still in flight (PROCESSING) or contested (DISPUTED).
 * Its parts stay reserved while one of these holds, though the repair is not yet (or no longer) paid.
 */
const MONEY_HELD_FOR_REPAIR: PaymentStatus[] = [...PAYS_FOR_WORK, "PROCESSING", "DISPUTED"];

/** What a payee's row says about paying it: its connected account (a mechanic's withheld flag is read under a lock: PayeeAccountStore.earningsWithheld). */
const payeeSelect = { stripeAccountId: true, payoutsEnabled: true } as const;
const mechanicSelect = { mechanic: { select: payeeSelect } } as const;

/** Everything the split of a payment is planned from, read through the payment's relations. */
const planSelect = {
  kind: true,
  amountCents: true,
  manualCapture: true,
  session: { select: { mechanicId: true, status: true, mechanic: { select: mechanicSelect } } },
  quote: {
    select: {
      status: true,
      platformFeeCents: true,
      mechanicFeeCents: true,
      totalCents: true,
      workshopId: true,
      workshop: { select: payeeSelect },
      escalation: { select: { mechanicId: true, mechanic: { select: mechanicSelect } } },
      partnership: { select: { id: true, partnerId: true, paymentTerms: true, partner: { select: payeeSelect } } },
    },
  },
} as const;
/** What a payment paid for, as `payments(where:)` narrows a list: a session's diagnostic, a quote. Not access: the scope is separate. */
export interface PaidFor {
  sessionId?: string | null;
  quoteId?: string | null;
}

function paidForWhere({ sessionId, quoteId }: PaidFor): Prisma.PaymentWhereInput {
  return { ...(sessionId ? { sessionId } : {}), ...(quoteId ? { quoteId } : {}) };
}

/** Which payments a store call may read: the policy's for a viewer (paymentsOf, paymentsToRefund), or the system's. */
export type PaymentScope = StoreScope<Prisma.PaymentWhereInput>;
/** Which disputes a store call may read (payment.policy.ts disputesOf). */
export type DisputeScope = StoreScope<Prisma.DisputeWhereInput>;

export type PaymentToPlan = Prisma.PaymentGetPayload<{ select: typeof planSelect }>;

/** The IdempotentRequest operation of an admin's refundPayment that released an authorization (RefundService). */
const RELEASE_OPERATION = "refundPayment.release";

export class PaymentStore {
  constructor(
    private readonly prisma: PrismaClient,
    /** The webhook's own statements (the event's dedupe and mark, the intent's payment) run through pg: each delivery pays them. */
    private readonly sql: SqlReader,
  ) {}

  /** Runs `fn` in one database transaction (`timeoutMs`: longer than the client's default, for one that waits on Stripe). */
  transaction<T>(fn: (tx: Tx) => Promise<T>, timeoutMs?: number): Promise<T> {
    return timeoutMs ? this.prisma.$transaction(fn, { maxWait: 10_000, timeout: timeoutMs }) : this.prisma.$transaction(fn);
  }

  /** Locks a payment's row until the transaction ends: refunds, disputes, settling and transfers of one payment run one at a time. */
  async lock(tx: Tx, paymentId: string): Promise<void> {
    await tx.$queryRaw`SELECT id FROM "Payment" WHERE id = ${paymentId}::uuid FOR UPDATE`;
  }

  /** The payment created under a customer's idempotency key. */
  byIdempotencyKey(tx: Tx, idempotencyKey: string) {
    return tx.payment.findUnique({ where: { idempotencyKey } });
  }

  /** The newest payment of a session or quote not over without money having moved (not in `dead`). */
  livePaymentOf(tx: Tx, target: { kind: PaymentKind; sessionId: string | null; quoteId: string | null }, dead: readonly PaymentStatus[]) {
    return tx.payment.findFirst({
      where: { kind: target.kind, ...(target.quoteId ? { quoteId: target.quoteId } : { sessionId: target.sessionId }), status: { notIn: [...dead] } },
      orderBy: { createdAt: "desc" },
    });
  }

  /** Stores the PaymentIntent made for a payment, once (a concurrent attempt's is the same intent). */
  async setPaymentIntent(paymentId: string, intentId: string): Promise<void> {
    await this.prisma.payment.updateMany({ where: { id: paymentId, stripePaymentIntentId: null }, data: { stripePaymentIntentId: intentId } });
  }

  /** A payment to refund, within the refunder's actor scope (payment.policy.ts paymentsToRefund; the system's for the API's own refunds). */
  refundTarget(scope: PaymentScope, paymentId: string) {
    return this.prisma.payment.findFirst({
      where: { AND: [{ id: paymentId }, whereOf(scope) ?? {}] },
      select: { id: true, status: true, amountCents: true, refundedCents: true, stripePaymentIntentId: true },
    });
  }

  /** A payment's status and amounts now, in cents. */
  amountsOf(paymentId: string, tx?: Tx) {
    return (tx ?? this.prisma).payment.findUniqueOrThrow({ where: { id: paymentId }, select: { id: true, status: true, amountCents: true, refundedCents: true } });
  }

  /** A payment as the API shows it. */
  view(paymentId: string): Promise<Payment> {
    return this.prisma.payment.findUniqueOrThrow({ where: { id: paymentId }, select: paymentSelect });
  }

  /** The payment of a PaymentIntent (null: not ours). Every payment_intent.* event reads it, through pg rather than Prisma. */
  async byIntent(intentId: string): Promise<{ id: string; status: PaymentStatus } | null> {
    const [payment] = await this.sql.rows<{ id: string; status: PaymentStatus }>(Prisma.sql`SELECT id, status FROM "Payment" WHERE "stripePaymentIntentId" = ${intentId}`);
    return payment ?? null;
  }

  /** A session's settled diagnostic payment (not refunded in full, not disputed), if any. */
  settledDiagnosticOf(sessionId: string) {
    return this.prisma.payment.findFirst({ where: { sessionId, kind: "DIAGNOSTIC", status: { in: [...PAYABLE_STATUSES] } }, select: { id: true } });
  }

  /**
   * Whether the work `of` names is paid for (PAYS_FOR_WORK), read in `db`: a diagnostic payment of
   * the session, or a repair payment of the quote, authorized, settled or refunded in part.
   */
  async isPaid(of: { sessionId: string } | { quoteId: string }, db: Tx | PrismaClient = this.prisma): Promise<boolean> {
    const target = "sessionId" in of ? { sessionId: of.sessionId, kind: "DIAGNOSTIC" as const } : { quoteId: of.quoteId, kind: "REPAIR" as const };
    return (await db.payment.count({ where: { ...target, status: { in: [...PAYS_FOR_WORK] } } })) > 0;
  }

  /**
   * Whether a settled payment's work was called off before it was paid: a diagnostic's session
   * cancelled, or a repair's quote cancelled (its partnership terminated while the customer's
   * payment was still to be confirmed). It is then refunded in full. The payment's kind, or null.
   */
  async calledOffWorkOf(paymentId: string): Promise<PaymentKind | null> {
    const payment = await this.prisma.payment.findFirst({
      where: {
        id: paymentId,
        status: { in: [...PAYABLE_STATUSES] },
        OR: [
          { kind: "DIAGNOSTIC", session: { is: { status: "CANCELLED" } } },
          { kind: "REPAIR", quote: { is: { status: "CANCELLED" } } },
        ],
      },
      select: { kind: true },
    });
    return payment?.kind ?? null;
  }

  /** For partnerships: those of `quoteIds` that no repair payment holds money for (MONEY_HELD_FOR_REPAIR), read in `tx`, in the order given. */
  async unpaidQuotes(tx: Tx, quoteIds: readonly string[]): Promise<string[]> {
    if (quoteIds.length === 0) return [];
    const paid = await tx.payment.findMany({ where: { quoteId: { in: [...quoteIds] }, kind: "REPAIR", status: { in: MONEY_HELD_FOR_REPAIR } }, select: { quoteId: true } });
    const paidIds = new Set(paid.map((payment) => payment.quoteId));
    return quoteIds.filter((id) => !paidIds.has(id));
  }

  /**
   * A quote's repair payment that pays for it (PAYS_FOR_WORK: authorized, settled or refunded in
   * part), if any: what booking its drop-off needs, and what completing the repair captures (an
   * escrowed authorization) or finds settled.
   */
  repairPaymentOf(quoteId: string) {
    return this.prisma.payment.findFirst({ where: { quoteId, kind: "REPAIR", status: { in: [...PAYS_FOR_WORK] } }, select: { id: true, status: true, stripePaymentIntentId: true } });
  }

  /** A quote's escrowed repair payment settled before the repair was complete, if any. */
  escrowedSettledOf(quoteId: string) {
    return this.prisma.payment.findFirst({ where: { quoteId, kind: "REPAIR", manualCapture: true, status: { in: [...PAYABLE_STATUSES] } }, select: { id: true } });
  }

  /** Escrowed repair payments still only authorized, created at or before `cutoff`, oldest first (100 at a time). */
  agingAuthorizations(cutoff: Date) {
    return this.prisma.payment.findMany({
      where: { kind: "REPAIR", manualCapture: true, status: "REQUIRES_CAPTURE", createdAt: { lte: cutoff }, stripePaymentIntentId: { not: null } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 100,
      select: { id: true, quoteId: true, stripePaymentIntentId: true },
    });
  }

  /**
   * Escrowed repair payments still REQUIRES_CAPTURE whose repair is COMPLETED: captured when it was
   * completed, and not settled then (CheckoutService.settleDeferredCaptures), oldest first (100 at a time).
   */
  capturedUnsettled() {
    return this.prisma.payment.findMany({
      where: { kind: "REPAIR", manualCapture: true, status: "REQUIRES_CAPTURE", stripePaymentIntentId: { not: null }, quote: { is: { status: "COMPLETED" } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 100,
      select: { id: true, quoteId: true, stripePaymentIntentId: true },
    });
  }

  /** What the split of a payment is planned from: the payment, its session or quote, and their payees' rows. */
  toPlan(tx: Tx, paymentId: string): Promise<PaymentToPlan> {
    return tx.payment.findUniqueOrThrow({ where: { id: paymentId }, select: planSelect });
  }

  /** A diagnostic payment's session now: its status and the mechanic who completed it (with their payee row). */
  async sessionOf(tx: Tx, paymentId: string) {
    const payment = await tx.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { session: { select: { status: true, mechanicId: true, mechanic: { select: mechanicSelect } } } } });
    return payment.session!;
  }

  /** Payments within `scope` (payment.policy.ts paymentsOf), newest first; the count scoped the same way. */
  async page(scope: PaymentScope, page: PageRequest, paidFor: PaidFor = {}): Promise<Page<Payment>> {
    const where: Prisma.PaymentWhereInput = { AND: [whereOf(scope) ?? {}, paidForWhere(paidFor)] };
    const [rows, totalCount] = await Promise.all([this.prisma.payment.findMany({ ...timestampPage(where, page, "createdAt", "desc"), select: paymentSelect }), this.prisma.payment.count({ where })]);
    return toPage(rows, page, totalCount, (row) => row.createdAt);
  }

  /**
   * The newest payment of each of `ids` (sessions' diagnostics, or quotes) in scope, by that id;
   * ids without one are absent. Earlier payments of the same target are attempts that failed or
   * were cancelled (checkout starts a new one only then).
   */
  async newestOf(scope: PaymentScope, target: "sessionId" | "quoteId", ids: readonly string[]): Promise<Map<string, Payment>> {
    const rows = await this.prisma.payment.findMany({
      where: { AND: [whereOf(scope) ?? {}, target === "sessionId" ? { kind: "DIAGNOSTIC", sessionId: { in: [...ids] } } : { kind: "REPAIR", quoteId: { in: [...ids] } }] },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: paymentSelect,
    });
    const newest = new Map<string, Payment>();
    for (const row of rows) {
      const key = row[target];
      if (key && !newest.has(key)) newest.set(key, row);
    }
    return newest;
  }

  // ── refunds ──

  /** Stores a refund row (unique by its idempotency key and Stripe id). */
  createRefund(tx: Tx, row: { id: string; paymentId: string; amountCents: number; reason: string | null; idempotencyKey: string; stripeRefundId: string | null }) {
    return tx.refund.create({ data: row, select: { id: true, idempotencyKey: true } });
  }

  /**
   * Whether a Stripe refund carrying `metadata.refundId` is the API's own refund of this payment;
   * its Stripe id is stored on the row if it was not yet (a row booked before refunds were made at
   * Stripe first, and so before its Stripe id was known).
   */
  async claimOwnRefund(refundId: string, paymentId: string, stripeRefundId: string): Promise<boolean> {
    if ((await this.prisma.refund.updateMany({ where: { id: refundId, paymentId, stripeRefundId: null }, data: { stripeRefundId } })).count > 0) return true;
    return (await this.prisma.refund.count({ where: { id: refundId, paymentId } })) > 0;
  }

  /** The refund booked under an idempotency key (an admin's key, or one derived from the payment), if any, with the reason it was asked with (as stored); read in `db` (default: outside any transaction). */
  refundByIdempotencyKey(idempotencyKey: string, db: Tx | PrismaClient = this.prisma) {
    return db.refund.findUnique({ where: { idempotencyKey }, select: { id: true, paymentId: true, amountCents: true, reason: true, createdAt: true } });
  }

  /**
   * The payment whose authorization an admin released under `key` (their refund's idempotency key), if any, with the
   * reason it was released with (`reason` undefined for a release recorded before reasons were kept); read in `db`
   * (default: outside any transaction).
   */
  async releaseByIdempotencyKey(key: string, db: Tx | PrismaClient = this.prisma): Promise<{ paymentId: string; reason?: string | null } | null> {
    const row = await db.idempotentRequest.findUnique({ where: { key }, select: { operation: true, response: true } });
    return row?.operation === RELEASE_OPERATION ? (row.response as { paymentId: string; reason?: string | null }) : null;
  }

  /** Records that `userId` released payment `paymentId`'s authorization under `key` with `reason`, in the release's transaction (unique by the key). */
  async recordRelease(tx: Tx, release: { key: string; userId: string; paymentId: string; reason: string | null }): Promise<void> {
    await tx.idempotentRequest.create({
      data: { key: release.key, userId: release.userId, operation: RELEASE_OPERATION, response: { paymentId: release.paymentId, reason: release.reason } },
    });
  }

  /** How much of the payment its refunds booked up to and including `until` had refunded, in cents. */
  async refundedUntil(tx: Tx, paymentId: string, until: Date): Promise<number> {
    const sum = await tx.refund.aggregate({ where: { paymentId, createdAt: { lte: until } }, _sum: { amountCents: true } });
    return sum._sum.amountCents ?? 0;
  }

  /** The refund booked for a Stripe refund, if any. */
  refundByStripeId(tx: Tx, stripeRefundId: string) {
    return tx.refund.findUnique({ where: { stripeRefundId }, select: { id: true, amountCents: true, createdAt: true } });
  }

  // ── disputes ──

  /** Disputes within `scope` (payment.policy.ts disputesOf), newest first, optionally of one status. */
  async disputePage(scope: DisputeScope, status: DisputeStatus | null | undefined, page: PageRequest): Promise<Page<Dispute>> {
    const where: Prisma.DisputeWhereInput = { ...whereOf(scope), ...(status ? { status } : {}) };
    const [rows, totalCount] = await Promise.all([this.prisma.dispute.findMany({ ...timestampPage(where, page, "createdAt", "desc"), select: disputeSelect }), this.prisma.dispute.count({ where })]);
    return toPage(rows, page, totalCount, (row) => row.createdAt);
  }

  // ── Stripe events ──

  /**
   * Stores a webhook event's id once; true when this delivery stored it, or an earlier one stored
   * it without finishing (it is processed again). One statement, whichever it is: the upsert's
   * no-op update returns the stored row on a conflict (a plain ON CONFLICT DO NOTHING returns
   * nothing, and a second read would be needed), waiting for a concurrent delivery of the same
   * event to commit its insert first.
   */
  async receiveEvent(event: { id: string; type: string }): Promise<boolean> {
    const [stored] = await this.sql.rows<{ pending: boolean }>(
      // receivedAt from this clock, in UTC, as Prisma wrote it: the column's CURRENT_TIMESTAMP default is the session's local time.
      Prisma.sql`INSERT INTO "StripeEvent" (id, type, "receivedAt") VALUES (${event.id}, ${event.type}, ${new Date()}) ON CONFLICT (id) DO UPDATE SET id = EXCLUDED.id RETURNING "processedAt" IS NULL AS pending`,
    );
    return stored!.pending;
  }

  /**
   * receiveEvent for an event whose handling starts with the payment of PaymentIntent `intentId`
   * (payment_intent.*, a charge's or refund's events), in one statement that also reads that
   * payment. An event about an intent no payment holds is stored already processed, since there is
   * nothing to do for it (its handler would find no payment and change nothing); its redelivery is
   * then a duplicate. The answer:
   * - `unknown`: this delivery stored the event, processed (no payment holds the intent);
   * - `pending` with the payment: the event is to be processed now, by this delivery (new, or
   *   stored earlier by a delivery that did not finish);
   * - `duplicate`: processed already;
   * - `raced`: a concurrent delivery stored it while this statement ran (this statement's snapshot
   *   cannot see its row): ask receiveEvent, which waits for it and reads the row.
   * The insert does nothing on a conflict, so an event is stored once whatever the race.
   */
  async receiveIntentEvent(
    event: { id: string; type: string },
    intentId: string,
  ): Promise<{ outcome: "unknown" } | { outcome: "pending"; payment: { id: string; status: PaymentStatus } | null } | { outcome: "duplicate" } | { outcome: "raced" }> {
    const now = new Date();
    const [row] = await this.sql.rows<{ inserted: boolean; stored: boolean | null; paymentId: string | null; status: PaymentStatus | null }>(
      // receivedAt and processedAt from this clock, in UTC, as receiveEvent writes them.
      Prisma.sql`WITH payment AS (SELECT id, status FROM "Payment" WHERE "stripePaymentIntentId" = ${intentId}),
        inserted AS (
          INSERT INTO "StripeEvent" (id, type, "receivedAt", "processedAt")
          VALUES (${event.id}, ${event.type}, ${now}, CASE WHEN EXISTS (SELECT FROM payment) THEN NULL ELSE ${now}::timestamp END)
          ON CONFLICT (id) DO NOTHING RETURNING 1
        )
        SELECT EXISTS (SELECT FROM inserted) AS inserted,
          (SELECT "processedAt" IS NULL FROM "StripeEvent" WHERE id = ${event.id}) AS stored,
          (SELECT id FROM payment) AS "paymentId", (SELECT status FROM payment) AS status`,
    );
    const payment = row!.paymentId ? { id: row!.paymentId, status: row!.status! } : null;
    // `stored` reads the statement's snapshot: the row as it was before this insert (null: none).
    if (row!.inserted) return payment ? { outcome: "pending", payment } : { outcome: "unknown" };
    if (row!.stored === null) return { outcome: "raced" };
    return row!.stored ? { outcome: "pending", payment } : { outcome: "duplicate" };
  }

  /** Marks a webhook event processed: a later delivery of it is a duplicate. */
  async markEventProcessed(eventId: string, at: Date): Promise<void> {
    await this.sql.rows(Prisma.sql`UPDATE "StripeEvent" SET "processedAt" = ${at} WHERE id = ${eventId}`);
  }

  /** For retention trends: payments created in [from, to) that took the customer's money (captured or authorized, refunds included), and their total in cents. */
  async volumeIn(from: Date, to: Date): Promise<{ count: number; amountCents: number }> {
    const result = await this.prisma.payment.aggregate({
      where: { createdAt: { gte: from, lt: to }, status: { in: ["SUCCEEDED", "REQUIRES_CAPTURE", "PARTIALLY_REFUNDED", "REFUNDED"] } },
      _count: { _all: true },
      _sum: { amountCents: true },
    });
    return { count: result._count._all, amountCents: result._sum.amountCents ?? 0 };
  }
}
