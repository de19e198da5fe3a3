// A refund Stripe makes pending and later reports failed gave the customer nothing back: its
// booking is undone, once however often Stripe says so (refund.updated, refund.failed,
// charge.refund.updated, redelivered): the payment moves back to what its other refunds leave,
// the refund's ledger lines are reversed beside it (nothing deleted), and the payees are owed and
// paid again what the refund took back from them. Audited. Before, the failed refund stayed
// booked: the payment REFUNDED, the payees' transfers reversed, the customer unpaid (finding F11).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { diagnosticPayment, refundSpec, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let app: TestApp;
let admin: CreatedUser;
refundSpec((world) => ({ payments, app, admin } = world));

const REFUND = `mutation ($p: ID!, $a: Int, $k: String!) { refundPayment(paymentId: $p, amountCents: $a, idempotencyKey: $k) { status refundedCents } }`;

async function refund(paymentId: string, amountCents?: number) {
  const result = await app.gql(REFUND, { k: randomUUID(), p: paymentId, a: amountCents ?? null }, admin.token);
  expect(result.errors).toBeUndefined();
  return result.data!.refundPayment;
}
async function balance(paymentId: string, account: "MECHANIC_PAYABLE" | "PLATFORM_REVENUE" | "PLATFORM_CASH"): Promise<number> {
  const sum = await app.prisma.ledgerEntry.aggregate({ where: { paymentId, account }, _sum: { amountCents: true } });
  return sum._sum.amountCents ?? 0;
}
/** What the payment's transfers hold at Stripe (sent less reversed), in cents. */
async function heldAtStripe(paymentId: string): Promise<number> {
  const transfers = await app.prisma.transfer.findMany({ where: { paymentId, stripeTransferId: { not: null } } });
  return transfers.reduce((sum, t) => sum + payments.stripe.transfers.get(t.stripeTransferId!)!.amount - payments.stripe.transfers.get(t.stripeTransferId!)!.amount_reversed, 0);
}
/** One ledger transaction's amounts by account. */
async function linesOf(transactionKey: string): Promise<Record<string, number>> {
  const entries = await app.prisma.ledgerEntry.findMany({ where: { transactionKey } });
  return Object.fromEntries(entries.map((e) => [e.account, e.amountCents]));
}
const stripeRefundsOf = (intentId: string) => [...payments.stripe.refunds.values()].filter((r) => r.payment_intent === intentId);

describe("a refund Stripe reports failed", () => {
  it("is undone once: the payment settled again, the refund's lines reversed, the mechanic paid again, audited", async () => {
    const { payment } = await diagnosticPayment(payments);
    await payments.confirmPayment(payment.id);
    payments.stripe.refundsStartAs("pending");
    try {
      expect(await refund(payment.id)).toEqual({ status: "REFUNDED", refundedCents: 2_500 });
    } finally {
      payments.stripe.refundsStartAs("succeeded");
    }
    expect(await heldAtStripe(payment.id)).toBe(0);

    const failed = payments.stripe.failRefund(stripeRefundsOf(payment.stripePaymentIntentId!)[0]!.id);
    for (const type of ["refund.updated", "refund.failed", "charge.refund.updated", "refund.updated"]) expect((await payments.webhook(type, failed)).status).toBe(200);

    expect(await app.prisma.payment.findUniqueOrThrow({ where: { id: payment.id } })).toMatchObject({ status: "SUCCEEDED", refundedCents: 0 });
    const [row] = await app.prisma.refund.findMany({ where: { paymentId: payment.id } });
    expect(await linesOf(`refund:${row!.id}`)).toEqual({ PLATFORM_CASH: 2_500, PLATFORM_REVENUE: -250, MECHANIC_PAYABLE: -2_250 });
    expect(await linesOf(`refund-failed:${row!.id}`)).toEqual({ PLATFORM_CASH: -2_500, PLATFORM_REVENUE: 250, MECHANIC_PAYABLE: 2_250 });
    expect(await balance(payment.id, "PLATFORM_REVENUE")).toBe(250);
    // The mechanic's share is paid again (a second transfer), and owed nothing more.
    expect(await heldAtStripe(payment.id)).toBe(2_250);
    expect(await app.prisma.transfer.count({ where: { paymentId: payment.id } })).toBe(2);
    expect(await balance(payment.id, "MECHANIC_PAYABLE")).toBe(0);
    expect(await app.prisma.auditLog.findMany({ where: { action: "payment.refund_failed", entityId: payment.id } })).toHaveLength(1);
  }, 60_000);

  it("leaves the payment's other refunds standing, and a later refund reverses from what the payees hold again", async () => {
    const { payment } = await diagnosticPayment(payments);
    await payments.confirmPayment(payment.id);
    await refund(payment.id, 500);
    payments.stripe.refundsStartAs("pending");
    try {
      await refund(payment.id, 1_000);
    } finally {
      payments.stripe.refundsStartAs("succeeded");
    }
    const pending = stripeRefundsOf(payment.stripePaymentIntentId!).find((r) => r.status === "pending")!;
    expect((await payments.webhook("charge.refund.updated", payments.stripe.failRefund(pending.id))).status).toBe(200);
    expect(await app.prisma.payment.findUniqueOrThrow({ where: { id: payment.id } })).toMatchObject({ status: "PARTIALLY_REFUNDED", refundedCents: 500 });
    expect(await heldAtStripe(payment.id)).toBe(2_250 - 450);

    // The rest refunded: every payee back to zero, nothing held at Stripe.
    expect(await refund(payment.id)).toEqual({ status: "REFUNDED", refundedCents: 2_500 });
    expect(await balance(payment.id, "MECHANIC_PAYABLE")).toBe(0);
    expect(await balance(payment.id, "PLATFORM_REVENUE")).toBe(0);
    expect(await heldAtStripe(payment.id)).toBe(0);
  }, 60_000);
});
