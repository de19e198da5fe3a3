// A refund's idempotency key reused with the amount left out ("refund the rest") is another
// request unless the key's refund took all that was left: the key refunded 100 cents, the rest is
// 2,400, so the resend is CONFLICT ALREADY_EXISTS, as a resend for 200 is. Before, the omitted
// amount was taken for the same request and answered the 100-cent refund as a success, refunding
// nothing of what the admin asked for.
import { describe, expect, it } from "vitest";
import type { CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { diagnosticPayment, refundSpec, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let app: TestApp;
let admin: CreatedUser;
refundSpec((world) => ({ payments, app, admin } = world));

const REFUND = `mutation ($p: ID!, $a: Int, $k: String!) { refundPayment(paymentId: $p, amountCents: $a, idempotencyKey: $k) { status refundedCents } }`;

/** A $25 diagnostic the customer paid (confirmed at Stripe). */
async function paidDiagnostic(): Promise<string> {
  const { payment } = await diagnosticPayment(payments);
  await payments.confirmPayment(payment.id);
  return payment.id;
}

describe("a refund's key sent again without an amount", () => {
  it("is refused when the key refunded part of the payment: the rest is another amount", async () => {
    const paymentId = await paidDiagnostic();
    expect((await app.gql(REFUND, { p: paymentId, a: 100, k: "refund-key-1" }, admin.token)).errors).toBeUndefined();

    const rest = await app.gql(REFUND, { p: paymentId, a: null, k: "refund-key-1" }, admin.token);
    expect(rest.data?.refundPayment ?? null).toBeNull();
    expect(rest.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "ALREADY_EXISTS" });
    expect(await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { refundedCents: true } })).toEqual({ refundedCents: 100 });
  });

  it("is the same refund when the key's refund took all that was left", async () => {
    const paymentId = await paidDiagnostic();
    expect((await app.gql(REFUND, { p: paymentId, a: 500, k: "refund-key-2" }, admin.token)).errors).toBeUndefined();
    for (let click = 0; click < 2; click++) {
      const rest = await app.gql(REFUND, { p: paymentId, a: null, k: "refund-key-3" }, admin.token);
      expect(rest.data?.refundPayment, rest.body).toEqual({ status: "REFUNDED", refundedCents: 2_500 });
    }
    expect(await app.prisma.refund.findMany({ where: { paymentId }, select: { amountCents: true }, orderBy: { createdAt: "asc" } })).toEqual([{ amountCents: 500 }, { amountCents: 2_000 }]);
  });
});
