// A started session whose diagnostic payment is disputed (a chargeback Stripe has not decided)
// cannot be completed, and says why: CONFLICT, reason PAYMENT_DISPUTED. Before, it answered
// DIAGNOSTIC_NOT_PAID, "the customer pays it before a mechanic works on it": untrue of a paid
// diagnostic, and no help to the mechanic.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { COMPLETE } from "../factories/diagnostics.ts";
import { createCustomer, createMechanic, createSession } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { refundSpec, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let app: TestApp;
refundSpec((world) => ({ payments, app } = world));

describe("a started session whose diagnostic payment is disputed", () => {
  it("is not completed, with the dispute as the reason", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    await app.prisma.mechanicProfile.update({ where: { userId: mechanic.id }, data: { stripeAccountId: `acct_me_${randomUUID().slice(0, 8)}`, payoutsEnabled: true } });
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS", paid: false });
    const pay = await app.gql(`mutation ($s: ID!, $k: String!) { payDiagnostic(sessionId: $s, idempotencyKey: $k) { paymentId } }`, { s: session.id, k: `diag-${session.id}` }, customer.token);
    const paymentId = pay.data!.payDiagnostic.paymentId as string;
    await payments.confirmPayment(paymentId);
    const intent = (await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).stripePaymentIntentId!;
    expect((await payments.webhook("charge.dispute.created", payments.stripe.dispute(intent, { status: "needs_response" }))).status).toBe(200);

    const completed = await app.gql(COMPLETE, { id: session.id, input: { diagnosis: "Front pads worn to the indicator", recommendedServices: ["brakes"] } }, mechanic.token);
    expect(completed.data?.completeSession ?? null).toBeNull();
    expect(completed.errors?.[0]).toMatchObject({ message: expect.stringMatching(/disputed/), extensions: { code: "CONFLICT", reason: "PAYMENT_DISPUTED" } });
    expect((await app.prisma.diagnosticSession.findUniqueOrThrow({ where: { id: session.id } })).status).toBe("IN_PROGRESS");
  });
});
