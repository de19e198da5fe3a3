import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { diagnosticPayment, refundSpec, type PaymentsSpecWorld } from "../support/payments-app.ts";

/**
 * A refund of a payment already refunded in full (by one refund or by several parts) is refused
 * CONFLICT STATUS_CONFLICT saying no cents remain refundable, with `extensions.remainingCents` 0 as
 * the over-remainder refusal gives the cents left, whether the admin asks for all that is left or
 * for an amount. Before, it said "Only a settled payment can be refunded" of a payment that had
 * settled. Nothing is asked of Stripe and nothing is booked.
 */
let world: PaymentsSpecWorld;
refundSpec((started) => (world = started));

const REFUND = `mutation ($p: ID!, $a: Int, $k: String!) { refundPayment(paymentId: $p, amountCents: $a, idempotencyKey: $k) { status refundedCents } }`;

/** A settled diagnostic payment; its id and amount in cents. */
async function settledPayment(): Promise<{ id: string; amount: number }> {
  const { payment } = await diagnosticPayment(world.payments);
  await world.payments.confirmPayment(payment.id);
  return { id: payment.id, amount: (await world.app.prisma.payment.findUniqueOrThrow({ where: { id: payment.id } })).amountCents };
}

const refund = (paymentId: string, amountCents: number | null) => world.app.gql(REFUND, { p: paymentId, a: amountCents, k: randomUUID() }, world.admin.token);

const NONE_REMAIN = {
  message: "This payment is already refunded in full: 0 cents remain refundable",
  extensions: { code: "CONFLICT", reason: "STATUS_CONFLICT", status: "REFUNDED", remainingCents: 0 },
};

describe("a refund of a payment refunded in full", () => {
  it.each([
    ["all that is left", null],
    ["an amount", 100],
  ])("asking for %s says no cents remain, and books nothing", async (_asked, amountCents) => {
    const { id, amount } = await settledPayment();
    expect((await refund(id, null)).data?.refundPayment).toEqual({ status: "REFUNDED", refundedCents: amount });
    const refundsAtStripe = world.payments.stripe.refunds.size;

    const refused = await refund(id, amountCents);
    expect(refused.errors).toEqual([expect.objectContaining(NONE_REMAIN)]);
    expect(await world.app.prisma.refund.count({ where: { paymentId: id } })).toBe(1);
    expect(world.payments.stripe.refunds.size).toBe(refundsAtStripe);
  });

  it("refunded in parts says the same", async () => {
    const { id, amount } = await settledPayment();
    expect((await refund(id, 500)).errors).toBeUndefined();
    expect((await refund(id, amount - 500)).data?.refundPayment).toEqual({ status: "REFUNDED", refundedCents: amount });

    expect((await refund(id, null)).errors).toEqual([expect.objectContaining(NONE_REMAIN)]);
  });
});
