import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createCustomer, createMechanic, createSession } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import type { FakeStripe } from "../support/fake-stripe.ts";
import { ledgerOf as ledgerOfPayment, unbalancedTransactions } from "../support/ledger.ts";
import { startPaymentsTestApp, type PaymentsTestApp } from "../support/payments-app.ts";

/**
 * The $25 diagnostic's money, whatever the order of booking, payment, claim and Stripe's events:
 * the mechanic who does the diagnostic is credited 90% (2250c) exactly once, and the ledger
 * balances after every test.
 */
let payments: PaymentsTestApp;
let app: TestApp;
let stripe: FakeStripe;
beforeAll(async () => {
  payments = await startPaymentsTestApp();
  ({ app, stripe } = payments);
});
afterAll(() => payments.close());
afterEach(async () => {
  expect(await unbalancedTransactions(app.prisma)).toEqual([]);
});

const PAY_DIAGNOSTIC = `mutation ($s: ID!, $k: String!) { payDiagnostic(sessionId: $s, idempotencyKey: $k) { paymentId amountCents status } }`;
const CLAIM = `mutation ($id: ID!) { claimSession(id: $id) { id status } }`;

const ledgerOf = (paymentId: string) => ledgerOfPayment(app.prisma, paymentId);

/** What the payment's entries leave on each account (all transactions together). */
async function balances(paymentId: string): Promise<Record<string, number>> {
  const rows = await app.prisma.ledgerEntry.groupBy({ by: ["account"], where: { paymentId }, _sum: { amountCents: true }, orderBy: { account: "asc" } });
  return Object.fromEntries(rows.filter((r) => (r._sum.amountCents ?? 0) !== 0).map((r) => [r.account, r._sum.amountCents ?? 0]));
}

/** A customer books a diagnostic and pays it at booking; Stripe confirms it. */
async function bookedAndPaid(key: string) {
  const customer = await createCustomer(app);
  const session = await createSession(app, { customerId: customer.id });
  const pay = await app.gql(PAY_DIAGNOSTIC, { s: session.id, k: key }, customer.token);
  expect(pay.errors).toBeUndefined();
  const payment = await app.prisma.payment.findUniqueOrThrow({ where: { id: pay.data!.payDiagnostic.paymentId } });
  const intent = stripe.confirm(payment.stripePaymentIntentId!);
  const first = await payments.webhook("payment_intent.succeeded", intent, `evt_${key}`);
  expect(first.status).toBe(200);
  return { customer, session, payment, intent, eventId: `evt_${key}` };
}

describe("idempotency keys do not depend on state that changes after the event", () => {
  it("paid at booking, claimed afterwards: a second success event for the intent books nothing again", async () => {
    const { session, payment, intent } = await bookedAndPaid("diag-key-c-1");
    const mechanic = await createMechanic(app);
    expect((await app.gql(CLAIM, { id: session.id }, mechanic.token)).errors).toBeUndefined();

    const before = await ledgerOf(payment.id);
    // Another event about the same PaymentIntent (Stripe sends several, and in any order).
    expect((await payments.webhook("payment_intent.succeeded", intent, "evt_diag-key-c-1-again")).status).toBe(200);
    expect(await ledgerOf(payment.id)).toEqual(before);
    expect((await balances(payment.id)).PLATFORM_CASH).toBe(-2500);
  });

  it("a redelivery of the same event after an interrupted first delivery books nothing again", async () => {
    const { session, payment, intent, eventId } = await bookedAndPaid("diag-key-c-2");
    const mechanic = await createMechanic(app);
    await app.gql(CLAIM, { id: session.id }, mechanic.token);
    const before = await ledgerOf(payment.id);
    // The first delivery booked the split but its answer never reached Stripe: the event is not marked processed.
    await app.prisma.stripeEvent.update({ where: { id: eventId }, data: { processedAt: null } });
    expect((await payments.webhook("payment_intent.succeeded", intent, eventId)).status).toBe(200);
    expect(await ledgerOf(payment.id)).toEqual(before);
  });

  it("every line of the split is keyed by the payment and its purpose, never by its payee", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "COMPLETED" });
    const pay = await app.gql(PAY_DIAGNOSTIC, { s: session.id, k: "diag-key-c-3" }, customer.token);
    const payment = await app.prisma.payment.findUniqueOrThrow({ where: { id: pay.data!.payDiagnostic.paymentId } });
    await payments.webhook("payment_intent.succeeded", stripe.confirm(payment.stripePaymentIntentId!));
    const keys = await app.prisma.ledgerEntry.findMany({ where: { paymentId: payment.id }, select: { idempotencyKey: true }, orderBy: { idempotencyKey: "asc" } });
    expect(keys.map((k) => k.idempotencyKey.replace(payment.id, "<payment>"))).toEqual(["payment:<payment>:cash", "payment:<payment>:mechanic-share", "payment:<payment>:platform-fee"]);
  });
});
