import type Stripe from "stripe";
import { disputeWithdrawnPostings, disputeWonPostings, payeeShares, reversalPostings } from "../../domain/ledger/reversal.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { DisputeStatus, PaymentStatus } from "../../platform/db/generated/enums.ts";
import type { Page, PageRequest } from "../shared/pagination.ts";
import type { LedgerStore } from "./ledger.store.ts";
import { winDisputeMove, type PaymentMachine, type PaymentMove, type StatusCause } from "./payment.machine.ts";
import { disputesOf } from "./payment.policy.ts";
import type { PaymentStore } from "./payment.store.ts";
import type { Dispute } from "./payment.type.ts";
import type { PayoutService } from "./payout.service.ts";
import type { SettlementService } from "./settlement.service.ts";
import { requireStripe } from "./stripe-client.ts";
import { DISPUTE_STATUS, expandableId } from "./stripe-status.ts";
import type { TransferStore } from "./transfer.store.ts";

/** Dispute statuses after Stripe withdrew the disputed amount from the platform (inquiries and prevented disputes move no money). */
const WITHDRAWN: DisputeStatus[] = ["OPEN", "WON", "LOST"];

/**
 * Chargebacks and inquiries on payments' charges, as Stripe reports them (`charge.dispute.*`),
 * and the admins' list of them.
 */
export class DisputeService {
  constructor(
    private readonly payments: PaymentStore,
    private readonly transfers: TransferStore,
    private readonly ledger: LedgerStore,
    private readonly machine: PaymentMachine,
    private readonly settlement: SettlementService,
    private readonly payouts: PayoutService,
    private readonly stripe: Stripe | null,
  ) {}

  /**
   * Brings a payment to its charge's dispute as Stripe has it now (re-read, so duplicate and
   * out-of-order events converge), one step at a time, each booked once under the payment row's
   * lock: an inquiry moves no money; a withdrawn amount becomes a receivable and the payment
   * DISPUTED (shares not paid yet are held); a won dispute reinstates the cash and the payment's
   * status; a lost one writes the receivable off against the payment's split, like a refund
   * (reversalPostings), calls off the work not done yet (the `loseDispute` move: a repair's upcoming
   * drop-off, a diagnostic's session), and then
   * reverses what was already transferred to the payees. False when the dispute's payment is not
   * one of ours.
   */
  async syncDispute(disputeId: string, eventId: string): Promise<boolean> {
    const stripe = requireStripe(this.stripe);
    const dispute = await stripe.disputes.retrieve(disputeId);
    const intentId = expandableId(dispute.payment_intent);
    const payment = intentId ? await this.payments.byIntent(intentId) : null;
    if (!payment || !intentId) return false; // not ours
    const status = DISPUTE_STATUS[dispute.status];
    const cause: StatusCause = { actor: null, data: { source: "stripe", eventId, disputeId: dispute.id } };
    // Only a succeeded charge is disputed; its own event may still be on the way.
    await this.settlement.ensureSplitBooked(payment.id, intentId, cause);

    const lostTransfers = await this.payments.transaction(async (tx) => {
      await this.payments.lock(tx, payment.id);
      const current = await this.payments.amountsOf(payment.id, tx);
      await this.machine.reportDispute(
        tx,
        { stripeDisputeId: dispute.id, paymentId: payment.id, amountCents: dispute.amount, status, stripeStatus: dispute.status, reason: dispute.reason ?? null },
        cause,
      );
      if (!WITHDRAWN.includes(status)) return null;

      // Stripe never takes more than the charge.
      const amount = Math.min(dispute.amount, current.amountCents);
      let from: PaymentStatus = current.status;
      const move = async (to: PaymentMove, action: string) => {
        await this.machine.move(tx, payment.id, to, from, { who: "SYSTEM", action, cause: { ...cause, data: { ...cause.data, amountCents: amount } } });
        from = "DISPUTED";
      };
      if (await this.ledger.book(tx, `dispute:${dispute.id}`, payment.id, disputeWithdrawnPostings(amount))) await move("dispute", "payment.disputed");

      if (status === "WON") {
        if (await this.ledger.book(tx, `dispute-won:${dispute.id}`, payment.id, disputeWonPostings(amount)))
          await move(winDisputeMove(current.refundedCents, current.amountCents), "payment.dispute_won");
        return null;
      }
      if (status === "LOST") {
        // A dispute of money already refunded costs the platform alone: the payees gave that part back with the refund.
        const lines = reversalPostings(payeeShares(await this.ledger.shareEntries(tx, payment.id)), {
          amountCents: amount,
          reversibleCents: Math.min(amount, current.amountCents - current.refundedCents),
          givenBackBeforeCents: current.refundedCents,
          paymentAmountCents: current.amountCents,
          kind: "DISPUTE",
          counter: "DISPUTES_RECEIVABLE",
          counterDescription: "dispute lost: receivable written off",
          cause: "lost dispute",
        });
        // The payment pays for nothing now: the work not done yet is called off with the move (ENDS_UNPAID, UnpaidWork).
        if (await this.ledger.book(tx, `dispute-lost:${dispute.id}`, payment.id, lines)) await move("loseDispute", "payment.dispute_lost");
        // Read under the lock, as a refund does; while DISPUTED no payout run adds transfers.
        return this.transfers.transferIdsOf(payment.id, { tx });
      }
      return null;
    });
    // Every time, not only when booked: a retry completes reversals a failure interrupted (each is made once).
    if (lostTransfers) await this.payouts.reverseForLostDispute(dispute.id, lostTransfers);
    return true;
  }

  /** Disputes the viewer may see (disputesOf: admins), newest first, optionally of one status. */
  disputes(viewer: Viewer, status: DisputeStatus | null | undefined, page: PageRequest): Promise<Page<Dispute>> {
    return this.payments.disputePage(disputesOf(viewer), status, page);
  }
}
