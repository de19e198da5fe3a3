import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { diagnosticPayment, refundSpec, type PaymentsSpecWorld } from "../support/payments-app.ts";

/**
 * An admin's refund idempotency key fingerprints the request it made: the payment, the amount and
 * the reason. The same request sent again is the same refund; the key sent again with another
 * reason or another amount is CONFLICT ALREADY_EXISTS, not a silent success that drops what was
 * asked, and nothing more is refunded.
 */
let world: PaymentsSpecWorld;
refundSpec((started) => (world = started));

const REFUND = `mutation ($p: ID!, $a: Int, $r: String, $k: String!) { refundPayment(paymentId: $p, amountCents: $a, reason: $r, idempotencyKey: $k) { status refundedCents } }`;
const REUSED = { code: "CONFLICT", reason: "ALREADY_EXISTS" };

const refunded = async () => {
  const { app, admin, payments } = world;
  const { payment } = await diagnosticPayment(payments);
  await payments.confirmPayment(payment.id);
  const key = randomUUID();
  const first = await app.gql(REFUND, { p: payment.id, a: 300, r: "brakes not diagnosed", k: key }, admin.token);
  expect(first.errors).toBeUndefined();
  return { app, admin, paymentId: payment.id, key };
};

describe("a refund idempotency key sent again", () => {
  it("with the same amount and reason is the same refund", async () => {
    const { app, admin, paymentId, key } = await refunded();
    const again = await app.gql(REFUND, { p: paymentId, a: 300, r: "brakes not diagnosed", k: key }, admin.token);
    expect(again.errors).toBeUndefined();
    expect(again.data!.refundPayment.refundedCents).toBe(300);
  });

  it.each([
    ["another reason", { a: 300, r: "customer asked for a goodwill refund" }],
    ["no reason", { a: 300, r: null }],
    ["another amount", { a: 200, r: "brakes not diagnosed" }],
  ])("with %s is CONFLICT ALREADY_EXISTS and refunds nothing more", async (_what, changed) => {
    const { app, admin, paymentId, key } = await refunded();
    const reused = await app.gql(REFUND, { p: paymentId, ...changed, k: key }, admin.token);
    expect(reused.errors?.[0]).toMatchObject({ message: "This idempotency key was used for another refund", extensions: REUSED });
    expect(await app.prisma.refund.findMany({ where: { paymentId }, select: { amountCents: true, reason: true } })).toEqual([{ amountCents: 300, reason: "brakes not diagnosed" }]);
  });
});
