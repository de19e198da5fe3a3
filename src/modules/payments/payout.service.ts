import { randomUUID } from "node:crypto";
import type Stripe from "stripe";
import type { KeyedLine } from "../../domain/ledger/ledger-line.ts";
import { dueCutoff } from "../../domain/partnerships/partnership-rules.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import { Prisma } from "../../platform/db/generated/client.ts";
import { PaymentTerms, type LedgerAccount, type TransferRecipient } from "../../platform/db/generated/enums.ts";
import type { PrismaClient } from "../../platform/db/prisma.ts";
import { AppError, ErrorCode } from "../../platform/errors.ts";
import type { AuditService } from "../audit/audit.service.ts";
import { bookTransaction, shareKeys } from "./bookkeeping.ts";
import type { PayoutRun } from "./payment.type.ts";

type Tx = Prisma.TransactionClient;

/** The payable account a transfer to each kind of payee pays down. */
export const PAYABLE_OF: Record<TransferRecipient, LedgerAccount> = { WORKSHOP: "WORKSHOP_PAYABLE", MECHANIC: "MECHANIC_PAYABLE", PARTNER: "PARTNER_PAYABLE" };

/** A payment's shares may still be paid out while it is neither refunded in full nor disputed. */
const PAYABLE_STATUSES = ["SUCCEEDED", "PARTIALLY_REFUNDED"] as const;
const BATCH = 100;

const transferToSend = {
  id: true,
  paymentId: true,
  recipient: true,
  destinationAccount: true,
  amountCents: true,
  idempotencyKey: true,
  payment: { select: { currency: true, transferGroup: true, stripePaymentIntentId: true } },
} as const;
type TransferToSend = Prisma.TransferGetPayload<{ select: typeof transferToSend }>;

/** A share owed on a settled payment with no transfer yet, whose payee can now be paid. */
interface DueShare {
  entryId: string;
  createdAt: Date;
  paymentId: string;
  account: LedgerAccount;
  recipient: TransferRecipient;
  destination: string;
}

/** A run's outcome; `failures` are for the operator's log (Stripe's refusal, per transfer). */
export interface PayoutRunResult extends PayoutRun {
  failures: { transferId: string; message: string }[];
}

/**
 * Transfers to workshops, mechanics and partners, and the ledger entries that record them. A
 * payout is booked (the payee's payable debited, PLATFORM_CASH credited) in the same database
 * transaction that stores Stripe's transfer id, so a transfer is never on record without its
 * entries or the other way round; a transfer row Stripe has not confirmed is simply sent again
 * under the same idempotency key. Reversals are booked the same way, after Stripe confirms them.
 */
export class PayoutService {
  /** The last run started in this process; the next one waits for it. */
  private lastRun: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly stripe: Stripe | null,
  ) {}

  /**
   * Sends a payment's transfer rows Stripe has not confirmed yet, unless it has been refunded in
   * full or disputed since (a redelivered success event must not pay a held share); `sourceCharge`
   * ties them to the customer's charge.
   */
  async sendPending(paymentId: string, sourceCharge?: string | null): Promise<void> {
    const stripe = this.requireStripe();
    const pending = await this.prisma.transfer.findMany({
      where: { paymentId, stripeTransferId: null, payment: { is: { status: { in: [...PAYABLE_STATUSES] } } } },
      select: transferToSend,
    });
    for (const transfer of pending) await this.send(stripe, transfer, null, sourceCharge);
  }

  /**
   * Pays what fell due by `asOf`: partner shares whose NET_30 / NET_60 terms have run, and any
   * share left owed because its payee could not receive payouts at the time and now can (mechanics
   * whose earnings are withheld excepted). Each transfer is created under the key settle would use
   * (`transfer:<paymentId>:<recipient>`) while the payment row is locked, so concurrent runs, in
   * this process or another, and a concurrent refund cannot pay a share twice or pay a refunded
   * part. Transfer rows an earlier attempt left unconfirmed are sent again, unless the payment has
   * been refunded in full or disputed since. Audited per payout, and once per run when an admin
   * started it. An aborted `signal` ends the run after the transfer in hand.
   */
  async runDue(actor: Viewer | null, asOf: Date = new Date(), signal?: AbortSignal): Promise<PayoutRunResult> {
    const stripe = this.requireStripe();
    // One run at a time in this process (the timer and an admin's request queue up).
    const run = this.lastRun.then(() => this.sweep(stripe, actor, asOf, signal));
    this.lastRun = run.catch(() => undefined);
    return run;
  }

  private async sweep(stripe: Stripe, actor: Viewer | null, asOf: Date, signal: AbortSignal | undefined): Promise<PayoutRunResult> {
    let after: { createdAt: Date; entryId: string } | null = null;
    while (!signal?.aborted) {
      const due = await this.dueShares(asOf, after);
      for (const share of due) if (!signal?.aborted) await this.createTransfer(share);
      if (due.length < BATCH) break;
      after = due[due.length - 1]!;
    }

    const result: PayoutRunResult = { asOf, transferCount: 0, amountCents: 0, failedCount: 0, failures: [] };
    let cursor: string | null = null;
    while (!signal?.aborted) {
      const pending: TransferToSend[] = await this.prisma.transfer.findMany({
        where: { stripeTransferId: null, payment: { is: { status: { in: [...PAYABLE_STATUSES] } } }, ...(cursor ? { id: { gt: cursor } } : {}) },
        orderBy: { id: "asc" },
        take: BATCH,
        select: transferToSend,
      });
      for (const transfer of pending) {
        if (signal?.aborted) break;
        try {
          if ((await this.send(stripe, transfer, actor)).booked) {
            result.transferCount += 1;
            result.amountCents += transfer.amountCents;
          }
        } catch (error) {
          // One payee's refusal (a closed account, a balance Stripe cannot cover) must not stop the others.
          result.failedCount += 1;
          result.failures.push({ transferId: transfer.id, message: error instanceof Error ? error.message : String(error) });
        }
      }
      if (pending.length < BATCH) break;
      cursor = pending[pending.length - 1]!.id;
    }
    if (actor) {
      const { failures: _failures, ...summary } = result;
      await this.audit.write([{ actor, action: "payouts.run", entityType: "PayoutRun", entityId: randomUUID(), data: { ...summary, asOf: asOf.toISOString() } }]);
    }
    return result;
  }

  /**
   * Pays an escrowed repair's shares once the repair is complete: those due now under their terms
   * (NET_30 / NET_60 partner shares wait for the payout run), to payees who can take payouts.
   */
  async releaseEscrow(paymentId: string): Promise<void> {
    for (const share of await this.dueShares(new Date(), null, paymentId)) await this.createTransfer(share);
    await this.sendPending(paymentId);
  }

  /**
   * Takes back from each of `transferIds` (the payment's transfers when the refund was booked)
   * what the refund took from its payee's payable balance, up to what the transfer still holds:
   * the payee's balance ends where the refund left it, to the cent.
   */
  reverseForRefund(refundId: string, transferIds: string[]): Promise<void> {
    return this.reverse({ takenBy: `refund:${refundId}`, ledgerKey: `payout-reversal:${refundId}`, stripeKey: `reversal:${refundId}`, description: "refund reverses payout" }, transferIds);
  }

  /** The same for a lost dispute: takes back from the transfers what its write-off took from each payee. */
  reverseForLostDispute(disputeId: string, transferIds: string[]): Promise<void> {
    const key = `dispute-reversal:${disputeId}`;
    return this.reverse({ takenBy: `dispute-lost:${disputeId}`, ledgerKey: key, stripeKey: key, description: "lost dispute reverses payout" }, transferIds);
  }

  /**
   * Reverses transfers by what the `takenBy` transaction debited from each payee's payable. A
   * transfer planned before it but not yet confirmed is sent first (the same key: Stripe answers
   * with the transfer if an earlier attempt made it), so that it can be reversed. A reversal
   * already booked is not asked for again, so a retry (a redelivered webhook) is a no-op.
   */
  private async reverse(cause: { takenBy: string; ledgerKey: string; stripeKey: string; description: string }, transferIds: string[]): Promise<void> {
    const stripe = this.requireStripe();
    const [transfers, taken] = await Promise.all([
      this.prisma.transfer.findMany({ where: { id: { in: transferIds } }, orderBy: { id: "asc" }, select: { ...transferToSend, stripeTransferId: true, reversedCents: true } }),
      this.prisma.ledgerEntry.groupBy({ by: ["account"], where: { transactionKey: cause.takenBy }, _sum: { amountCents: true }, orderBy: { account: "asc" } }),
    ]);
    for (const transfer of transfers) {
      const key = `${cause.ledgerKey}:${transfer.id}`;
      const fromPayee = -(taken.find((t) => t.account === PAYABLE_OF[transfer.recipient])?._sum.amountCents ?? 0);
      const amount = Math.min(transfer.amountCents - transfer.reversedCents, fromPayee);
      if (amount <= 0 || (await this.prisma.ledgerEntry.count({ where: { transactionKey: key } })) > 0) continue;
      const stripeTransferId = transfer.stripeTransferId ?? (await this.send(stripe, transfer, null)).stripeTransferId;
      // The ledger key travels with the reversal: its transfer.reversed event is then known as ours.
      await stripe.transfers.createReversal(stripeTransferId, { amount, metadata: { ledgerKey: key } }, { idempotencyKey: `${cause.stripeKey}:${transfer.id}` });
      await this.prisma.$transaction(async (tx) => {
        const booked = await bookTransaction(tx, key, await this.payoutLines(tx, transfer, -amount, cause.description));
        if (booked > 0) await tx.transfer.update({ where: { id: transfer.id }, data: { reversedCents: { increment: amount } } });
      });
    }
  }

  /**
   * `transfer.reversed`: books the reversals Stripe has for one of our transfers that this API did
   * not ask for (made in the Dashboard), once each, keyed by Stripe's reversal id: the payee's
   * payable is credited back (owed again, paid by a later payout run) and the cash returns.
   * Reversals this API made carry their ledger key in metadata and are booked by the flow that
   * made them. False when the transfer is not ours.
   */
  async syncTransferReversals(stripeTransferId: string, eventId: string): Promise<boolean> {
    const stripe = this.requireStripe();
    const transfer = await this.prisma.transfer.findUnique({ where: { stripeTransferId }, select: { ...transferToSend, stripeTransferId: true } });
    if (!transfer) return false;
    const reversals = await stripe.transfers.listReversals(stripeTransferId, { limit: 100 });
    for (const reversal of reversals.data) {
      if (reversal.metadata?.ledgerKey) continue;
      await this.bookReversal(transfer, `transfer-reversal:${reversal.id}`, reversal.amount, "payout reversed in Stripe", { source: "stripe", eventId, reversalId: reversal.id });
    }
    return true;
  }

  /**
   * `payout.failed` on a payee's connected account: the bank payout failed and Stripe returned the
   * money to the account's balance. The payout is recorded as FAILED (once, by Stripe's payout
   * id), the payee's payouts are paused until Stripe reports the account able to take them again
   * (`account.updated`), and the amount is taken back from the account's latest transfers
   * (reversals keyed by the payout and the transfer) so that it is owed again in the ledger and
   * paid by the payout run once payouts work. False when the account is not a payee's.
   */
  async failPayout(accountId: string, payout: { id: string; amount: number; currency: string; failure_code?: string | null; failure_message?: string | null }, eventId: string): Promise<boolean> {
    const stripe = this.requireStripe();
    const payee = await this.payeeOf(accountId);
    if (!payee) return false;
    await this.prisma.$transaction(async (tx) => {
      const existing = await tx.connectedPayout.findUnique({ where: { stripePayoutId: payout.id }, select: { status: true } });
      const row = await tx.connectedPayout.upsert({
        where: { stripePayoutId: payout.id },
        create: { stripePayoutId: payout.id, stripeAccountId: accountId, amountCents: payout.amount, currency: payout.currency, status: "FAILED", failureCode: payout.failure_code ?? null },
        update: { status: "FAILED", failureCode: payout.failure_code ?? null },
      });
      if (existing?.status === "FAILED") return false;
      await payee.pause(tx);
      await this.audit.write(
        [
          {
            actor: null,
            action: "payout.failed",
            entityType: "ConnectedPayout",
            entityId: row.id,
            data: { source: "stripe", eventId, accountId, payoutId: payout.id, amountCents: payout.amount, failureCode: payout.failure_code ?? null },
          },
        ],
        tx,
      );
      return true;
    });
    // Every delivery, not only the first: each reversal is made and booked once, so a retry completes an interrupted one.
    let left = payout.amount;
    const transfers = await this.prisma.transfer.findMany({
      where: { destinationAccount: accountId, stripeTransferId: { not: null } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { ...transferToSend, stripeTransferId: true, reversedCents: true },
    });
    for (const transfer of transfers) {
      if (left <= 0) break;
      const key = `payout-failed:${payout.id}:${transfer.id}`;
      const booked = await this.prisma.ledgerEntry.findMany({ where: { transactionKey: key, account: PAYABLE_OF[transfer.recipient] }, select: { amountCents: true } });
      if (booked.length > 0) {
        left -= booked[0]!.amountCents;
        continue;
      }
      const amount = Math.min(left, transfer.amountCents - transfer.reversedCents);
      if (amount <= 0) continue;
      await stripe.transfers.createReversal(transfer.stripeTransferId!, { amount, metadata: { ledgerKey: key } }, { idempotencyKey: key });
      await this.bookReversal(transfer, key, amount, "payout to the bank failed: transfer reversed, owed again", { source: "stripe", eventId, payoutId: payout.id });
      left -= amount;
    }
    return true;
  }

  /** A reversal of `amount` of a transfer booked once under `key`: the payee owed it again, the cash back; audited. */
  private async bookReversal(transfer: TransferToSend, key: string, amount: number, description: string, data: Record<string, string>): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const booked = await bookTransaction(tx, key, await this.payoutLines(tx, transfer, -amount, description));
      if (booked === 0) return;
      await tx.transfer.update({ where: { id: transfer.id }, data: { reversedCents: { increment: amount } } });
      await this.audit.write(
        [{ actor: null, action: "payment.payout_reversed", entityType: "Payment", entityId: transfer.paymentId, data: { ...data, transferId: transfer.id, amountCents: amount } }],
        tx,
      );
    });
  }

  /** The payee a connected account belongs to, and how to pause its payouts. */
  private async payeeOf(accountId: string): Promise<{ pause(tx: Tx): Promise<unknown> } | null> {
    const [workshop, mechanic, partner] = await Promise.all([
      this.prisma.workshop.findUnique({ where: { stripeAccountId: accountId }, select: { id: true } }),
      this.prisma.mechanicProfile.findUnique({ where: { stripeAccountId: accountId }, select: { userId: true } }),
      this.prisma.partnerProfile.findUnique({ where: { stripeAccountId: accountId }, select: { userId: true } }),
    ]);
    if (workshop) return { pause: (tx) => tx.workshop.update({ where: { id: workshop.id }, data: { payoutsEnabled: false } }) };
    if (mechanic) return { pause: (tx) => tx.mechanicProfile.update({ where: { userId: mechanic.userId }, data: { payoutsEnabled: false } }) };
    if (partner) return { pause: (tx) => tx.partnerProfile.update({ where: { userId: partner.userId }, data: { payoutsEnabled: false } }) };
    return null;
  }

  /** Shares due by `asOf` with no transfer yet, oldest first, after the keyset cursor. */
  private dueShares(asOf: Date, after: { createdAt: Date; entryId: string } | null, paymentId: string | null = null): Promise<DueShare[]> {
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
      WHERE c."transactionKey" IN ('payment:' || c."paymentId"::text, 'diagnostic-earned:' || c."paymentId"::text)
        AND c."amountCents" > 0
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
      LIMIT ${BATCH}`;
  }

  /** The transfer row for a due share, for what the payee is still owed on that payment (refunds deducted). */
  private async createTransfer(share: DueShare): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      // Refunds update the payment row first: holding it, the balance read here stays true until commit.
      const [payment] = await tx.$queryRaw<{ status: string }[]>`SELECT status::text AS status FROM "Payment" WHERE id = ${share.paymentId}::uuid FOR UPDATE`;
      if (!payment || !(PAYABLE_STATUSES as readonly string[]).includes(payment.status)) return;
      const owed = await tx.ledgerEntry.aggregate({ where: { paymentId: share.paymentId, account: share.account }, _sum: { amountCents: true } });
      // A transfer created but not confirmed yet (another run's, in flight) is not in the ledger: it is deducted here.
      const inFlight = await tx.transfer.aggregate({ where: { paymentId: share.paymentId, recipient: share.recipient, stripeTransferId: null }, _sum: { amountCents: true } });
      const amountCents = (owed._sum.amountCents ?? 0) - (inFlight._sum.amountCents ?? 0);
      if (amountCents <= 0) return;
      // The first transfer of a share has the key settle would use; one paying it again (after
      // Stripe reversed a payout) is numbered, under the same lock, so a retry finds it.
      const earlier = await tx.transfer.count({ where: { paymentId: share.paymentId, recipient: share.recipient } });
      const idempotencyKey = `transfer:${share.paymentId}:${share.recipient}${earlier === 0 ? "" : `:${earlier + 1}`}`;
      await tx.transfer.createMany({
        data: [{ paymentId: share.paymentId, recipient: share.recipient, destinationAccount: share.destination, amountCents, idempotencyKey }],
        skipDuplicates: true,
      });
    });
  }

  /**
   * Creates the transfer at Stripe (its key makes a resend return the same transfer), then stores
   * its id and books the payout in one transaction; `booked` is false when another sender
   * confirmed it first. The source charge is the payment's (read from Stripe unless given), as
   * settle sends it: Stripe replays a key only for identical parameters.
   */
  private async send(stripe: Stripe, transfer: TransferToSend, actor: Viewer | null, sourceCharge?: string | null): Promise<{ stripeTransferId: string; booked: boolean }> {
    if (sourceCharge === undefined) {
      const intent = transfer.payment.stripePaymentIntentId ? await stripe.paymentIntents.retrieve(transfer.payment.stripePaymentIntentId) : null;
      sourceCharge = typeof intent?.latest_charge === "string" ? intent.latest_charge : null;
    }
    const created = await stripe.transfers.create(
      {
        amount: transfer.amountCents,
        currency: transfer.payment.currency,
        destination: transfer.destinationAccount,
        transfer_group: transfer.payment.transferGroup,
        ...(sourceCharge ? { source_transaction: sourceCharge } : {}),
      },
      { idempotencyKey: transfer.idempotencyKey },
    );
    const booked = await this.prisma.$transaction(async (tx) => {
      const stored = await tx.transfer.updateMany({ where: { id: transfer.id, stripeTransferId: null }, data: { stripeTransferId: created.id } });
      if (stored.count === 0) return false;
      await bookTransaction(tx, `payout:${transfer.id}`, await this.payoutLines(tx, transfer, transfer.amountCents, "payout to the payee's Stripe account"));
      await this.audit.write(
        [
          {
            actor,
            action: "payment.paid_out",
            entityType: "Payment",
            entityId: transfer.paymentId,
            data: { transferId: transfer.id, recipient: transfer.recipient, amountCents: transfer.amountCents },
          },
        ],
        tx,
      );
      return true;
    });
    return { stripeTransferId: created.id, booked };
  }

  /**
   * A balanced pair: the payee's payable debited by `amountCents` (the same payee as the credit it
   * pays), PLATFORM_CASH credited. A negative amount books a reversal.
   */
  private async payoutLines(tx: Tx, transfer: { paymentId: string; recipient: TransferRecipient }, amountCents: number, description: string): Promise<KeyedLine[]> {
    const account = PAYABLE_OF[transfer.recipient];
    const credit = await tx.ledgerEntry.findFirstOrThrow({
      where: { transactionKey: { in: shareKeys(transfer.paymentId) }, account, amountCents: { gt: 0 } },
      select: { userId: true, workshopId: true, partnershipId: true },
    });
    const line = { kind: "PAYOUT" as const, paymentId: transfer.paymentId, description };
    return [
      { ...line, key: account, account, amountCents: -amountCents, ...credit },
      { ...line, key: "PLATFORM_CASH", account: "PLATFORM_CASH", amountCents },
    ];
  }

  private requireStripe(): Stripe {
    if (!this.stripe) throw new AppError(ErrorCode.PAYMENTS_NOT_CONFIGURED, "Payments are not configured on this server");
    return this.stripe;
  }
}
