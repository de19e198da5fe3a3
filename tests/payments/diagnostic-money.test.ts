import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { bookDiagnostic, CLAIM, COMPLETE, payForDiagnostic, START } from "../factories/diagnostics.ts";
import { createCustomer, createMechanic, createSession, createVehicle, type CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import type { FakeStripe } from "../support/fake-stripe.ts";
import { ledgerOf as ledgerOfPayment, unbalancedTransactions } from "../support/ledger.ts";
import { startPaymentsTestApp, type PaymentsTestApp } from "../support/payments-app.ts";

/**
 * The $25 diagnostic's money, whatever the order of booking, payment, claim and Stripe's events:
 * the mechanic who does the diagnostic is credited 90% (2250c) exactly once, and the ledger
 * balances after every test.
 */
/** Not the default (30): the no-show tests show the configured time is the one applied. */
const NO_SHOW_MINUTES = 45;
let payments: PaymentsTestApp;
let app: TestApp;
let stripe: FakeStripe;
beforeAll(async () => {
  payments = await startPaymentsTestApp({ MECHANIC_NO_SHOW_MINUTES: String(NO_SHOW_MINUTES) });
  ({ app, stripe } = payments);
});
afterAll(() => payments.close());
afterEach(async () => {
  expect(await unbalancedTransactions(app.prisma)).toEqual([]);
});

const PAY_DIAGNOSTIC = `mutation ($s: ID!, $k: String!) { payDiagnostic(sessionId: $s, idempotencyKey: $k) { paymentId amountCents status } }`;

const ledgerOf = (paymentId: string) => ledgerOfPayment(app.prisma, paymentId);

/** What the payment's entries leave on each account (all transactions together). */
async function balances(paymentId: string): Promise<Record<string, number>> {
  const rows = await app.prisma.ledgerEntry.groupBy({ by: ["account"], where: { paymentId }, _sum: { amountCents: true }, orderBy: { account: "asc" } });
  return Object.fromEntries(rows.filter((r) => (r._sum.amountCents ?? 0) !== 0).map((r) => [r.account, r._sum.amountCents ?? 0]));
}

/** A customer books a diagnostic and pays it at booking; Stripe confirms it. */
async function bookedAndPaid(key: string) {
  const customer = await createCustomer(app);
  const session = await createSession(app, { customerId: customer.id });
  const pay = await app.gql(PAY_DIAGNOSTIC, { s: session.id, k: key }, customer.token);
  expect(pay.errors).toBeUndefined();
  const payment = await app.prisma.payment.findUniqueOrThrow({ where: { id: pay.data!.payDiagnostic.paymentId } });
  const intent = stripe.confirm(payment.stripePaymentIntentId!);
  const first = await payments.webhook("payment_intent.succeeded", intent, `evt_${key}`);
  expect(first.status).toBe(200);
  return { customer, session, payment, intent, eventId: `evt_${key}` };
}

describe("idempotency keys do not depend on state that changes after the event", () => {
  it("paid at booking, claimed afterwards: a second success event for the intent books nothing again", async () => {
    const { session, payment, intent } = await bookedAndPaid("diag-key-c-1");
    const mechanic = await createMechanic(app);
    expect((await app.gql(CLAIM, { id: session.id }, mechanic.token)).errors).toBeUndefined();
    await completeAs(mechanic, session.id);

    const before = await ledgerOf(payment.id);
    // Another event about the same PaymentIntent (Stripe sends several, and in any order).
    expect((await payments.webhook("payment_intent.succeeded", intent, "evt_diag-key-c-1-again")).status).toBe(200);
    expect(await ledgerOf(payment.id)).toEqual(before);
    expect((await balances(payment.id)).PLATFORM_CASH).toBe(-2500);
  });

  it("a redelivery of the same event after an interrupted first delivery books nothing again", async () => {
    const { session, payment, intent, eventId } = await bookedAndPaid("diag-key-c-2");
    const mechanic = await createMechanic(app);
    await app.gql(CLAIM, { id: session.id }, mechanic.token);
    const before = await ledgerOf(payment.id);
    // The first delivery booked the split but its answer never reached Stripe: the event is not marked processed.
    await app.prisma.stripeEvent.update({ where: { id: eventId }, data: { processedAt: null } });
    const again = await payments.webhook("payment_intent.succeeded", intent, eventId);
    expect(again).toMatchObject({ status: 200, body: { received: true } });
    expect(again.body.duplicate).toBeUndefined();
    expect(await ledgerOf(payment.id)).toEqual(before);
    // Processed this time: marked, stored still once, and the next delivery of it is a duplicate.
    expect(await app.prisma.stripeEvent.findMany({ where: { id: eventId }, select: { processedAt: true } })).toEqual([{ processedAt: expect.any(Date) }]);
    expect(await payments.webhook("payment_intent.succeeded", intent, eventId)).toMatchObject({ status: 200, body: { received: true, duplicate: true } });
  });

  it("every line of the split is keyed by the payment and its purpose, never by its payee", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "COMPLETED", paid: false });
    const pay = await app.gql(PAY_DIAGNOSTIC, { s: session.id, k: "diag-key-c-3" }, customer.token);
    const payment = await app.prisma.payment.findUniqueOrThrow({ where: { id: pay.data!.payDiagnostic.paymentId } });
    await payments.webhook("payment_intent.succeeded", stripe.confirm(payment.stripePaymentIntentId!));
    const keys = await app.prisma.ledgerEntry.findMany({ where: { paymentId: payment.id }, select: { idempotencyKey: true }, orderBy: { idempotencyKey: "asc" } });
    expect(keys.map((k) => k.idempotencyKey.replace(payment.id, "<payment>"))).toEqual(["payment:<payment>:cash", "payment:<payment>:mechanic-share", "payment:<payment>:platform-fee"]);
  });
});

const OPEN_REQUESTS = `query { openSessionRequests(first: 100) { nodes { id } } }`;
const CANCEL = `mutation ($id: ID!) { cancelSession(id: $id, reason: "Found a shop nearby") { id status } }`;
const RESOLVE = `mutation ($id: ID!, $choice: MechanicAbsenceChoice!) { resolveMechanicAbsence(sessionId: $id, choice: $choice) { id status mechanic { id } } }`;

async function completeAs(mechanic: CreatedUser, sessionId: string) {
  for (const [query, variables] of [
    [START, { id: sessionId }],
    [COMPLETE, { id: sessionId, input: { diagnosis: "Worn pads", recommendedServices: ["brakes"] } }],
  ] as const) {
    const result = await app.gql(query, variables, mechanic.token);
    expect(result.errors).toBeUndefined();
  }
}

/** What each mechanic was credited on the payment (owed or withheld), net of everything. */
async function mechanicCredits(paymentId: string): Promise<Record<string, number>> {
  const rows = await app.prisma.ledgerEntry.groupBy({
    by: ["userId"],
    where: { paymentId, account: { in: ["MECHANIC_PAYABLE", "WITHHELD"] } },
    _sum: { amountCents: true },
    orderBy: { userId: "asc" },
  });
  return Object.fromEntries(rows.filter((r) => (r._sum.amountCents ?? 0) !== 0).map((r) => [r.userId ?? "nobody", r._sum.amountCents ?? 0]));
}

const openIds = async (mechanic: CreatedUser) => ((await app.gql(OPEN_REQUESTS, {}, mechanic.token)).data!.openSessionRequests.nodes as { id: string }[]).map((n) => n.id);

/** Stripe sends the success event again (a new delivery) and an older one out of order. */
async function replayStripe(paymentId: string) {
  const payment = await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } });
  const intent = stripe.paymentIntents.get(payment.stripePaymentIntentId!)!;
  expect((await payments.webhook("payment_intent.succeeded", intent)).status).toBe(200);
  expect((await payments.webhook("payment_intent.created", { ...intent, status: "requires_payment_method" })).status).toBe(200);
}

/** A customer with a vehicle, and a diagnostic booked through the API. */
async function booked() {
  const customer = await createCustomer(app);
  const vehicle = await createVehicle(app, customer.id);
  const sessionId = await bookDiagnostic(app, customer, vehicle.id);
  return { customer, sessionId };
}

const HELD_SPLIT = { "PLATFORM_CASH/PAYMENT_RECEIVED": -2_500, "PLATFORM_REVENUE/PLATFORM_FEE": 250, "DIAGNOSTIC_CLEARING/DIAGNOSTIC_FEE": 2_250 };
const earnedBy = () => ({ "DIAGNOSTIC_CLEARING/DIAGNOSTIC_FEE": -2_250, "MECHANIC_PAYABLE/DIAGNOSTIC_FEE": 2_250 });

/**
 * A reassigned session: a new mechanic finds it open, claims and completes it, and (Stripe's
 * events replayed) is the only one credited the $22.50, booked once.
 */
async function anotherMechanicCompletes(sessionId: string, paymentId: string) {
  const second = await createMechanic(app);
  expect(await openIds(second)).toContain(sessionId);
  expect((await app.gql(CLAIM, { id: sessionId }, second.token)).errors).toBeUndefined();
  await completeAs(second, sessionId);
  await replayStripe(paymentId);
  expect(await mechanicCredits(paymentId)).toEqual({ [second.id]: 2_250 });
  expect(await ledgerOf(paymentId)).toEqual({ payment: HELD_SPLIT, "diagnostic-earned": earnedBy() });
}

describe("pay before service: the mechanic who does the diagnostic is credited 2250c exactly once", () => {
  it("book, pay, claim, complete: the share is held at payment and earned at completion", async () => {
    const { customer, sessionId } = await booked();
    const paymentId = await payForDiagnostic(payments, customer, sessionId);
    expect(await ledgerOf(paymentId)).toEqual({ payment: HELD_SPLIT });
    const mechanic = await createMechanic(app);
    expect(await openIds(mechanic)).toContain(sessionId);
    expect((await app.gql(CLAIM, { id: sessionId }, mechanic.token)).errors).toBeUndefined();
    await completeAs(mechanic, sessionId);
    expect(await ledgerOf(paymentId)).toEqual({ payment: HELD_SPLIT, "diagnostic-earned": earnedBy() });
    expect(await mechanicCredits(paymentId)).toEqual({ [mechanic.id]: 2_250 });

    await replayStripe(paymentId);
    expect(await ledgerOf(paymentId)).toEqual({ payment: HELD_SPLIT, "diagnostic-earned": earnedBy() });
  });

  it("book, then a claim before payment: refused like a claim of a request that is not open, and not among the open requests", async () => {
    const { customer, sessionId } = await booked();
    const mechanic = await createMechanic(app);
    expect(await openIds(mechanic)).not.toContain(sessionId);
    const early = await app.gql(CLAIM, { id: sessionId }, mechanic.token);
    expect(early.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await app.prisma.diagnosticSession.findUniqueOrThrow({ where: { id: sessionId } })).status).toBe("REQUESTED");

    const paymentId = await payForDiagnostic(payments, customer, sessionId);
    expect(await openIds(mechanic)).toContain(sessionId);
    expect((await app.gql(CLAIM, { id: sessionId }, mechanic.token)).errors).toBeUndefined();
    await completeAs(mechanic, sessionId);
    expect(await mechanicCredits(paymentId)).toEqual({ [mechanic.id]: 2_250 });
  });

  it("pay, cancel before a mechanic claims: the whole $25 comes back, and nothing is owed to anyone", async () => {
    const { customer, sessionId } = await booked();
    const paymentId = await payForDiagnostic(payments, customer, sessionId);
    expect((await app.gql(CANCEL, { id: sessionId }, customer.token)).data!.cancelSession.status).toBe("CANCELLED");

    expect(await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ status: "REFUNDED", refundedCents: 2_500 });
    const intentId = (await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).stripePaymentIntentId;
    expect([...stripe.refunds.values()].filter((r) => r.payment_intent === intentId)).toMatchObject([{ amount: 2_500 }]);
    expect(await ledgerOf(paymentId)).toEqual({
      payment: HELD_SPLIT,
      "refund 1": { "PLATFORM_CASH/REFUND": 2_500, "PLATFORM_REVENUE/REFUND": -250, "DIAGNOSTIC_CLEARING/REFUND": -2_250 },
    });
    await replayStripe(paymentId);
    expect(Object.keys(await ledgerOf(paymentId))).toEqual(["payment", "refund 1"]);
    expect(await mechanicCredits(paymentId)).toEqual({});
  });

  it("cancel while the payment is still on its way, then it succeeds: refunded in full automatically, once", async () => {
    const { customer, sessionId } = await booked();
    const pay = await app.gql(PAY_DIAGNOSTIC, { s: sessionId, k: `late-${sessionId}` }, customer.token);
    const paymentId = pay.data!.payDiagnostic.paymentId as string;
    // Cancelled before Stripe confirmed anything: nothing to refund yet.
    expect((await app.gql(CANCEL, { id: sessionId }, customer.token)).data!.cancelSession.status).toBe("CANCELLED");
    expect(await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ status: "REQUIRES_PAYMENT_METHOD", refundedCents: 0 });

    // The customer's card goes through anyway (the intent was already on the checkout page).
    await payments.confirmPayment(paymentId);
    expect(await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ status: "REFUNDED", refundedCents: 2_500 });
    const intentId = (await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).stripePaymentIntentId;
    expect([...stripe.refunds.values()].filter((r) => r.payment_intent === intentId)).toMatchObject([{ amount: 2_500, metadata: { refundId: expect.any(String) } }]);
    expect(await ledgerOf(paymentId)).toEqual({
      payment: HELD_SPLIT,
      "refund 1": { "PLATFORM_CASH/REFUND": 2_500, "PLATFORM_REVENUE/REFUND": -250, "DIAGNOSTIC_CLEARING/REFUND": -2_250 },
    });
    const audit = await app.prisma.auditLog.findMany({ where: { entityType: "Payment", entityId: paymentId, action: "payment.refunded" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: null, data: expect.objectContaining({ source: "session-cancelled" }) });

    // Stripe's events again (redelivered, and the refund's own): nothing more.
    await replayStripe(paymentId);
    await payments.webhook(
      "refund.created",
      [...stripe.refunds.values()].find((r) => r.payment_intent === intentId)!,
    );
    expect(Object.keys(await ledgerOf(paymentId))).toEqual(["payment", "refund 1"]);
    expect([...stripe.refunds.values()].filter((r) => r.payment_intent === intentId)).toHaveLength(1);
  });

  it("pay, claim, suspension, reassignment, completion: the second mechanic is credited, the first not", async () => {
    const { customer, sessionId } = await booked();
    const paymentId = await payForDiagnostic(payments, customer, sessionId);
    const first = await createMechanic(app);
    await app.gql(CLAIM, { id: sessionId }, first.token);
    await app.gql(START, { id: sessionId }, first.token);

    // Not while the mechanic is in good standing.
    expect((await app.gql(RESOLVE, { id: sessionId, choice: "REASSIGN" }, customer.token)).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    await app.prisma.user.update({ where: { id: first.id }, data: { status: "SUSPENDED", suspendedUntil: new Date(Date.now() + 7 * 86_400_000) } });
    const resolved = await app.gql(RESOLVE, { id: sessionId, choice: "REASSIGN" }, customer.token);
    expect(resolved.data!.resolveMechanicAbsence).toEqual({ id: sessionId, status: "REQUESTED", mechanic: null });
    expect(await app.prisma.auditLog.count({ where: { entityId: sessionId, action: "session.reassigned" } })).toBe(1);

    await anotherMechanicCompletes(sessionId, paymentId);
  });

  it("pay, claim, suspension, refund: the session is cancelled, the $25 refunded, no mechanic credited", async () => {
    const { customer, sessionId } = await booked();
    const paymentId = await payForDiagnostic(payments, customer, sessionId);
    const mechanic = await createMechanic(app);
    await app.gql(CLAIM, { id: sessionId }, mechanic.token);
    await app.prisma.user.update({ where: { id: mechanic.id }, data: { status: "SUSPENDED", suspendedUntil: new Date(Date.now() + 7 * 86_400_000) } });
    const stranger = await createCustomer(app);
    expect((await app.gql(RESOLVE, { id: sessionId, choice: "REFUND" }, stranger.token)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    const resolved = await app.gql(RESOLVE, { id: sessionId, choice: "REFUND" }, customer.token);
    expect(resolved.data!.resolveMechanicAbsence.status).toBe("CANCELLED");
    expect(await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ status: "REFUNDED", refundedCents: 2_500 });
    await replayStripe(paymentId);
    expect(await ledgerOf(paymentId)).toEqual({
      payment: HELD_SPLIT,
      "refund 1": { "PLATFORM_CASH/REFUND": 2_500, "PLATFORM_REVENUE/REFUND": -250, "DIAGNOSTIC_CLEARING/REFUND": -2_250 },
    });
    expect(await mechanicCredits(paymentId)).toEqual({});
    expect(await app.prisma.auditLog.count({ where: { entityId: sessionId, action: "session.refunded_after_suspension" } })).toBe(1);
  });

  it("completed before the split was booked (the success event late): the split credits the mechanic directly, once", async () => {
    const { customer, sessionId } = await booked();
    const pay = await app.gql(PAY_DIAGNOSTIC, { s: sessionId, k: `diag-late-${sessionId}` }, customer.token);
    const paymentId = pay.data!.payDiagnostic.paymentId as string;
    const payment = await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } });
    // Stripe has the money and the payment says so (a sync that crashed before booking), but no event has settled it.
    const intent = stripe.confirm(payment.stripePaymentIntentId!);
    await app.prisma.payment.update({ where: { id: paymentId }, data: { status: "SUCCEEDED" } });
    const mechanic = await createMechanic(app);
    await app.gql(CLAIM, { id: sessionId }, mechanic.token);
    await completeAs(mechanic, sessionId);
    expect(await ledgerOf(paymentId)).toEqual({});

    // The events arrive now, twice and concurrently.
    await Promise.all([payments.webhook("payment_intent.succeeded", intent), payments.webhook("payment_intent.succeeded", intent)]);
    expect(await ledgerOf(paymentId)).toEqual({ payment: { "PLATFORM_CASH/PAYMENT_RECEIVED": -2_500, "PLATFORM_REVENUE/PLATFORM_FEE": 250, "MECHANIC_PAYABLE/DIAGNOSTIC_FEE": 2_250 } });
    expect(await mechanicCredits(paymentId)).toEqual({ [mechanic.id]: 2_250 });
  });

  it("completion racing duplicated success events credits the mechanic once", async () => {
    const { customer, sessionId } = await booked();
    const paymentId = await payForDiagnostic(payments, customer, sessionId);
    const mechanic = await createMechanic(app);
    await app.gql(CLAIM, { id: sessionId }, mechanic.token);
    await app.gql(START, { id: sessionId }, mechanic.token);
    await Promise.all([app.gql(COMPLETE, { id: sessionId, input: { diagnosis: "Worn pads", recommendedServices: ["brakes"] } }, mechanic.token), replayStripe(paymentId), replayStripe(paymentId)]);
    expect(await mechanicCredits(paymentId)).toEqual({ [mechanic.id]: 2_250 });
    expect(await ledgerOf(paymentId)).toEqual({ payment: HELD_SPLIT, "diagnostic-earned": earnedBy() });
  });

  describe("a mechanic's no-show: claimed and not started within MECHANIC_NO_SHOW_MINUTES", () => {
    /** The session was claimed `minutes` ago (a claim's time is the server's, so the test moves it back). */
    const claimedAgo = (sessionId: string, minutes: number) => app.prisma.diagnosticSession.update({ where: { id: sessionId }, data: { acceptedAt: new Date(Date.now() - minutes * 60_000) } });
    const codeOf = (response: { errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }) => response.errors?.[0]?.extensions?.code;

    it("not before the configured time, nor once the mechanic has started: CONFLICT, and nothing moves", async () => {
      const { customer, sessionId } = await booked();
      const paymentId = await payForDiagnostic(payments, customer, sessionId);
      const mechanic = await createMechanic(app);
      await app.gql(CLAIM, { id: sessionId }, mechanic.token);
      // Past the default 30 minutes, within the configured 45.
      await claimedAgo(sessionId, 31);
      for (const choice of ["REASSIGN", "REFUND"]) expect(codeOf(await app.gql(RESOLVE, { id: sessionId, choice }, customer.token))).toBe("CONFLICT");
      // Started late is still started: the customer waits for the diagnosis (or cancels).
      await claimedAgo(sessionId, NO_SHOW_MINUTES + 10);
      expect((await app.gql(START, { id: sessionId }, mechanic.token)).errors).toBeUndefined();
      expect(codeOf(await app.gql(RESOLVE, { id: sessionId, choice: "REFUND" }, customer.token))).toBe("CONFLICT");
      expect(await app.prisma.diagnosticSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({ status: "IN_PROGRESS", mechanicId: mechanic.id });
      expect(await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ status: "SUCCEEDED", refundedCents: 0 });
      // Audited: the request, the claim and the start; no absence was resolved.
      expect(await app.prisma.auditLog.count({ where: { entityId: sessionId, action: { startsWith: "session.", notIn: ["session.requested", "session.claimed", "session.started"] } } })).toBe(0);
    });

    it("reassign: back to the open requests; the mechanic who completes it is credited once, the no-show never", async () => {
      const { customer, sessionId } = await booked();
      const paymentId = await payForDiagnostic(payments, customer, sessionId);
      const noShow = await createMechanic(app);
      await app.gql(CLAIM, { id: sessionId }, noShow.token);
      await claimedAgo(sessionId, NO_SHOW_MINUTES + 1);
      const stranger = await createCustomer(app);
      expect(codeOf(await app.gql(RESOLVE, { id: sessionId, choice: "REASSIGN" }, stranger.token))).toBe("NOT_FOUND");

      const resolved = await app.gql(RESOLVE, { id: sessionId, choice: "REASSIGN" }, customer.token);
      expect(resolved.errors).toBeUndefined();
      expect(resolved.data!.resolveMechanicAbsence).toEqual({ id: sessionId, status: "REQUESTED", mechanic: null });
      expect(await app.prisma.auditLog.findMany({ where: { entityId: sessionId, action: "session.reassigned" }, select: { actorId: true, data: true } })).toEqual([
        { actorId: customer.id, data: expect.objectContaining({ from: "ACCEPTED", to: "REQUESTED", absence: "NO_SHOW", absentMechanicId: noShow.id }) },
      ]);
      // The same customer cannot resolve it twice, and the no-show can no longer start it.
      expect(codeOf(await app.gql(RESOLVE, { id: sessionId, choice: "REFUND" }, customer.token))).toBe("CONFLICT");
      expect(codeOf(await app.gql(START, { id: sessionId }, noShow.token))).toBe("NOT_FOUND");

      await anotherMechanicCompletes(sessionId, paymentId);
      expect(await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ status: "SUCCEEDED", refundedCents: 0 });
    });

    it("refund: the session is cancelled and the $25 refunded in full, once; no mechanic credited", async () => {
      const { customer, sessionId } = await booked();
      const paymentId = await payForDiagnostic(payments, customer, sessionId);
      const noShow = await createMechanic(app);
      await app.gql(CLAIM, { id: sessionId }, noShow.token);
      await claimedAgo(sessionId, NO_SHOW_MINUTES + 1);

      const resolved = await app.gql(RESOLVE, { id: sessionId, choice: "REFUND" }, customer.token);
      expect(resolved.errors).toBeUndefined();
      expect(resolved.data!.resolveMechanicAbsence.status).toBe("CANCELLED");
      expect(await app.prisma.diagnosticSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({ cancelReason: expect.stringContaining("did not start") });
      expect(await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ status: "REFUNDED", refundedCents: 2_500 });
      // Asked again, and Stripe's events replayed: no second refund.
      expect(codeOf(await app.gql(RESOLVE, { id: sessionId, choice: "REFUND" }, customer.token))).toBe("CONFLICT");
      await replayStripe(paymentId);
      const intentId = (await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).stripePaymentIntentId;
      expect([...stripe.refunds.values()].filter((r) => r.payment_intent === intentId)).toMatchObject([{ amount: 2_500 }]);
      expect(await ledgerOf(paymentId)).toEqual({
        payment: HELD_SPLIT,
        "refund 1": { "PLATFORM_CASH/REFUND": 2_500, "PLATFORM_REVENUE/REFUND": -250, "DIAGNOSTIC_CLEARING/REFUND": -2_250 },
      });
      expect(await mechanicCredits(paymentId)).toEqual({});
      expect(await app.prisma.auditLog.findMany({ where: { entityId: sessionId, action: "session.refunded_after_no_show" }, select: { data: true } })).toEqual([
        { data: expect.objectContaining({ from: "ACCEPTED", to: "CANCELLED", absence: "NO_SHOW", absentMechanicId: noShow.id }) },
      ]);
      // The no-show can no longer start it.
      expect(codeOf(await app.gql(START, { id: sessionId }, noShow.token))).toBe("CONFLICT");
    });
  });
});
