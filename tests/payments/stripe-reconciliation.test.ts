import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { APPROVE, CREATE_QUOTE, createEscalationScenario, createMatchableWorkshop, escalateAndAccept, REPAIR_1200, REPAIR_1200_LEDGER } from "../factories/escalations.ts";
import { createAdmin, type CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import type { FakeStripe } from "../support/fake-stripe.ts";
import { ledgerOf, payout, unbalancedTransactions } from "../support/ledger.ts";
import { startPaymentsTestApp, type PaymentsTestApp } from "../support/payments-app.ts";

/**
 * Every Stripe event that changes money is reconciled, whoever made the change (this API, or
 * someone in Stripe's Dashboard): refunds, failed and cancelled payments, authorizations about
 * to lapse, transfer reversals and failed bank payouts of payees. Events about objects this API
 * does not know, or without the data to act on, are acknowledged (2xx) and logged, never a 500.
 */
let payments: PaymentsTestApp;
let app: TestApp;
let stripe: FakeStripe;
let admin: CreatedUser;
beforeAll(async () => {
  // $1,200 repairs are escrowed (authorized, captured on completion) in this file.
  payments = await startPaymentsTestApp({ PAYOUT_INTERVAL_SECONDS: "0", ESCROW_THRESHOLD_CENTS: "100000" });
  ({ app, stripe } = payments);
  admin = await createAdmin(app);
});
afterAll(() => payments.close());
afterEach(async () => expect(await unbalancedTransactions(app.prisma)).toEqual([]));

const HOUR_MS = 3_600_000;
const PAY_QUOTE = `mutation ($q: ID!, $k: String!) { payQuote(quoteId: $q, idempotencyKey: $k) { paymentId manualCapture } }`;
const COMPLETE = `mutation ($q: ID!) { markRepairComplete(quoteId: $q) { status } }`;
const REFUND = `mutation ($p: ID!, $a: Int, $k: String!) { refundPayment(paymentId: $p, amountCents: $a, idempotencyKey: $k) { status refundedCents } }`;
const RUN_DUE = `mutation { runDuePayouts { transferCount amountCents failedCount } }`;

const intentOf = async (paymentId: string) => (await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).stripePaymentIntentId!;
const paymentOf = (paymentId: string) => app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { status: true, refundedCents: true } });
const auditOf = (paymentId: string) => app.prisma.auditLog.findMany({ where: { entityType: "Payment", entityId: paymentId }, orderBy: { createdAt: "asc" }, select: { action: true, data: true } });
const transfersOf = async (paymentId: string) => {
  const { transferGroup } = await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } });
  return [...stripe.transfers.values()].filter((t) => t.transfer_group === transferGroup);
};

/** An approved $1,200 quote; the workshop and the mechanic take payouts on accounts Stripe knows. */
async function approvedRepair() {
  const scenario = await createEscalationScenario(app);
  const workshopAccount = `acct_ws_${randomUUID().slice(0, 8)}`;
  const mechanicAccount = `acct_me_${randomUUID().slice(0, 8)}`;
  for (const account of [workshopAccount, mechanicAccount])
    stripe.accounts.set(account, { id: account, object: "account", charges_enabled: true, payouts_enabled: true, requirements: { currently_due: [] } });
  const workshop = await createMatchableWorkshop(app, { city: scenario.city, stripeAccountId: workshopAccount, payoutsEnabled: true });
  await app.prisma.mechanicProfile.update({ where: { userId: scenario.mechanic.id }, data: { stripeAccountId: mechanicAccount, payoutsEnabled: true } });
  const { escalationId } = await escalateAndAccept(app, scenario, workshop);
  const quoteId = (await app.gql(CREATE_QUOTE, { escalationId, input: REPAIR_1200 }, workshop.advisor.token)).data!.createQuote.id as string;
  await app.gql(APPROVE, { quoteId }, scenario.customer.token);
  return { scenario, workshop, workshopAccount, mechanicAccount, quoteId };
}

/** The repair paid, authorized (escrow), and completed by the workshop: captured, split booked, both payees paid. */
async function paidRepair() {
  const repair = await approvedRepair();
  const paymentId = (await app.gql(PAY_QUOTE, { q: repair.quoteId, k: `pay-${repair.quoteId}` }, repair.scenario.customer.token)).data!.payQuote.paymentId as string;
  await payments.confirmPayment(paymentId);
  expect((await app.gql(COMPLETE, { q: repair.quoteId }, repair.workshop.advisor.token)).errors).toBeUndefined();
  expect(await ledgerOf(app.prisma, paymentId)).toEqual(REPAIR_1200_LEDGER);
  return { ...repair, paymentId };
}

describe("refunds made in Stripe's Dashboard", () => {
  it("are booked exactly as an API refund: status, refunded amount, the proportional split reversal and the transfers' reversals, once", async () => {
    const { paymentId } = await paidRepair();
    const { refund, charge } = stripe.refundInDashboard(await intentOf(paymentId), 30_000);

    expect((await payments.webhook("refund.created", refund)).status).toBe(200);
    expect((await payments.webhook("charge.refunded", charge)).status).toBe(200);
    expect((await payments.webhook("refund.updated", refund)).status).toBe(200); // another event, same refund

    expect(await paymentOf(paymentId)).toEqual({ status: "PARTIALLY_REFUNDED", refundedCents: 30_000 });
    const ledger = await ledgerOf(app.prisma, paymentId);
    // A quarter of the payment: each payee gives back a quarter of its share, the platform the rest of the $300.
    expect(ledger["refund 1"]).toEqual({
      "PLATFORM_CASH/REFUND": 30_000,
      "PLATFORM_REVENUE/REFUND": -1_500,
      "WORKSHOP_PAYABLE/REFUND": -27_000,
      "MECHANIC_PAYABLE/REFUND": -1_500,
    });
    expect(ledger["reversal 1 WORKSHOP"]).toEqual(payout("WORKSHOP_PAYABLE", -27_000));
    expect(ledger["reversal 1 MECHANIC"]).toEqual(payout("MECHANIC_PAYABLE", -1_500));
    expect((await transfersOf(paymentId)).map((t) => t.amount_reversed).sort((a, b) => a - b)).toEqual([1_500, 27_000]);
    expect(await app.prisma.refund.findMany({ where: { paymentId }, select: { amountCents: true, stripeRefundId: true } })).toEqual([{ amountCents: 30_000, stripeRefundId: refund.id }]);
    expect((await auditOf(paymentId)).filter((a) => a.action === "payment.refunded")).toHaveLength(1);
  });

  it("leave a refund the API made alone when its events arrive", async () => {
    const { paymentId } = await paidRepair();
    expect((await app.gql(REFUND, { k: randomUUID(), p: paymentId, a: 12_000 }, admin.token)).data!.refundPayment).toEqual({ status: "PARTIALLY_REFUNDED", refundedCents: 12_000 });
    const before = await ledgerOf(app.prisma, paymentId);
    const intentId = await intentOf(paymentId);
    const made = [...stripe.refunds.values()].filter((r) => r.payment_intent === intentId);
    expect(made).toHaveLength(1);

    await payments.webhook("refund.created", made[0]!);
    await payments.webhook("charge.refunded", { id: made[0]!.charge, object: "charge", payment_intent: intentId, amount_refunded: 12_000 });
    expect(await ledgerOf(app.prisma, paymentId)).toEqual(before);
    expect(await paymentOf(paymentId)).toEqual({ status: "PARTIALLY_REFUNDED", refundedCents: 12_000 });

    // Then the rest in the Dashboard: booked on top, the payment refunded in full.
    const { refund } = stripe.refundInDashboard(intentId);
    await payments.webhook("refund.created", refund);
    expect(await paymentOf(paymentId)).toEqual({ status: "REFUNDED", refundedCents: 120_000 });
    const after = await ledgerOf(app.prisma, paymentId);
    expect(after["refund 2"]!["PLATFORM_CASH/REFUND"]).toBe(108_000);
    expect((await transfersOf(paymentId)).every((t) => t.amount_reversed === t.amount)).toBe(true);
  });
});

describe("failed and cancelled payments", () => {
  it("a declined card is audited with Stripe's reason and books nothing; the customer retries the same intent", async () => {
    const { quoteId, scenario } = await approvedRepair();
    const pay = await app.gql(PAY_QUOTE, { q: quoteId, k: `pay-${quoteId}` }, scenario.customer.token);
    const paymentId = pay.data!.payQuote.paymentId as string;
    expect((await payments.webhook("payment_intent.payment_failed", stripe.decline(await intentOf(paymentId)))).status).toBe(200);

    expect(await paymentOf(paymentId)).toMatchObject({ status: "REQUIRES_PAYMENT_METHOD" });
    expect((await auditOf(paymentId)).at(-1)).toMatchObject({ action: "payment.failed", data: { code: "card_declined", declineCode: "insufficient_funds" } });
    expect(await app.prisma.ledgerEntry.count({ where: { paymentId } })).toBe(0);
    const retry = await app.gql(PAY_QUOTE, { q: quoteId, k: `retry-${quoteId}` }, scenario.customer.token);
    expect(retry.data!.payQuote.paymentId).toBe(paymentId);
  });

  it("a cancelled intent makes the payment CANCELED (audited with the reason), books nothing, and a new payment may start", async () => {
    const { quoteId, scenario } = await approvedRepair();
    const paymentId = (await app.gql(PAY_QUOTE, { q: quoteId, k: `pay-${quoteId}` }, scenario.customer.token)).data!.payQuote.paymentId as string;
    await payments.confirmPayment(paymentId); // authorized
    expect((await payments.webhook("payment_intent.canceled", stripe.lapse(await intentOf(paymentId)))).status).toBe(200);

    expect(await paymentOf(paymentId)).toMatchObject({ status: "CANCELED" });
    expect((await auditOf(paymentId)).at(-1)).toMatchObject({ action: "payment.canceled", data: { from: "REQUIRES_CAPTURE", to: "CANCELED", reason: "automatic" } });
    expect(await app.prisma.ledgerEntry.count({ where: { paymentId } })).toBe(0);
    const again = await app.gql(PAY_QUOTE, { q: quoteId, k: `again-${quoteId}` }, scenario.customer.token);
    expect(again.data!.payQuote.paymentId).not.toBe(paymentId);
  });
});

describe("escrowed authorizations about to lapse", () => {
  it("are captured by the periodic run before Stripe lets them lapse; the shares wait for the repair's completion", async () => {
    const { quoteId, scenario, workshop } = await approvedRepair();
    const paymentId = (await app.gql(PAY_QUOTE, { q: quoteId, k: `pay-${quoteId}` }, scenario.customer.token)).data!.payQuote.paymentId as string;
    await payments.confirmPayment(paymentId);
    expect(await paymentOf(paymentId)).toMatchObject({ status: "REQUIRES_CAPTURE" });
    const created = (await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).createdAt.getTime();
    const run = (hours: number) => app.server.services.payments.captureAgingAuthorizations(new Date(created + hours * HOUR_MS));

    // A clock we move: five days on, nothing; six days on (the default, 144 h), captured.
    expect(await run(120)).toBe(0);
    expect(stripe.paymentIntents.get(await intentOf(paymentId))!.status).toBe("requires_capture");
    expect(await run(145)).toBeGreaterThanOrEqual(1);
    expect(stripe.paymentIntents.get(await intentOf(paymentId))!.status).toBe("succeeded");
    expect(await paymentOf(paymentId)).toMatchObject({ status: "SUCCEEDED" });
    expect((await auditOf(paymentId)).some((a) => a.action === "payment.captured_before_lapse")).toBe(true);

    // Booked, but held: no transfer, and the payout run leaves it alone while the repair is open.
    expect(await ledgerOf(app.prisma, paymentId)).toEqual({ payment: REPAIR_1200_LEDGER.payment });
    expect((await app.gql(RUN_DUE, {}, admin.token)).errors).toBeUndefined();
    expect(await transfersOf(paymentId)).toEqual([]);

    // Completing the repair pays the held shares (nothing is captured twice).
    expect((await app.gql(COMPLETE, { q: quoteId }, workshop.advisor.token)).data!.markRepairComplete.status).toBe("COMPLETED");
    expect(await ledgerOf(app.prisma, paymentId)).toEqual(REPAIR_1200_LEDGER);
    const intentId = await intentOf(paymentId);
    expect(stripe.creations.filter((c) => c.includes(`${intentId}/capture`))).toHaveLength(1);
  });
});

describe("transfer reversals and failed payouts of payees", () => {
  it("a reversal made in the Dashboard is booked once (owed again) and the payout run pays it again", async () => {
    const { paymentId, workshop } = await paidRepair();
    const transfer = (await transfersOf(paymentId)).find((t) => t.amount === 108_000)!;
    const reversed = stripe.reverseInDashboard(transfer.id, 10_000);
    expect((await payments.webhook("transfer.reversed", reversed)).status).toBe(200);
    expect((await payments.webhook("transfer.reversed", reversed)).status).toBe(200); // another delivery

    const entries = await app.prisma.ledgerEntry.findMany({ where: { paymentId, transactionKey: { startsWith: "transfer-reversal:" } }, select: { account: true, amountCents: true } });
    expect(entries).toEqual(
      expect.arrayContaining([
        { account: "WORKSHOP_PAYABLE", amountCents: 10_000 },
        { account: "PLATFORM_CASH", amountCents: -10_000 },
      ]),
    );
    expect(entries).toHaveLength(2);
    const owed = await app.gql(`{ earnings { owedCents } }`, {}, workshop.advisor.token);
    expect(owed.data!.earnings.owedCents).toBe(10_000);

    const run = (await app.gql(RUN_DUE, {}, admin.token)).data!.runDuePayouts;
    expect(run).toMatchObject({ failedCount: 0 });
    expect((await transfersOf(paymentId)).map((t) => t.amount).sort((a, b) => a - b)).toEqual([6_000, 10_000, 108_000]);
    expect((await app.gql(`{ earnings { owedCents } }`, {}, workshop.advisor.token)).data!.earnings.owedCents).toBe(0);
  });

  it("payout.failed marks the payee's payout FAILED, pauses their payouts, and the amount is owed again until Stripe says payouts work", async () => {
    const { paymentId, workshop, workshopAccount } = await paidRepair();
    const failed = stripe.failedPayout(workshopAccount, 108_000);
    expect((await payments.webhook("payout.failed", failed, undefined, workshopAccount)).status).toBe(200);
    expect((await payments.webhook("payout.failed", failed, undefined, workshopAccount)).status).toBe(200);

    expect(await app.prisma.connectedPayout.findUniqueOrThrow({ where: { stripePayoutId: failed.id } })).toMatchObject({
      status: "FAILED",
      amountCents: 108_000,
      failureCode: "account_closed",
      stripeAccountId: workshopAccount,
    });
    expect((await app.prisma.workshop.findUniqueOrThrow({ where: { id: workshop.id } })).payoutsEnabled).toBe(false);
    expect((await transfersOf(paymentId)).find((t) => t.destination === workshopAccount)!.amount_reversed).toBe(108_000);
    expect((await app.gql(`{ earnings { owedCents } }`, {}, workshop.advisor.token)).data!.earnings.owedCents).toBe(108_000);
    expect((await app.gql(RUN_DUE, {}, admin.token)).data!.runDuePayouts.transferCount).toBe(0);

    // The payee fixes their bank account; Stripe says so; the next run pays the share again.
    await payments.webhook("account.updated", stripe.accounts.get(workshopAccount)!);
    expect((await app.prisma.workshop.findUniqueOrThrow({ where: { id: workshop.id } })).payoutsEnabled).toBe(true);
    expect((await app.gql(RUN_DUE, {}, admin.token)).data!.runDuePayouts).toMatchObject({ transferCount: 1, amountCents: 108_000 });
    expect((await app.gql(`{ earnings { owedCents paidOutCents } }`, {}, workshop.advisor.token)).data!.earnings).toEqual({ owedCents: 0, paidOutCents: 108_000 });
  });
});

describe("events this API cannot act on", () => {
  it("are acknowledged with 2xx and logged, never a 500 Stripe would retry for days", async () => {
    const cases: [string, Record<string, any>, string?][] = [
      ["payment_intent.succeeded", { id: "pi_unknown_1", object: "payment_intent", status: "succeeded" }],
      ["payment_intent.payment_failed", { id: "pi_unknown_2", object: "payment_intent" }],
      ["charge.refunded", { id: "ch_unknown", object: "charge", payment_intent: "pi_unknown_3" }],
      ["charge.refunded", { id: "ch_no_intent", object: "charge", payment_intent: null }],
      ["refund.created", { id: "re_unknown", object: "refund", payment_intent: "pi_unknown_4", amount: 100 }],
      ["charge.dispute.created", { id: "du_unknown", object: "dispute" }],
      ["transfer.reversed", { id: "tr_unknown", object: "transfer" }],
      ["account.updated", { id: "acct_unknown", object: "account" }],
      ["payout.failed", { id: "po_unknown", object: "payout", amount: 100, currency: "usd" }, "acct_unknown"],
      ["payout.failed", { id: "po_platform", object: "payout", amount: 100, currency: "usd" }],
      ["payment_intent.succeeded", { object: "payment_intent" }],
      ["customer.created", { id: "cus_1", object: "customer" }],
    ];
    for (const [type, object, account] of cases) {
      const delivered = await payments.webhook(type, object, undefined, account);
      expect({ type, status: delivered.status }).toEqual({ type, status: 200 });
      expect(delivered.body).toMatchObject({ received: true, ignored: expect.any(String) });
    }
    expect(app.logLines.filter((line) => line.includes("stripe event acknowledged without effect")).length).toBeGreaterThanOrEqual(cases.length);
    expect(app.logLines.some((line) => line.includes("stripe webhook failed"))).toBe(false);
  });
});

describe("an event out of order", () => {
  it("a dispute Stripe reports won for a payment refunded meanwhile is acknowledged, and the payment stays refunded", async () => {
    const { paymentId } = await paidRepair();
    expect((await app.gql(REFUND, { k: randomUUID(), p: paymentId }, admin.token)).data!.refundPayment).toMatchObject({ status: "REFUNDED" });
    // A dispute Stripe reports as already won, for a payment this API never saw disputed and has since refunded.
    const dispute = stripe.dispute(await intentOf(paymentId), { status: "won" });
    const delivered = await payments.webhook("charge.dispute.closed", dispute);
    expect(delivered).toMatchObject({ status: 200, body: { received: true } });
    expect(await paymentOf(paymentId)).toMatchObject({ status: "REFUNDED" });
    expect(app.logLines.some((line) => line.includes("stripe webhook failed"))).toBe(false);
  });
});
