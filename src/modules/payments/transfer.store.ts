/**
 * Every read and write of Transfer rows: the shares planned for payees, sent to Stripe, confirmed
 * and reversed; and the payout run's query of shares due. Methods that take a `Tx` run inside a
 * flow that already authorised the payment and holds its row's lock (PaymentStore.lock).
 */
import { dueCutoff } from "../../domain/partnerships/partnership-rules.ts";
import { Prisma } from "../../platform/db/generated/client.ts";
import { PaymentTerms, type LedgerAccount, type PaymentStatus, type TransferRecipient } from "../../platform/db/generated/enums.ts";
import type { PrismaClient, Tx } from "../../platform/db/prisma.ts";

/** A payment's shares may still be paid out while it is neither refunded in full nor disputed. */
export const PAYABLE_STATUSES = ["SUCCEEDED", "PARTIALLY_REFUNDED"] as const satisfies readonly PaymentStatus[];

/** A transfer as it is sent to Stripe. */
export const transferToSend = {
  id: true,
  paymentId: true,
  recipient: true,
  destinationAccount: true,
  amountCents: true,
  idempotencyKey: true,
  payment: { select: { currency: true, transferGroup: true, stripePaymentIntentId: true } },
} as const;
export type TransferToSend = Prisma.TransferGetPayload<{ select: typeof transferToSend }>;
/** A sent transfer as it is reversed. */
const transferToReverse = { ...transferToSend, stripeTransferId: true, reversedCents: true } as const;
export type TransferToReverse = Prisma.TransferGetPayload<{ select: typeof transferToReverse }>;

/** A transfer row to create: a share planned for a payee (`transfer:<paymentId>:<recipient>[:n]`). */
export interface NewTransfer {
  paymentId: string;
  recipient: TransferRecipient;
  destinationAccount: string;
  amountCents: number;
  idempotencyKey: string;
}

/** A share owed on a settled payment with no transfer yet, whose payee can now be paid. */
export interface DueShare {
  entryId: string;
  createdAt: Date;
  paymentId: string;
  account: LedgerAccount;
  recipient: TransferRecipient;
  destination: string;
}

export class TransferStore {
  constructor(private readonly prisma: PrismaClient) {}

  /** Runs `fn` in one database transaction (`timeoutMs`: longer than the client's default, for one that waits on Stripe). */
  transaction<T>(fn: (tx: Tx) => Promise<T>, timeoutMs?: number): Promise<T> {
    return timeoutMs ? this.prisma.$transaction(fn, { maxWait: 10_000, timeout: timeoutMs }) : this.prisma.$transaction(fn);
  }

  /** Stripe's id of a transfer, null while Stripe has not confirmed it; read in `tx` (under its payment's lock). */
  async stripeIdOf(tx: Tx, transferId: string): Promise<string | null> {
    return (await tx.transfer.findUniqueOrThrow({ where: { id: transferId }, select: { stripeTransferId: true } })).stripeTransferId;
  }

  /** Creates transfer rows; one already there (same idempotency key) is left alone. */
  async createTransfers(tx: Tx, transfers: readonly NewTransfer[]): Promise<void> {
    await tx.transfer.createMany({ data: [...transfers], skipDuplicates: true });
  }

  /** The ids of a payment's transfers (created at or before `until`, when given). */
  async transferIdsOf(paymentId: string, options: { tx?: Tx; until?: Date } = {}): Promise<string[]> {
    const { tx, until } = options;
    const rows = await (tx ?? this.prisma).transfer.findMany({ where: { paymentId, ...(until ? { createdAt: { lte: until } } : {}) }, select: { id: true } });
    return rows.map((row) => row.id);
  }

  /**
   * Refunds (at most `take`, oldest first) whose reversal of a payee's transfers is due and not
   * complete: the refund took from the payable more than the reversals booked for it
   * (`payout-reversal:<refund>:<transfer>`) gave back, and a transfer of the payment made before
   * it still holds money (sent, or still to be sent: its payment's shares payable).
   */
  async refundsWithReversalsDue(take: number): Promise<{ refundId: string; paymentId: string; createdAt: Date }[]> {
    return this.prisma.$queryRaw<{ refundId: string; paymentId: string; createdAt: Date }[]>(Prisma.sql`
      SELECT r.id AS "refundId", r."paymentId", r."createdAt" FROM "Refund" r
      WHERE EXISTS (
        SELECT FROM "Transfer" t
          CROSS JOIN LATERAL (SELECT CASE t.recipient::text WHEN 'WORKSHOP' THEN 'WORKSHOP_PAYABLE' WHEN 'MECHANIC' THEN 'MECHANIC_PAYABLE' ELSE 'PARTNER_PAYABLE' END AS account) payable
        WHERE t."paymentId" = r."paymentId" AND t."createdAt" <= r."createdAt" AND t."amountCents" > t."reversedCents"
          -- A transfer never sent has nothing to reverse, and is sent only while its payment's shares are payable.
          AND (t."stripeTransferId" IS NOT NULL OR EXISTS (SELECT FROM "Payment" p WHERE p.id = t."paymentId" AND p.status::text IN (${Prisma.join(PAYABLE_STATUSES)})))
          AND (SELECT -COALESCE(SUM(e."amountCents"), 0) FROM "LedgerEntry" e WHERE e."transactionKey" = 'refund:' || r.id::text AND e.account::text = payable.account)
            > (SELECT COALESCE(SUM(x."amountCents"), 0) FROM "LedgerEntry" x
               WHERE x."paymentId" = r."paymentId" AND x.account::text = payable.account AND starts_with(x."transactionKey", 'payout-reversal:' || r.id::text || ':')))
      ORDER BY r."createdAt" LIMIT ${take}`);
  }

  /** Transfer rows Stripe has not confirmed, of payments whose shares may be paid (one payment's, or a page after `cursor` by id). */
  unconfirmedTransfers(filter: { paymentId: string } | { after: string | null; take: number }): Promise<TransferToSend[]> {
    const payable = { stripeTransferId: null, payment: { is: { status: { in: [...PAYABLE_STATUSES] } } } };
    if ("paymentId" in filter) return this.prisma.transfer.findMany({ where: { ...payable, paymentId: filter.paymentId }, select: transferToSend });
    return this.prisma.transfer.findMany({
      where: { ...payable, ...(filter.after ? { id: { gt: filter.after } } : {}) },
      orderBy: { id: "asc" },
      take: filter.take,
      select: transferToSend,
    });
  }

  /** Transfers by id, newest first, as they are reversed. */
  transfersToReverse(transferIds: string[]): Promise<TransferToReverse[]> {
    return this.prisma.transfer.findMany({ where: { id: { in: transferIds } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: transferToReverse });
  }

  /** Sent transfers to a connected account, newest first. */
  sentTransfersTo(accountId: string): Promise<TransferToReverse[]> {
    return this.prisma.transfer.findMany({ where: { destinationAccount: accountId, stripeTransferId: { not: null } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: transferToReverse });
  }

  /** A transfer by its Stripe id (null: not ours), read in `tx` when given. */
  transferByStripeId(stripeTransferId: string, tx?: Tx): Promise<TransferToReverse | null> {
    return (tx ?? this.prisma).transfer.findUnique({ where: { stripeTransferId }, select: transferToReverse });
  }

  /** Stores Stripe's id of a sent transfer; false when another sender confirmed it first. */
  async confirmTransfer(tx: Tx, transferId: string, stripeTransferId: string): Promise<boolean> {
    return (await tx.transfer.updateMany({ where: { id: transferId, stripeTransferId: null }, data: { stripeTransferId } })).count === 1;
  }

  /** Adds a reversal's amount (cents) to a transfer's reversed total. */
  async addReversed(tx: Tx, transferId: string, amountCents: number): Promise<void> {
    await tx.transfer.update({ where: { id: transferId }, data: { reversedCents: { increment: amountCents } } });
  }

  /** The status of a payment, read under its row's lock (null: no such payment). */
  async lockedStatus(tx: Tx, paymentId: string): Promise<PaymentStatus | null> {
    const [payment] = await tx.$queryRaw<{ status: PaymentStatus }[]>`SELECT status::text AS status FROM "Payment" WHERE id = ${paymentId}::uuid FOR UPDATE`;
    return payment?.status ?? null;
  }

  /** What transfers to a recipient of a payment not yet confirmed by Stripe hold, in cents, and how many transfers to it there are. */
  async transfersToRecipient(tx: Tx, paymentId: string, recipient: TransferRecipient): Promise<{ inFlightCents: number; count: number }> {
    const [inFlight, count] = await Promise.all([
      tx.transfer.aggregate({ where: { paymentId, recipient, stripeTransferId: null }, _sum: { amountCents: true } }),
      tx.transfer.count({ where: { paymentId, recipient } }),
    ]);
    return { inFlightCents: inFlight._sum.amountCents ?? 0, count };
  }

  /**
   * Shares due by `asOf` with no transfer yet, oldest first, after the keyset cursor, `take` at a
   * time (one payment's when `paymentId` is given): a payee's payable on a settled payment with a
   * positive balance, whatever put it there (the split's credit, a diagnostic earned, a ban's
   * release, a failed refund's reinstatement, a payout reversed), named by its first credit (the
   * entry LedgerStore.payeeOf reads: its payee, and the date a partner's terms run from), whose
   * payee can take payouts (mechanics whose earnings are withheld excepted) and whose terms have
   * run (NET_30 / NET_60 partners); an escrowed repair's only once it is complete.
   */
  dueShares(asOf: Date, after: { createdAt: Date; entryId: string } | null, take: number, paymentId: string | null = null): Promise<DueShare[]> {
    const cutoffs = Prisma.join(Object.values(PaymentTerms).map((terms) => Prisma.sql`(${terms}, ${dueCutoff(terms, asOf).toISOString()}::timestamp)`));
    return this.prisma.$queryRaw<DueShare[]>`
      SELECT c.id::text AS "entryId", c."createdAt", c."paymentId"::text AS "paymentId", c.account::text AS account, payee.recipient, payee.destination
      FROM "LedgerEntry" c
      JOIN "Payment" p ON p.id = c."paymentId"
      JOIN LATERAL (
        SELECT 'WORKSHOP' AS recipient, w."stripeAccountId" AS destination, 'IMMEDIATE' AS terms
          FROM "Workshop" w WHERE c.account = 'WORKSHOP_PAYABLE' AND w.id = c."workshopId" AND w."payoutsEnabled"
        UNION ALL
        SELECT 'MECHANIC', m."stripeAccountId", 'IMMEDIATE'
          FROM "MechanicProfile" m WHERE c.account = 'MECHANIC_PAYABLE' AND m."userId" = c."userId" AND m."payoutsEnabled" AND NOT m."earningsWithheld"
        UNION ALL
        SELECT 'PARTNER', pp."stripeAccountId", ps."paymentTerms"::text
          FROM "Partnership" ps JOIN "PartnerProfile" pp ON pp."userId" = ps."partnerId"
          WHERE c.account = 'PARTNER_PAYABLE' AND ps.id = c."partnershipId" AND pp."payoutsEnabled"
      ) payee ON payee.destination IS NOT NULL
      JOIN (VALUES ${cutoffs}) AS due(terms, cutoff) ON due.terms = payee.terms
      WHERE c."amountCents" > 0
        AND NOT EXISTS (
          SELECT 1 FROM "LedgerEntry" f
          WHERE f."paymentId" = c."paymentId" AND f.account = c.account AND f."amountCents" > 0 AND (f."createdAt", f.id) < (c."createdAt", c.id))
        AND c."createdAt" <= due.cutoff
        AND p.status::text IN (${Prisma.join(PAYABLE_STATUSES)})
        -- An escrowed repair captured early is held until the repair is complete.
        AND NOT (p."manualCapture" AND EXISTS (SELECT 1 FROM "RepairQuote" q WHERE q.id = p."quoteId" AND q.status <> 'COMPLETED'))
        AND (${paymentId}::uuid IS NULL OR c."paymentId" = ${paymentId}::uuid)
        -- Still owed on this payment (a payout reversed by Stripe is owed again), and no transfer to it in flight.
        AND (SELECT COALESCE(SUM(o."amountCents"), 0) FROM "LedgerEntry" o WHERE o."paymentId" = c."paymentId" AND o.account = c.account) > 0
        AND NOT EXISTS (SELECT 1 FROM "Transfer" t WHERE t."paymentId" = c."paymentId" AND t.recipient::text = payee.recipient AND t."stripeTransferId" IS NULL)
        AND (${after === null} OR (c."createdAt", c.id) > (${after?.createdAt.toISOString() ?? null}::timestamp, ${after?.entryId ?? null}::uuid))
      ORDER BY c."createdAt", c.id
      LIMIT ${take}`;
  }
}
