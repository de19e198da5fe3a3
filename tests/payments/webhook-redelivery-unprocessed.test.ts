import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { TestApp } from "../setup/test-app.ts";
import { diagnosticPayment, paymentsSpec, type PaymentsTestApp } from "../support/payments-app.ts";

/**
 * A delivery that did its work but whose answer never reached Stripe (the event stored, not marked
 * processed) is redelivered: the dedupe lets it through and it runs again, so every effect must be
 * written once per event, audit rows included, not once per delivery.
 */
let payments: PaymentsTestApp;
let app: TestApp;
paymentsSpec((world) => ({ payments, app } = world));

const paidFor = () => diagnosticPayment(payments, { registered: true });

/** Delivers the event, forgets that it was processed (its answer was lost), delivers it again: the second run's answer, and the event's audit actions. */
async function deliveredTwiceUnmarked(type: string, object: Record<string, any>, account?: string) {
  const eventId = `evt_again_${randomUUID()}`;
  expect((await payments.webhook(type, object, eventId, account)).status).toBe(200);
  await app.prisma.stripeEvent.update({ where: { id: eventId }, data: { processedAt: null } });
  const again = await payments.webhook(type, object, eventId, account);
  expect(again).toMatchObject({ status: 200, body: { received: true } });
  expect(again.body.duplicate).toBeUndefined();
  expect(await app.prisma.stripeEvent.findMany({ where: { id: eventId }, select: { processedAt: true } })).toEqual([{ processedAt: expect.any(Date) }]);
  const rows = await app.prisma.auditLog.findMany({ select: { action: true, data: true } });
  return rows.filter((row) => (row.data as { eventId?: string } | null)?.eventId === eventId).map((row) => row.action);
}

describe("a redelivery of an event stored but not processed", () => {
  it("payment_intent.payment_failed: the failure audited once", async () => {
    const { payment } = await paidFor();
    expect(await deliveredTwiceUnmarked("payment_intent.payment_failed", payments.stripe.decline(payment.stripePaymentIntentId!))).toEqual(["payment.failed"]);
  });

  it("account.updated: the sync audited once", async () => {
    const { account } = await paidFor();
    expect(await deliveredTwiceUnmarked("account.updated", payments.stripe.accounts.get(account)!)).toEqual(["payee.account_synced"]);
  });

  it("payout.failed: the failure and the reversal audited once", async () => {
    const { payment, account } = await paidFor();
    expect((await payments.webhook("payment_intent.succeeded", payments.stripe.confirm(payment.stripePaymentIntentId!))).status).toBe(200);
    expect((await deliveredTwiceUnmarked("payout.failed", payments.stripe.failedPayout(account, 2250), account)).sort()).toEqual(["payment.payout_reversed", "payout.failed"]);
  });
});
