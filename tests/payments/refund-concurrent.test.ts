// Concurrent refunds of one payment run one at a time under its row's lock: each request is one
// refund at Stripe and in the books. Before, the Stripe key derived from the refunded amount read
// without a lock, so parallel requests shared a key: all answered success while Stripe made fewer
// refunds, or (a key reused with another amount) Stripe's idempotency error was an
// INTERNAL_SERVER_ERROR (finding F2). The admin's idempotency key (required) makes a resent
// request the same refund, and each other key another refund.
import { randomUUID } from "node:crypto";
import { describe, expect, it, onTestFinished } from "vitest";
import type { CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { diagnosticPayment, refundSpec, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let app: TestApp;
let admin: CreatedUser;
refundSpec((world) => ({ payments, app, admin } = world));

const REFUND = `mutation ($p: ID!, $a: Int, $k: String!) { refundPayment(paymentId: $p, amountCents: $a, idempotencyKey: $k) { status refundedCents } }`;

async function paidDiagnostic(): Promise<{ paymentId: string; intentId: string }> {
  const { payment } = await diagnosticPayment(payments);
  await payments.confirmPayment(payment.id);
  return { paymentId: payment.id, intentId: payment.stripePaymentIntentId! };
}
const stripeRefundsOf = (intentId: string) => [...payments.stripe.refunds.values()].filter((r) => r.payment_intent === intentId);
const refundedCentsOf = async (paymentId: string) => (await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).refundedCents;

describe("concurrent refunds of one payment", () => {
  it("under their own keys are each one refund at Stripe and in the books, whatever their amounts", async () => {
    const { paymentId, intentId } = await paidDiagnostic();
    const amounts = [400, 400, 400, 100, 300, 700];
    const answers = await Promise.all(amounts.map((a) => app.gql(REFUND, { p: paymentId, a, k: randomUUID() }, admin.token)));

    for (const answer of answers) expect(answer.errors).toBeUndefined();
    expect(
      stripeRefundsOf(intentId)
        .map((r) => r.amount)
        .sort((x, y) => x - y),
    ).toEqual([...amounts].sort((x, y) => x - y));
    expect(await refundedCentsOf(paymentId)).toBe(2_300);
    expect((await app.prisma.refund.findMany({ where: { paymentId } })).map((r) => r.amountCents).sort((x, y) => x - y)).toEqual([...amounts].sort((x, y) => x - y));
  });

  it("with the admin's idempotency key are one refund however often the key is sent", async () => {
    const { paymentId, intentId } = await paidDiagnostic();
    const answers = await Promise.all([0, 1, 2, 3].map(() => app.gql(REFUND, { p: paymentId, a: 500, k: `refund-${paymentId}` }, admin.token)));
    for (const answer of answers) expect(answer.errors).toBeUndefined();
    expect(stripeRefundsOf(intentId)).toMatchObject([{ amount: 500 }]);
    expect(await refundedCentsOf(paymentId)).toBe(500);

    // The same key for another amount, or another payment, is refused; nothing is refunded.
    const other = await app.gql(REFUND, { p: paymentId, a: 700, k: `refund-${paymentId}` }, admin.token);
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "ALREADY_EXISTS" });
    const elsewhere = await paidDiagnostic();
    const reused = await app.gql(REFUND, { p: elsewhere.paymentId, a: 500, k: `refund-${paymentId}` }, admin.token);
    expect(reused.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "ALREADY_EXISTS" });
    expect(stripeRefundsOf(intentId)).toHaveLength(1);
    expect(stripeRefundsOf(elsewhere.intentId)).toHaveLength(0);
  });

  it("answer CONFLICT, not an internal error, when Stripe holds the key for another request", async () => {
    const { paymentId, intentId } = await paidDiagnostic();
    payments.stripe.strictIdempotency(true);
    onTestFinished(() => payments.stripe.strictIdempotency(false));
    // A refund Stripe made under the admin's key whose booking was lost (the answer never came back).
    payments.stripe.failNext("POST /v1/refunds", "lost", 3);
    const lost = await app.gql(REFUND, { p: paymentId, a: 500, k: `lost-${paymentId}` }, admin.token);
    expect(lost.errors?.[0]?.extensions).toMatchObject({ code: "SERVICE_UNAVAILABLE" });
    expect(stripeRefundsOf(intentId)).toHaveLength(1);

    const changed = await app.gql(REFUND, { p: paymentId, a: 600, k: `lost-${paymentId}` }, admin.token);
    expect(changed.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "CONCURRENT_CHANGE" });
    expect(stripeRefundsOf(intentId)).toHaveLength(1);
    // The same request again gets Stripe's refund back and books it once.
    const same = await app.gql(REFUND, { p: paymentId, a: 500, k: `lost-${paymentId}` }, admin.token);
    expect(same.errors).toBeUndefined();
    expect(same.data!.refundPayment).toEqual({ status: "PARTIALLY_REFUNDED", refundedCents: 500 });
  });
});
