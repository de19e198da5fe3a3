import type Stripe from "stripe";
import type { Config } from "../../app/config.ts";
import { diagnosticEarnedKey, splitKey } from "../../domain/ledger/keys.ts";
import type { KeyedLine } from "../../domain/ledger/ledger-line.ts";
import { withholdingPostings } from "../../domain/ledger/payout.ts";
import { diagnosticEarnedPostings, diagnosticPostings, repairPostings } from "../../domain/ledger/postings.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { LedgerAccount, PaymentStatus } from "../../platform/db/generated/enums.ts";
import type { Tx } from "../../platform/db/prisma.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { LedgerStore } from "./ledger.store.ts";
import type { PayeeAccountStore } from "./payee-account.store.ts";
import { PaymentMachine, SYNC_MOVE, type StatusCause } from "./payment.machine.ts";
import type { PaymentStore, PaymentToPlan } from "./payment.store.ts";
import type { PayoutService } from "./payout.service.ts";
import { requireStripe } from "./stripe-client.ts";
import { SETTLED, STRIPE_STATUS } from "./stripe-status.ts";
import type { NewTransfer, TransferStore } from "./transfer.store.ts";
import { creditPlace } from "./withholding.ts";

/**
 * A payment brought to its PaymentIntent's state, and the ledger split of a successful one:
 * booked exactly once, and the payees' shares transferred under the payment's transfer group
 * (PayoutService sends them and books each payout; shares not payable yet wait for its payout
 * run). A diagnostic's share is held until the mechanic who completes the session earns it.
 */
export class SettlementService {
  constructor(
    private readonly payments: PaymentStore,
    private readonly transfers: TransferStore,
    private readonly ledger: LedgerStore,
    private readonly payees: PayeeAccountStore,
    private readonly machine: PaymentMachine,
    private readonly payouts: PayoutService,
    private readonly stripe: Stripe | null,
    private readonly config: Pick<Config, "fees">,
    /** Called once a payment has settled: one whose work was called off meanwhile is refunded (RefundService). */
    private readonly afterSettled: () => (paymentId: string, cause: StatusCause) => Promise<void>,
    /** Audits a late cancellation's kept fee with its credit (keepCancellationFee). */
    private readonly audit: AuditService,
  ) {}

  /**
   * Brings a payment to its PaymentIntent's current state; on success books the ledger and
   * transfers once. A change is made only from the status read; when another sync changed it
   * first (perhaps from an older view of the intent), both are read again. False when the intent
   * is not one of ours; throws when the payment kept changing (Stripe then delivers the event again).
   * `read`: the intent's payment as the caller just read it (the webhook's dedupe statement reads
   * it), used for the first attempt instead of reading it again.
   */
  async syncPaymentIntent(
    paymentIntentId: string,
    cause: StatusCause = { actor: null, data: { source: "stripe" } },
    action = "payment.synced",
    read?: { id: string; status: PaymentStatus },
  ): Promise<boolean> {
    const stripe = requireStripe(this.stripe);
    for (let attempt = 0; attempt < 3; attempt++) {
      const payment = attempt === 0 && read ? read : await this.payments.byIntent(paymentIntentId);
      if (!payment) return false; // not ours
      const intent = await stripe.paymentIntents.retrieve(paymentIntentId);
      const status = STRIPE_STATUS[intent.status];
      const current =
        SETTLED.includes(payment.status) ||
        payment.status === status ||
        (await this.payments.transaction((tx) => this.machine.move(tx, payment.id, SYNC_MOVE[status]!, payment.status, { who: "SYSTEM", action, cause })));
      if (!current) continue;
      if (intent.status === "succeeded") {
        await this.settle(payment.id, intent);
        await this.afterSettled()(payment.id, cause);
      }
      return true;
    }
    throw new Error(`payment of ${paymentIntentId} kept changing while it was synced`);
  }

  /**
   * Refunds and disputes reverse the payment's split, so it must be booked first. Between the
   * payment turning SUCCEEDED and settle booking it there is nothing to reverse: book it now
   * (settling is idempotent, whoever else is doing it). True when it was not booked before.
   */
  async ensureSplitBooked(paymentId: string, intentId: string, cause: StatusCause): Promise<boolean> {
    if (await this.ledger.isBooked(splitKey(paymentId))) return false;
    await this.syncPaymentIntent(intentId, cause);
    return true;
  }

  /**
   * The mechanic who completed a diagnostic session earns its share (90%, 2250c of $25): a share
   * held in DIAGNOSTIC_CLEARING since the customer paid is moved to them (MECHANIC_PAYABLE, or
   * WITHHELD after a ban) and transferred when they can take payouts. Called when the session is
   * completed and again by nothing else: settle credits a session already completed directly. Under
   * the payment row's lock, keyed by the payment, so the share moves once whatever the order of
   * payment, completion and Stripe's events; a no-op while the split is not booked or was refunded.
   * A transfer Stripe refuses or cannot make now does not fail it: audited `payment.payout_deferred`
   * and sent by the payout run.
   */
  async creditDiagnostic(sessionId: string): Promise<void> {
    await this.earnDiagnostic(sessionId, "COMPLETED", "diagnostic fee to the mechanic");
  }

  /**
   * The customer cancelled the session later than CANCEL_AFTER_CLAIM_GRACE_SECONDS after a
   * mechanic claimed it (keepsCancellationFee): the diagnostic is not refunded, and its held share
   * is the claiming mechanic's cancellation fee, earned as completing it would have earned it (the
   * same move and key, `diagnostic-earned:<payment>`, so it is earned once and a payout run pays it
   * like any earned share); the platform keeps its fee. Audited `session.cancelled_late` (the
   * customer as actor) with the payment, the mechanic credited, the share and the whole amount
   * kept, in the credit's transaction, once. Nothing when the diagnostic was not paid, or was
   * refunded meanwhile (an admin's refundPayment).
   * @returns what was kept (cents), or null when nothing was
   */
  async keepCancellationFee(actor: Viewer, sessionId: string): Promise<{ keptCents: number; mechanicShareCents: number } | null> {
    return this.earnDiagnostic(sessionId, "CANCELLED", "cancellation fee to the mechanic who claimed the session", async (tx, earned) => {
      await this.audit.write(
        [
          {
            actor,
            action: "session.cancelled_late",
            entityType: "DiagnosticSession",
            entityId: sessionId,
            data: { paymentId: earned.paymentId, mechanicId: earned.mechanicId, keptCents: earned.keptCents, mechanicShareCents: earned.mechanicShareCents },
          },
        ],
        tx,
      );
    });
  }

  /**
   * Moves a diagnostic's held share to the session's mechanic once the session is `status` (its
   * completion, or the customer's late cancellation), under the payment row's lock and keyed by
   * the payment (diagnosticEarnedKey), so it moves once; `recorded` runs in that transaction when
   * it moved. It goes to WITHHELD when a ban withholds the mechanic's earnings, read under the
   * profile's share lock (creditPlace), so a ban committing meanwhile holds it back too. Then
   * transfers it when the mechanic can take payouts (sendPendingOrDefer).
   * @returns what the payment kept and the share moved, or null when nothing moved
   */
  private async earnDiagnostic(
    sessionId: string,
    status: "COMPLETED" | "CANCELLED",
    description: string,
    recorded?: (tx: Tx, earned: { paymentId: string; mechanicId: string; keptCents: number; mechanicShareCents: number }) => Promise<void>,
  ): Promise<{ keptCents: number; mechanicShareCents: number } | null> {
    const payment = await this.payments.settledDiagnosticOf(sessionId);
    if (!payment) return null;
    const earned = await this.payments.transaction(async (tx) => {
      await this.payments.lock(tx, payment.id);
      const session = await this.payments.sessionOf(tx, payment.id);
      if (session.status !== status || !session.mechanicId) return null;
      // Earned once: a payment earned already holds the mechanic's entries, which a ban locks (withholding.ts).
      if (await this.ledger.isBooked(diagnosticEarnedKey(payment.id), undefined, tx)) return null;
      const amountCents = await this.ledger.balanceOf(tx, payment.id, "DIAGNOSTIC_CLEARING");
      if (amountCents <= 0) return null;
      const mechanic = session.mechanic?.mechanic ?? null;
      const account = creditPlace(await this.payees.earningsWithheld(tx, session.mechanicId, true));
      await this.ledger.book(tx, diagnosticEarnedKey(payment.id), payment.id, diagnosticEarnedPostings({ amountCents, mechanic: { account, userId: session.mechanicId, description } }));
      const { amountCents: paidCents, refundedCents } = await this.payments.amountsOf(payment.id, tx);
      const result = { paymentId: payment.id, mechanicId: session.mechanicId, keptCents: paidCents - refundedCents, mechanicShareCents: amountCents };
      await recorded?.(tx, result);
      if (account !== "MECHANIC_PAYABLE" || !mechanic?.stripeAccountId || !mechanic.payoutsEnabled) return { ...result, transfer: false };
      await this.transfers.createTransfers(tx, [
        { paymentId: payment.id, recipient: "MECHANIC", destinationAccount: mechanic.stripeAccountId, amountCents, idempotencyKey: `transfer:${payment.id}:MECHANIC` },
      ]);
      return { ...result, transfer: true };
    });
    if (!earned) return null;
    // The source charge is read from Stripe, as the payout run does. The share is booked: a
    // transfer Stripe fails now is the payout run's (sendPendingOrDefer).
    if (earned.transfer) await this.payouts.sendPendingOrDefer(payment.id, { sessionId });
    return { keptCents: earned.keptCents, mechanicShareCents: earned.mechanicShareCents };
  }

  /**
   * Money a failed refund put back on a diagnostic's DIAGNOSTIC_CLEARING (`amountCents`: what the
   * refund, made in part while the share was held, took from it) once the session's mechanic has
   * earned the diagnostic (`diagnostic-earned:<payment>` booked: nothing would earn it again; a
   * refund in full cancels the session, so none is earned after one): it moves to where the
   * mechanic's share belongs now (MECHANIC_PAYABLE, or WITHHELD while a ban withholds their
   * earnings: creditPlace), as one move of the share (withholdingPostings, under `transactionKey`,
   * so once). Run in `tx`, which holds the payment's row lock; the earned move credited the
   * mechanic on this payment, so a ban or lift locks it (withholding.ts) and the flag is read
   * without waiting. Null when nothing moved (not earned yet: the earning moves the held share,
   * this part with it); else the mechanic, the cents and where they went, for the failed refund's
   * audit row.
   */
  async earnReinstated(
    tx: Tx,
    paymentId: string,
    amountCents: number,
    transactionKey: string,
  ): Promise<{ mechanicId: string; earnedCents: number; earnedTo: LedgerAccount; earnedTransactionKey: string } | null> {
    if (amountCents <= 0 || !(await this.ledger.isBooked(diagnosticEarnedKey(paymentId), undefined, tx))) return null;
    const { mechanicId } = await this.payments.sessionOf(tx, paymentId);
    if (!mechanicId) return null;
    const to = creditPlace(await this.payees.earningsWithheld(tx, mechanicId, false));
    const description = "failed refund's reinstated diagnostic fee to the mechanic who earned it";
    await this.ledger.book(tx, transactionKey, paymentId, withholdingPostings(mechanicId, [{ paymentId, amountCents }], { from: "DIAGNOSTIC_CLEARING", to, description }));
    return { mechanicId, earnedCents: amountCents, earnedTo: to, earnedTransactionKey: transactionKey };
  }

  /**
   * Books the split once and pays out the shares by transfer. The split's transaction is keyed by
   * the payment (the row of exactly one PaymentIntent, fixed when it was created) and each line by
   * its purpose ("cash", "platform-fee", "mechanic-share", ...), never by its payee or account:
   * who a share goes to can change after the event (a mechanic claims the session later, a ban
   * withholds), and a redelivered or second event for the same intent must find the same keys. The
   * payment row is locked while the split is planned and booked, and a split already there (under
   * any keys, including those of earlier versions) is left alone. The mechanic's withheld flag is
   * read under their profile's share lock (creditPlace), so a ban committing meanwhile is waited for.
   */
  private async settle(paymentId: string, intent: Stripe.PaymentIntent): Promise<void> {
    await this.payments.transaction(async (tx) => {
      await this.payments.lock(tx, paymentId);
      if (await this.ledger.isBooked(splitKey(paymentId), "PAYMENT_RECEIVED", tx)) return;
      const payment = await this.payments.toPlan(tx, paymentId);
      const { mechanicId } = creditedMechanic(payment);
      const plan = this.plan(paymentId, payment, creditPlace(!mechanicId || (await this.payees.earningsWithheld(tx, mechanicId, true))));
      const booked = await this.ledger.book(tx, splitKey(paymentId), paymentId, plan.lines);
      // Planned once, with the split: a share its payee could not take then is left to the payout sweep
      // (PayoutService.runDue), which deducts refunds made in the meantime.
      if (booked > 0) await this.transfers.createTransfers(tx, plan.transfers);
    });
    await this.payouts.sendPending(paymentId, typeof intent.latest_charge === "string" ? intent.latest_charge : null);
  }

  /**
   * The double-entry split of a successful payment (postings.ts): cash received against the
   * platform fee, the mechanic's fee and the workshop's or partner's share; and the transfers to
   * make now. A banned mechanic's credit goes to WITHHELD and is not transferred; a diagnostic's
   * share is held in DIAGNOSTIC_CLEARING until a mechanic completes the session.
   */
  private plan(paymentId: string, payment: PaymentToPlan, creditedAccount: LedgerAccount): { lines: KeyedLine[]; transfers: NewTransfer[] } {
    const lines: KeyedLine[] = [];
    const transfers: NewTransfer[] = [];
    const transfer = (recipient: NewTransfer["recipient"], destinationAccount: string, amountCents: number) =>
      transfers.push({ paymentId, recipient, destinationAccount, amountCents, idempotencyKey: `transfer:${paymentId}:${recipient}` });
    const { held, mechanicId, mechanic } = creditedMechanic(payment);
    const mechanicAccount: LedgerAccount = held ? "DIAGNOSTIC_CLEARING" : creditedAccount;
    const payMechanic = (amountCents: number) => {
      if (mechanicAccount === "MECHANIC_PAYABLE" && mechanic?.stripeAccountId && mechanic.payoutsEnabled && amountCents > 0) transfer("MECHANIC", mechanic.stripeAccountId, amountCents);
    };

    if (payment.kind === "REPAIR" && payment.quote?.partnership) {
      // A partnered mechanic's quote: the platform's fee (out of which it pays the commission), the partner's share.
      const quote = payment.quote;
      const partnership = payment.quote.partnership;
      lines.push(
        ...repairPostings({
          amountCents: payment.amountCents,
          platformFeeCents: quote.platformFeeCents,
          mechanicFeeCents: quote.mechanicFeeCents,
          mechanicKind: "COMMISSION",
          mechanic: { account: mechanicAccount, userId: mechanicId ?? null, description: "commission to the partnered mechanic" },
          payee: { account: "PARTNER_PAYABLE", kind: "PARTNER_SHARE", userId: partnership.partnerId, workshopId: quote.workshopId, description: "partner share of repair" },
          partnershipId: partnership.id,
        }),
      );
      payMechanic(quote.mechanicFeeCents);
      // NET_30 / NET_60 partners are paid from PARTNER_PAYABLE when their terms run (PayoutService.runDue); IMMEDIATE ones now.
      const partner = partnership.partner;
      const share = payment.amountCents - quote.platformFeeCents;
      if (partnership.paymentTerms === "IMMEDIATE" && partner.stripeAccountId && partner.payoutsEnabled && share > 0) transfer("PARTNER", partner.stripeAccountId, share);
    } else if (payment.kind === "REPAIR") {
      // The fees were fixed when the quote was priced; the workshop's share is the rest of what was paid.
      const quote = payment.quote!;
      lines.push(
        ...repairPostings({
          amountCents: payment.amountCents,
          platformFeeCents: quote.platformFeeCents,
          mechanicFeeCents: quote.mechanicFeeCents,
          mechanicKind: "REFERRAL_FEE",
          mechanic: { account: mechanicAccount, userId: mechanicId ?? null, description: "referral fee to the escalating mechanic" },
          payee: { account: "WORKSHOP_PAYABLE", kind: "WORKSHOP_SHARE", workshopId: quote.workshopId, description: "workshop share of repair" },
        }),
      );
      payMechanic(quote.mechanicFeeCents);
      const share = payment.amountCents - quote.platformFeeCents;
      const workshop = quote.workshopId ? quote.workshop : null;
      if (workshop?.stripeAccountId && workshop.payoutsEnabled && share > 0) transfer("WORKSHOP", workshop.stripeAccountId, share);
    } else {
      const diagnostic = diagnosticPostings({
        amountCents: payment.amountCents,
        platformFeeBasisPoints: this.config.fees.platformFeeBasisPoints,
        mechanic: {
          account: mechanicAccount,
          userId: mechanicId ?? null,
          description: held ? "diagnostic fee held until the mechanic who completes the session earns it" : "diagnostic fee to the mechanic",
        },
      });
      lines.push(...diagnostic);
      payMechanic(diagnostic.find((line) => line.key === "mechanic-share")!.amountCents);
    }
    // An escrowed repair captured before its authorization lapsed (captureAgingAuthorizations) is
    // paid to no one until the repair is marked complete (releaseEscrow then pays the shares).
    if (payment.kind === "REPAIR" && payment.manualCapture && payment.quote?.status !== "COMPLETED") return { lines, transfers: [] };
    return { lines, transfers };
  }
}

/**
 * The mechanic a payment's split credits, with their payee row: a repair's escalating or partnered
 * mechanic; a diagnostic's once a mechanic completed the session, none while its share is `held`
 * (a diagnostic's share belongs to the mechanic who completes the session).
 */
function creditedMechanic(payment: PaymentToPlan) {
  const held = payment.kind === "DIAGNOSTIC" && (payment.session?.status !== "COMPLETED" || !payment.session.mechanicId);
  const mechanicId = (payment.kind === "REPAIR" ? payment.quote?.escalation.mechanicId : held ? null : payment.session?.mechanicId) ?? null;
  const mechanic = !mechanicId ? null : ((payment.kind === "REPAIR" ? payment.quote?.escalation.mechanic.mechanic : payment.session?.mechanic?.mechanic) ?? null);
  return { held, mechanicId, mechanic };
}
