import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createCustomer, createMechanic, createSession } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { paymentsSpec, type PaymentsTestApp } from "../support/payments-app.ts";

/**
 * A delivery that did its work but whose answer never reached Stripe (the event stored, not marked
 * processed) is redelivered: the dedupe lets it through and it runs again, so every effect must be
 * written once per event, audit rows included, not once per delivery.
 */
let payments: PaymentsTestApp;
let app: TestApp;
paymentsSpec((world) => ({ payments, app } = world));

const PAY_DIAGNOSTIC = `mutation ($s: ID!, $k: String!) { payDiagnostic(sessionId: $s, idempotencyKey: $k) { paymentId } }`;

async function diagnosticPayment() {
  const customer = await createCustomer(app);
  const mechanic = await createMechanic(app);
  const account = `acct_me_${randomUUID().slice(0, 8)}`;
  payments.stripe.accounts.set(account, { id: account, object: "account", charges_enabled: true, payouts_enabled: true, requirements: { currently_due: [] } });
  await app.prisma.mechanicProfile.update({ where: { userId: mechanic.id }, data: { stripeAccountId: account, payoutsEnabled: true } });
  const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "COMPLETED", paid: false });
  const pay = await app.gql(PAY_DIAGNOSTIC, { s: session.id, k: `diag-${session.id}` }, customer.token);
  if (pay.errors) throw new Error(pay.body);
  return { payment: await app.prisma.payment.findUniqueOrThrow({ where: { id: pay.data!.payDiagnostic.paymentId } }), account };
}

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
    const { payment } = await diagnosticPayment();
    expect(await deliveredTwiceUnmarked("payment_intent.payment_failed", payments.stripe.decline(payment.stripePaymentIntentId!))).toEqual(["payment.failed"]);
  });

  it("account.updated: the sync audited once", async () => {
    const { account } = await diagnosticPayment();
    expect(await deliveredTwiceUnmarked("account.updated", payments.stripe.accounts.get(account)!)).toEqual(["payee.account_synced"]);
  });

  it("payout.failed: the failure and the reversal audited once", async () => {
    const { payment, account } = await diagnosticPayment();
    expect((await payments.webhook("payment_intent.succeeded", payments.stripe.confirm(payment.stripePaymentIntentId!))).status).toBe(200);
    expect((await deliveredTwiceUnmarked("payout.failed", payments.stripe.failedPayout(account, 2250), account)).sort()).toEqual(["payment.payout_reversed", "payout.failed"]);
  });
});
