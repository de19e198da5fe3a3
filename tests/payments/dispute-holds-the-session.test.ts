// A started session whose diagnostic payment is disputed (a chargeback Stripe has not decided)
// cannot be completed, and says why: CONFLICT, reason PAYMENT_DISPUTED. Before, it answered
// DIAGNOSTIC_NOT_PAID, "the customer pays it before a mechanic works on it": untrue of a paid
// diagnostic, and no help to the mechanic.
import { describe, expect, it } from "vitest";
import { COMPLETE } from "../factories/diagnostics.ts";
import type { TestApp } from "../setup/test-app.ts";
import { diagnosticPayment, refundSpec, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let app: TestApp;
refundSpec((world) => ({ payments, app } = world));

describe("a started session whose diagnostic payment is disputed", () => {
  it("is not completed, with the dispute as the reason", async () => {
    const { mechanic, payment, sessionId } = await diagnosticPayment(payments, { status: "IN_PROGRESS" });
    await payments.confirmPayment(payment.id);
    const intent = payment.stripePaymentIntentId!;
    expect((await payments.webhook("charge.dispute.created", payments.stripe.dispute(intent, { status: "needs_response" }))).status).toBe(200);

    const completed = await app.gql(COMPLETE, { id: sessionId, input: { diagnosis: "Front pads worn to the indicator", recommendedServices: ["brakes"] } }, mechanic.token);
    expect(completed.data?.completeSession ?? null).toBeNull();
    expect(completed.errors?.[0]).toMatchObject({ message: expect.stringMatching(/disputed/), extensions: { code: "CONFLICT", reason: "PAYMENT_DISPUTED" } });
    expect((await app.prisma.diagnosticSession.findUniqueOrThrow({ where: { id: sessionId } })).status).toBe("IN_PROGRESS");
  });
});
