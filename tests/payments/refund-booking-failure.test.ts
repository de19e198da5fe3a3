// Stripe made the refund, then booking it failed (the database refused the Refund row): the
// refund is not lost. Stripe's refund events book it, once; the same request sent again books it
// once too, whichever comes first.
import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { payForDiagnostic } from "../factories/diagnostics.ts";
import { createAdmin, createCustomer, createSession, type CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { ledgerOf, unbalancedTransactions } from "../support/ledger.ts";
import { startPaymentsTestApp, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let app: TestApp;
let admin: CreatedUser;
beforeAll(async () => {
  payments = await startPaymentsTestApp();
  app = payments.app;
  admin = await createAdmin(app);
  await app.prisma.$executeRawUnsafe(`CREATE FUNCTION refuse_refund() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refunds refused by the test'; END $$ LANGUAGE plpgsql`);
});
afterAll(() => payments.close());
afterEach(async () => {
  await app.prisma.$executeRawUnsafe(`DROP TRIGGER IF EXISTS refuse_refund ON "Refund"`);
  expect(await unbalancedTransactions(app.prisma)).toEqual([]);
});

const REFUND = `mutation ($p: ID!, $a: Int, $k: String!) { refundPayment(paymentId: $p, amountCents: $a, idempotencyKey: $k) { status refundedCents } }`;

/** Booking a refund fails until the test's end: every Refund row is refused by the database. */
const refuseRefundRows = () => app.prisma.$executeRawUnsafe(`CREATE TRIGGER refuse_refund BEFORE INSERT ON "Refund" FOR EACH ROW EXECUTE FUNCTION refuse_refund()`);
const allowRefundRows = () => app.prisma.$executeRawUnsafe(`DROP TRIGGER refuse_refund ON "Refund"`);

/** A $25 diagnostic paid through the API, and a refund of $10 Stripe made and the API failed to book (asked with `key`). */
async function refundStripeMadeUnbooked(): Promise<{ paymentId: string; stripeRefund: Record<string, any>; key: string }> {
  const customer = await createCustomer(app);
  const session = await createSession(app, { customerId: customer.id, paid: false });
  const paymentId = await payForDiagnostic(payments, customer, session.id);
  const { stripePaymentIntentId } = await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } });
  await refuseRefundRows();
  const key = randomUUID();
  const failed = await app.gql(REFUND, { k: key, p: paymentId, a: 1_000 }, admin.token);
  expect(failed.errors?.[0]?.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
  await allowRefundRows();
  expect(await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ status: "SUCCEEDED", refundedCents: 0 });
  expect(Object.keys(await ledgerOf(app.prisma, paymentId))).toEqual(["payment"]);
  const made = [...payments.stripe.refunds.values()].filter((r) => r.payment_intent === stripePaymentIntentId);
  expect(made).toMatchObject([{ amount: 1_000, metadata: { refundId: expect.any(String) } }]);
  return { paymentId, stripeRefund: made[0]!, key };
}

/** The payment's refunds and ledger once the $10 refund is booked, exactly once. */
async function expectBookedOnce(paymentId: string, stripeRefund: Record<string, any>) {
  expect(await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ status: "PARTIALLY_REFUNDED", refundedCents: 1_000 });
  expect(await app.prisma.refund.findMany({ where: { paymentId }, select: { amountCents: true, stripeRefundId: true } })).toEqual([{ amountCents: 1_000, stripeRefundId: stripeRefund.id }]);
  expect(Object.keys(await ledgerOf(app.prisma, paymentId))).toEqual(["payment", "refund 1"]);
  expect((await ledgerOf(app.prisma, paymentId))["refund 1"]).toMatchObject({ "PLATFORM_CASH/REFUND": 1_000 });
}

describe("a refund Stripe made whose booking failed", () => {
  it("is booked by Stripe's refund events, once, however often they come", async () => {
    const { paymentId, stripeRefund } = await refundStripeMadeUnbooked();
    expect((await payments.webhook("refund.created", stripeRefund)).status).toBe(200);
    await expectBookedOnce(paymentId, stripeRefund);
    expect((await payments.webhook("refund.created", stripeRefund)).status).toBe(200);
    expect((await payments.webhook("refund.updated", stripeRefund)).status).toBe(200);
    await expectBookedOnce(paymentId, stripeRefund);
  });

  it("is booked by the same request sent again, once, and its events afterwards book nothing", async () => {
    const { paymentId, stripeRefund, key } = await refundStripeMadeUnbooked();
    const retried = await app.gql(REFUND, { k: key, p: paymentId, a: 1_000 }, admin.token);
    expect(retried.errors).toBeUndefined();
    await expectBookedOnce(paymentId, stripeRefund);
    expect((await app.prisma.refund.findFirstOrThrow({ where: { paymentId } })).id).toBe(stripeRefund.metadata.refundId);
    expect((await payments.webhook("refund.created", stripeRefund)).status).toBe(200);
    await expectBookedOnce(paymentId, stripeRefund);
  });
});
