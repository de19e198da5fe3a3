// A cancellation that refunds the diagnostic (the customer's cancelSession, an admin's
// adminCancelSession, the customer's choice of a refund after their mechanic's absence) while an
// admin refunds the same payment in full with refundPayment: the customer gets the $25 back once,
// and a cancellation whose move committed answers the cancelled session, never a CONFLICT about
// the payment ("Only a settled payment can be refunded") for a move already made. Sent together,
// on whichever database runs; and, deterministically, with the admin's refund landing between the
// cancellation's read of the payment and its own refund.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PaymentStore } from "../../src/modules/payments/payment.store.ts";
import { bookDiagnostic, CLAIM, payForDiagnostic } from "../factories/diagnostics.ts";
import { createCustomer, createMechanic, createVehicle, type CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { refundSpec, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let app: TestApp;
let admin: CreatedUser;
refundSpec((world) => ({ payments, app, admin } = world));
afterEach(() => void vi.restoreAllMocks());

const CANCEL = `mutation ($id: ID!) { cancelSession(id: $id, reason: "Found a garage nearby") { id status } }`;
const ADMIN_CANCEL = `mutation ($id: ID!) { adminCancelSession(id: $id, reason: "Duplicate booking") { id status } }`;
const RESOLVE = `mutation ($id: ID!) { resolveMechanicAbsence(sessionId: $id, choice: REFUND) { id status } }`;
const REFUND = `mutation ($p: ID!, $k: String!) { refundPayment(paymentId: $p, idempotencyKey: $k) { status refundedCents } }`;
const ROUNDS = 6;

/** A customer's diagnostic, paid through the API and just claimed by a mechanic (within the cancel grace). */
async function claimedSession(): Promise<{ customer: CreatedUser; sessionId: string; paymentId: string }> {
  const customer = await createCustomer(app);
  const sessionId = await bookDiagnostic(app, customer, (await createVehicle(app, customer.id)).id);
  const paymentId = await payForDiagnostic(payments, customer, sessionId);
  expect((await app.gql(CLAIM, { id: sessionId }, (await createMechanic(app)).token)).errors).toBeUndefined();
  return { customer, sessionId, paymentId };
}

/** The session cancelled, and the $25 given back once: one Refund row, one refund at Stripe. */
async function expectCancelledRefundedOnce(sessionId: string, paymentId: string) {
  expect(await app.prisma.diagnosticSession.findUniqueOrThrow({ where: { id: sessionId }, select: { status: true } })).toEqual({ status: "CANCELLED" });
  const payment = await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } });
  expect(payment).toMatchObject({ status: "REFUNDED", refundedCents: 2_500 });
  expect(await app.prisma.refund.count({ where: { paymentId } })).toBe(1);
  expect([...payments.stripe.refunds.values()].filter((r) => r.payment_intent === payment.stripePaymentIntentId)).toMatchObject([{ amount: 2_500 }]);
}

/** The admin refunds `paymentId` in full right after the cancellation read it as settled, before its own refund. */
function adminRefundsRightAfterTheRead(paymentId: string) {
  const read = PaymentStore.prototype.settledDiagnosticOf;
  const refunded: Array<Promise<unknown>> = [];
  async function readThenRefund(this: PaymentStore, sessionId: string) {
    const found = await read.call(this, sessionId);
    const admins = app.gql(REFUND, { p: paymentId, k: randomUUID() }, admin.token);
    refunded.push(admins);
    expect((await admins).data!.refundPayment).toEqual({ status: "REFUNDED", refundedCents: 2_500 });
    return found;
  }
  vi.spyOn(PaymentStore.prototype, "settledDiagnosticOf").mockImplementationOnce(readThenRefund as unknown as typeof read);
  return refunded;
}

describe("a cancellation that refunds, racing an admin's full refund of the same payment", () => {
  it(`sent together (${ROUNDS} times): refunded once; the customer's cancel answers the cancelled session, or that the refund already cancelled it`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { customer, sessionId, paymentId } = await claimedSession();
      const [cancelled, refunded] = await Promise.all([app.gql(CANCEL, { id: sessionId }, customer.token), app.gql(REFUND, { p: paymentId, k: randomUUID() }, admin.token)]);

      if (cancelled.errors) {
        // The admin's refund committed first and called the session off (unpaid): this cancel came after it.
        expect(cancelled.errors[0]).toMatchObject({ message: "A cancelled session cannot be cancelled", extensions: { code: "CONFLICT", status: "CANCELLED" } });
        expect(refunded.data!.refundPayment).toEqual({ status: "REFUNDED", refundedCents: 2_500 });
      } else {
        expect(cancelled.data!.cancelSession.status).toBe("CANCELLED");
        // The admin's refund made it, or found it made by the cancellation.
        if (refunded.errors) expect(refunded.errors[0]!.extensions).toMatchObject({ code: "CONFLICT", status: "REFUNDED" });
      }
      await expectCancelledRefundedOnce(sessionId, paymentId);
    }
  });

  it("the customer's cancelSession whose payment the admin refunded right after it was read: the cancelled session", async () => {
    const { customer, sessionId, paymentId } = await claimedSession();
    const admins = adminRefundsRightAfterTheRead(paymentId);

    const cancelled = await app.gql(CANCEL, { id: sessionId }, customer.token);
    expect(admins).toHaveLength(1);
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data!.cancelSession).toEqual({ id: sessionId, status: "CANCELLED" });
    await expectCancelledRefundedOnce(sessionId, paymentId);
    expect(await app.prisma.auditLog.count({ where: { entityId: paymentId, action: "payment.refund_failed" } })).toBe(0);
  });

  it("an admin's adminCancelSession, the same: the cancelled session", async () => {
    const { sessionId, paymentId } = await claimedSession();
    const admins = adminRefundsRightAfterTheRead(paymentId);

    const cancelled = await app.gql(ADMIN_CANCEL, { id: sessionId }, admin.token);
    expect(admins).toHaveLength(1);
    expect(cancelled.errors).toBeUndefined();
    expect(cancelled.data!.adminCancelSession).toEqual({ id: sessionId, status: "CANCELLED" });
    await expectCancelledRefundedOnce(sessionId, paymentId);
  });

  it("the customer's refund after their mechanic's no-show, the same: the cancelled session", async () => {
    const { customer, sessionId, paymentId } = await claimedSession();
    await app.prisma.diagnosticSession.update({ where: { id: sessionId }, data: { acceptedAt: new Date(Date.now() - 31 * 60_000) } });
    const admins = adminRefundsRightAfterTheRead(paymentId);

    const resolved = await app.gql(RESOLVE, { id: sessionId }, customer.token);
    expect(admins).toHaveLength(1);
    expect(resolved.errors).toBeUndefined();
    expect(resolved.data!.resolveMechanicAbsence).toEqual({ id: sessionId, status: "CANCELLED" });
    await expectCancelledRefundedOnce(sessionId, paymentId);
  });
});
