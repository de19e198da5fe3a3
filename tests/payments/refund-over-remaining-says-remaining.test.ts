import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { diagnosticPayment, refundSpec, type PaymentsSpecWorld } from "../support/payments-app.ts";

/**
 * A refund of more than a payment has left to refund is refused BAD_USER_INPUT on amountCents, and
 * says how much is left: in the message and as `extensions.remainingCents`, so the admin's client
 * can offer it. Nothing is asked of Stripe and nothing is booked.
 */
let world: PaymentsSpecWorld;
refundSpec((started) => (world = started));

const REFUND = `mutation ($p: ID!, $a: Int, $k: String!) { refundPayment(paymentId: $p, amountCents: $a, idempotencyKey: $k) { status refundedCents } }`;

describe("a refund over the remaining refundable amount", () => {
  it("says the remaining cents, after a partial refund, in the message and in extensions", async () => {
    const { app, admin, payments } = world;
    const { payment } = await diagnosticPayment(payments);
    await payments.confirmPayment(payment.id);
    const amount = (await app.prisma.payment.findUniqueOrThrow({ where: { id: payment.id } })).amountCents;
    expect((await app.gql(REFUND, { p: payment.id, a: 500, k: randomUUID() }, admin.token)).errors).toBeUndefined();

    const refused = await app.gql(REFUND, { p: payment.id, a: amount, k: randomUUID() }, admin.token);
    const remaining = amount - 500;
    expect(refused.errors?.[0]).toMatchObject({
      message: `amountCents: is more than the payment's unrefunded amount: ${remaining} cents remain refundable`,
      extensions: { code: "BAD_USER_INPUT", field: "amountCents", remainingCents: remaining },
    });
    expect(await app.prisma.refund.count({ where: { paymentId: payment.id } })).toBe(1);
  });

  it("says the whole amount remains for a payment not refunded yet", async () => {
    const { app, admin, payments } = world;
    const { payment } = await diagnosticPayment(payments);
    await payments.confirmPayment(payment.id);
    const amount = (await app.prisma.payment.findUniqueOrThrow({ where: { id: payment.id } })).amountCents;
    const refused = await app.gql(REFUND, { p: payment.id, a: amount + 1, k: randomUUID() }, admin.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", remainingCents: amount });
  });
});
