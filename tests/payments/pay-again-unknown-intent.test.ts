// Paying again for a payment whose PaymentIntent Stripe does not know (a demo seed's made-up id, an
// intent from another Stripe account): Stripe's refusal is the client's PAYMENT_PROVIDER_REFUSED, not
// an internal error with an error-level log line (found by a new user paying the demo world's sessions).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diagnosticPayment, startPaymentsTestApp, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
beforeAll(async () => {
  payments = await startPaymentsTestApp();
});
afterAll(() => payments.close());

const PAY = `mutation ($s: ID!, $k: String!) { payDiagnostic(sessionId: $s, idempotencyKey: $k) { paymentId status } }`;

describe("paying again when Stripe does not know the intent", () => {
  it("is PAYMENT_PROVIDER_REFUSED with Stripe's code, and nothing is logged as an error", async () => {
    const { app } = payments;
    const { customer, payment } = await diagnosticPayment(payments);
    await app.prisma.payment.update({ where: { id: payment.id }, data: { stripePaymentIntentId: "pi_demo_unknown" } });
    const errorsBefore = app.logLines.filter((line) => line.includes('"level":50')).length;
    const again = await app.gql(PAY, { s: payment.sessionId, k: `again-${payment.id}` }, customer.token);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "PAYMENT_PROVIDER_REFUSED", stripeCode: "resource_missing" });
    expect(app.logLines.filter((line) => line.includes('"level":50')).length).toBe(errorsBefore);
  });
});
