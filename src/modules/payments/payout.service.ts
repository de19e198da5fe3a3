import { randomUUID } from "node:crypto";
import type Stripe from "stripe";
import { PAYABLE_OF, payoutPostings } from "../../domain/ledger/payout.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { TransferRecipient } from "../../platform/db/generated/enums.ts";
import type { Tx } from "../../platform/db/prisma.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { LedgerStore } from "./ledger.store.ts";
import type { PayeeAccountStore } from "./payee-account.store.ts";
import type { PaymentMachine } from "./payment.machine.ts";
import type { PayoutRun } from "./payment.type.ts";
import { requireStripe } from "./stripe-client.ts";
import { PAYABLE_STATUSES, type DueShare, type TransferStore, type TransferToReverse, type TransferToSend } from "./transfer.store.ts";
import { placeMechanicShare } from "./withholding.ts";

const BATCH = 100;
/**
 * How long a transfer's transaction may take: it holds its payment's lock while Stripe is asked
 * (the SDK's timeout is 20 s, and it tries up to three times on a connection failure), as a refund's does.
 */
const SEND_TRANSACTION_MS = 70_000;
/** Refused transfers an admin's run lists in its audit row, at most. */
const MAX_AUDITED_FAILURES = 50;

/** A run's outcome; `failures` (Stripe's refusal, per transfer) go to the operator's log, or to an admin's run's audit row. */
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

  private readonly transfers: TransferStore;
  private readonly ledger: LedgerStore;
  private readonly payees: PayeeAccountStore;

  /** Over the container's stores and payment machine (a test standing for another process builds its own). */
  constructor(
    stores: { transfers: TransferStore; ledger: LedgerStore; payees: PayeeAccountStore },
    private readonly machine: PaymentMachine,
    private readonly audit: AuditService,
    private readonly stripe: Stripe | null,
  ) {
    ({ transfers: this.transfers, ledger: this.ledger, payees: this.payees } = stores);
  }

  /**
   * Sends a payment's transfer rows Stripe has not confirmed yet, unless it has been refunded in
   * full or disputed since (a redelivered success event must not pay a held share); `sourceCharge`
   * ties them to the customer's charge.
   */
  async sendPending(paymentId: string, sourceCharge?: string | null): Promise<void> {
    const stripe = requireStripe(this.stripe);
    const pending = await this.transfers.unconfirmedTransfers({ paymentId });
    for (const transfer of pending) await this.send(stripe, transfer, null, sourceCharge);
  }

  /**
   * Pays what fell due by `asOf`: partner shares whose NET_30 / NET_60 terms have run, and any
   * share left owed because its payee could not receive payouts at the time and now can (mechanics
   * whose earnings are withheld excepted), whatever made it owed (TransferStore.dueShares: a ban's
   * release, a failed refund's reinstatement, a payout reversed). Each transfer is created under the key settle would use
   * (`transfer:<paymentId>:<recipient>`) while the payment row is locked, so concurrent runs, in
   * this process or another, and a concurrent refund cannot pay a share twice or pay a refunded
   * part. Transfer rows an earlier attempt left unconfirmed are sent again, unless the payment has
   * been refunded in full or disputed since. Audited per payout, and once per run when an admin
   * started it. An aborted `signal` ends the run after the transfer in hand.
   */
  async runDue(actor: Viewer | null, asOf: Date = new Date(), signal?: AbortSignal): Promise<PayoutRunResult> {
    const stripe = requireStripe(this.stripe);
    // One run at a time in this process (the timer and an admin's request queue up).
    const run = this.lastRun.then(() => this.sweep(stripe, actor, asOf, signal));
    this.lastRun = run.catch(() => undefined);
    return run;
  }

  private async sweep(stripe: Stripe, actor: Viewer | null, asOf: Date, signal: AbortSignal | undefined): Promise<PayoutRunResult> {
    let after: { createdAt: Date; entryId: string } | null = null;
    while (!signal?.aborted) {
      const due = await this.transfers.dueShares(asOf, after, BATCH);
      for (const share of due) if (!signal?.aborted) await this.createTransfer(share);
      if (due.length < BATCH) break;
      after = due[due.length - 1]!;
    }

    const result: PayoutRunResult = { asOf, transferCount: 0, amountCents: 0, failedCount: 0, failures: [] };
    // Refunds whose transfer reversals Stripe failed (reverseForRefundOrDefer): each is made once, so this completes them.
    for (const refund of await this.transfers.refundsWithReversalsDue(BATCH)) {
      if (signal?.aborted) break;
      try {
        await this.reverseForRefund(refund.refundId, await this.transfers.transferIdsOf(refund.paymentId, { until: refund.createdAt }));
      } catch (error) {
        result.failedCount += 1;
        result.failures.push({ transferId: `refund:${refund.refundId}`, message: error instanceof Error ? error.message : String(error) });
      }
    }
    let cursor: string | null = null;
    while (!signal?.aborted) {
      const pending: TransferToSend[] = await this.transfers.unconfirmedTransfers({ after: cursor, take: BATCH });
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
      // The admin who started the run reads which transfers Stripe refused, and why, in the audit log
      // (the timer's runs go to the operator's log instead); at most the first MAX_AUDITED_FAILURES.
      const failures = result.failures.slice(0, MAX_AUDITED_FAILURES).map((f) => ({ transferId: f.transferId, message: f.message.slice(0, 300) }));
      await this.audit.write([{ actor, action: "payouts.run", entityType: "PayoutRun", entityId: randomUUID(), data: { ...result, failures, asOf: asOf.toISOString() } }]);
    }
    return result;
  }

  /**
   * sendPending for a move already committed (a session completed: its mechanic's share), whose
   * answer Stripe's failure must not change: a transfer Stripe refuses or cannot make now stays
   * unconfirmed, audited (`payment.payout_deferred`, with `data` and Stripe's message), and the
   * payout run sends it under the same key, once.
   */
  sendPendingOrDefer(paymentId: string, data: Record<string, string>): Promise<void> {
    return this.orDefer(paymentId, "payment.payout_deferred", data, () => this.sendPending(paymentId));
  }

  /**
   * Pays an escrowed repair's shares once the repair is complete: those due now under their terms
   * (NET_30 / NET_60 partner shares wait for the payout run), to payees who can take payouts.
   */
  async releaseEscrow(paymentId: string): Promise<void> {
    for (const share of await this.transfers.dueShares(new Date(), null, BATCH, paymentId)) await this.createTransfer(share);
    await this.sendPending(paymentId);
  }

  /**
   * releaseEscrow once the repair's completion is committed: a payout Stripe refuses or cannot make
   * now is audited (`payment.payout_deferred`, with `data` and Stripe's message) and left owed for
   * the payout run, which creates and sends what is due (each share under its key, once).
   */
  releaseEscrowOrDefer(paymentId: string, data: Record<string, string>): Promise<void> {
    return this.orDefer(paymentId, "payment.payout_deferred", data, () => this.releaseEscrow(paymentId));
  }

  /**
   * Runs `work`, Stripe's part of a move of payment `paymentId`'s already committed, which must not
   * fail that move's answer: its failure is audited as `action` (no actor: the system's, with
   * `data` and the error's message, at most 300 characters) and left for whatever completes it
   * (the payout run, Stripe's next event), each part of it made once.
   */
  async orDefer(paymentId: string, action: string, data: Record<string, string>, work: () => Promise<unknown>): Promise<void> {
    try {
      await work();
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 300);
      await this.audit.write([{ actor: null, action, entityType: "Payment", entityId: paymentId, data: { ...data, message } }]);
    }
  }

  /**
   * Takes back what the refund took from each payee's payable balance, once in all, from
   * `transferIds` (the payment's transfers when the refund was booked), newest first, each up to
   * what it still holds: the payee's balance ends where the refund left it, to the cent.
   */
  reverseForRefund(refundId: string, transferIds: string[]): Promise<void> {
    return this.reverse({ takenBy: `refund:${refundId}`, ledgerKey: `payout-reversal:${refundId}`, stripeKey: `reversal:${refundId}`, description: "refund reverses payout" }, transferIds);
  }

  /**
   * reverseForRefund for a refund already made and booked, which must not fail for it: a reversal
   * Stripe refuses or cannot make now is audited (`payment.payout_reversal_deferred`, with Stripe's
   * message) and left for the payout run (`runDue` completes the reversals of every refund whose
   * payees' transfers still hold what it took) or the refund's next event.
   */
  reverseForRefundOrDefer(refundId: string, paymentId: string, transferIds: string[]): Promise<void> {
    return this.orDefer(paymentId, "payment.payout_reversal_deferred", { refundId }, () => this.reverseForRefund(refundId, transferIds));
  }

  /** The same for a lost dispute: takes back from the transfers what its write-off took from each payee. */
  reverseForLostDispute(disputeId: string, transferIds: string[]): Promise<void> {
    const key = `dispute-reversal:${disputeId}`;
    return this.reverse({ takenBy: `dispute-lost:${disputeId}`, ledgerKey: key, stripeKey: key, description: "lost dispute reverses payout" }, transferIds);
  }

  /**
   * Reverses, for each payee, what the `takenBy` transaction debited from their payable, once in
   * all: spread over their transfers newest first, never more than a transfer still holds, less
   * what reversals already booked for it took back (`<ledgerKey>:<transfer>`, one per transfer,
   * made under `<stripeKey>:<transfer>`), so a retry (a redelivered webhook, the payout run)
   * completes an interrupted one and reverses nothing twice. A transfer planned before it but not
   * yet confirmed is sent first (the same key: Stripe answers with the transfer if an earlier
   * attempt made it), so that it can be reversed, while its share is still owed (`send`); one no
   * longer owed (the payment refunded in full) is not sent, and so has nothing to reverse.
   */
  private async reverse(cause: { takenBy: string; ledgerKey: string; stripeKey: string; description: string }, transferIds: string[]): Promise<void> {
    const stripe = requireStripe(this.stripe);
    const [transfers, taken] = await Promise.all([this.transfers.transfersToReverse(transferIds), this.ledger.bookedByAccount(cause.takenBy)]);
    const keyOf = (transfer: TransferToReverse) => `${cause.ledgerKey}:${transfer.id}`;
    const booked = await Promise.all(transfers.map((transfer) => this.ledger.bookedOn(keyOf(transfer), PAYABLE_OF[transfer.recipient])));
    // What is left to take back from each payee: what the cause took, less the reversals already booked for it.
    const left = new Map<TransferRecipient, number>();
    for (const transfer of transfers) left.set(transfer.recipient, -(taken.get(PAYABLE_OF[transfer.recipient]) ?? 0));
    transfers.forEach((transfer, i) => left.set(transfer.recipient, left.get(transfer.recipient)! - (booked[i] ?? 0)));
    for (const [i, transfer] of transfers.entries()) {
      const amount = Math.min(transfer.amountCents - transfer.reversedCents, left.get(transfer.recipient)!);
      if (amount <= 0 || booked[i] !== null) continue;
      const stripeTransferId = transfer.stripeTransferId ?? (await this.send(stripe, transfer, null)).stripeTransferId;
      // Never sent, and no longer to send (the payment refunded in full meanwhile): nothing went out, nothing comes back.
      if (!stripeTransferId) continue;
      const key = keyOf(transfer);
      // The ledger key travels with the reversal: its transfer.reversed event is then known as ours.
      await stripe.transfers.createReversal(stripeTransferId, { amount, metadata: { ledgerKey: key } }, { idempotencyKey: `${cause.stripeKey}:${transfer.id}` });
      await this.transfers.transaction(async (tx) => {
        if (await this.bookPayout(tx, key, transfer, -amount, cause.description)) await this.transfers.addReversed(tx, transfer.id, amount);
      });
      left.set(transfer.recipient, left.get(transfer.recipient)! - amount);
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
    const stripe = requireStripe(this.stripe);
    const transfer = await this.transfers.transferByStripeId(stripeTransferId);
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
    const stripe = requireStripe(this.stripe);
    const payee = await this.payees.payeeOfAccount(accountId);
    if (!payee) return false;
    await this.transfers.transaction(async (tx) => {
      const recorded = await this.machine.failConnectedPayout(tx, {
        stripePayoutId: payout.id,
        stripeAccountId: accountId,
        amountCents: payout.amount,
        currency: payout.currency,
        failureCode: payout.failure_code ?? null,
      });
      if (!recorded.first) return;
      await this.payees.updateAccount(tx, payee, { payoutsEnabled: false });
      await this.audit.write(
        [
          {
            actor: null,
            action: "payout.failed",
            entityType: "ConnectedPayout",
            entityId: recorded.id,
            data: { source: "stripe", eventId, accountId, payoutId: payout.id, amountCents: payout.amount, failureCode: payout.failure_code ?? null },
          },
        ],
        tx,
      );
    });
    // Every delivery, not only the first: each reversal is made and booked once, so a retry completes an interrupted one.
    let left = payout.amount;
    for (const transfer of await this.transfers.sentTransfersTo(accountId)) {
      if (left <= 0) break;
      const key = `payout-failed:${payout.id}:${transfer.id}`;
      const booked = await this.ledger.bookedOn(key, PAYABLE_OF[transfer.recipient]);
      if (booked !== null) {
        left -= booked;
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

  /**
   * A reversal of `amount` of a transfer booked once under `key`, under the payment row's lock (as
   * every money move of the payment, a ban's withholding included): the payee owed it again, the
   * cash back. A mechanic's share owed again goes where it belongs now (placeMechanicShare,
   * `<key>:placed`): the reversal puts it on MECHANIC_PAYABLE, so it moves only while a ban withholds
   * their earnings, to WITHHELD, read under that lock (a ban locks this payment, which holds the
   * mechanic's entries, before moving balances). Audited
   * `payment.payout_reversed`, with the share's move (`mechanicId`, `movedCents`, `movedTo`,
   * `ledgerTransactionKey`) when there was one.
   */
  private async bookReversal(transfer: TransferToSend, key: string, amount: number, description: string, data: Record<string, string>): Promise<void> {
    await this.transfers.transaction(async (tx) => {
      await this.transfers.lockedStatus(tx, transfer.paymentId);
      if (!(await this.bookPayout(tx, key, transfer, -amount, description))) return;
      await this.transfers.addReversed(tx, transfer.id, amount);
      // Only a mechanic's transfer pays down a share place (PAYABLE_OF): no other's lines to read.
      const placed =
        transfer.recipient === "MECHANIC"
          ? await placeMechanicShare(tx, this.payees, transfer.paymentId, await this.ledger.transactionLines(tx, key), {
              transactionKey: `${key}:placed`,
              description: "reversed payout's share withheld: the mechanic is banned",
            })
          : null;
      await this.audit.write(
        [{ actor: null, action: "payment.payout_reversed", entityType: "Payment", entityId: transfer.paymentId, data: { ...data, transferId: transfer.id, amountCents: amount, ...placed } }],
        tx,
      );
    });
  }

  /** The transfer row for a due share, for what the payee is still owed on that payment (refunds deducted). */
  private async createTransfer(share: DueShare): Promise<void> {
    await this.transfers.transaction(async (tx) => {
      // Refunds update the payment row first: holding it, the balance read here stays true until commit.
      const status = await this.transfers.lockedStatus(tx, share.paymentId);
      if (!status || !(PAYABLE_STATUSES as readonly string[]).includes(status)) return;
      const owed = await this.ledger.balanceOf(tx, share.paymentId, share.account);
      // A transfer created but not confirmed yet (another run's, in flight) is not in the ledger: it is deducted here.
      const earlier = await this.transfers.transfersToRecipient(tx, share.paymentId, share.recipient);
      const amountCents = owed - earlier.inFlightCents;
      if (amountCents <= 0) return;
      // The first transfer of a share has the key settle would use; one paying it again (after
      // Stripe reversed a payout) is numbered, under the same lock, so a retry finds it.
      const idempotencyKey = `transfer:${share.paymentId}:${share.recipient}${earlier.count === 0 ? "" : `:${earlier.count + 1}`}`;
      await this.transfers.createTransfers(tx, [{ paymentId: share.paymentId, recipient: share.recipient, destinationAccount: share.destination, amountCents, idempotencyKey }]);
    });
  }

  /**
   * Creates the transfer at Stripe (its key makes a resend return the same transfer), stores its id
   * and books the payout, all under the payment row's lock, as refunds of the payment run: a payout
   * of a share and the payment's refund are exclusive. Under the lock it re-reads that the transfer
   * is still to send and its share still owed (the payment neither refunded in full nor disputed,
   * the payee's payable on it not paid down), so a refund that committed first leaves nothing
   * transferred and nothing to reverse (`stripeTransferId` null), and one waiting for the lock finds
   * the transfer booked and reverses it. A share no longer owed whose transfer an earlier attempt
   * made at Stripe without recording it (madeButNotRecorded) is booked now, for its refund to reverse. `booked` is true when this call made and booked the
   * transfer, false when another sender had (its Stripe id returned). The source charge is the
   * payment's (read from Stripe unless given), as settle sends it: Stripe replays a key only for
   * identical parameters.
   */
  private async send(stripe: Stripe, transfer: TransferToSend, actor: Viewer | null, sourceCharge?: string | null): Promise<{ stripeTransferId: string | null; booked: boolean }> {
    if (sourceCharge === undefined) {
      const intent = transfer.payment.stripePaymentIntentId ? await stripe.paymentIntents.retrieve(transfer.payment.stripePaymentIntentId) : null;
      sourceCharge = typeof intent?.latest_charge === "string" ? intent.latest_charge : null;
    }
    return this.transfers.transaction(async (tx) => {
      const status = await this.transfers.lockedStatus(tx, transfer.paymentId);
      const sent = await this.transfers.stripeIdOf(tx, transfer.id);
      if (sent) return { stripeTransferId: sent, booked: false };
      const payable = status !== null && (PAYABLE_STATUSES as readonly string[]).includes(status);
      const owed = payable && (await this.ledger.balanceOf(tx, transfer.paymentId, PAYABLE_OF[transfer.recipient])) > 0;
      // No longer owed: not sent, unless an earlier attempt made it at Stripe and failed to record it (then booked, to be reversed).
      const made = owed ? null : await this.madeButNotRecorded(tx, stripe, transfer);
      if (!owed && !made) return { stripeTransferId: null, booked: false };
      const created =
        made ??
        (await stripe.transfers.create(
          {
            amount: transfer.amountCents,
            currency: transfer.payment.currency,
            destination: transfer.destinationAccount,
            transfer_group: transfer.payment.transferGroup,
            ...(sourceCharge ? { source_transaction: sourceCharge } : {}),
          },
          { idempotencyKey: transfer.idempotencyKey },
        ));
      if (!(await this.transfers.confirmTransfer(tx, transfer.id, created.id))) throw new Error(`transfer ${transfer.id} was confirmed under its payment's lock by another sender`);
      await this.bookPayout(tx, `payout:${transfer.id}`, transfer, transfer.amountCents, "payout to the payee's Stripe account");
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
      return { stripeTransferId: created.id, booked: true };
    }, SEND_TRANSACTION_MS);
  }

  /**
   * The transfer Stripe made for `transfer` on an earlier attempt whose confirmation the database
   * never recorded (the attempt failed between Stripe's answer and its commit), or null: one of the
   * payment's transfer group to the same destination, of the same amount, that no transfer row holds
   * (read in `tx`, the sender's, which holds the payment's lock).
   */
  private async madeButNotRecorded(tx: Tx, stripe: Stripe, transfer: TransferToSend): Promise<Stripe.Transfer | null> {
    const listed = await stripe.transfers.list({ transfer_group: transfer.payment.transferGroup, destination: transfer.destinationAccount, limit: 100 });
    for (const made of listed.data) {
      if (made.amount === transfer.amountCents && !(await this.transfers.transferByStripeId(made.id, tx))) return made;
    }
    return null;
  }

  /**
   * Books a payout of `amountCents` of a transfer under `key` (payoutPostings: the payee's payable
   * debited, the payee its credits name, LedgerStore.payeeOf; PLATFORM_CASH credited); a negative amount books
   * a reversal. The number of entries written now (0: booked before).
   */
  private async bookPayout(tx: Tx, key: string, transfer: { paymentId: string; recipient: TransferRecipient }, amountCents: number, description: string): Promise<number> {
    const payee = await this.ledger.payeeOf(tx, transfer.paymentId, PAYABLE_OF[transfer.recipient]);
    return this.ledger.book(tx, key, null, payoutPostings({ paymentId: transfer.paymentId, recipient: transfer.recipient, payee, amountCents, description }));
  }
}
