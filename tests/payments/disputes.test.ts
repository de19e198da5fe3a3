import { randomUUID } from "node:crypto";
import type Stripe from "stripe";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { APPROVE, CREATE_QUOTE, createEscalationScenario, createMatchableWorkshop, escalateAndAccept, REPAIR_1200, REPAIR_1200_LEDGER } from "../factories/escalations.ts";
import { createAdmin, createCustomer, createMechanic, createSession, type CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import type { FakeStripe } from "../support/fake-stripe.ts";
import { ledgerOf, payout, unbalancedTransactions } from "../support/ledger.ts";
import { diagnosticPayment, startPaymentsTestApp, type PaymentsTestApp } from "../support/payments-app.ts";

/**
 * Chargebacks: Stripe withdraws the disputed amount when a dispute opens (booked as a receivable,
 * the payment DISPUTED and its unpaid shares held), reinstates it if the platform wins (the payment
 * back to what it was), and keeps it if the platform loses (written off against the split like a
 * refund, transfers reversed). Every event re-reads the dispute, so duplicates and events out of
 * order end in the same ledger; every payment status change is audited with its cause.
 */
let payments: PaymentsTestApp;
let app: TestApp;
let stripe: FakeStripe;
let admin: CreatedUser;
beforeAll(async () => {
  payments = await startPaymentsTestApp({ PAYOUT_INTERVAL_SECONDS: "0" });
  ({ app, stripe } = payments);
  admin = await createAdmin(app);
});
afterAll(() => payments.close());
afterEach(async () => expect(await unbalancedTransactions(app.prisma)).toEqual([]));

const REFUND = `mutation ($p: ID!, $a: Int, $k: String!) { refundPayment(paymentId: $p, amountCents: $a, idempotencyKey: $k) { status refundedCents } }`;
const DISPUTES = `query ($s: DisputeStatus) { disputes(status: $s) { nodes { stripeDisputeId paymentId amountCents status stripeStatus reason } } }`;
const EARNINGS = `{ earnings { totalCents paidOutCents owedCents } }`;
const DIAGNOSTIC_SPLIT = { "PLATFORM_CASH/PAYMENT_RECEIVED": -2_500, "PLATFORM_REVENUE/PLATFORM_FEE": 250, "MECHANIC_PAYABLE/DIAGNOSTIC_FEE": 2_250 };
const withdrawn = (cents: number) => ({ "PLATFORM_CASH/DISPUTE": cents, "DISPUTES_RECEIVABLE/DISPUTE": -cents });
const reinstated = (cents: number) => ({ "DISPUTES_RECEIVABLE/DISPUTE": cents, "PLATFORM_CASH/DISPUTE": -cents });

const paymentRow = (paymentId: string) => app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } });
const intentOf = async (paymentId: string) => (await paymentRow(paymentId)).stripePaymentIntentId!;
const transfersOf = async (paymentId: string) => {
  const { transferGroup } = await paymentRow(paymentId);
  return [...stripe.transfers.values()].filter((t) => t.transfer_group === transferGroup);
};
const runDue = async () => (await app.gql(`mutation { runDuePayouts { transferCount } }`, {}, admin.token)).data!.runDuePayouts;
const auditOf = (paymentId: string) => app.prisma.auditLog.findMany({ where: { entityType: "Payment", entityId: paymentId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

/** Stripe moves the payment's dispute to `status` (creating it) and tells the server with a `charge.dispute.<event>` webhook. */
async function dispute(paymentId: string, event: string, status: Stripe.Dispute.Status, amount?: number, eventId?: string) {
  const object = stripe.dispute(await intentOf(paymentId), { status, amount });
  const delivered = await payments.webhook(`charge.dispute.${event}`, object, eventId);
  expect(delivered.status).toBe(200);
  return object;
}

/** A paid $25 diagnostic: $2.50 platform fee, $22.50 to a mechanic who is paid out now, or is owed while payouts are off. */
async function paidDiagnostic(options: { payoutsEnabled: boolean }) {
  const { customer, mechanic, payment } = await diagnosticPayment(payments, options);
  await payments.confirmPayment(payment.id);
  return { customer, mechanic, paymentId: payment.id };
}

/** A paid $1,200 repair whose workshop ($1,080) and mechanic ($60) were paid out at settlement. */
async function paidOutRepair() {
  const scenario = await createEscalationScenario(app);
  const workshop = await createMatchableWorkshop(app, { city: scenario.city, stripeAccountId: `acct_ws_${randomUUID().slice(0, 8)}`, payoutsEnabled: true });
  await app.prisma.mechanicProfile.update({ where: { userId: scenario.mechanic.id }, data: { stripeAccountId: `acct_me_${randomUUID().slice(0, 8)}`, payoutsEnabled: true } });
  const { escalationId } = await escalateAndAccept(app, scenario, workshop);
  const quote = await app.gql(CREATE_QUOTE, { escalationId, input: REPAIR_1200 }, workshop.advisor.token);
  await app.gql(APPROVE, { quoteId: quote.data!.createQuote.id }, scenario.customer.token);
  const pay = await app.gql(
    `mutation ($q: ID!, $k: String!) { payQuote(quoteId: $q, idempotencyKey: $k) { paymentId } }`,
    { q: quote.data!.createQuote.id, k: `repair-${escalationId}` },
    scenario.customer.token,
  );
  const paymentId = pay.data!.payQuote.paymentId as string;
  await payments.confirmPayment(paymentId);
  return { scenario, workshop, paymentId };
}

describe("an opened dispute", () => {
  it("withdraws the amount once, marks the payment DISPUTED and holds the shares not paid yet", async () => {
    const { mechanic, paymentId } = await paidDiagnostic({ payoutsEnabled: false });
    const object = stripe.dispute(await intentOf(paymentId), { status: "needs_response" });
    // Stripe sends created and funds_withdrawn together; one of them twice.
    await Promise.all([
      payments.webhook("charge.dispute.created", object, "evt_dispute_created_1"),
      payments.webhook("charge.dispute.created", object, "evt_dispute_created_1"),
      payments.webhook("charge.dispute.funds_withdrawn", object),
    ]);
    expect((await paymentRow(paymentId)).status).toBe("DISPUTED");
    expect(await ledgerOf(app.prisma, paymentId)).toEqual({ payment: DIAGNOSTIC_SPLIT, dispute: withdrawn(2_500) });

    // The mechanic can take payouts now, but the payment's share stays held while it is disputed.
    await app.prisma.mechanicProfile.update({ where: { userId: mechanic.id }, data: { payoutsEnabled: true } });
    await runDue();
    expect(await transfersOf(paymentId)).toEqual([]);

    const listed = await app.gql(DISPUTES, { s: "OPEN" }, admin.token);
    expect(listed.data!.disputes.nodes).toContainEqual({ stripeDisputeId: object.id, paymentId, amountCents: 2_500, status: "OPEN", stripeStatus: "needs_response", reason: "fraudulent" });
    const audit = (await auditOf(paymentId)).filter((a) => a.action === "payment.disputed");
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: null, data: { from: "SUCCEEDED", to: "DISPUTED", source: "stripe", disputeId: object.id, amountCents: 2_500, eventId: expect.stringMatching(/^evt_/) } });
  });

  it("holds a transfer planned before it: a redelivered success event does not send it, the payout run after a win does", async () => {
    const { paymentId } = await paidDiagnostic({ payoutsEnabled: true });
    const row = await app.prisma.transfer.findFirstOrThrow({ where: { paymentId } });
    // As if the process died after planning the transfer, before Stripe confirmed it.
    await app.prisma.$transaction([
      app.prisma.ledgerEntry.deleteMany({ where: { transactionKey: `payout:${row.id}` } }),
      app.prisma.transfer.update({ where: { id: row.id }, data: { stripeTransferId: null } }),
    ]);
    await dispute(paymentId, "created", "needs_response");
    await payments.confirmPayment(paymentId); // Stripe redelivers the success
    expect((await app.prisma.transfer.findUniqueOrThrow({ where: { id: row.id } })).stripeTransferId).toBeNull();
    expect(Object.keys(await ledgerOf(app.prisma, paymentId))).toEqual(["payment", "dispute"]);

    await dispute(paymentId, "closed", "won");
    await runDue();
    expect((await app.prisma.transfer.findUniqueOrThrow({ where: { id: row.id } })).stripeTransferId).not.toBeNull();
    expect((await ledgerOf(app.prisma, paymentId))["payout MECHANIC"]).toEqual(payout("MECHANIC_PAYABLE", 2_250));
  });

  it("is for admins only", async () => {
    const { customer, mechanic } = await paidDiagnostic({ payoutsEnabled: false });
    for (const token of [customer.token, mechanic.token]) expect((await app.gql(DISPUTES, {}, token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("cannot be refunded: CONFLICT, and nothing moves", async () => {
    const { paymentId } = await paidDiagnostic({ payoutsEnabled: true });
    await dispute(paymentId, "created", "under_review");
    const refused = await app.gql(REFUND, { k: randomUUID(), p: paymentId }, admin.token);
    expect(refused.errors?.[0]).toMatchObject({ message: expect.stringContaining("disputed payment cannot be refunded"), extensions: { code: "CONFLICT" } });
    expect(await app.prisma.refund.count({ where: { paymentId } })).toBe(0);
    expect(Object.keys(await ledgerOf(app.prisma, paymentId))).toEqual(["payment", "payout MECHANIC", "dispute"]);
  });

  it("an inquiry moves no money and leaves the payment as it is", async () => {
    const { paymentId } = await paidDiagnostic({ payoutsEnabled: false });
    const inquiry = await dispute(paymentId, "created", "warning_needs_response");
    expect((await paymentRow(paymentId)).status).toBe("SUCCEEDED");
    await dispute(paymentId, "closed", "warning_closed");
    expect((await paymentRow(paymentId)).status).toBe("SUCCEEDED");
    expect(await ledgerOf(app.prisma, paymentId)).toEqual({ payment: DIAGNOSTIC_SPLIT });
    expect(await app.prisma.dispute.findUniqueOrThrow({ where: { stripeDisputeId: inquiry.id } })).toMatchObject({ status: "INQUIRY_CLOSED", stripeStatus: "warning_closed" });
    expect((await auditOf(paymentId)).map((a) => a.action)).toEqual(["payment.created", "payment.synced"]);
  });

  it("a dispute of another platform's charge is ignored", async () => {
    stripe.paymentIntents.set("pi_not_ours", { id: "pi_not_ours", object: "payment_intent", amount: 1_000, currency: "usd", status: "succeeded", latest_charge: "ch_not_ours" });
    const object = stripe.dispute("pi_not_ours", { status: "needs_response" });
    expect((await payments.webhook("charge.dispute.created", object)).status).toBe(200);
    expect(await app.prisma.dispute.count({ where: { stripeDisputeId: object.id } })).toBe(0);
  });
});

describe("a won dispute", () => {
  it("reinstates the amount and the payment's status; the held share is paid by the next payout run", async () => {
    const { mechanic, paymentId } = await paidDiagnostic({ payoutsEnabled: false });
    await dispute(paymentId, "created", "needs_response");
    await dispute(paymentId, "updated", "under_review");
    await dispute(paymentId, "closed", "won");
    await dispute(paymentId, "funds_reinstated", "won");
    expect((await paymentRow(paymentId)).status).toBe("SUCCEEDED");
    expect(await ledgerOf(app.prisma, paymentId)).toEqual({ payment: DIAGNOSTIC_SPLIT, dispute: withdrawn(2_500), "dispute-won": reinstated(2_500) });

    await app.prisma.mechanicProfile.update({ where: { userId: mechanic.id }, data: { payoutsEnabled: true } });
    await runDue();
    expect(await transfersOf(paymentId)).toMatchObject([{ amount: 2_250 }]);
    expect((await ledgerOf(app.prisma, paymentId))["payout MECHANIC"]).toEqual(payout("MECHANIC_PAYABLE", 2_250));
    expect((await app.gql(EARNINGS, {}, mechanic.token)).data!.earnings).toEqual({ totalCents: 2_250, paidOutCents: 2_250, owedCents: 0 });
  });

  it("of a partly refunded payment leaves it PARTIALLY_REFUNDED, refundable again", async () => {
    const { paymentId } = await paidDiagnostic({ payoutsEnabled: true });
    await app.gql(REFUND, { k: randomUUID(), p: paymentId, a: 500 }, admin.token);
    await dispute(paymentId, "created", "needs_response", 2_000);
    await dispute(paymentId, "closed", "won", 2_000);
    expect((await paymentRow(paymentId)).status).toBe("PARTIALLY_REFUNDED");
    expect((await app.gql(REFUND, { k: randomUUID(), p: paymentId }, admin.token)).data!.refundPayment).toEqual({ status: "REFUNDED", refundedCents: 2_500 });
  });

  it("converges whatever the order of its events: closed before created, a stale snapshot, the charge's own success late", async () => {
    const inOrder = await paidDiagnostic({ payoutsEnabled: false });
    await dispute(inOrder.paymentId, "created", "needs_response");
    await dispute(inOrder.paymentId, "closed", "won");

    // Stripe confirms the charge but its success event has not arrived when the dispute's do.
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "COMPLETED", paid: false });
    const pay = await app.gql(`mutation ($s: ID!) { payDiagnostic(sessionId: $s, idempotencyKey: "dispute-order-1") { paymentId } }`, { s: session.id }, customer.token);
    const paymentId = pay.data!.payDiagnostic.paymentId as string;
    const intent = stripe.confirm(await intentOf(paymentId));
    const opened = stripe.dispute(intent.id, { status: "needs_response" });
    stripe.dispute(intent.id, { status: "won" });
    const closed = { ...stripe.disputes.get(opened.id)! };
    expect((await payments.webhook("charge.dispute.closed", closed)).status).toBe(200);
    expect((await payments.webhook("charge.dispute.created", opened)).status).toBe(200); // the stale snapshot says needs_response
    expect((await payments.webhook("payment_intent.succeeded", intent)).status).toBe(200);
    expect((await payments.webhook("charge.dispute.closed", closed)).status).toBe(200); // redelivered with a new id

    expect((await paymentRow(paymentId)).status).toBe("SUCCEEDED");
    expect(await ledgerOf(app.prisma, paymentId)).toEqual(await ledgerOf(app.prisma, inOrder.paymentId));
    const steps = async (id: string) => (await auditOf(id)).map((a) => [a.action, (a.data as any).from, (a.data as any).to]);
    expect(await steps(paymentId)).toEqual(await steps(inOrder.paymentId));
    expect(await steps(paymentId)).toEqual([
      ["payment.created", null, "REQUIRES_PAYMENT_METHOD"],
      ["payment.synced", "REQUIRES_PAYMENT_METHOD", "SUCCEEDED"],
      ["payment.disputed", "SUCCEEDED", "DISPUTED"],
      ["payment.dispute_won", "DISPUTED", "SUCCEEDED"],
    ]);
  });
});

describe("a lost dispute", () => {
  it("reverses the payees' payables and the platform fee to the cent, and the payouts already made", async () => {
    const { scenario, workshop, paymentId } = await paidOutRepair();
    await dispute(paymentId, "created", "needs_response");
    await dispute(paymentId, "closed", "lost");
    const lost = await dispute(paymentId, "closed", "lost"); // redelivered with a new id: nothing more moves
    const reversals = stripe.creations.filter((c) => c.endsWith("/reversals")).length;

    expect((await paymentRow(paymentId)).status).toBe("DISPUTED");
    expect(await ledgerOf(app.prisma, paymentId)).toEqual({
      ...REPAIR_1200_LEDGER,
      dispute: withdrawn(120_000),
      // The platform loses its net $60 (its fee less the referral the mechanic gives back).
      "dispute-lost": { "DISPUTES_RECEIVABLE/DISPUTE": 120_000, "PLATFORM_REVENUE/DISPUTE": -6_000, "MECHANIC_PAYABLE/DISPUTE": -6_000, "WORKSHOP_PAYABLE/DISPUTE": -108_000 },
      "dispute-reversal WORKSHOP": payout("WORKSHOP_PAYABLE", -108_000),
      "dispute-reversal MECHANIC": payout("MECHANIC_PAYABLE", -6_000),
    });
    expect((await transfersOf(paymentId)).every((t) => t.amount_reversed === t.amount)).toBe(true);
    expect((await app.gql(EARNINGS, {}, workshop.advisor.token)).data!.earnings).toEqual({ totalCents: 0, paidOutCents: 0, owedCents: 0 });
    expect((await app.gql(EARNINGS, {}, scenario.mechanic.token)).data!.earnings).toEqual({ totalCents: 0, paidOutCents: 0, owedCents: 0 });

    await dispute(paymentId, "updated", "lost");
    expect(stripe.creations.filter((c) => c.endsWith("/reversals"))).toHaveLength(reversals);
    expect(await app.prisma.dispute.findUniqueOrThrow({ where: { stripeDisputeId: lost.id } })).toMatchObject({ status: "LOST", amountCents: 120_000 });
    expect((await auditOf(paymentId)).filter((a) => a.action.startsWith("payment.dispute")).map((a) => [a.action, (a.data as any).from, (a.data as any).to])).toEqual([
      ["payment.disputed", "SUCCEEDED", "DISPUTED"],
      ["payment.dispute_lost", "DISPUTED", "DISPUTED"],
    ]);
  });

  it("of part of the charge leaves every party its part of what the customer still pays", async () => {
    const { mechanic, paymentId } = await paidDiagnostic({ payoutsEnabled: true });
    await dispute(paymentId, "created", "needs_response", 1_001);
    await dispute(paymentId, "closed", "lost", 1_001);
    // $10.01 of $25: $14.99 still paid, its fee round(149.9) = 150, the mechanic the rest (1,349): the mechanic gives back 901, the platform 100.
    expect(await ledgerOf(app.prisma, paymentId)).toMatchObject({
      dispute: withdrawn(1_001),
      "dispute-lost": { "DISPUTES_RECEIVABLE/DISPUTE": 1_001, "PLATFORM_REVENUE/DISPUTE": -100, "MECHANIC_PAYABLE/DISPUTE": -901 },
      "dispute-reversal MECHANIC": payout("MECHANIC_PAYABLE", -901),
    });
    expect((await app.gql(EARNINGS, {}, mechanic.token)).data!.earnings).toEqual({ totalCents: 1_349, paidOutCents: 1_349, owedCents: 0 });
  });

  it("of money already refunded costs the platform, not the payees a second time", async () => {
    const { mechanic, paymentId } = await paidDiagnostic({ payoutsEnabled: true });
    await app.gql(REFUND, { k: randomUUID(), p: paymentId, a: 2_000 }, admin.token);
    await dispute(paymentId, "created", "needs_response");
    await dispute(paymentId, "closed", "lost");
    // The payees keep their part of the $5 still paid; the lost $25 takes it back, the platform pays the other $20.
    expect((await ledgerOf(app.prisma, paymentId))["dispute-lost"]).toEqual({ "DISPUTES_RECEIVABLE/DISPUTE": 2_500, "PLATFORM_REVENUE/DISPUTE": -2_050, "MECHANIC_PAYABLE/DISPUTE": -450 });
    expect((await app.gql(EARNINGS, {}, mechanic.token)).data!.earnings).toEqual({ totalCents: 0, paidOutCents: 0, owedCents: 0 });
    expect(await transfersOf(paymentId)).toMatchObject([{ amount: 2_250, amount_reversed: 2_250 }]);
  });
});

describe("payment status changes are audited", () => {
  it("from the customer's payment to Stripe's webhook and an admin's refund, each with from, to and the cause", async () => {
    const { customer, paymentId } = await paidDiagnostic({ payoutsEnabled: false });
    await app.gql(REFUND, { k: randomUUID(), p: paymentId, a: 100 }, admin.token);
    const audit = await auditOf(paymentId);
    expect(audit.map((a) => a.action)).toEqual(["payment.created", "payment.synced", "payment.refunded"]);
    expect(audit[0]).toMatchObject({ actorId: customer.id, actorRole: "CUSTOMER", data: { from: null, to: "REQUIRES_PAYMENT_METHOD", amountCents: 2_500 } });
    expect(audit[1]).toMatchObject({ actorId: null, data: { from: "REQUIRES_PAYMENT_METHOD", to: "SUCCEEDED", source: "stripe", eventId: expect.stringMatching(/^evt_/) } });
    expect(audit[2]).toMatchObject({ actorId: admin.id, actorRole: "ADMIN", data: { from: "SUCCEEDED", to: "PARTIALLY_REFUNDED", amountCents: 100 } });
  });
});
