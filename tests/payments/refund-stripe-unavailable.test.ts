// A refund while Stripe is unavailable (500s, or the answer lost on the way back after Stripe
// acted) books nothing and answers SERVICE_UNAVAILABLE, retryable; the same request sent again
// later refunds exactly once, at Stripe and in the books.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { payForDiagnostic } from "../factories/diagnostics.ts";
import { createCustomer, createSession, type CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { ledgerOf } from "../support/ledger.ts";
import { refundSpec, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let app: TestApp;
let admin: CreatedUser;
refundSpec((world) => ({ payments, app, admin } = world));

const REFUND = `mutation ($p: ID!, $a: Int, $k: String!) { refundPayment(paymentId: $p, amountCents: $a, idempotencyKey: $k) { status refundedCents } }`;
/** The SDK's own attempts at one request (one and maxNetworkRetries 2): all of them fail. */
const EVERY_ATTEMPT = 3;

/** A $25 diagnostic paid through the API; its id and PaymentIntent's. */
async function paidDiagnostic(): Promise<{ paymentId: string; intentId: string }> {
  const customer = await createCustomer(app);
  const session = await createSession(app, { customerId: customer.id, paid: false });
  const paymentId = await payForDiagnostic(payments, customer, session.id);
  const { stripePaymentIntentId } = await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } });
  return { paymentId, intentId: stripePaymentIntentId! };
}

const stripeRefundsOf = (intentId: string) => [...payments.stripe.refunds.values()].filter((r) => r.payment_intent === intentId);

describe.each(["unavailable", "lost"] as const)("a refund while Stripe's answers are %s", (failure) => {
  it("books nothing and answers SERVICE_UNAVAILABLE, retryable; the same request later refunds once", async () => {
    const { paymentId, intentId } = await paidDiagnostic();
    const before = await ledgerOf(app.prisma, paymentId);
    payments.stripe.failNext("POST /v1/refunds", failure, EVERY_ATTEMPT);

    const key = randomUUID();
    const failed = await app.gql(REFUND, { k: key, p: paymentId, a: 1_000 }, admin.token);
    expect(failed.errors?.[0]?.extensions).toEqual({ code: "SERVICE_UNAVAILABLE", retryable: true });
    expect(await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ status: "SUCCEEDED", refundedCents: 0 });
    expect(await app.prisma.refund.count({ where: { paymentId } })).toBe(0);
    expect(await ledgerOf(app.prisma, paymentId)).toEqual(before);

    const retried = await app.gql(REFUND, { k: key, p: paymentId, a: 1_000 }, admin.token);
    expect(retried.errors).toBeUndefined();
    expect(retried.data!.refundPayment).toEqual({ status: "PARTIALLY_REFUNDED", refundedCents: 1_000 });
    expect(stripeRefundsOf(intentId)).toMatchObject([{ amount: 1_000 }]);
    const rows = await app.prisma.refund.findMany({ where: { paymentId } });
    expect(rows).toMatchObject([{ amountCents: 1_000, stripeRefundId: stripeRefundsOf(intentId)[0]!.id }]);
    expect(stripeRefundsOf(intentId)[0]!.metadata).toEqual({ refundId: rows[0]!.id });
    expect(Object.keys(await ledgerOf(app.prisma, paymentId))).toEqual(["payment", "refund 1"]);

    // Stripe's event for it afterwards books nothing more.
    expect((await payments.webhook("refund.created", stripeRefundsOf(intentId)[0]!)).status).toBe(200);
    expect(await app.prisma.refund.count({ where: { paymentId } })).toBe(1);
    expect(await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ refundedCents: 1_000 });
  });
});
