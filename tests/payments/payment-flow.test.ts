import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APPROVE, CREATE_QUOTE, createEscalationScenario, createMatchableWorkshop, ESCALATE, REPAIR_1200, REPAIR_1200_LEDGER, RESPOND } from "../factories/escalations.ts";
import { createAdmin, createCustomer, createMechanic, createSession } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";
import type { FakeStripe } from "../support/fake-stripe.ts";
import { ledgerOf as ledgerOfPayment, payout, unbalancedTransactions } from "../support/ledger.ts";
import { startPaymentsTestApp, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let app: TestApp;
let stripe: FakeStripe;
beforeAll(async () => {
  payments = await startPaymentsTestApp();
  ({ app, stripe } = payments);
});
afterAll(() => payments.close());

const PAY_QUOTE = `mutation ($q: ID!, $k: String!) { payQuote(quoteId: $q, idempotencyKey: $k) { paymentId clientSecret amountCents status manualCapture } }`;
const PAY_DIAGNOSTIC = `mutation ($s: ID!, $k: String!) { payDiagnostic(sessionId: $s, idempotencyKey: $k) { paymentId clientSecret amountCents status } }`;

const webhook = (type: string, object: Record<string, any>, eventId?: string) => payments.webhook(type, object, eventId);

const ledgerOf = (paymentId: string) => ledgerOfPayment(app.prisma, paymentId);

/** Completed session -> escalate -> the workshop's live feed -> quote -> approve. */
async function approvedQuote(options: { lineItems?: typeof REPAIR_1200.lineItems } = {}) {
  const scenario = await createEscalationScenario(app);
  const workshop = await createMatchableWorkshop(app, { city: scenario.city, stripeAccountId: `acct_ws_${scenario.sessionId.slice(0, 8)}`, payoutsEnabled: true });
  await app.prisma.mechanicProfile.update({ where: { userId: scenario.mechanic.id }, data: { stripeAccountId: `acct_me_${scenario.sessionId.slice(0, 8)}`, payoutsEnabled: true } });

  const feed: any[] = [];
  const feedDone = new Promise<void>((resolve, reject) => {
    app
      .ws(workshop.advisor.token)
      .subscribe(
        { query: `subscription { escalationCreated { id status customer { firstName lastInitial city phone email } session { diagnosis } } }` },
        { next: (value) => (feed.push(value), resolve()), error: reject, complete: () => {} },
      );
  });
  await new Promise((r) => setTimeout(r, 300)); // the subscription is live before the escalation
  const escalated = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input: { quotesRequested: 1 } }, scenario.mechanic.token);
  await feedDone;
  const offerId = escalated.data!.escalate.offers[0].id;
  await app.gql(RESPOND, { offerId, accept: true }, workshop.advisor.token);
  const quote = await app.gql(CREATE_QUOTE, { escalationId: escalated.data!.escalate.id, input: { ...REPAIR_1200, lineItems: options.lineItems ?? REPAIR_1200.lineItems } }, workshop.advisor.token);
  await app.gql(APPROVE, { quoteId: quote.data!.createQuote.id }, scenario.customer.token);
  return { scenario, workshop, feed, escalationId: escalated.data!.escalate.id, quoteId: quote.data!.createQuote.id as string };
}

describe("payments end to end", () => {
  it("$1,200 repair: live feed, quote, approval, payment, signed webhook -> $1,080 workshop share, $120 platform fee paying the $60 referral (seed 003)", async () => {
    const { scenario, workshop, feed, quoteId } = await approvedQuote();
    expect(feed[0].data.escalationCreated).toMatchObject({ status: "AWAITING_WORKSHOP", customer: { firstName: "Casey", lastInitial: "C", city: scenario.city, phone: null, email: null } });
    expect(JSON.stringify(feed)).not.toContain("+1 555 010 0000");

    const pay = await app.gql(PAY_QUOTE, { q: quoteId, k: "checkout-attempt-1" }, scenario.customer.token);
    expect(pay.errors).toBeUndefined();
    expect(pay.data!.payQuote).toMatchObject({ amountCents: 120_000, manualCapture: false, clientSecret: expect.stringMatching(/_secret_/) });
    const payment = await app.prisma.payment.findUniqueOrThrow({ where: { id: pay.data!.payQuote.paymentId } });

    const intent = stripe.confirm(payment.stripePaymentIntentId!);
    const delivered = await webhook("payment_intent.succeeded", intent);
    expect(delivered.status).toBe(200);

    expect(await ledgerOf(payment.id)).toEqual(REPAIR_1200_LEDGER);
    expect((await app.prisma.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe("SUCCEEDED");
    const transfers = [...stripe.transfers.values()].filter((t) => t.transfer_group === payment.transferGroup);
    expect(transfers.map((t) => t.amount).sort()).toEqual([108_000, 6_000].sort());

    const earned = await app.gql(`{ earnings { totalCents paidOutCents owedCents byKind { kind amountCents } } }`, {}, scenario.mechanic.token);
    expect(earned.data!.earnings).toEqual({ totalCents: 6_000, paidOutCents: 6_000, owedCents: 0, byKind: [{ kind: "REFERRAL_FEE", amountCents: 6_000 }] });
    const shop = await app.gql(`{ earnings { totalCents paidOutCents owedCents } }`, {}, workshop.advisor.token);
    expect(shop.data!.earnings).toEqual({ totalCents: 108_000, paidOutCents: 108_000, owedCents: 0 });
  });

  it("duplicate and out-of-order webhooks, and a retried payQuote, never double charge or double book", async () => {
    const { scenario, quoteId } = await approvedQuote();
    const [first, retry] = await Promise.all([
      app.gql(PAY_QUOTE, { q: quoteId, k: "retry-key-0001" }, scenario.customer.token),
      app.gql(PAY_QUOTE, { q: quoteId, k: "retry-key-0001" }, scenario.customer.token),
    ]);
    const again = await app.gql(PAY_QUOTE, { q: quoteId, k: "retry-key-0001" }, scenario.customer.token);
    const otherKey = await app.gql(PAY_QUOTE, { q: quoteId, k: "another-key-0002" }, scenario.customer.token);
    const ids = new Set([first, retry, again, otherKey].map((r) => r.data!.payQuote.paymentId));
    expect(ids.size).toBe(1);
    const payment = await app.prisma.payment.findUniqueOrThrow({ where: { id: [...ids][0] } });
    expect([...stripe.paymentIntents.values()].filter((pi) => pi.transfer_group === payment.transferGroup)).toHaveLength(1);

    const created = { ...stripe.paymentIntents.get(payment.stripePaymentIntentId!)! };
    const succeeded = stripe.confirm(payment.stripePaymentIntentId!);
    // The success event arrives twice, concurrently, and a stale "created" event after it.
    const results = await Promise.all([webhook("payment_intent.succeeded", succeeded, "evt_dup_1"), webhook("payment_intent.succeeded", succeeded, "evt_dup_1")]);
    expect(results.map((r) => r.status)).toEqual([200, 200]);
    await webhook("payment_intent.created", created);
    await webhook("payment_intent.succeeded", succeeded); // same event content, new id
    expect((await app.prisma.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe("SUCCEEDED");
    expect(await ledgerOf(payment.id)).toEqual(REPAIR_1200_LEDGER);
    expect([...stripe.transfers.values()].filter((t) => t.transfer_group === payment.transferGroup)).toHaveLength(2);
    expect(await app.prisma.stripeEvent.count({ where: { id: "evt_dup_1" } })).toBe(1);
  });

  it("rejects unsigned or tampered webhooks before touching the database", async () => {
    const { payload } = stripe.signedEvent("payment_intent.succeeded", { id: "pi_x" }, "evt_forged");
    const forged = await fetch(`${app.server.url}/webhooks/stripe`, { method: "POST", headers: { "stripe-signature": "t=1,v1=deadbeef" }, body: payload });
    expect(forged.status).toBe(400);
    expect(await app.prisma.stripeEvent.count({ where: { id: "evt_forged" } })).toBe(0);
  });

  it("diagnostic payment: $25 => $2.50 platform fee, $22.50 to the mechanic; a banned mechanic's share is withheld", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "COMPLETED", paid: false });
    const pay = await app.gql(PAY_DIAGNOSTIC, { s: session.id, k: "diag-0000001" }, customer.token);
    expect(pay.data!.payDiagnostic.amountCents).toBe(2500);
    const payment = await app.prisma.payment.findUniqueOrThrow({ where: { id: pay.data!.payDiagnostic.paymentId } });
    await webhook("payment_intent.succeeded", stripe.confirm(payment.stripePaymentIntentId!));
    // The mechanic has no Stripe account yet: the fee stays owed, nothing is paid out.
    expect(await ledgerOf(payment.id)).toEqual({ payment: { "PLATFORM_CASH/PAYMENT_RECEIVED": -2500, "PLATFORM_REVENUE/PLATFORM_FEE": 250, "MECHANIC_PAYABLE/DIAGNOSTIC_FEE": 2250 } });

    const banned = await createMechanic(app);
    await app.prisma.mechanicProfile.update({ where: { userId: banned.id }, data: { earningsWithheld: true } });
    const other = await createSession(app, { customerId: customer.id, mechanicId: banned.id, status: "COMPLETED", paid: false });
    const pay2 = await app.gql(PAY_DIAGNOSTIC, { s: other.id, k: "diag-0000002" }, customer.token);
    const payment2 = await app.prisma.payment.findUniqueOrThrow({ where: { id: pay2.data!.payDiagnostic.paymentId } });
    await webhook("payment_intent.succeeded", stripe.confirm(payment2.stripePaymentIntentId!));
    expect(await ledgerOf(payment2.id)).toEqual({ payment: { "PLATFORM_CASH/PAYMENT_RECEIVED": -2500, "PLATFORM_REVENUE/PLATFORM_FEE": 250, "WITHHELD/DIAGNOSTIC_FEE": 2250 } });
  });

  it("a customer cannot pay someone else's quote; amounts never come from the client", async () => {
    const { quoteId } = await approvedQuote();
    const stranger = await createCustomer(app);
    expect((await app.gql(PAY_QUOTE, { q: quoteId, k: "stranger-key-1" }, stranger.token)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("large repairs are escrowed: authorized, captured by markRepairComplete, then booked", async () => {
    const { scenario, workshop, quoteId } = await approvedQuote({ lineItems: [{ kind: "PART", description: "Engine", partNumber: "EN-1", quantity: 1, unitPriceCents: 600_000 }] });
    const pay = await app.gql(PAY_QUOTE, { q: quoteId, k: "escrow-key-01" }, scenario.customer.token);
    expect(pay.data!.payQuote.manualCapture).toBe(true);
    const payment = await app.prisma.payment.findUniqueOrThrow({ where: { id: pay.data!.payQuote.paymentId } });
    await webhook("payment_intent.amount_capturable_updated", stripe.confirm(payment.stripePaymentIntentId!));
    expect((await app.prisma.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe("REQUIRES_CAPTURE");
    expect(await app.prisma.ledgerEntry.count({ where: { paymentId: payment.id } })).toBe(0);

    const done = await app.gql(`mutation ($q: ID!) { markRepairComplete(quoteId: $q) { status } }`, { q: quoteId }, workshop.advisor.token);
    expect(done.data!.markRepairComplete.status).toBe("COMPLETED");
    expect(stripe.paymentIntents.get(payment.stripePaymentIntentId!)!.status).toBe("succeeded");
    expect(await ledgerOf(payment.id)).toEqual({
      payment: {
        "PLATFORM_CASH/PAYMENT_RECEIVED": -600_000,
        "PLATFORM_REVENUE/PLATFORM_FEE": 60_000,
        "PLATFORM_REVENUE/REFERRAL_FEE": -30_000,
        "MECHANIC_PAYABLE/REFERRAL_FEE": 30_000,
        "WORKSHOP_PAYABLE/WORKSHOP_SHARE": 540_000,
      },
      "payout WORKSHOP": payout("WORKSHOP_PAYABLE", 540_000),
      "payout MECHANIC": payout("MECHANIC_PAYABLE", 30_000),
    });
    // The capture is the advisor's doing, audited as such.
    const captured = await app.prisma.auditLog.findFirstOrThrow({ where: { entityId: payment.id, action: "payment.synced", data: { path: ["to"], equals: "SUCCEEDED" } } });
    expect(captured).toMatchObject({ actorId: workshop.advisor.id, data: { from: "REQUIRES_CAPTURE", source: "capture", quoteId } });
  });

  it("admin refunds reverse the transfers and the ledger", async () => {
    const { scenario, quoteId } = await approvedQuote();
    const pay = await app.gql(PAY_QUOTE, { q: quoteId, k: "refund-key-01" }, scenario.customer.token);
    const payment = await app.prisma.payment.findUniqueOrThrow({ where: { id: pay.data!.payQuote.paymentId } });
    await webhook("payment_intent.succeeded", stripe.confirm(payment.stripePaymentIntentId!));
    const admin = await createAdmin(app);
    const refunded = await app.gql(`mutation ($p: ID!, $k: String!) { refundPayment(paymentId: $p, idempotencyKey: $k) { status refundedCents } }`, { p: payment.id, k: randomUUID() }, admin.token);
    expect(refunded.data!.refundPayment).toEqual({ status: "REFUNDED", refundedCents: 120_000 });
    const transfers = [...stripe.transfers.values()].filter((t) => t.transfer_group === payment.transferGroup);
    expect(transfers.every((t) => t.amount_reversed === t.amount)).toBe(true);
    // The refund reverses the split; each transfer reversal books the payout back.
    expect(await ledgerOf(payment.id)).toEqual({
      ...REPAIR_1200_LEDGER,
      // The platform gives back its net $60: its $120 fee less the $60 referral the mechanic gives back.
      "refund 1": { "PLATFORM_CASH/REFUND": 120_000, "PLATFORM_REVENUE/REFUND": -6_000, "MECHANIC_PAYABLE/REFUND": -6_000, "WORKSHOP_PAYABLE/REFUND": -108_000 },
      "reversal 1 WORKSHOP": payout("WORKSHOP_PAYABLE", -108_000),
      "reversal 1 MECHANIC": payout("MECHANIC_PAYABLE", -6_000),
    });
    expect(await unbalancedTransactions(app.prisma)).toEqual([]);
  });

  it("a refund in the moment before the split is booked books the split first, so it has something to reverse", async () => {
    const customer = await createCustomer(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: (await createMechanic(app)).id, status: "COMPLETED", paid: false });
    const pay = await app.gql(PAY_DIAGNOSTIC, { s: session.id, k: "diag-early-refund" }, customer.token);
    const payment = await app.prisma.payment.findUniqueOrThrow({ where: { id: pay.data!.payDiagnostic.paymentId } });
    // Stripe has the money and the status says so, but the webhook's settle has not booked the split yet.
    stripe.confirm(payment.stripePaymentIntentId!);
    await app.prisma.payment.update({ where: { id: payment.id }, data: { status: "SUCCEEDED" } });

    const refunded = await app.gql(
      `mutation ($p: ID!, $k: String!) { refundPayment(paymentId: $p, idempotencyKey: $k) { status } }`,
      { p: payment.id, k: randomUUID() },
      (await createAdmin(app)).token,
    );
    expect(refunded.data!.refundPayment.status).toBe("REFUNDED");
    expect(await ledgerOf(payment.id)).toEqual({
      payment: { "PLATFORM_CASH/PAYMENT_RECEIVED": -2500, "PLATFORM_REVENUE/PLATFORM_FEE": 250, "MECHANIC_PAYABLE/DIAGNOSTIC_FEE": 2250 },
      "refund 1": { "PLATFORM_CASH/REFUND": 2500, "PLATFORM_REVENUE/REFUND": -250, "MECHANIC_PAYABLE/REFUND": -2250 },
    });
    expect(await unbalancedTransactions(app.prisma)).toEqual([]);
  });

  it("account.updated gates payouts", async () => {
    const workshop = await createMatchableWorkshop(app, { stripeAccountId: "acct_gate_1", payoutsEnabled: false });
    stripe.accounts.set("acct_gate_1", { id: "acct_gate_1", object: "account", payouts_enabled: true, charges_enabled: true });
    await webhook("account.updated", { id: "acct_gate_1", object: "account", payouts_enabled: false });
    // The handler re-reads the account: Stripe's current state wins over the event's snapshot.
    expect((await app.prisma.workshop.findUniqueOrThrow({ where: { id: workshop.id } })).payoutsEnabled).toBe(true);
  });

  it("admin metrics read the marketplace", async () => {
    const admin = await createAdmin(app);
    const { data, errors } = await app.gql(
      `query ($from: DateTimeISO!, $to: DateTimeISO!) { adminMetrics(from: $from, to: $to) { completedSessions escalatedSessions onPlatformTransactionRate quoteApprovalRate averageQuoteCents referralFeesPaidCents } }`,
      { from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date(Date.now() + 86_400_000).toISOString() },
      admin.token,
    );
    expect(errors).toBeUndefined();
    expect(data!.adminMetrics.escalatedSessions).toBeGreaterThan(0);
    expect(data!.adminMetrics.referralFeesPaidCents).toBeGreaterThanOrEqual(6_000);
  });
});

describe("without STRIPE_SECRET_KEY", () => {
  it("the server starts and payment mutations answer PAYMENTS_NOT_CONFIGURED", async () => {
    const bare = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0" });
    try {
      const customer = await createCustomer(bare);
      const session = await createSession(bare, { customerId: customer.id });
      const result = await bare.gql(PAY_DIAGNOSTIC, { s: session.id, k: "no-stripe-key-1" }, customer.token);
      expect(result.errors?.[0]?.extensions?.code).toBe("PAYMENTS_NOT_CONFIGURED");
    } finally {
      await bare.close();
    }
  });
});
