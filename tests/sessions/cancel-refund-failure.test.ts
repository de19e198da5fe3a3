// A cancellation that refunds the paid diagnostic (an admin's, the customer's before any mechanic
// claimed it, the customer's choice of a refund when their mechanic is absent) when the refund
// then fails at Stripe: the session stays cancelled, nothing is refunded or booked, and the audit
// log says the refund failed (`payment.refund_failed`, with the session and what an admin does
// next: refundPayment when Stripe was unavailable, a refund in Stripe's Dashboard when Stripe
// refused), which admins list by that action. An admin who cancelled is told that next step; a
// customer is told only what is true (not refunded automatically, recorded for the admins, who can
// make it: nothing retries it, nobody is notified), never an admin's instruction nor Stripe's code.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { bookDiagnostic, CLAIM, payForDiagnostic } from "../factories/diagnostics.ts";
import { createCustomer, createMechanic, createVehicle, type CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { ledgerOf } from "../support/ledger.ts";
import { refundSpec, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let app: TestApp;
let admin: CreatedUser;
refundSpec((world) => ({ payments, app, admin } = world));

const ADMIN_CANCEL = `mutation ($id: ID!, $reason: String!) { adminCancelSession(id: $id, reason: $reason) { id status } }`;
const CANCEL = `mutation ($id: ID!, $reason: String!) { cancelSession(id: $id, reason: $reason) { id status } }`;
const REFUND = `mutation ($p: ID!, $k: String!) { refundPayment(paymentId: $p, idempotencyKey: $k) { status refundedCents } }`;
const RESOLVE = `mutation ($id: ID!) { resolveMechanicAbsence(sessionId: $id, choice: REFUND) { id status } }`;
/** What a customer reads when the cancellation's refund failed. */
const REFUND_NOT_MADE =
  "The session is cancelled, but its diagnostic could not be refunded automatically. The failed refund is recorded for the platform's admins, who can make it; you do not need to cancel again.";
const FAILED_REFUNDS = `query { auditLog(filter: { action: "payment.refund_failed" }, first: 100) { nodes { action entityId } } }`;
const DASHBOARD = (paymentId: string) => `an admin can refund payment ${paymentId} in Stripe's Dashboard, whose refund events book it`;
const REFUND_PAYMENT = (paymentId: string) => `an admin can refund it with refundPayment(paymentId: "${paymentId}") and a new idempotencyKey`;
/** The SDK's own attempts at one request (one and maxNetworkRetries 2): all of them fail. */
const EVERY_ATTEMPT = 3;

/** A customer's booked diagnostic, paid through the API; its session, payment and PaymentIntent. */
async function paidSession(): Promise<{ customer: CreatedUser; sessionId: string; paymentId: string; intentId: string }> {
  const customer = await createCustomer(app);
  const vehicle = await createVehicle(app, customer.id);
  const sessionId = await bookDiagnostic(app, customer, vehicle.id);
  const paymentId = await payForDiagnostic(payments, customer, sessionId);
  const { stripePaymentIntentId } = await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } });
  return { customer, sessionId, paymentId, intentId: stripePaymentIntentId! };
}

/** The session is cancelled, the payment untouched at Stripe and in the books. */
async function expectCancelledUnrefunded(sessionId: string, paymentId: string, intentId: string) {
  expect(await app.prisma.diagnosticSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({ status: "CANCELLED" });
  expect(await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ status: "SUCCEEDED", refundedCents: 0 });
  expect(await app.prisma.refund.count({ where: { paymentId } })).toBe(0);
  expect(Object.keys(await ledgerOf(app.prisma, paymentId))).toEqual(["payment"]);
  expect([...payments.stripe.refunds.values()].filter((r) => r.payment_intent === intentId)).toEqual([]);
}

/** The one audit row an admin finds, listing the failed refunds: the refund failed, for this session, and what to do next. */
async function expectRefundFailureAudited(actorId: string, sessionId: string, paymentId: string, code: string, next: string) {
  expect(
    await app.prisma.auditLog.findMany({ where: { entityType: "Payment", entityId: paymentId, action: { startsWith: "payment.refund" } }, select: { action: true, actorId: true, data: true } }),
  ).toEqual([{ action: "payment.refund_failed", actorId, data: expect.objectContaining({ sessionId, code, next }) }]);
  expect((await app.gql(FAILED_REFUNDS, {}, admin.token)).data!.auditLog.nodes).toContainEqual({ action: "payment.refund_failed", entityId: paymentId });
}

/** An admin's refundPayment afterwards refunds the $25, once. */
async function expectAdminRefundsOnce(paymentId: string, intentId: string) {
  const refunded = await app.gql(REFUND, { k: randomUUID(), p: paymentId }, admin.token);
  expect(refunded.errors).toBeUndefined();
  expect(refunded.data!.refundPayment).toEqual({ status: "REFUNDED", refundedCents: 2_500 });
  expect([...payments.stripe.refunds.values()].filter((r) => r.payment_intent === intentId)).toMatchObject([{ amount: 2_500 }]);
  expect(Object.keys(await ledgerOf(app.prisma, paymentId))).toEqual(["payment", "refund 1"]);
}

describe("a cancellation whose refund fails at Stripe", () => {
  it("by an admin, Stripe unavailable: SERVICE_UNAVAILABLE (not to be retried as is), the session cancelled, refundPayment refunds it later", async () => {
    const { sessionId, paymentId, intentId } = await paidSession();
    const mechanic = await createMechanic(app);
    expect((await app.gql(CLAIM, { id: sessionId }, mechanic.token)).errors).toBeUndefined();
    payments.stripe.failNext("POST /v1/refunds", "unavailable", EVERY_ATTEMPT);

    const cancelled = await app.gql(ADMIN_CANCEL, { id: sessionId, reason: "The mechanic stopped responding" }, admin.token);
    expect(cancelled.errors?.[0]).toEqual(
      expect.objectContaining({
        message: `The session is cancelled, but its diagnostic payment is not refunded (Stripe is unavailable) and nothing was booked: an admin can refund it with refundPayment(paymentId: "${paymentId}") and a new idempotencyKey`,
        extensions: { code: "SERVICE_UNAVAILABLE", retryable: false, paymentId },
      }),
    );
    await expectCancelledUnrefunded(sessionId, paymentId, intentId);
    await expectRefundFailureAudited(admin.id, sessionId, paymentId, "SERVICE_UNAVAILABLE", REFUND_PAYMENT(paymentId));
    await expectAdminRefundsOnce(paymentId, intentId);
  });

  it("by an admin, Stripe refusing: the admin reads Stripe's code and the Dashboard step", async () => {
    const { sessionId, paymentId, intentId } = await paidSession();
    payments.stripe.failNext("POST /v1/refunds", "declined", 1);

    const cancelled = await app.gql(ADMIN_CANCEL, { id: sessionId, reason: "Duplicate booking" }, admin.token);
    expect(cancelled.errors?.[0]?.extensions).toEqual({ code: "PAYMENT_PROVIDER_REFUSED", retryable: false, paymentId, stripeCode: expect.any(String) });
    expect(cancelled.errors?.[0]?.message).toContain(DASHBOARD(paymentId));
    await expectCancelledUnrefunded(sessionId, paymentId, intentId);
  });

  it("by the customer before any claim, Stripe refusing: PAYMENT_PROVIDER_REFUSED told as a refund not made automatically, without Stripe's code, the failure audited, a Dashboard refund booked from its events", async () => {
    const { customer, sessionId, paymentId, intentId } = await paidSession();
    const intent = payments.stripe.paymentIntents.get(intentId)!;
    payments.stripe.paymentIntents.delete(intentId);

    const cancelled = await app.gql(CANCEL, { id: sessionId, reason: "Found a garage nearby" }, customer.token);
    expect(cancelled.errors?.[0]).toMatchObject({ message: REFUND_NOT_MADE });
    expect(cancelled.errors?.[0]?.extensions).toEqual({ code: "PAYMENT_PROVIDER_REFUSED", retryable: false, paymentId });
    await expectCancelledUnrefunded(sessionId, paymentId, intentId);
    await expectRefundFailureAudited(customer.id, sessionId, paymentId, "PAYMENT_PROVIDER_REFUSED", DASHBOARD(paymentId));
    // An admin's refundPayment (under the admin's own key, a new request at Stripe) is refused
    // while Stripe still refuses, and books nothing.
    expect((await app.gql(REFUND, { k: randomUUID(), p: paymentId }, admin.token)).errors?.[0]?.extensions?.code).toBe("PAYMENT_PROVIDER_REFUSED");
    await expectCancelledUnrefunded(sessionId, paymentId, intentId);
    payments.stripe.paymentIntents.set(intentId, intent);

    const { charge } = payments.stripe.refundInDashboard(intentId);
    expect((await payments.webhook("charge.refunded", charge)).status).toBe(200);
    expect(await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ status: "REFUNDED", refundedCents: 2_500 });
    expect(Object.keys(await ledgerOf(app.prisma, paymentId))).toEqual(["payment", "refund 1"]);
  });

  it("by the customer choosing a refund after their mechanic's no-show, Stripe not knowing the intent: the choice stands, the failure audited, the customer told it was not refunded automatically", async () => {
    const { customer, sessionId, paymentId, intentId } = await paidSession();
    const mechanic = await createMechanic(app);
    expect((await app.gql(CLAIM, { id: sessionId }, mechanic.token)).errors).toBeUndefined();
    await app.prisma.diagnosticSession.update({ where: { id: sessionId }, data: { acceptedAt: new Date(Date.now() - 31 * 60_000) } });
    payments.stripe.failNext("POST /v1/refunds", "declined", 1);

    const resolved = await app.gql(RESOLVE, { id: sessionId }, customer.token);
    expect(resolved.errors?.[0]).toMatchObject({ message: REFUND_NOT_MADE });
    expect(resolved.errors?.[0]?.extensions).toEqual({ code: "PAYMENT_PROVIDER_REFUSED", retryable: false, paymentId });
    expect(resolved.errors?.[0]?.message).not.toMatch(/Dashboard|Stripe|refundPayment/);
    await expectCancelledUnrefunded(sessionId, paymentId, intentId);
    await expectRefundFailureAudited(customer.id, sessionId, paymentId, "PAYMENT_PROVIDER_REFUSED", DASHBOARD(paymentId));
  });
});
