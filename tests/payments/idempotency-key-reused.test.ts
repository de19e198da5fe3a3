// An idempotency key sent again with another request than the one it made is refused the same way
// wherever a client's key is checked: CONFLICT with reason ALREADY_EXISTS (idempotencyKeyReused).
// Before (round 52's attack), payDiagnostic answered CONFLICT with no reason where refundPayment
// gave ALREADY_EXISTS.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createCustomer, createMechanic, createSession } from "../factories/index.ts";
import { diagnosticPayment, paymentsSpec, type PaymentsSpecWorld } from "../support/payments-app.ts";

let world: PaymentsSpecWorld;
paymentsSpec((started) => (world = started));

const PAY = `mutation ($s: ID!, $k: String!) { payDiagnostic(sessionId: $s, idempotencyKey: $k) { paymentId } }`;
const REFUND = `mutation ($p: ID!, $a: Int, $k: String!) { refundPayment(paymentId: $p, amountCents: $a, idempotencyKey: $k) { status } }`;
const REUSED = { code: "CONFLICT", reason: "ALREADY_EXISTS" };

describe("an idempotency key reused for another request", () => {
  it("payDiagnostic: the customer's key that paid one session, sent for another, is CONFLICT ALREADY_EXISTS and charges nothing", async () => {
    const { app } = world;
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const [first, second] = [
      await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "COMPLETED", paid: false }),
      await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "COMPLETED", paid: false }),
    ];
    const key = randomUUID();
    expect((await app.gql(PAY, { s: first.id, k: key }, customer.token)).errors).toBeUndefined();

    const reused = await app.gql(PAY, { s: second.id, k: key }, customer.token);
    expect(reused.errors?.[0]).toMatchObject({ message: "This idempotency key was used for another payment", extensions: REUSED });
    expect(await app.prisma.payment.count({ where: { sessionId: second.id } })).toBe(0);
  });

  it("refundPayment: the admin's key that refunded one payment, sent for another, is the same answer", async () => {
    const { app, admin, payments } = world;
    const [one, other] = [await diagnosticPayment(payments), await diagnosticPayment(payments)];
    for (const { payment } of [one, other]) await payments.confirmPayment(payment.id);
    const key = randomUUID();
    expect((await app.gql(REFUND, { p: one.payment.id, a: 100, k: key }, admin.token)).errors).toBeUndefined();

    const reused = await app.gql(REFUND, { p: other.payment.id, a: 100, k: key }, admin.token);
    expect(reused.errors?.[0]).toMatchObject({ message: "This idempotency key was used for another refund", extensions: REUSED });
  });
});
