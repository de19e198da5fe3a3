import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { TestApp } from "../setup/test-app.ts";
import { ledgerOf } from "../support/ledger.ts";
import { diagnosticPayment, paymentsSpec, type PaymentsTestApp } from "../support/payments-app.ts";

/**
 * Stripe redelivers an event whose delivery it timed out on while the first delivery is still
 * being processed: several deliveries of the same NEW event arrive at once. The event is stored
 * once and, whichever deliveries process it, every effect is written once: the ledger split, the
 * transfers, and the audit row of each change (not one per delivery that happened to process it).
 */
let payments: PaymentsTestApp;
let app: TestApp;
paymentsSpec((world) => ({ payments, app } = world));

const DELIVERIES = 6;

/** A diagnostic paid for by its customer (the intent created, not confirmed); the mechanic takes payouts on a Stripe account. */
/** A diagnostic paid for by its customer (the intent created, not confirmed); the mechanic takes payouts on a Stripe account. */
const paidFor = () => diagnosticPayment(payments, { registered: true });

/** The same signed event delivered DELIVERIES times at once. */
async function deliveredAtOnce(type: string, object: Record<string, any>, account?: string) {
  const eventId = `evt_race_${randomUUID()}`;
  const answers = await Promise.all(Array.from({ length: DELIVERIES }, () => payments.webhook(type, object, eventId, account)));
  return { eventId, answers };
}

/** The audit rows written for event `eventId`. */
async function auditedFor(eventId: string) {
  const rows = await app.prisma.auditLog.findMany({ select: { action: true, entityId: true, data: true } });
  return rows.filter((row) => (row.data as { eventId?: string } | null)?.eventId === eventId).map((row) => row.action);
}

async function expectStoredOnceAndProcessed(eventId: string, answers: { status: number }[]) {
  expect(answers.map((answer) => answer.status)).toEqual(Array(DELIVERIES).fill(200));
  expect(await app.prisma.stripeEvent.findMany({ where: { id: eventId }, select: { processedAt: true } })).toEqual([{ processedAt: expect.any(Date) }]);
  expect(app.logLines.some((line) => line.includes("stripe webhook failed"))).toBe(false);
}

describe("concurrent deliveries of the same new event", () => {
  it("payment_intent.succeeded: the split booked once, the share transferred once, the status change audited once", async () => {
    const { payment } = await paidFor();
    const { eventId, answers } = await deliveredAtOnce("payment_intent.succeeded", payments.stripe.confirm(payment.stripePaymentIntentId!));
    await expectStoredOnceAndProcessed(eventId, answers);
    // The session is completed: the mechanic is credited and paid out at once, once.
    expect(await ledgerOf(app.prisma, payment.id)).toEqual({
      payment: { "PLATFORM_CASH/PAYMENT_RECEIVED": -2500, "PLATFORM_REVENUE/PLATFORM_FEE": 250, "MECHANIC_PAYABLE/DIAGNOSTIC_FEE": 2250 },
      "payout MECHANIC": { "MECHANIC_PAYABLE/PAYOUT": -2250, "PLATFORM_CASH/PAYOUT": 2250 },
    });
    expect([...payments.stripe.transfers.values()].filter((t) => t.transfer_group === payment.transferGroup).map((t) => t.amount)).toEqual([2250]);
    expect((await app.prisma.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe("SUCCEEDED");
    expect(await auditedFor(eventId)).toEqual(["payment.synced"]);
  });

  it("payment_intent.payment_failed: the failure audited once", async () => {
    const { payment } = await paidFor();
    const { eventId, answers } = await deliveredAtOnce("payment_intent.payment_failed", payments.stripe.decline(payment.stripePaymentIntentId!));
    await expectStoredOnceAndProcessed(eventId, answers);
    expect((await auditedFor(eventId)).filter((action) => action === "payment.failed")).toEqual(["payment.failed"]);
  });

  it("account.updated: the payee's new state written and audited once", async () => {
    const { mechanic, account } = await paidFor();
    const updated = { ...payments.stripe.accounts.get(account)!, payouts_enabled: false };
    payments.stripe.accounts.set(account, updated);
    const { eventId, answers } = await deliveredAtOnce("account.updated", updated);
    await expectStoredOnceAndProcessed(eventId, answers);
    expect((await app.prisma.mechanicProfile.findUniqueOrThrow({ where: { userId: mechanic.id } })).payoutsEnabled).toBe(false);
    expect(await auditedFor(eventId)).toEqual(["payee.account_synced"]);
  });

  it("payment_intent.succeeded of an intent no payment holds: stored once, processed, acknowledged as unknown once and as a duplicate after", async () => {
    // The event is stored processed by the statement that finds no payment: a delivery that sees
    // the row (at once, or after waiting for the first delivery's insert) answers duplicate.
    const { eventId, answers } = await deliveredAtOnce("payment_intent.succeeded", { id: `pi_unknown_${randomUUID()}`, object: "payment_intent", status: "succeeded" });
    await expectStoredOnceAndProcessed(eventId, answers);
    const bodies = answers.map((answer) => answer.body);
    expect(bodies.filter((body) => body.ignored === "unknown payment intent")).toHaveLength(1);
    expect(bodies.filter((body) => body.duplicate === true)).toHaveLength(DELIVERIES - 1);
    expect(await auditedFor(eventId)).toEqual([]);
  });

  /** A diagnostic paid, settled and paid out to the mechanic, as the tests below start from. */
  async function settledDiagnostic() {
    const paid = await paidFor();
    expect((await payments.webhook("payment_intent.succeeded", payments.stripe.confirm(paid.payment.stripePaymentIntentId!))).status).toBe(200);
    return paid;
  }

  /** Each action audited for the event at most once. */
  const expectNoRepeats = (actions: string[]) => expect(actions).toEqual([...new Set(actions)]);

  it("refund.created (a refund made in Stripe's Dashboard): one Refund row, one refund transaction, audited once", async () => {
    const { payment } = await settledDiagnostic();
    const { refund } = payments.stripe.refundInDashboard(payment.stripePaymentIntentId!, 1000);
    const { eventId, answers } = await deliveredAtOnce("refund.created", refund);
    await expectStoredOnceAndProcessed(eventId, answers);
    expect(await app.prisma.refund.findMany({ where: { paymentId: payment.id }, select: { amountCents: true, stripeRefundId: true } })).toEqual([{ amountCents: 1000, stripeRefundId: refund.id }]);
    expect(Object.keys(await ledgerOf(app.prisma, payment.id)).filter((key) => key.startsWith("refund"))).toEqual(["refund 1"]);
    expect((await app.prisma.payment.findUniqueOrThrow({ where: { id: payment.id } })).refundedCents).toBe(1000);
    const actions = await auditedFor(eventId);
    expect(actions).toContain("payment.refunded");
    expectNoRepeats(actions);
  });

  it("charge.dispute.created: the payment disputed once, its hold booked once, audited once", async () => {
    const { payment } = await settledDiagnostic();
    const ledgerBefore = Object.keys(await ledgerOf(app.prisma, payment.id));
    const { eventId, answers } = await deliveredAtOnce("charge.dispute.created", payments.stripe.dispute(payment.stripePaymentIntentId!, { status: "needs_response" }));
    await expectStoredOnceAndProcessed(eventId, answers);
    expect(await app.prisma.dispute.count({ where: { paymentId: payment.id } })).toBe(1);
    expect(Object.keys(await ledgerOf(app.prisma, payment.id)).length).toBeLessThanOrEqual(ledgerBefore.length + 1);
    expectNoRepeats(await auditedFor(eventId));
  });

  it("payout.failed on the mechanic's account: one FAILED payout, the transfer reversed once, audited once", async () => {
    const { payment, account } = await settledDiagnostic();
    const failed = payments.stripe.failedPayout(account, 2250);
    const { eventId, answers } = await deliveredAtOnce("payout.failed", failed, account);
    await expectStoredOnceAndProcessed(eventId, answers);
    expect(await app.prisma.connectedPayout.count({ where: { stripePayoutId: failed.id } })).toBe(1);
    const transfers = [...payments.stripe.transfers.values()].filter((t) => t.transfer_group === payment.transferGroup);
    expect(transfers.map((t) => t.amount_reversed)).toEqual([2250]);
    expect(Object.keys(await ledgerOf(app.prisma, payment.id)).filter((key) => key.startsWith("reversal") || key.includes("payout-failed"))).toHaveLength(1);
    const actions = await auditedFor(eventId);
    expect(actions.sort()).toEqual(["payment.payout_reversed", "payout.failed"]);
  });
});
