// A diagnostic that stops being paid for (refunded in full, or a dispute lost) before its session
// was completed calls the session off: requested, claimed or started, it is cancelled by the
// system in the payment move's transaction with a reason both parties read, audited with the
// move's cause, once however often Stripe reports it, and its customer requests and pays a new
// one. A completed session keeps its refund as a refund. A start racing the refund never leaves
// a started session nobody pays for. A payment that never paid (an abandoned intent
// Stripe cancelled) leaves the request open and payable.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { bookDiagnostic, CLAIM, COMPLETE, PAY_DIAGNOSTIC, payForDiagnostic, START } from "../factories/diagnostics.ts";
import { createCustomer, createMechanic, createVehicle, type CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { refundSpec, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let app: TestApp;
let admin: CreatedUser;
refundSpec((world) => ({ payments, app, admin } = world));

const REFUND = `mutation ($p: ID!, $k: String!) { refundPayment(paymentId: $p, idempotencyKey: $k) { status refundedCents } }`;
const OPEN = `{ openSessionRequests(first: 100) { nodes { id } } }`;
const SESSION = `query ($id: ID!) { session(id: $id) { status cancelReason } }`;
const ROUNDS = 5;

/** A customer's request whose diagnostic they paid through the API and Stripe's fake. */
async function paidRequest() {
  const customer = await createCustomer(app);
  const sessionId = await bookDiagnostic(app, customer, (await createVehicle(app, customer.id)).id);
  const paymentId = await payForDiagnostic(payments, customer, sessionId);
  return { customer, sessionId, paymentId };
}

const sessionOf = (id: string) => app.prisma.diagnosticSession.findUniqueOrThrow({ where: { id }, select: { status: true, cancelReason: true, cancelledAt: true } });
const cancellationsOf = (sessionId: string) => app.prisma.auditLog.findMany({ where: { entityId: sessionId, action: "session.cancelled" } });
const openIds = async (mechanic: CreatedUser) => (await app.gql(OPEN, {}, mechanic.token)).data!.openSessionRequests.nodes.map((n: { id: string }) => n.id);

describe("a diagnostic refunded in full", () => {
  it("before a claim cancels the request with the refund, audited with its cause; the customer requests and pays a new one", async () => {
    const { customer, sessionId, paymentId } = await paidRequest();
    const mechanic = await createMechanic(app);
    expect((await app.gql(REFUND, { k: randomUUID(), p: paymentId }, admin.token)).data!.refundPayment.status).toBe("REFUNDED");

    expect(await sessionOf(sessionId)).toMatchObject({ status: "CANCELLED", cancelReason: "The diagnostic was refunded in full", cancelledAt: expect.any(Date) });
    const audit = await cancellationsOf(sessionId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.id, data: { move: "cancelUnpaid", from: "REQUESTED", to: "CANCELLED", cause: "REFUNDED_IN_FULL", paymentId, amountCents: 2_500 } });
    const again = await app.gql(PAY_DIAGNOSTIC, { s: sessionId, k: `again-${sessionId}` }, customer.token);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT" });

    const next = await bookDiagnostic(app, customer, (await createVehicle(app, customer.id)).id);
    const nextPayment = await payForDiagnostic(payments, customer, next);
    expect(nextPayment).not.toBe(paymentId);
    expect(await openIds(mechanic)).toContain(next);
  });

  it("after a claim, before the start, cancels the session: the mechanic it was taken from earns nothing", async () => {
    const { sessionId, paymentId } = await paidRequest();
    const mechanic = await createMechanic(app);
    expect((await app.gql(CLAIM, { id: sessionId }, mechanic.token)).data!.claimSession.status).toBe("ACCEPTED");
    await app.gql(REFUND, { k: randomUUID(), p: paymentId }, admin.token);

    expect((await sessionOf(sessionId)).status).toBe("CANCELLED");
    expect((await cancellationsOf(sessionId))[0]).toMatchObject({ data: { from: "ACCEPTED", cause: "REFUNDED_IN_FULL" } });
    expect(await app.prisma.ledgerEntry.count({ where: { paymentId, account: "MECHANIC_PAYABLE" } })).toBe(0);
    expect((await app.gql(START, { id: sessionId }, mechanic.token)).errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT" });
  });

  it("after the start cancels the started session too, with a reason both parties read; a completed one is left as it is", async () => {
    const started = await paidRequest();
    const mechanic = await createMechanic(app);
    await app.gql(CLAIM, { id: started.sessionId }, mechanic.token);
    await app.gql(START, { id: started.sessionId }, mechanic.token);
    expect((await app.gql(REFUND, { k: randomUUID(), p: started.paymentId }, admin.token)).data!.refundPayment.status).toBe("REFUNDED");
    const reason = { status: "CANCELLED", cancelReason: "The diagnostic was refunded in full" };
    expect(await sessionOf(started.sessionId)).toMatchObject(reason);
    expect(await app.gql(SESSION, { id: started.sessionId }, started.customer.token)).toMatchObject({ data: { session: reason } });
    expect(await app.gql(SESSION, { id: started.sessionId }, mechanic.token)).toMatchObject({ data: { session: reason } });
    expect((await cancellationsOf(started.sessionId))[0]).toMatchObject({ actorId: admin.id, data: { from: "IN_PROGRESS", to: "CANCELLED", cause: "REFUNDED_IN_FULL" } });
    expect(await app.prisma.ledgerEntry.count({ where: { paymentId: started.paymentId, account: "MECHANIC_PAYABLE" } })).toBe(0);

    const completed = await paidRequest();
    await app.prisma.diagnosticSession.update({ where: { id: completed.sessionId }, data: { status: "COMPLETED", mechanicId: mechanic.id, completedAt: new Date() } });
    expect((await app.gql(REFUND, { k: randomUUID(), p: completed.paymentId }, admin.token)).data!.refundPayment.status).toBe("REFUNDED");
    expect((await sessionOf(completed.sessionId)).status).toBe("COMPLETED");
    expect(await cancellationsOf(completed.sessionId)).toEqual([]);
  });

  it(`sent together with the mechanic's start (${ROUNDS} times): the session ends cancelled whichever commits first, and the customer pays a new one`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { customer, sessionId, paymentId } = await paidRequest();
      const mechanic = await createMechanic(app);
      await app.gql(CLAIM, { id: sessionId }, mechanic.token);
      const [started, refunded] = await Promise.all([app.gql(START, { id: sessionId }, mechanic.token), app.gql(REFUND, { k: randomUUID(), p: paymentId }, admin.token)]);

      expect(refunded.data!.refundPayment).toEqual({ status: "REFUNDED", refundedCents: 2_500 });
      if (started.errors) expect(started.errors[0]!.extensions).toMatchObject({ code: "CONFLICT" });
      else expect(started.data!.startSession.status).toBe("IN_PROGRESS");
      expect(await sessionOf(sessionId)).toMatchObject({ status: "CANCELLED", cancelReason: "The diagnostic was refunded in full" });
      const diagnosis = { diagnosis: "Worn pads", recommendedServices: ["brakes"] };
      expect((await app.gql(COMPLETE, { id: sessionId, input: diagnosis }, mechanic.token)).errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", status: "CANCELLED" });
      expect((await app.gql(PAY_DIAGNOSTIC, { s: sessionId, k: `again-${sessionId}` }, customer.token)).errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT" });
    }
  });

  it("in Stripe's Dashboard cancels the request once, however often Stripe reports the refund", async () => {
    const { sessionId, paymentId } = await paidRequest();
    const { stripePaymentIntentId } = await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } });
    const { refund, charge } = payments.stripe.refundInDashboard(stripePaymentIntentId!);
    const eventId = `evt_refunded_${sessionId}`;
    expect((await payments.webhook("charge.refunded", charge, eventId)).status).toBe(200);
    expect((await payments.webhook("charge.refunded", charge, eventId)).body).toEqual({ received: true, duplicate: true });
    expect((await payments.webhook("refund.created", refund)).status).toBe(200);

    expect((await sessionOf(sessionId)).status).toBe("CANCELLED");
    const audit = await cancellationsOf(sessionId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: null, data: { cause: "REFUNDED_IN_FULL", paymentId, source: "stripe", eventId } });
  });
});

describe("a diagnostic that never paid", () => {
  it("its intent cancelled by Stripe, leaves the request open: the customer pays it anew", async () => {
    const customer = await createCustomer(app);
    const sessionId = await bookDiagnostic(app, customer, (await createVehicle(app, customer.id)).id);
    const first = (await app.gql(PAY_DIAGNOSTIC, { s: sessionId, k: `first-${sessionId}` }, customer.token)).data!.payDiagnostic.paymentId as string;
    const { stripePaymentIntentId } = await app.prisma.payment.findUniqueOrThrow({ where: { id: first } });
    const intent = payments.stripe.paymentIntents.get(stripePaymentIntentId!)!;
    Object.assign(intent, { status: "canceled", cancellation_reason: "abandoned" });
    expect((await payments.webhook("payment_intent.canceled", { ...intent })).status).toBe(200);
    expect((await app.prisma.payment.findUniqueOrThrow({ where: { id: first } })).status).toBe("CANCELED");

    expect((await sessionOf(sessionId)).status).toBe("REQUESTED");
    const second = await payForDiagnostic(payments, customer, sessionId);
    expect(second).not.toBe(first);
    expect(await openIds(await createMechanic(app))).toContain(sessionId);
  });
});
