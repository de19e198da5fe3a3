// An admin's double-click on "refund $10" refunds $10 once. Before, refundPayment's
// idempotencyKey was optional and a request without one was keyed by the payment's refunded
// amount: the second click, waiting behind the first on the payment's row lock, read the amount
// the first had just refunded, got a new key, and Stripe refunded the money again. The key is now
// required (as payDiagnostic's and payQuote's are, and as Stripe recommends): the screen makes one
// per refund meant, so both clicks carry it.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { diagnosticPayment, refundSpec, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let app: TestApp;
let admin: CreatedUser;
refundSpec((world) => ({ payments, app, admin } = world));

const REFUND = `mutation ($p: ID!, $a: Int, $k: String!) { refundPayment(paymentId: $p, amountCents: $a, idempotencyKey: $k) { status refundedCents } }`;
const REFUND_WITHOUT_KEY = `mutation ($p: ID!, $a: Int) { refundPayment(paymentId: $p, amountCents: $a) { status refundedCents } }`;

/** A $25 diagnostic the customer paid (confirmed at Stripe). */
async function paidDiagnostic(): Promise<{ paymentId: string; intentId: string }> {
  const { payment } = await diagnosticPayment(payments);
  await payments.confirmPayment(payment.id);
  return { paymentId: payment.id, intentId: payment.stripePaymentIntentId! };
}
const stripeRefundsOf = (intentId: string) => [...payments.stripe.refunds.values()].filter((r) => r.payment_intent === intentId);

describe("an admin's double-click on a refund", () => {
  it("refunds once: both clicks carry the refund's key and get the same refund", async () => {
    const { paymentId, intentId } = await paidDiagnostic();
    const key = randomUUID();
    const clicks = await Promise.all([0, 1].map(() => app.gql(REFUND, { p: paymentId, a: 1_000, k: key }, admin.token)));

    for (const click of clicks) expect(click.data?.refundPayment, click.body).toEqual({ status: "PARTIALLY_REFUNDED", refundedCents: 1_000 });
    expect(stripeRefundsOf(intentId)).toMatchObject([{ amount: 1_000 }]);
    expect(await app.prisma.refund.findMany({ where: { paymentId }, select: { amountCents: true } })).toEqual([{ amountCents: 1_000 }]);
  });

  it("cannot be sent without a key: refused before anything is refunded", async () => {
    const { paymentId, intentId } = await paidDiagnostic();
    const clicks = await Promise.all([0, 1].map(() => app.gql(REFUND_WITHOUT_KEY, { p: paymentId, a: 1_000 }, admin.token)));

    for (const click of clicks) {
      expect(click.data ?? null).toBeNull();
      expect(click.errors?.[0]?.message).toMatch(/idempotencyKey/);
    }
    expect(stripeRefundsOf(intentId)).toEqual([]);
    expect(await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { status: true, refundedCents: true } })).toEqual({ status: "SUCCEEDED", refundedCents: 0 });
  });

  it("is told from a second refund meant: another key is another refund", async () => {
    const { paymentId, intentId } = await paidDiagnostic();
    for (const key of [randomUUID(), randomUUID()]) expect((await app.gql(REFUND, { p: paymentId, a: 1_000, k: key }, admin.token)).errors).toBeUndefined();
    expect(stripeRefundsOf(intentId).map((r) => r.amount)).toEqual([1_000, 1_000]);
    expect((await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).refundedCents).toBe(2_000);
  });
});
