// A refund Stripe made and the API booked is answered as done even when reversing the payees'
// transfers then fails at Stripe: the reversals are audited as deferred and completed later, by
// the payout run, by the refund's next event, or by the same request sent again with its key,
// never by a second refund. Before, the answer was INTERNAL_SERVER_ERROR, the admin's retry
// refunded twice, and nothing completed the reversals: the payee kept the money (finding F7).
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
/** The SDK's own attempts at one request (one and maxNetworkRetries 2): all of them fail. */
const EVERY_ATTEMPT = 3;

/** A $25 diagnostic paid, its mechanic's 2250 transferred; the refund of 1000 (under `key`) is made and booked while Stripe's reversals fail. */
async function refundedWhileReversalsFail(key: string = randomUUID()) {
  const { payment } = await diagnosticPayment(payments);
  await payments.confirmPayment(payment.id);
  const transfer = await app.prisma.transfer.findFirstOrThrow({ where: { paymentId: payment.id } });
  payments.stripe.failNext(`POST /v1/transfers/${transfer.stripeTransferId}/reversals`, "unavailable", EVERY_ATTEMPT);
  const answer = await app.gql(REFUND, { p: payment.id, a: 1_000, k: key }, admin.token);
  expect(answer.errors).toBeUndefined();
  expect(answer.data!.refundPayment).toEqual({ status: "PARTIALLY_REFUNDED", refundedCents: 1_000 });
  return { paymentId: payment.id, intentId: payment.stripePaymentIntentId!, stripeTransferId: transfer.stripeTransferId! };
}

const reversedAtStripe = (stripeTransferId: string) => payments.stripe.transfers.get(stripeTransferId)!.amount_reversed as number;
const stripeRefundsOf = (intentId: string) => [...payments.stripe.refunds.values()].filter((r) => r.payment_intent === intentId);
async function mechanicOwed(paymentId: string): Promise<number> {
  const sum = await app.prisma.ledgerEntry.aggregate({ where: { paymentId, account: "MECHANIC_PAYABLE" }, _sum: { amountCents: true } });
  return sum._sum.amountCents ?? 0;
}

describe("a refund whose transfer reversals fail at Stripe", () => {
  it("is answered as the booked refund, audited as deferred; the same request again refunds nothing more and completes the reversal", async () => {
    const { paymentId, intentId, stripeTransferId } = await refundedWhileReversalsFail("refund-once-1");
    expect(reversedAtStripe(stripeTransferId)).toBe(0);
    expect(await app.prisma.auditLog.count({ where: { action: "payment.payout_reversal_deferred", entityId: paymentId } })).toBe(1);

    const again = await app.gql(REFUND, { p: paymentId, a: 1_000, k: "refund-once-1" }, admin.token);
    expect(again.errors).toBeUndefined();
    expect(again.data!.refundPayment).toEqual({ status: "PARTIALLY_REFUNDED", refundedCents: 1_000 });
    expect(stripeRefundsOf(intentId)).toHaveLength(1);
    expect(reversedAtStripe(stripeTransferId)).toBe(900);
    expect(await mechanicOwed(paymentId)).toBe(0);
  });

  it("has its reversals completed by the payout run", async () => {
    const { paymentId, stripeTransferId } = await refundedWhileReversalsFail();
    expect(await mechanicOwed(paymentId)).toBe(-900);
    const run = await app.gql(`mutation { runDuePayouts { failedCount } }`, {}, admin.token);
    expect(run.errors).toBeUndefined();
    expect(reversedAtStripe(stripeTransferId)).toBe(900);
    expect(await mechanicOwed(paymentId)).toBe(0);
    // Done once: another run reverses nothing more.
    await app.gql(`mutation { runDuePayouts { failedCount } }`, {}, admin.token);
    expect(reversedAtStripe(stripeTransferId)).toBe(900);
  });

  it("has its reversals completed by Stripe's charge.refunded for it", async () => {
    const { paymentId, intentId, stripeTransferId } = await refundedWhileReversalsFail();
    const charge = payments.stripe.paymentIntents.get(intentId)!.latest_charge as string;
    expect((await payments.webhook("charge.refunded", { id: charge, object: "charge", payment_intent: intentId, amount_refunded: 1_000 })).status).toBe(200);
    expect(reversedAtStripe(stripeTransferId)).toBe(900);
    expect(await mechanicOwed(paymentId)).toBe(0);
    expect(await app.prisma.refund.count({ where: { paymentId } })).toBe(1);
  });
});
