// A refund Stripe refuses (here: the PaymentIntent is unknown to Stripe) is not booked: the admin
// gets PAYMENT_PROVIDER_REFUSED with Stripe's code, and the payment, its ledger and its refunds
// stay as they were. Stripe is asked before anything is booked.
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

/** A $25 diagnostic paid through the API, whose PaymentIntent Stripe then no longer knows. */
async function paymentStripeForgot(): Promise<string> {
  const customer = await createCustomer(app);
  const session = await createSession(app, { customerId: customer.id, paid: false });
  const paymentId = await payForDiagnostic(payments, customer, session.id);
  const { stripePaymentIntentId } = await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } });
  payments.stripe.paymentIntents.delete(stripePaymentIntentId!);
  return paymentId;
}

describe("a refund Stripe refuses", () => {
  it("answers PAYMENT_PROVIDER_REFUSED with Stripe's code and books nothing, in full or in part", async () => {
    const paymentId = await paymentStripeForgot();
    const before = await ledgerOf(app.prisma, paymentId);

    for (const amount of [null, 1_000]) {
      const refused = await app.gql(REFUND, { k: randomUUID(), p: paymentId, a: amount }, admin.token);
      expect(refused.data?.refundPayment ?? null).toBeNull();
      expect(refused.errors?.[0]).toMatchObject({
        message: "Stripe refused to refund the payment, so nothing was booked",
        extensions: { code: "PAYMENT_PROVIDER_REFUSED", stripeCode: "resource_missing" },
      });
    }
    expect(await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ status: "SUCCEEDED", refundedCents: 0 });
    expect(await app.prisma.refund.count({ where: { paymentId } })).toBe(0);
    expect(await ledgerOf(app.prisma, paymentId)).toEqual(before);
    expect(await app.prisma.auditLog.count({ where: { entityId: paymentId, action: "payment.refunded" } })).toBe(0);
  });
});
