import type Stripe from "stripe";
import { z } from "zod";
import type { Viewer } from "../../auth/viewer.ts";
import type { Config } from "../../config.ts";
import type { Prisma } from "../../db/generated/client.ts";
import type { LedgerAccount, LedgerEntryKind, PaymentKind, PaymentStatus, TransferRecipient } from "../../db/generated/enums.ts";
import type { PrismaClient } from "../../db/prisma.ts";
import { AppError, conflict, ErrorCode, notFound } from "../../errors.ts";
import { HIDDEN_FROM_CUSTOMER } from "../../authz/scopes.ts";
import type { AuditService } from "../audit/audit.service.ts";
import { basisPointsOf } from "../quotes/pricing.ts";
import type { QuoteService } from "../quotes/quote.service.ts";
import type { RepairQuote } from "../quotes/quote.type.ts";
import { validateInput } from "../shared/validation.ts";
import type { Payment, PaymentIntentResult } from "./payment.type.ts";
import type { PayoutService } from "./payout.service.ts";

type Tx = Prisma.TransactionClient;

const idempotencyKeySchema = z.string().trim().min(8).max(200).regex(/^[A-Za-z0-9_.:-]+$/, "letters, digits and _ . : - only");
const refundSchema = z.object({ amountCents: z.number().int().min(1).nullish(), reason: z.string().trim().max(1000).nullish() }).strict();

const STRIPE_STATUS: Record<Stripe.PaymentIntent.Status, PaymentStatus> = {
  requires_payment_method: "REQUIRES_PAYMENT_METHOD",
  requires_confirmation: "REQUIRES_CONFIRMATION",
  requires_action: "REQUIRES_ACTION",
  processing: "PROCESSING",
  requires_capture: "REQUIRES_CAPTURE",
  succeeded: "SUCCEEDED",
  canceled: "CANCELED",
};
/** Statuses a webhook never moves a payment out of (refunds are driven by this service). */
const SETTLED: PaymentStatus[] = ["REFUNDED", "PARTIALLY_REFUNDED", "DISPUTED"];
/** Statuses of a payment that is over without money having moved: a new attempt may start. */
const DEAD: PaymentStatus[] = ["CANCELED", "FAILED"];

const paymentSelect = { id: true, kind: true, status: true, amountCents: true, refundedCents: true, currency: true, manualCapture: true, createdAt: true } as const;

interface LedgerLine {
  account: LedgerAccount;
  kind: LedgerEntryKind;
  amountCents: number;
  userId?: string | null;
  workshopId?: string | null;
  partnershipId?: string | null;
  description: string;
}

interface PlannedTransfer {
  recipient: TransferRecipient;
  destinationAccount: string;
  amountCents: number;
}

/**
 * Payments through Stripe with separate charges and transfers: the customer pays the platform
 * (amounts always from the database), and on success the ledger records the split exactly once
 * and the payees' shares are transferred under the payment's transfer group (PayoutService sends
 * them and books each payout; shares not payable yet wait for its payout run).
 * Every outbound call carries an idempotency key derived from a database row, so a retried
 * mutation or a redelivered webhook never charges, transfers or books twice.
 */
export class PaymentService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly quotes: QuoteService,
    private readonly payouts: PayoutService,
    private readonly stripe: Stripe | null,
    private readonly config: Pick<Config, "fees" | "stripe">,
  ) {}

  /** The customer pays their session's diagnostic; the price comes from the session row. */
  async payDiagnostic(viewer: Viewer, sessionId: string, idempotencyKey: string): Promise<PaymentIntentResult> {
    const stripe = this.requireStripe();
    const key = validateInput(idempotencyKeySchema.describe("idempotencyKey"), idempotencyKey);
    const session = await this.prisma.diagnosticSession.findFirst({ where: { id: sessionId, customerId: viewer.id }, select: { id: true, status: true, priceCents: true } });
    if (!session) throw notFound("Session");
    if (session.status === "CANCELLED") throw conflict("A cancelled session cannot be paid");
    return this.charge(stripe, viewer, { kind: "DIAGNOSTIC", sessionId: session.id, quoteId: null, amountCents: session.priceCents, manualCapture: false }, key);
  }

  /** The customer pays an approved quote; repairs at or above the escrow threshold are authorized now, captured on completion. */
  async payQuote(viewer: Viewer, quoteId: string, idempotencyKey: string): Promise<PaymentIntentResult> {
    const stripe = this.requireStripe();
    const key = validateInput(idempotencyKeySchema.describe("idempotencyKey"), idempotencyKey);
    const quote = await this.prisma.repairQuote.findFirst({
      where: { id: quoteId, escalation: { is: { session: { is: { customerId: viewer.id } } } }, status: { notIn: [...HIDDEN_FROM_CUSTOMER] } },
      select: { id: true, status: true, totalCents: true },
    });
    if (!quote) throw notFound("Quote");
    if (quote.status !== "APPROVED" && quote.status !== "COMPLETED") throw conflict("Only an approved quote can be paid");
    const manualCapture = quote.totalCents >= this.config.fees.escrowThresholdCents;
    return this.charge(stripe, viewer, { kind: "REPAIR", sessionId: null, quoteId: quote.id, amountCents: quote.totalCents, manualCapture }, key);
  }

  /** The workshop marks the repair done: an escrowed payment is captured, the quote COMPLETED. */
  async markRepairComplete(viewer: Viewer, quoteId: string): Promise<RepairQuote> {
    let captured: string | null = null;
    const quote = await this.quotes.complete(viewer, quoteId, async (q) => {
      const payment = await this.prisma.payment.findFirst({
        where: { quoteId: q.id, kind: "REPAIR", status: { in: ["REQUIRES_CAPTURE", "SUCCEEDED"] } },
        select: { id: true, status: true, stripePaymentIntentId: true },
      });
      if (!payment) throw conflict("The repair has not been paid yet");
      if (payment.status === "REQUIRES_CAPTURE") {
        const stripe = this.requireStripe();
        await stripe.paymentIntents.capture(payment.stripePaymentIntentId!, {}, { idempotencyKey: `capture:${payment.id}` });
        captured = payment.stripePaymentIntentId;
      }
    });
    // The webhook settles it too; syncing now makes the ledger current without waiting for it.
    if (captured) await this.syncPaymentIntent(captured);
    return quote;
  }

  /** Admins refund all or part of a settled payment; each transfer gives back what the refund took from its payee. */
  async refund(viewer: Viewer, paymentId: string, amountCents: number | null | undefined, reason: string | null | undefined): Promise<Payment> {
    const stripe = this.requireStripe();
    const data = validateInput(refundSchema, { amountCents: amountCents ?? null, reason: reason ?? null });
    const payment = await this.prisma.payment.findUnique({
      where: { id: paymentId },
      select: { id: true, status: true, amountCents: true, refundedCents: true, stripePaymentIntentId: true },
    });
    if (!payment) throw notFound("Payment");
    if (payment.status !== "SUCCEEDED" && payment.status !== "PARTIALLY_REFUNDED") throw conflict("Only a settled payment can be refunded");
    const remaining = payment.amountCents - payment.refundedCents;
    const amount = data.amountCents ?? remaining;
    if (amount > remaining) throw new AppError(ErrorCode.BAD_USER_INPUT, "amountCents: more than the payment's unrefunded amount", { field: "amountCents" });

    const refund = await this.prisma.$transaction(async (tx) => {
      const refundedCents = payment.refundedCents + amount;
      // Conditional on the refunded amount we read: concurrent refunds cannot both spend the same balance.
      const updated = await tx.payment.updateMany({
        where: { id: payment.id, refundedCents: payment.refundedCents },
        data: { refundedCents, status: refundedCents === payment.amountCents ? "REFUNDED" : "PARTIALLY_REFUNDED" },
      });
      if (updated.count !== 1) throw conflict("Another refund of this payment is in progress");
      const row = await tx.refund.create({ data: { paymentId: payment.id, amountCents: amount, reason: data.reason ?? null, idempotencyKey: `refund:${payment.id}:${refundedCents}` } });
      await this.bookRefund(tx, payment.id, payment.amountCents, amount, row.id);
      await this.audit.write([{ actor: viewer, action: "payment.refunded", entityType: "Payment", entityId: payment.id, data: { amountCents: amount, refundId: row.id } }], tx);
      // Read under the payment row's lock: a payout run creates transfers holding the same lock, so
      // one made after this refund already deducts it and must not be reversed for it too.
      const transfers = await tx.transfer.findMany({ where: { paymentId: payment.id }, select: { id: true } });
      return { ...row, transferIds: transfers.map((t) => t.id) };
    });

    const stripeRefund = await stripe.refunds.create({ payment_intent: payment.stripePaymentIntentId!, amount, metadata: { refundId: refund.id } }, { idempotencyKey: refund.idempotencyKey });
    await this.prisma.refund.update({ where: { id: refund.id }, data: { stripeRefundId: stripeRefund.id } });
    await this.payouts.reverseForRefund(refund.id, refund.transferIds);
    return this.prisma.payment.findUniqueOrThrow({ where: { id: payment.id }, select: paymentSelect });
  }

  /**
   * POST /webhooks/stripe. The signature is verified before anything touches the database; each
   * event id is stored once (a duplicate is a no-op); the PaymentIntent is re-read so events
   * arriving out of order still leave the payment in Stripe's current state.
   */
  async handleWebhook(rawBody: Buffer, signature: string | string[] | undefined): Promise<{ status: number; body: Record<string, unknown> }> {
    if (!this.stripe || !this.config.stripe?.webhookSecret) return { status: 503, body: { error: "payments are not configured" } };
    let event: Stripe.Event;
    try {
      if (typeof signature !== "string" || !Buffer.isBuffer(rawBody)) throw new Error("missing signature");
      event = this.stripe.webhooks.constructEvent(rawBody, signature, this.config.stripe.webhookSecret);
    } catch {
      return { status: 400, body: { error: "invalid signature" } };
    }
    const stored = await this.prisma.stripeEvent.createMany({ data: [{ id: event.id, type: event.type }], skipDuplicates: true });
    if (stored.count === 0) {
      const seen = await this.prisma.stripeEvent.findUnique({ where: { id: event.id }, select: { processedAt: true } });
      if (seen?.processedAt) return { status: 200, body: { received: true, duplicate: true } };
    }
    await this.process(event);
    await this.prisma.stripeEvent.update({ where: { id: event.id }, data: { processedAt: new Date() } });
    return { status: 200, body: { received: true } };
  }

  /** Brings a payment to its PaymentIntent's current state; on success books the ledger and transfers once. */
  async syncPaymentIntent(paymentIntentId: string): Promise<void> {
    const stripe = this.requireStripe();
    const payment = await this.prisma.payment.findUnique({ where: { stripePaymentIntentId: paymentIntentId }, select: { id: true, status: true } });
    if (!payment) return; // not ours
    const intent = await stripe.paymentIntents.retrieve(paymentIntentId);
    const status = STRIPE_STATUS[intent.status];
    if (!SETTLED.includes(payment.status) && payment.status !== status) {
      await this.prisma.payment.updateMany({ where: { id: payment.id, status: { notIn: SETTLED } }, data: { status } });
    }
    if (intent.status === "succeeded") await this.settle(payment.id, intent);
  }

  async paymentsOf(viewer: Viewer): Promise<Payment[]> {
    return this.prisma.payment.findMany({
      where: viewer.role === "ADMIN" ? {} : { customerId: viewer.id },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 100,
      select: paymentSelect,
    });
  }

  private async process(event: Stripe.Event): Promise<void> {
    if (event.type.startsWith("payment_intent.")) {
      const intent = event.data.object as Stripe.PaymentIntent;
      await this.syncPaymentIntent(intent.id);
    } else if (event.type === "account.updated") {
      const account = await this.stripe!.accounts.retrieve((event.data.object as Stripe.Account).id);
      const payoutsEnabled = Boolean(account.payouts_enabled);
      await this.prisma.$transaction([
        this.prisma.workshop.updateMany({ where: { stripeAccountId: account.id }, data: { payoutsEnabled } }),
        this.prisma.mechanicProfile.updateMany({ where: { stripeAccountId: account.id }, data: { payoutsEnabled } }),
        this.prisma.partnerProfile.updateMany({ where: { stripeAccountId: account.id }, data: { payoutsEnabled } }),
      ]);
    }
  }

  /** A payment row per (customer, idempotency key); one live payment per session or quote, so a new key cannot charge twice either. */
  private async charge(
    stripe: Stripe,
    viewer: Viewer,
    target: { kind: PaymentKind; sessionId: string | null; quoteId: string | null; amountCents: number; manualCapture: boolean },
    clientKey: string,
  ): Promise<PaymentIntentResult> {
    const rowKey = `${viewer.id}:${clientKey}`;
    const payment = await this.prisma.$transaction(async (tx) => {
      // Locks the session or quote row: concurrent attempts for it run one after the other.
      if (target.quoteId) await tx.$queryRaw`SELECT id FROM "RepairQuote" WHERE id = ${target.quoteId}::uuid FOR UPDATE`;
      else await tx.$queryRaw`SELECT id FROM "DiagnosticSession" WHERE id = ${target.sessionId}::uuid FOR UPDATE`;
      const byKey = await tx.payment.findUnique({ where: { idempotencyKey: rowKey } });
      if (byKey) {
        if (byKey.kind !== target.kind || byKey.quoteId !== target.quoteId || byKey.sessionId !== target.sessionId) throw conflict("This idempotency key was used for another payment");
        return byKey;
      }
      const live = await tx.payment.findFirst({
        where: { kind: target.kind, ...(target.quoteId ? { quoteId: target.quoteId } : { sessionId: target.sessionId }), status: { notIn: DEAD } },
        orderBy: { createdAt: "desc" },
      });
      if (live) return live;
      const id = crypto.randomUUID();
      return tx.payment.create({
        data: {
          id,
          kind: target.kind,
          customerId: viewer.id,
          sessionId: target.sessionId,
          quoteId: target.quoteId,
          amountCents: target.amountCents,
          status: "REQUIRES_PAYMENT_METHOD",
          manualCapture: target.manualCapture,
          transferGroup: `payment_${id}`,
          idempotencyKey: rowKey,
        },
      });
    });

    const intent = payment.stripePaymentIntentId
      ? await stripe.paymentIntents.retrieve(payment.stripePaymentIntentId)
      : await stripe.paymentIntents.create(
          {
            amount: payment.amountCents,
            currency: payment.currency,
            capture_method: payment.manualCapture ? "manual" : "automatic",
            transfer_group: payment.transferGroup,
            metadata: { paymentId: payment.id, kind: payment.kind },
          },
          // Derived from the row: a retry after a lost response gets the same PaymentIntent back.
          { idempotencyKey: `payment-intent:${payment.id}` },
        );
    if (!payment.stripePaymentIntentId) {
      await this.prisma.payment.updateMany({ where: { id: payment.id, stripePaymentIntentId: null }, data: { stripePaymentIntentId: intent.id } });
    }
    return {
      paymentId: payment.id,
      clientSecret: intent.client_secret ?? "",
      amountCents: payment.amountCents,
      currency: payment.currency,
      status: SETTLED.includes(payment.status) ? payment.status : STRIPE_STATUS[intent.status],
      manualCapture: payment.manualCapture,
    };
  }

  /** Books the split (each entry's idempotency key makes it once) and pays out the shares by transfer. */
  private async settle(paymentId: string, intent: Stripe.PaymentIntent): Promise<void> {
    const plan = await this.plan(paymentId);
    await this.prisma.$transaction(async (tx) => {
      const booked = await tx.ledgerEntry.createMany({
        data: plan.lines.map((line) => ({
          transactionKey: `payment:${paymentId}`,
          idempotencyKey: `payment:${paymentId}:${line.kind}:${line.account}`,
          account: line.account,
          kind: line.kind,
          amountCents: line.amountCents,
          userId: line.userId ?? null,
          workshopId: line.workshopId ?? null,
          partnershipId: line.partnershipId ?? null,
          paymentId,
          description: line.description,
        })),
        skipDuplicates: true,
      });
      // Planned once, with the split: a share its payee could not take then is left to the payout sweep
      // (PayoutService.runDue), which deducts refunds made in the meantime.
      if (booked.count === 0) return;
      await tx.transfer.createMany({
        data: plan.transfers.map((t) => ({ paymentId, recipient: t.recipient, destinationAccount: t.destinationAccount, amountCents: t.amountCents, idempotencyKey: `transfer:${paymentId}:${t.recipient}` })),
        skipDuplicates: true,
      });
    });
    await this.payouts.sendPending(paymentId, typeof intent.latest_charge === "string" ? intent.latest_charge : null);
  }

  /**
   * The double-entry split of a successful payment: cash received (a debit, negative) against
   * the platform fee, the mechanic's fee and the workshop's share (credits); they sum to zero.
   * A banned mechanic's credit goes to WITHHELD and is not transferred.
   */
  private async plan(paymentId: string): Promise<{ lines: LedgerLine[]; transfers: PlannedTransfer[] }> {
    const payment = await this.prisma.payment.findUniqueOrThrow({
      where: { id: paymentId },
      select: {
        kind: true,
        amountCents: true,
        session: { select: { mechanicId: true } },
        quote: {
          select: {
            platformFeeCents: true,
            mechanicFeeCents: true,
            totalCents: true,
            workshopId: true,
            escalation: { select: { mechanicId: true } },
            partnership: { select: { id: true, partnerId: true, paymentTerms: true, partner: { select: { stripeAccountId: true, payoutsEnabled: true } } } },
          },
        },
      },
    });
    const lines: LedgerLine[] = [{ account: "PLATFORM_CASH", kind: "PAYMENT_RECEIVED", amountCents: -payment.amountCents, description: `${payment.kind.toLowerCase()} payment received` }];
    const transfers: PlannedTransfer[] = [];
    const mechanicId = payment.kind === "REPAIR" ? payment.quote?.escalation.mechanicId : payment.session?.mechanicId;
    const mechanic = mechanicId
      ? await this.prisma.mechanicProfile.findUnique({ where: { userId: mechanicId }, select: { earningsWithheld: true, stripeAccountId: true, payoutsEnabled: true } })
      : null;
    const mechanicAccount: LedgerAccount = mechanic && !mechanic.earningsWithheld ? "MECHANIC_PAYABLE" : "WITHHELD";
    const payMechanic = (amountCents: number) => {
      if (mechanicAccount === "MECHANIC_PAYABLE" && mechanic?.stripeAccountId && mechanic.payoutsEnabled && amountCents > 0) {
        transfers.push({ recipient: "MECHANIC", destinationAccount: mechanic.stripeAccountId, amountCents });
      }
    };

    if (payment.kind === "REPAIR" && payment.quote?.partnership) {
      // A partnered mechanic's quote: platform fee, the mechanic's commission, the partner's share.
      const quote = payment.quote;
      const partnership = payment.quote.partnership;
      const share = payment.amountCents - quote.platformFeeCents - quote.mechanicFeeCents;
      lines.push(
        { account: "PLATFORM_REVENUE", kind: "PLATFORM_FEE", amountCents: quote.platformFeeCents, partnershipId: partnership.id, description: "platform fee on partnership repair" },
        { account: mechanicAccount, kind: "COMMISSION", amountCents: quote.mechanicFeeCents, userId: mechanicId, partnershipId: partnership.id, description: "commission to the partnered mechanic" },
        { account: "PARTNER_PAYABLE", kind: "PARTNER_SHARE", amountCents: share, userId: partnership.partnerId, workshopId: quote.workshopId, partnershipId: partnership.id, description: "partner share of repair" },
      );
      payMechanic(quote.mechanicFeeCents);
      // NET_30 / NET_60 partners are paid from PARTNER_PAYABLE when their terms run (PayoutService.runDue); IMMEDIATE ones now.
      const partner = partnership.partner;
      if (partnership.paymentTerms === "IMMEDIATE" && partner.stripeAccountId && partner.payoutsEnabled && share > 0) {
        transfers.push({ recipient: "PARTNER", destinationAccount: partner.stripeAccountId, amountCents: share });
      }
    } else if (payment.kind === "REPAIR") {
      const quote = payment.quote!;
      // The fees were fixed when the quote was priced; the workshop's share is the rest of what was paid.
      const share = payment.amountCents - quote.platformFeeCents - quote.mechanicFeeCents;
      lines.push(
        { account: "PLATFORM_REVENUE", kind: "PLATFORM_FEE", amountCents: quote.platformFeeCents, description: "platform fee on repair" },
        { account: mechanicAccount, kind: "REFERRAL_FEE", amountCents: quote.mechanicFeeCents, userId: mechanicId, description: "referral fee to the escalating mechanic" },
        { account: "WORKSHOP_PAYABLE", kind: "WORKSHOP_SHARE", amountCents: share, workshopId: quote.workshopId, description: "workshop share of repair" },
      );
      payMechanic(quote.mechanicFeeCents);
      const workshop = quote.workshopId ? await this.prisma.workshop.findUnique({ where: { id: quote.workshopId }, select: { stripeAccountId: true, payoutsEnabled: true } }) : null;
      if (workshop?.stripeAccountId && workshop.payoutsEnabled && share > 0) transfers.push({ recipient: "WORKSHOP", destinationAccount: workshop.stripeAccountId, amountCents: share });
    } else {
      const platformFee = basisPointsOf(payment.amountCents, this.config.fees.platformFeeBasisPoints);
      const mechanicShare = payment.amountCents - platformFee;
      lines.push(
        { account: "PLATFORM_REVENUE", kind: "PLATFORM_FEE", amountCents: platformFee, description: "platform fee on diagnostic" },
        { account: mechanicAccount, kind: "DIAGNOSTIC_FEE", amountCents: mechanicShare, userId: mechanicId ?? null, description: mechanicId ? "diagnostic fee to the mechanic" : "diagnostic fee held until a mechanic is assigned" },
      );
      payMechanic(mechanicShare);
    }
    return { lines, transfers };
  }

  /** Reverses a refunded part of a payment's split, in proportion; the platform absorbs rounding. */
  private async bookRefund(tx: Tx, paymentId: string, paymentAmount: number, amount: number, refundId: string): Promise<void> {
    const credits = await tx.ledgerEntry.findMany({ where: { transactionKey: `payment:${paymentId}`, amountCents: { gt: 0 } }, orderBy: { createdAt: "asc" } });
    const reversals = credits.map((entry) => ({ entry, amountCents: Math.floor((entry.amountCents * amount) / paymentAmount) }));
    const rounding = amount - reversals.reduce((sum, r) => sum + r.amountCents, 0);
    const platform = reversals.find((r) => r.entry.account === "PLATFORM_REVENUE");
    if (platform) platform.amountCents += rounding;
    await tx.ledgerEntry.createMany({
      data: [
        { transactionKey: `refund:${refundId}`, idempotencyKey: `refund:${refundId}:PLATFORM_CASH`, account: "PLATFORM_CASH", kind: "REFUND", amountCents: amount, paymentId, description: "refund paid to customer" },
        ...reversals
          .filter((r) => r.amountCents !== 0)
          .map((r) => ({
            transactionKey: `refund:${refundId}`,
            idempotencyKey: `refund:${refundId}:${r.entry.account}:${r.entry.kind}`,
            account: r.entry.account,
            kind: "REFUND" as const,
            amountCents: -r.amountCents,
            userId: r.entry.userId,
            workshopId: r.entry.workshopId,
            partnershipId: r.entry.partnershipId,
            paymentId,
            description: `refund reverses ${r.entry.kind.toLowerCase()}`,
          })),
      ],
      skipDuplicates: true,
    });
  }

  private requireStripe(): Stripe {
    if (!this.stripe) throw new AppError(ErrorCode.PAYMENTS_NOT_CONFIGURED, "Payments are not configured on this server");
    return this.stripe;
  }
}
