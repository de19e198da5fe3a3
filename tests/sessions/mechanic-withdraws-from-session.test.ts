// The assigned mechanic's cancelSession is a withdrawal: the session, claimed or started, goes back
// among the open requests, still paid (nothing refunded, nothing booked), as after the customer's
// REASSIGN, and that mechanic may never claim it again, so a claim-withdraw loop cannot hold a
// customer's request (before, each such cancel refunded the customer, who had to request and pay
// again, at no cost to the mechanic). The customer may still cancel it herself before another
// claim, refunded in full as a request never claimed; another mechanic may claim it. Each
// withdrawal is audited with the mechanic as actor: admins count them by action and actor.
import { describe, expect, it } from "vitest";
import { bookDiagnostic, CLAIM, payForDiagnostic, START } from "../factories/diagnostics.ts";
import { createCustomer, createMechanic, createVehicle, type CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { ledgerOf } from "../support/ledger.ts";
import { refundSpec, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let app: TestApp;
let admin: CreatedUser;
refundSpec((world) => ({ payments, app, admin } = world));

const CANCEL = `mutation ($id: ID!, $reason: String!) { cancelSession(id: $id, reason: $reason) { id status mechanic { id } } }`;
const OPEN = `query { openSessionRequests(first: 100) { nodes { id } } }`;
const WITHDRAWALS = `query ($actorId: ID!) { auditLog(filter: { action: "session.withdrawn_by_mechanic", actorId: $actorId }) { totalCount nodes { entityId data } } }`;
const REFUNDED_IN_FULL = { "PLATFORM_CASH/REFUND": 2_500, "PLATFORM_REVENUE/REFUND": -250, "DIAGNOSTIC_CLEARING/REFUND": -2_250 };

/** A customer's diagnostic, paid through the API, claimed by `mechanic` (and started when `started`). */
async function claimedSession(mechanic: CreatedUser, started = false): Promise<{ customer: CreatedUser; sessionId: string; paymentId: string }> {
  const customer = await createCustomer(app);
  const sessionId = await bookDiagnostic(app, customer, (await createVehicle(app, customer.id)).id);
  const paymentId = await payForDiagnostic(payments, customer, sessionId);
  expect((await app.gql(CLAIM, { id: sessionId }, mechanic.token)).errors).toBeUndefined();
  if (started) expect((await app.gql(START, { id: sessionId }, mechanic.token)).errors).toBeUndefined();
  return { customer, sessionId, paymentId };
}

const openTo = async (mechanic: CreatedUser) => (await app.gql(OPEN, {}, mechanic.token)).data!.openSessionRequests.nodes.map((node: { id: string }) => node.id);

describe("the assigned mechanic's cancelSession withdraws", () => {
  for (const started of [false, true]) {
    it(`${started ? "started" : "claimed, not started"}: back among the open requests, still paid; that mechanic may not claim it again, another may`, async () => {
      const mechanic = await createMechanic(app);
      const { sessionId, paymentId } = await claimedSession(mechanic, started);

      const withdrawn = await app.gql(CANCEL, { id: sessionId, reason: "Cannot help with this model" }, mechanic.token);
      expect(withdrawn.errors).toBeUndefined();
      expect(withdrawn.data!.cancelSession).toEqual({ id: sessionId, status: "REQUESTED", mechanic: null });
      expect(await app.prisma.diagnosticSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({ status: "REQUESTED", mechanicId: null, acceptedAt: null, startedAt: null });
      expect(await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ status: "SUCCEEDED", refundedCents: 0 });
      expect(Object.keys(await ledgerOf(app.prisma, paymentId))).toEqual(["payment"]);
      expect(await app.prisma.auditLog.findMany({ where: { entityId: sessionId, action: "session.withdrawn_by_mechanic" }, select: { actorId: true, data: true } })).toEqual([
        { actorId: mechanic.id, data: expect.objectContaining({ reason: "Cannot help with this model", from: started ? "IN_PROGRESS" : "ACCEPTED", to: "REQUESTED" }) },
      ]);

      expect(await openTo(mechanic)).not.toContain(sessionId);
      expect((await app.gql(CLAIM, { id: sessionId }, mechanic.token)).errors?.[0]).toMatchObject({
        message: "This request has already been claimed or is no longer open",
        extensions: { code: "CONFLICT" },
      });
      const next = await createMechanic(app);
      expect(await openTo(next)).toContain(sessionId);
      expect((await app.gql(CLAIM, { id: sessionId }, next.token)).data!.claimSession.status).toBe("ACCEPTED");
    });
  }

  it("the customer cancels the withdrawn request before another claim: refunded in full, once", async () => {
    const mechanic = await createMechanic(app);
    const { customer, sessionId, paymentId } = await claimedSession(mechanic, true);
    expect((await app.gql(CANCEL, { id: sessionId, reason: "Cannot help with this model" }, mechanic.token)).errors).toBeUndefined();

    const cancelled = await app.gql(CANCEL, { id: sessionId, reason: "Found a garage nearby" }, customer.token);
    expect(cancelled.data!.cancelSession.status).toBe("CANCELLED");
    expect(await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ status: "REFUNDED", refundedCents: 2_500 });
    expect((await ledgerOf(app.prisma, paymentId))["refund 1"]).toEqual(REFUNDED_IN_FULL);
    expect(await app.prisma.ledgerEntry.count({ where: { paymentId, account: "MECHANIC_PAYABLE" } })).toBe(0);
  });

  it("a completed or cancelled session is not withdrawn from, and a mechanic withdraws only from their own", async () => {
    const mechanic = await createMechanic(app);
    const { customer, sessionId } = await claimedSession(mechanic);
    const stranger = await createMechanic(app);
    expect((await app.gql(CANCEL, { id: sessionId, reason: "Not mine" }, stranger.token)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await app.gql(CANCEL, { id: sessionId, reason: "Found a garage nearby" }, customer.token)).errors).toBeUndefined();
    expect((await app.gql(CANCEL, { id: sessionId, reason: "Cannot help" }, mechanic.token)).errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", status: "CANCELLED" });
  });

  it("admins count a mechanic's withdrawals in the audit log, by action and actor", async () => {
    const mechanic = await createMechanic(app);
    const sessions = [(await claimedSession(mechanic)).sessionId, (await claimedSession(mechanic, true)).sessionId];
    for (const id of sessions) expect((await app.gql(CANCEL, { id, reason: "Too busy today" }, mechanic.token)).errors).toBeUndefined();

    const counted = await app.gql(WITHDRAWALS, { actorId: mechanic.id }, admin.token);
    expect(counted.data!.auditLog.totalCount).toBe(2);
    expect(counted.data!.auditLog.nodes.map((node: { entityId: string }) => node.entityId).sort()).toEqual([...sessions].sort());
    expect((await app.gql(WITHDRAWALS, { actorId: mechanic.id }, mechanic.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
