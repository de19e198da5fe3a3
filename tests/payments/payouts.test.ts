import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { PayeeProfileStore } from "../../src/modules/accounts/payee-profile.store.ts";
import { AuditService } from "../../src/modules/audit/audit.service.ts";
import { AuditStore } from "../../src/modules/audit/audit.store.ts";
import { LedgerStore } from "../../src/modules/payments/ledger.store.ts";
import { PayeeAccountStore } from "../../src/modules/payments/payee-account.store.ts";
import { PaymentMachine, SETTLES_ONLY } from "../../src/modules/payments/payment.machine.ts";
import { PayoutService } from "../../src/modules/payments/payout.service.ts";
import { createStripeClient } from "../../src/modules/payments/stripe-client.ts";
import { TransferStore } from "../../src/modules/payments/transfer.store.ts";
import { WorkshopStore } from "../../src/modules/workshops/workshop.store.ts";
import { APPROVE, CREATE_QUOTE, createEscalationScenario, createMatchableWorkshop, escalateAndAccept, REPAIR_1200 } from "../factories/escalations.ts";
import { createAdmin, createCustomer, createMechanic, createSession, liftSuspension, type CreatedUser } from "../factories/index.ts";
import { APPROVE_PARTNER_QUOTE, CREATE_PARTNER_QUOTE, linesOf, partnerWorld, type PartnershipTerms } from "../factories/partnerships.ts";
import { waitUntil } from "../setup/live.ts";
import type { TestApp } from "../setup/test-app.ts";
import type { FakeStripe } from "../support/fake-stripe.ts";
import { ledgerOf, payout, unbalancedTransactions } from "../support/ledger.ts";
import { diagnosticPayment, startPaymentsTestApp, type PaymentsTestApp } from "../support/payments-app.ts";

/**
 * Payouts in the ledger: every transfer Stripe confirms is booked once (payable debited, cash
 * credited), refunds book their transfer reversals back, earnings say earned / paid out / owed,
 * and partner shares under NET_30 / NET_60 terms are paid by the payout run once they fall due.
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
// Whatever a test did, every transaction of the ledger balances.
afterEach(async () => expect(await unbalancedTransactions(app.prisma)).toEqual([]));

const DAY_MS = 86_400_000;
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString();
const RUN_DUE = `mutation ($asOf: DateTimeISO) { runDuePayouts(asOf: $asOf) { asOf transferCount amountCents failedCount } }`;
const EARNINGS = `{ earnings { totalCents paidOutCents owedCents withheldCents byKind { kind amountCents } } }`;
const REFUND = `mutation ($p: ID!, $a: Int, $k: String!) { refundPayment(paymentId: $p, amountCents: $a, idempotencyKey: $k) { status refundedCents } }`;

async function runDue(asOf: string) {
  const result = await app.gql(RUN_DUE, { asOf }, admin.token);
  expect(result.errors).toBeUndefined();
  return result.data!.runDuePayouts as { asOf: string; transferCount: number; amountCents: number; failedCount: number };
}

const earnings = async (token: string) => (await app.gql(EARNINGS, {}, token)).data!.earnings;
const transfersOf = async (paymentId: string) => {
  const { transferGroup } = await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } });
  return [...stripe.transfers.values()].filter((t) => t.transfer_group === transferGroup);
};

/** A paid $25 diagnostic whose mechanic has a Stripe account (payouts on unless told otherwise). */
async function paidDiagnostic(options: { payoutsEnabled?: boolean } = {}) {
  const { mechanic, account, payment } = await diagnosticPayment(payments, options);
  await payments.confirmPayment(payment.id);
  return { mechanic, stripeAccountId: account, paymentId: payment.id };
}

/**
 * A paid $620 supplier repair under a partnership (seed 000's revised model): $527 partner share,
 * $93 platform fee out of which the platform pays the mechanic's $62 commission (no Stripe account:
 * it stays owed).
 */
async function paidPartnerRepair(paymentTerms: NonNullable<PartnershipTerms["paymentTerms"]>, partner: { payoutsEnabled: boolean } = { payoutsEnabled: true }) {
  const stripeAccountId = `acct_pa_${randomUUID().slice(0, 8)}`;
  const w = await partnerWorld(app, admin, { type: "SUPPLIER", paymentTerms }, { stripeAccountId, payoutsEnabled: partner.payoutsEnabled });
  const quote = (await app.gql(CREATE_PARTNER_QUOTE, { s: w.sessionId, input: linesOf(w.partnership) }, w.mechanic.token)).data!.createPartnerQuote.quote;
  await app.gql(APPROVE_PARTNER_QUOTE, { q: quote.id }, w.partner.token);
  await app.gql(`mutation ($q: ID!) { approveQuote(quoteId: $q) { status } }`, { q: quote.id }, w.customer.token);
  const pay = await app.gql(`mutation ($q: ID!, $k: String!) { payQuote(quoteId: $q, idempotencyKey: $k) { paymentId } }`, { q: quote.id, k: `partner-${quote.id}` }, w.customer.token);
  const paymentId = pay.data!.payQuote.paymentId as string;
  await payments.confirmPayment(paymentId);
  return { ...w, stripeAccountId, paymentId };
}

/** A paid $1,200 repair whose workshop has a Stripe account with payouts still disabled. */
async function paidRepairOfWorkshopWithoutPayouts() {
  const scenario = await createEscalationScenario(app);
  const workshop = await createMatchableWorkshop(app, { city: scenario.city, stripeAccountId: `acct_ws_${randomUUID().slice(0, 8)}`, payoutsEnabled: false });
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
  return { workshop, paymentId };
}

const PARTNER_SPLIT = {
  "PLATFORM_CASH/PAYMENT_RECEIVED": -62_000,
  "PLATFORM_REVENUE/PLATFORM_FEE": 9_300,
  "PLATFORM_REVENUE/COMMISSION": -6_200,
  "MECHANIC_PAYABLE/COMMISSION": 6_200,
  "PARTNER_PAYABLE/PARTNER_SHARE": 52_700,
};

describe("payouts are booked once, when Stripe confirms them", () => {
  it("a redelivered webhook and concurrent settles make one transfer and one payout pair", async () => {
    const { paymentId, stripeAccountId } = await paidDiagnostic();
    const payment = await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } });
    const intent = stripe.paymentIntents.get(payment.stripePaymentIntentId!)!;
    await Promise.all([
      payments.webhook("payment_intent.succeeded", intent),
      payments.webhook("payment_intent.succeeded", intent),
      payments.webhook("payment_intent.succeeded", intent, "evt_again_1"),
    ]);
    await Promise.all([app.server.services.payments.syncPaymentIntent(intent.id), app.server.services.payments.syncPaymentIntent(intent.id)]);

    expect(await ledgerOf(app.prisma, paymentId)).toEqual({
      payment: { "PLATFORM_CASH/PAYMENT_RECEIVED": -2_500, "PLATFORM_REVENUE/PLATFORM_FEE": 250, "MECHANIC_PAYABLE/DIAGNOSTIC_FEE": 2_250 },
      "payout MECHANIC": payout("MECHANIC_PAYABLE", 2_250),
    });
    const sent = await transfersOf(paymentId);
    expect(sent).toMatchObject([{ amount: 2_250, destination: stripeAccountId, source_transaction: intent.latest_charge }]);
    const row = await app.prisma.transfer.findFirstOrThrow({ where: { paymentId } });
    expect(row).toMatchObject({ recipient: "MECHANIC", amountCents: 2_250, stripeTransferId: sent[0]!.id, idempotencyKey: `transfer:${paymentId}:MECHANIC` });
    // The payout entries carry the payee of the credit they pay.
    const entry = await app.prisma.ledgerEntry.findUniqueOrThrow({ where: { idempotencyKey: `payout:${row.id}:MECHANIC_PAYABLE` } });
    const credit = await app.prisma.ledgerEntry.findFirstOrThrow({ where: { paymentId, kind: "DIAGNOSTIC_FEE" } });
    expect(entry).toMatchObject({ transactionKey: `payout:${row.id}`, userId: credit.userId, workshopId: null, partnershipId: null, paymentId });
  });

  it("a crash between Stripe's answer and the database is completed by the retry, with the same transfer", async () => {
    const { paymentId, mechanic } = await paidDiagnostic();
    const row = await app.prisma.transfer.findFirstOrThrow({ where: { paymentId } });
    const [sent] = await transfersOf(paymentId);
    // As if the process died after Stripe created the transfer, before the transaction committed.
    await app.prisma.$transaction([
      app.prisma.ledgerEntry.deleteMany({ where: { transactionKey: `payout:${row.id}` } }),
      app.prisma.auditLog.deleteMany({ where: { action: "payment.paid_out", entityId: paymentId } }),
      app.prisma.transfer.update({ where: { id: row.id }, data: { stripeTransferId: null } }),
    ]);
    expect((await earnings(mechanic.token)).owedCents).toBe(2_250);

    await payments.confirmPayment(paymentId); // Stripe redelivers
    expect(await transfersOf(paymentId)).toHaveLength(1);
    expect((await app.prisma.transfer.findUniqueOrThrow({ where: { id: row.id } })).stripeTransferId).toBe(sent!.id);
    expect((await ledgerOf(app.prisma, paymentId))["payout MECHANIC"]).toEqual(payout("MECHANIC_PAYABLE", 2_250));
    expect(await earnings(mechanic.token)).toMatchObject({ totalCents: 2_250, paidOutCents: 2_250, owedCents: 0 });
  });

  it("a refund first completes a payout Stripe made but the database had not recorded, then reverses it", async () => {
    const { paymentId, mechanic } = await paidDiagnostic();
    const row = await app.prisma.transfer.findFirstOrThrow({ where: { paymentId } });
    await app.prisma.$transaction([
      app.prisma.ledgerEntry.deleteMany({ where: { transactionKey: `payout:${row.id}` } }),
      app.prisma.transfer.update({ where: { id: row.id }, data: { stripeTransferId: null } }),
    ]);

    expect((await app.gql(REFUND, { k: randomUUID(), p: paymentId }, admin.token)).data!.refundPayment).toEqual({ status: "REFUNDED", refundedCents: 2_500 });
    expect(await transfersOf(paymentId)).toMatchObject([{ amount: 2_250, amount_reversed: 2_250 }]);
    expect(await ledgerOf(app.prisma, paymentId)).toEqual({
      payment: { "PLATFORM_CASH/PAYMENT_RECEIVED": -2_500, "PLATFORM_REVENUE/PLATFORM_FEE": 250, "MECHANIC_PAYABLE/DIAGNOSTIC_FEE": 2_250 },
      "refund 1": { "PLATFORM_CASH/REFUND": 2_500, "PLATFORM_REVENUE/REFUND": -250, "MECHANIC_PAYABLE/REFUND": -2_250 },
      "payout MECHANIC": payout("MECHANIC_PAYABLE", 2_250),
      "reversal 1 MECHANIC": payout("MECHANIC_PAYABLE", -2_250),
    });
    expect(await earnings(mechanic.token)).toMatchObject({ totalCents: 0, paidOutCents: 0, owedCents: 0 });
  });

  it("refunds reverse the payout entries to the cent, rounding included", async () => {
    const { paymentId, mechanic } = await paidDiagnostic();
    expect((await app.gql(REFUND, { k: randomUUID(), p: paymentId, a: 333 }, admin.token)).data!.refundPayment).toEqual({ status: "PARTIALLY_REFUNDED", refundedCents: 333 });
    // $3.33 of $25: $21.67 still paid, its fee round(216.7) = 217, the mechanic the rest (1,950): the mechanic gives back 300.
    expect(await earnings(mechanic.token)).toEqual({
      totalCents: 1_950,
      paidOutCents: 1_950,
      owedCents: 0,
      withheldCents: 0,
      byKind: [
        { kind: "DIAGNOSTIC_FEE", amountCents: 2_250 },
        { kind: "REFUND", amountCents: -300 },
      ],
    });

    expect((await app.gql(REFUND, { k: randomUUID(), p: paymentId }, admin.token)).data!.refundPayment).toEqual({ status: "REFUNDED", refundedCents: 2_500 });
    expect(await ledgerOf(app.prisma, paymentId)).toEqual({
      payment: { "PLATFORM_CASH/PAYMENT_RECEIVED": -2_500, "PLATFORM_REVENUE/PLATFORM_FEE": 250, "MECHANIC_PAYABLE/DIAGNOSTIC_FEE": 2_250 },
      "payout MECHANIC": payout("MECHANIC_PAYABLE", 2_250),
      "refund 1": { "PLATFORM_CASH/REFUND": 333, "PLATFORM_REVENUE/REFUND": -33, "MECHANIC_PAYABLE/REFUND": -300 },
      "reversal 1 MECHANIC": payout("MECHANIC_PAYABLE", -300),
      // The refund that completes the payment takes what is left of the share (2250 - 300), not its own rounded proportion.
      "refund 2": { "PLATFORM_CASH/REFUND": 2_167, "PLATFORM_REVENUE/REFUND": -217, "MECHANIC_PAYABLE/REFUND": -1_950 },
      "reversal 2 MECHANIC": payout("MECHANIC_PAYABLE", -1_950),
    });
    // What Stripe holds for the mechanic and what the ledger says they earned agree: nothing of a payment refunded in full.
    const [sent] = await transfersOf(paymentId);
    expect(sent!.amount - sent!.amount_reversed).toBe(0);
    expect(await earnings(mechanic.token)).toMatchObject({ totalCents: 0, paidOutCents: 0, owedCents: 0 });
    expect((await app.prisma.transfer.findFirstOrThrow({ where: { paymentId } })).reversedCents).toBe(2_250);
  });
});

describe("NET_30 / NET_60 partner shares", () => {
  for (const [terms, days] of [
    ["NET_30", 30],
    ["NET_60", 60],
  ] as const) {
    it(`${terms}: owed until ${days} days after settlement, then paid exactly once`, async () => {
      const w = await paidPartnerRepair(terms);
      expect(await ledgerOf(app.prisma, w.paymentId)).toEqual({ payment: PARTNER_SPLIT });
      const owed = { totalCents: 52_700, paidOutCents: 0, owedCents: 52_700, withheldCents: 0, byKind: [{ kind: "PARTNER_SHARE", amountCents: 52_700 }] };
      expect(await earnings(w.partner.token)).toEqual(owed);

      expect(await runDue(daysFromNow(days - 1))).toMatchObject({ transferCount: 0, amountCents: 0, failedCount: 0 });
      expect(await transfersOf(w.paymentId)).toEqual([]);
      expect(await earnings(w.partner.token)).toEqual(owed);

      expect(await runDue(daysFromNow(days + 1))).toMatchObject({ transferCount: 1, amountCents: 52_700, failedCount: 0 });
      expect(await runDue(daysFromNow(days + 2))).toMatchObject({ transferCount: 0, amountCents: 0 });
      const intent = stripe.paymentIntents.get((await app.prisma.payment.findUniqueOrThrow({ where: { id: w.paymentId } })).stripePaymentIntentId!)!;
      expect(await transfersOf(w.paymentId)).toMatchObject([{ amount: 52_700, destination: w.stripeAccountId, source_transaction: intent.latest_charge }]);
      expect(await ledgerOf(app.prisma, w.paymentId)).toEqual({ payment: PARTNER_SPLIT, "payout PARTNER": payout("PARTNER_PAYABLE", 52_700) });
      const entry = await app.prisma.ledgerEntry.findFirstOrThrow({ where: { paymentId: w.paymentId, account: "PARTNER_PAYABLE", kind: "PAYOUT" } });
      expect(entry).toMatchObject({ userId: w.partner.id, partnershipId: w.partnership.id });
      expect(await earnings(w.partner.token)).toMatchObject({ totalCents: 52_700, paidOutCents: 52_700, owedCents: 0 });
      // The mechanic's commission has no Stripe account to go to: still owed.
      expect(await earnings(w.mechanic.token)).toMatchObject({ totalCents: 6_200, paidOutCents: 0, owedCents: 6_200 });
      // The partnership's earnings stay what was earned.
      const partnership = await app.gql(`query ($id: ID!) { partnership(id: $id) { earnings { mechanicCommissionCents partnerShareCents } } }`, { id: w.partnership.id }, w.partner.token);
      expect(partnership.data!.partnership.earnings).toEqual({ mechanicCommissionCents: 6_200, partnerShareCents: 52_700 });
      expect(await app.prisma.auditLog.count({ where: { action: "payment.paid_out", entityId: w.paymentId, actorId: admin.id } })).toBe(1);
    });
  }

  it("two concurrent runs, in this process and in another, pay a due share once", async () => {
    const w = await paidPartnerRepair("NET_30");
    // Another server process: its own services and Stripe client on the same database.
    const audit = new AuditService(new AuditStore(app.prisma));
    const payees = new PayeeAccountStore(app.prisma, new PayeeProfileStore(app.prisma), new WorkshopStore(app.prisma));
    const stores = { transfers: new TransferStore(app.prisma), ledger: new LedgerStore(app.prisma), payees };
    const otherProcess = new PayoutService(stores, new PaymentMachine(audit, SETTLES_ONLY), audit, createStripeClient(app.config.stripe!));
    const asOf = daysFromNow(31);
    const [first, second, other] = await Promise.all([runDue(asOf), runDue(asOf), otherProcess.runDue(null, new Date(asOf))]);
    expect(first.transferCount + second.transferCount + other.transferCount).toBe(1);
    expect(first.amountCents + second.amountCents + other.amountCents).toBe(52_700);
    expect(await transfersOf(w.paymentId)).toHaveLength(1);
    expect(await app.prisma.transfer.count({ where: { paymentId: w.paymentId } })).toBe(1);
    expect(await ledgerOf(app.prisma, w.paymentId)).toEqual({ payment: PARTNER_SPLIT, "payout PARTNER": payout("PARTNER_PAYABLE", 52_700) });
  });

  it("a refund before the share is due is deducted from the payout; one after it reverses the payout", async () => {
    const w = await paidPartnerRepair("NET_30");
    // Half the payment back: the partner gives back half its $527, the mechanic half the $62
    // commission, the platform half its net $31 ($93 fee less the commission).
    await app.gql(REFUND, { k: randomUUID(), p: w.paymentId, a: 31_000 }, admin.token);
    expect(await runDue(daysFromNow(31))).toMatchObject({ transferCount: 1, amountCents: 26_350 });
    expect(await earnings(w.partner.token)).toMatchObject({ totalCents: 26_350, paidOutCents: 26_350, owedCents: 0 });

    await app.gql(REFUND, { k: randomUUID(), p: w.paymentId }, admin.token);
    expect(await ledgerOf(app.prisma, w.paymentId)).toEqual({
      payment: PARTNER_SPLIT,
      "refund 1": { "PLATFORM_CASH/REFUND": 31_000, "PLATFORM_REVENUE/REFUND": -1_550, "MECHANIC_PAYABLE/REFUND": -3_100, "PARTNER_PAYABLE/REFUND": -26_350 },
      "payout PARTNER": payout("PARTNER_PAYABLE", 26_350),
      "refund 2": { "PLATFORM_CASH/REFUND": 31_000, "PLATFORM_REVENUE/REFUND": -1_550, "MECHANIC_PAYABLE/REFUND": -3_100, "PARTNER_PAYABLE/REFUND": -26_350 },
      "reversal 2 PARTNER": payout("PARTNER_PAYABLE", -26_350),
    });
    expect(await earnings(w.partner.token)).toMatchObject({ totalCents: 0, paidOutCents: 0, owedCents: 0 });
    expect(await transfersOf(w.paymentId)).toMatchObject([{ amount: 26_350, amount_reversed: 26_350 }]);
  });
});

describe("payees who cannot take payouts yet", () => {
  it("stay owed, and are paid by the next run once Stripe enables their payouts", async () => {
    const w = await paidPartnerRepair("IMMEDIATE", { payoutsEnabled: false });
    expect(await runDue(daysFromNow(90))).toMatchObject({ transferCount: 0 });
    expect(await earnings(w.partner.token)).toMatchObject({ totalCents: 52_700, paidOutCents: 0, owedCents: 52_700 });

    stripe.accounts.set(w.stripeAccountId, { id: w.stripeAccountId, object: "account", payouts_enabled: true, charges_enabled: true });
    expect((await payments.webhook("account.updated", { id: w.stripeAccountId, object: "account" })).status).toBe(200);
    expect(await runDue(new Date().toISOString())).toMatchObject({ transferCount: 1, amountCents: 52_700 });
    expect(await ledgerOf(app.prisma, w.paymentId)).toEqual({ payment: PARTNER_SPLIT, "payout PARTNER": payout("PARTNER_PAYABLE", 52_700) });
  });

  it("a mechanic and a workshop enabled later are paid; a mechanic banned in the meantime is not", async () => {
    const later = await paidDiagnostic({ payoutsEnabled: false });
    const banned = await paidDiagnostic({ payoutsEnabled: false });
    const repair = await paidRepairOfWorkshopWithoutPayouts();
    expect(await runDue(daysFromNow(1))).toMatchObject({ transferCount: 0 });
    expect(await earnings(repair.workshop.advisor.token)).toEqual({
      totalCents: 108_000,
      paidOutCents: 0,
      owedCents: 108_000,
      withheldCents: 0,
      byKind: [{ kind: "WORKSHOP_SHARE", amountCents: 108_000 }],
    });

    await app.prisma.mechanicProfile.updateMany({ where: { userId: { in: [later.mechanic.id, banned.mechanic.id] } }, data: { payoutsEnabled: true } });
    await app.prisma.mechanicProfile.update({ where: { userId: banned.mechanic.id }, data: { earningsWithheld: true } });
    await app.prisma.workshop.update({ where: { id: repair.workshop.id }, data: { payoutsEnabled: true } });

    expect(await runDue(new Date().toISOString())).toMatchObject({ transferCount: 2, amountCents: 110_250, failedCount: 0 });
    expect((await ledgerOf(app.prisma, later.paymentId))["payout MECHANIC"]).toEqual(payout("MECHANIC_PAYABLE", 2_250));
    expect((await ledgerOf(app.prisma, repair.paymentId))["payout WORKSHOP"]).toEqual(payout("WORKSHOP_PAYABLE", 108_000));
    expect(await earnings(repair.workshop.advisor.token)).toMatchObject({ totalCents: 108_000, paidOutCents: 108_000, owedCents: 0 });
    expect(Object.keys(await ledgerOf(app.prisma, banned.paymentId))).toEqual(["payment"]);
    expect(await transfersOf(banned.paymentId)).toEqual([]);
  });
});

describe("a banned mechanic's unpaid earnings", () => {
  const SEND = `mutation ($s: ID!, $b: String!) { sendMessage(sessionId: $s, body: $b) { flagged } }`;
  const REVIEW = `mutation ($id: ID!) { reviewViolation(id: $id, decision: DISMISS) { status } }`;

  /** Three flagged messages: the third offence is a permanent ban. */
  async function ban(mechanic: CreatedUser) {
    const customer = await createCustomer(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
    for (let i = 0; i < 3; i++) {
      expect((await app.gql(SEND, { s: session.id, b: "text me on 415 555 0199" }, mechanic.token)).data!.sendMessage.flagged).toBe(true);
      if (i < 2) await liftSuspension(app, mechanic.id);
    }
    expect(await app.prisma.user.findUniqueOrThrow({ where: { id: mechanic.id } })).toMatchObject({ status: "BANNED" });
  }

  it("move to WITHHELD when the ban lands, and back to owed, then paid, when an admin dismisses it", async () => {
    const { mechanic, paymentId } = await paidDiagnostic({ payoutsEnabled: false });
    const owed = { totalCents: 2_250, paidOutCents: 0, owedCents: 2_250, withheldCents: 0 };
    expect(await earnings(mechanic.token)).toMatchObject(owed);

    await ban(mechanic);
    await app.prisma.mechanicProfile.update({ where: { userId: mechanic.id }, data: { payoutsEnabled: true } });
    const withheld = await app.prisma.ledgerEntry.findMany({ where: { paymentId, kind: "WITHHOLDING" }, select: { account: true, amountCents: true } });
    expect(withheld).toEqual(
      expect.arrayContaining([
        { account: "MECHANIC_PAYABLE", amountCents: -2_250 },
        { account: "WITHHELD", amountCents: 2_250 },
      ]),
    );
    expect(withheld).toHaveLength(2);
    expect(await runDue(new Date().toISOString())).toMatchObject({ transferCount: 0 });

    // The ban is the third offence's penalty: dismissing that flag lifts the ban and gives the money back.
    const third = await app.prisma.contactViolation.findFirstOrThrow({ where: { offenderId: mechanic.id, penalty: { is: { kind: "PERMANENT_BAN" } } } });
    expect((await app.gql(REVIEW, { id: third.id }, admin.token)).data!.reviewViolation.status).toBe("DISMISSED");
    await liftSuspension(app, mechanic.id);
    expect(await earnings(mechanic.token)).toMatchObject(owed);
    expect(await runDue(new Date().toISOString())).toMatchObject({ transferCount: 1, amountCents: 2_250 });
    expect(await earnings(mechanic.token)).toMatchObject({ totalCents: 2_250, paidOutCents: 2_250, owedCents: 0, withheldCents: 0 });
  });
});

describe("who may run payouts", () => {
  it("admins only; each run is audited", async () => {
    const mechanic = await createMechanic(app);
    const customer = await createCustomer(app);
    const w = await partnerWorld(app, admin);
    const workshop = await createMatchableWorkshop(app);
    for (const token of [mechanic.token, customer.token, w.partner.token, workshop.advisor.token, undefined]) {
      const denied = await app.gql(RUN_DUE, {}, token);
      expect(denied.errors?.[0]?.extensions?.code).toBe(token ? "FORBIDDEN" : "UNAUTHENTICATED");
    }
    const before = await app.prisma.auditLog.count({ where: { action: "payouts.run" } });
    const run = await app.gql(RUN_DUE, {}, admin.token);
    expect(run.data!.runDuePayouts).toMatchObject({ transferCount: 0, amountCents: 0, failedCount: 0 });
    const audit = await app.prisma.auditLog.findMany({ where: { action: "payouts.run" }, orderBy: { createdAt: "asc" } });
    expect(audit).toHaveLength(before + 1);
    expect(audit.at(-1)).toMatchObject({ actorId: admin.id, actorRole: "ADMIN", entityType: "PayoutRun", data: { transferCount: 0, amountCents: 0, failedCount: 0 } });
  });

  it("an admin's run lists the transfers Stripe refused, and why, in its audit row; they stay owed", async () => {
    const owed = await paidDiagnostic({ payoutsEnabled: false });
    await app.prisma.mechanicProfile.update({ where: { userId: owed.mechanic.id }, data: { payoutsEnabled: true } });
    stripe.failNext("POST /v1/transfers", "unavailable", 3); // every attempt the SDK makes
    const run = await app.gql(RUN_DUE, { asOf: new Date().toISOString() }, admin.token);
    expect(run.data!.runDuePayouts.failedCount).toBeGreaterThanOrEqual(1);
    const audit = await app.prisma.auditLog.findFirstOrThrow({ where: { action: "payouts.run", actorId: admin.id }, orderBy: { createdAt: "desc" } });
    const { failures } = audit.data as { failures: { transferId: string; message: string }[] };
    expect(failures).toHaveLength(run.data!.runDuePayouts.failedCount);
    expect(failures[0]).toEqual({ transferId: expect.any(String), message: expect.stringMatching(/\S/) });
    expect(await earnings(owed.mechanic.token)).toMatchObject({ paidOutCents: 0, owedCents: 2_250 });
    expect(await runDue(new Date().toISOString())).toMatchObject({ failedCount: 0 });
  });

  it("earnings over a window whose start is after its end: BAD_USER_INPUT on from, as adminMetrics answers", async () => {
    const mechanic = await createMechanic(app);
    const swapped = { from: "2030-01-01T00:00:00Z", to: "2020-01-01T00:00:00Z" };
    const read = await app.gql(`query ($from: DateTimeISO, $to: DateTimeISO) { earnings(from: $from, to: $to) { totalCents } }`, swapped, mechanic.token);
    expect(read.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "from" });
    const metrics = await app.gql(`query ($from: DateTimeISO!, $to: DateTimeISO!) { adminMetrics(from: $from, to: $to) { __typename } }`, swapped, admin.token);
    expect(metrics.errors?.[0]?.message).toBe(read.errors?.[0]?.message);
    // Either end alone is still an open window.
    expect((await app.gql(`{ earnings(from: "2020-01-01T00:00:00Z") { totalCents } }`, {}, mechanic.token)).errors).toBeUndefined();
  });

  it("customers cannot read earnings", async () => {
    const customer = await createCustomer(app);
    expect((await app.gql(EARNINGS, {}, customer.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("the payout timer", () => {
  it("pays what fell due without an admin, and stops cleanly with the server", async () => {
    const timed = await startPaymentsTestApp({ PAYOUT_INTERVAL_SECONDS: "1" });
    try {
      const customer = await createCustomer(timed.app);
      const mechanic = await createMechanic(timed.app);
      await timed.app.prisma.mechanicProfile.update({ where: { userId: mechanic.id }, data: { stripeAccountId: "acct_timer_1", payoutsEnabled: false } });
      const session = await createSession(timed.app, { customerId: customer.id, mechanicId: mechanic.id, status: "COMPLETED", paid: false });
      const pay = await timed.app.gql(`mutation ($s: ID!) { payDiagnostic(sessionId: $s, idempotencyKey: "timer-diag-1") { paymentId } }`, { s: session.id }, customer.token);
      await timed.confirmPayment(pay.data!.payDiagnostic.paymentId);
      await timed.app.prisma.mechanicProfile.update({ where: { userId: mechanic.id }, data: { payoutsEnabled: true } });

      await waitUntil(async () => (await timed.app.prisma.ledgerEntry.count({ where: { kind: "PAYOUT" } })) === 2, 10_000, "the timer's payout");
      expect(await timed.app.prisma.auditLog.count({ where: { action: "payment.paid_out", actorId: null } })).toBe(1);
    } finally {
      await timed.close();
    }
  });
});
