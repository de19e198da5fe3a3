// A payment refunded in full through several partial refunds leaves every payee at zero: each
// refund takes from every payee what leaves it its part of what the customer still pays (nothing
// earlier refunds took is taken twice), from wherever the share sits now (src/domain/ledger/reversal.ts). Before, each refund
// reversed its own proportion of the original credit, rounded down: one-cent refunds reversed
// nothing, and a refund after a held diagnostic share was released took from the emptied
// DIAGNOSTIC_CLEARING (findings F1, F9).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { COMPLETE } from "../factories/diagnostics.ts";
import { createCustomer, createMechanic, createSession, type CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { diagnosticPayment, refundSpec, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let app: TestApp;
let admin: CreatedUser;
refundSpec((world) => ({ payments, app, admin } = world));

const REFUND = `mutation ($p: ID!, $a: Int, $k: String!) { refundPayment(paymentId: $p, amountCents: $a, idempotencyKey: $k) { status refundedCents } }`;

async function refund(paymentId: string, amountCents?: number): Promise<void> {
  const result = await app.gql(REFUND, { k: randomUUID(), p: paymentId, a: amountCents ?? null }, admin.token);
  expect(result.errors).toBeUndefined();
}

/** A payment's balance of `account` in the ledger, in cents. */
async function balance(paymentId: string, account: "MECHANIC_PAYABLE" | "DIAGNOSTIC_CLEARING" | "PLATFORM_REVENUE" | "PLATFORM_CASH"): Promise<number> {
  const sum = await app.prisma.ledgerEntry.aggregate({ where: { paymentId, account }, _sum: { amountCents: true } });
  return sum._sum.amountCents ?? 0;
}

/** What the payment's transfers still hold at Stripe (sent less reversed), in cents. */
async function heldAtStripe(paymentId: string): Promise<number> {
  const transfers = await app.prisma.transfer.findMany({ where: { paymentId } });
  expect(transfers.length).toBeGreaterThan(0);
  return transfers.reduce((sum, t) => {
    const atStripe = payments.stripe.transfers.get(t.stripeTransferId!)!;
    return sum + atStripe.amount - (atStripe.amount_reversed ?? 0);
  }, 0);
}

describe("a payment refunded in full in parts", () => {
  it("reverses the mechanic's whole share, one-cent refunds included, and the transfer at Stripe in full", async () => {
    const { payment } = await diagnosticPayment(payments);
    await payments.confirmPayment(payment.id);
    expect(await heldAtStripe(payment.id)).toBe(2_250);

    for (let i = 0; i < 12; i++) await refund(payment.id, 1);
    // After 12 cents, $24.88 still paid: its fee round(248.8) = 249, the mechanic 2,239; 11 taken back from the transfer, as one refund of 12 would.
    expect(await heldAtStripe(payment.id)).toBe(2_239);
    expect(await balance(payment.id, "MECHANIC_PAYABLE")).toBe(0);
    await refund(payment.id);

    expect(await app.prisma.payment.findUniqueOrThrow({ where: { id: payment.id } })).toMatchObject({ status: "REFUNDED", refundedCents: 2_500 });
    expect(await balance(payment.id, "MECHANIC_PAYABLE")).toBe(0);
    expect(await balance(payment.id, "PLATFORM_REVENUE")).toBe(0);
    expect(await balance(payment.id, "PLATFORM_CASH")).toBe(0);
    expect(await heldAtStripe(payment.id)).toBe(0);
  }, 90_000);

  it("takes the rest of a held diagnostic from the mechanic it was released to, and never overdraws the clearing account", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    await app.prisma.mechanicProfile.update({ where: { userId: mechanic.id }, data: { stripeAccountId: `acct_me_${randomUUID().slice(0, 8)}`, payoutsEnabled: true } });
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS", paid: false });
    const pay = await app.gql(`mutation ($s: ID!, $k: String!) { payDiagnostic(sessionId: $s, idempotencyKey: $k) { paymentId } }`, { s: session.id, k: `diag-${session.id}` }, customer.token);
    const paymentId = pay.data!.payDiagnostic.paymentId as string;
    await payments.confirmPayment(paymentId);
    expect(await balance(paymentId, "DIAGNOSTIC_CLEARING")).toBe(2_250);

    await refund(paymentId, 1_000);
    expect(await balance(paymentId, "DIAGNOSTIC_CLEARING")).toBe(1_350);
    const completed = await app.gql(COMPLETE, { id: session.id, input: { diagnosis: "Front pads worn to the indicator", recommendedServices: ["brakes"] } }, mechanic.token);
    expect(completed.errors).toBeUndefined();
    expect(await balance(paymentId, "MECHANIC_PAYABLE")).toBe(0); // 1350 earned, 1350 paid out
    expect(await heldAtStripe(paymentId)).toBe(1_350);

    await refund(paymentId);
    expect(await balance(paymentId, "DIAGNOSTIC_CLEARING")).toBe(0);
    expect(await balance(paymentId, "MECHANIC_PAYABLE")).toBe(0);
    expect(await balance(paymentId, "PLATFORM_REVENUE")).toBe(0);
    expect(await heldAtStripe(paymentId)).toBe(0);
  }, 60_000);
});
