// A refund is booked against the payment's split, so a cancellation's refund of a diagnostic whose
// success was recorded but whose split was not booked yet (the webhook's settling interrupted)
// first settles it, reading the PaymentIntent from Stripe. When Stripe cannot be reached for that
// read, the session stays cancelled and the customer is told so, as for the refund itself failing
// (cancel-refund-failure.test.ts); an admin's refundPayment refunds it later, once. Before, the
// answer was INTERNAL_SERVER_ERROR for a session that was cancelled (finding F8).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { PAY_DIAGNOSTIC } from "../factories/diagnostics.ts";
import { createCustomer, createSession } from "../factories/index.ts";
import { refundSpec, type PaymentsSpecWorld } from "../support/payments-app.ts";

let world: PaymentsSpecWorld;
refundSpec((started) => (world = started));

const CANCEL = `mutation ($id: ID!, $reason: String!) { cancelSession(id: $id, reason: $reason) { id status } }`;
const REFUND = `mutation ($p: ID!, $k: String!) { refundPayment(paymentId: $p, idempotencyKey: $k) { status refundedCents } }`;
/** The SDK's own attempts at one request (one and maxNetworkRetries 2): all of them fail. */
const EVERY_ATTEMPT = 3;

describe("cancelling a requested session whose paid diagnostic is not settled in the books yet, while Stripe is unavailable", () => {
  it("leaves the session cancelled, answers SERVICE_UNAVAILABLE (the refund pending), audits what an admin does, books nothing; refundPayment refunds it once", async () => {
    const { app, payments, admin } = world;
    const customer = await createCustomer(app);
    const session = await createSession(app, { customerId: customer.id, paid: false });
    const pay = await app.gql(PAY_DIAGNOSTIC, { s: session.id, k: `diag-${session.id}` }, customer.token);
    const paymentId = pay.data!.payDiagnostic.paymentId as string;
    const { stripePaymentIntentId: intentId } = await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } });
    payments.stripe.confirm(intentId!);
    // Stripe's success event moved the payment; settling it was interrupted before the split was booked.
    await app.prisma.payment.update({ where: { id: paymentId }, data: { status: "SUCCEEDED" } });
    payments.stripe.failNext(`GET /v1/payment_intents/${intentId}`, "unavailable", EVERY_ATTEMPT);

    const cancelled = await app.gql(CANCEL, { id: session.id, reason: "Found a shop nearby" }, customer.token);
    expect(cancelled.errors?.[0]?.extensions).toEqual({ code: "SERVICE_UNAVAILABLE", retryable: false, paymentId });
    expect(cancelled.errors?.[0]?.message).toMatch(/^The session is cancelled, but its diagnostic could not be refunded automatically/);
    expect(await app.prisma.auditLog.findMany({ where: { entityId: paymentId, action: "payment.refund_failed" }, select: { data: true } })).toEqual([
      { data: expect.objectContaining({ sessionId: session.id, code: "SERVICE_UNAVAILABLE", next: `an admin can refund it with refundPayment(paymentId: "${paymentId}") and a new idempotencyKey` }) },
    ]);
    expect((await app.prisma.diagnosticSession.findUniqueOrThrow({ where: { id: session.id } })).status).toBe("CANCELLED");
    expect(await app.prisma.ledgerEntry.count({ where: { paymentId } })).toBe(0);
    expect([...payments.stripe.refunds.values()].filter((r) => r.payment_intent === intentId)).toEqual([]);

    const refunded = await app.gql(REFUND, { k: randomUUID(), p: paymentId }, admin.token);
    expect(refunded.errors).toBeUndefined();
    expect(refunded.data!.refundPayment).toEqual({ status: "REFUNDED", refundedCents: 2_500 });
    expect([...payments.stripe.refunds.values()].filter((r) => r.payment_intent === intentId)).toMatchObject([{ amount: 2_500 }]);
  });
});
