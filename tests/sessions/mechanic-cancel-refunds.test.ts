// The assigned mechanic calls a paid session off (claimed, or started): the customer got no
// diagnostic, so the diagnostic is refunded in full through the cancellations' one refund path
// (at Stripe once, the split reversed, audited with the mechanic as its cause) and the mechanic is
// never credited: nothing of the $22.50 is left in DIAGNOSTIC_CLEARING.
import { describe, expect, it } from "vitest";
import { bookDiagnostic, CLAIM, payForDiagnostic, START } from "../factories/diagnostics.ts";
import { createCustomer, createMechanic, createVehicle, type CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { ledgerOf } from "../support/ledger.ts";
import { refundSpec, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let app: TestApp;
refundSpec((world) => ({ payments, app } = world));

const CANCEL = `mutation ($id: ID!, $reason: String!) { cancelSession(id: $id, reason: $reason) { id status } }`;
const REFUNDED_IN_FULL = { "PLATFORM_CASH/REFUND": 2_500, "PLATFORM_REVENUE/REFUND": -250, "DIAGNOSTIC_CLEARING/REFUND": -2_250 };

/** A customer's diagnostic, paid through the API, claimed by a mechanic (and started when `started`). */
async function claimedSession(started: boolean): Promise<{ mechanic: CreatedUser; sessionId: string; paymentId: string }> {
  const customer = await createCustomer(app);
  const sessionId = await bookDiagnostic(app, customer, (await createVehicle(app, customer.id)).id);
  const paymentId = await payForDiagnostic(payments, customer, sessionId);
  const mechanic = await createMechanic(app);
  expect((await app.gql(CLAIM, { id: sessionId }, mechanic.token)).errors).toBeUndefined();
  if (started) expect((await app.gql(START, { id: sessionId }, mechanic.token)).errors).toBeUndefined();
  return { mechanic, sessionId, paymentId };
}

const clearingOf = async (paymentId: string) => (await app.prisma.ledgerEntry.aggregate({ where: { paymentId, account: "DIAGNOSTIC_CLEARING" }, _sum: { amountCents: true } }))._sum.amountCents;

describe("the assigned mechanic cancels a paid session", () => {
  for (const started of [false, true]) {
    it(`${started ? "started" : "claimed, not started"}: refunded in full, once, and the mechanic credited nothing`, async () => {
      const { mechanic, sessionId, paymentId } = await claimedSession(started);

      const cancelled = await app.gql(CANCEL, { id: sessionId, reason: "Cannot help with this model" }, mechanic.token);
      expect(cancelled.errors).toBeUndefined();
      expect(cancelled.data!.cancelSession.status).toBe("CANCELLED");
      expect(await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ status: "REFUNDED", refundedCents: 2_500 });
      const { stripePaymentIntentId } = await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } });
      expect([...payments.stripe.refunds.values()].filter((r) => r.payment_intent === stripePaymentIntentId)).toMatchObject([{ amount: 2_500 }]);
      expect((await ledgerOf(app.prisma, paymentId))["refund 1"]).toEqual(REFUNDED_IN_FULL);
      expect(await clearingOf(paymentId)).toBe(0);
      expect(await app.prisma.ledgerEntry.count({ where: { paymentId, account: "MECHANIC_PAYABLE" } })).toBe(0);
      expect(await app.prisma.auditLog.findMany({ where: { entityId: paymentId, action: "payment.refunded" }, select: { actorId: true, data: true } })).toEqual([
        { actorId: mechanic.id, data: expect.objectContaining({ from: "SUCCEEDED", to: "REFUNDED" }) },
      ]);
      expect(await app.prisma.auditLog.findMany({ where: { entityId: sessionId, action: "session.cancelled" }, select: { actorId: true } })).toEqual([{ actorId: mechanic.id }]);

      // Sent again: the session is cancelled already, and nothing is refunded twice.
      expect((await app.gql(CANCEL, { id: sessionId, reason: "Cannot help with this model" }, mechanic.token)).errors?.[0]?.extensions?.code).toBe("CONFLICT");
      expect(Object.keys(await ledgerOf(app.prisma, paymentId))).toEqual(["payment", "refund 1"]);
    });
  }
});
