// A mechanic whose approval is revoked strands the sessions they claimed or started, like a
// suspended one: admins find them among `strandedSessions` and hand them to another mechanic, and
// the customer may have one reassigned or refunded in full (`resolveMechanicAbsence`, audited with
// the absence NOT_VETTED).
import { describe, expect, it } from "vitest";
import { bookDiagnostic, CLAIM, payForDiagnostic, START } from "../factories/diagnostics.ts";
import { createCustomer, createMechanic, createSession, createVehicle, type CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { paymentsSpec, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let app: TestApp;
let admin: CreatedUser;
paymentsSpec((world) => ({ payments, app, admin } = world));

const REJECT = `mutation ($id: ID!, $reason: String!) { rejectMechanic(mechanicId: $id, reason: $reason) { status } }`;
const STRANDED = `query { strandedSessions(first: 100) { nodes { id } } }`;
const REASSIGN = `mutation ($id: ID!, $mechanicId: ID!) { adminReassignSession(id: $id, mechanicId: $mechanicId, reason: "Approval revoked") { status mechanic { id } } }`;
const RESOLVE = `mutation ($id: ID!, $choice: MechanicAbsenceChoice!) { resolveMechanicAbsence(sessionId: $id, choice: $choice) { status mechanic { id } } }`;

const revoke = async (mechanic: CreatedUser) => expect((await app.gql(REJECT, { id: mechanic.id, reason: "Insurance lapsed" }, admin.token)).errors).toBeUndefined();
const strandedIds = async () => (await app.gql(STRANDED, {}, admin.token)).data!.strandedSessions.nodes.map((n: { id: string }) => n.id);

/** A paid diagnostic of a fresh customer, claimed through the API by a fresh approved mechanic (and started when asked). */
async function claimedThroughApi(started: boolean) {
  const customer = await createCustomer(app);
  const sessionId = await bookDiagnostic(app, customer, (await createVehicle(app, customer.id)).id);
  const paymentId = await payForDiagnostic(payments, customer, sessionId);
  const maya = await createMechanic(app);
  expect((await app.gql(CLAIM, { id: sessionId }, maya.token)).errors).toBeUndefined();
  if (started) expect((await app.gql(START, { id: sessionId }, maya.token)).errors).toBeUndefined();
  return { customer, maya, sessionId, paymentId };
}

describe("the sessions of a mechanic whose approval is revoked", () => {
  it("are stranded while claimed or in progress (not once completed), and an admin hands one to an approved mechanic", async () => {
    const maya = await createMechanic(app);
    const customer = await createCustomer(app);
    const claimed = await createSession(app, { customerId: customer.id, mechanicId: maya.id, status: "ACCEPTED" });
    const started = await createSession(app, { customerId: customer.id, mechanicId: maya.id, status: "IN_PROGRESS" });
    const completed = await createSession(app, { customerId: customer.id, mechanicId: maya.id, status: "COMPLETED" });
    expect(await strandedIds()).not.toContain(claimed.id);
    await revoke(maya);

    const stranded = await strandedIds();
    expect(stranded).toEqual(expect.arrayContaining([claimed.id, started.id]));
    expect(stranded).not.toContain(completed.id);
    const next = await createMechanic(app);
    expect((await app.gql(REASSIGN, { id: started.id, mechanicId: next.id }, admin.token)).data!.adminReassignSession).toEqual({ status: "ACCEPTED", mechanic: { id: next.id } });
    expect(await strandedIds()).not.toContain(started.id);
  });

  it("go back to the open requests at the customer's choice (REASSIGN), audited with the absence", async () => {
    const { customer, maya, sessionId } = await claimedThroughApi(true);
    expect((await app.gql(RESOLVE, { id: sessionId, choice: "REASSIGN" }, customer.token)).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    await revoke(maya);

    expect((await app.gql(RESOLVE, { id: sessionId, choice: "REASSIGN" }, customer.token)).data!.resolveMechanicAbsence).toEqual({ status: "REQUESTED", mechanic: null });
    expect(await app.prisma.auditLog.findFirst({ where: { entityId: sessionId, action: "session.reassigned" } })).toMatchObject({
      data: { from: "IN_PROGRESS", to: "REQUESTED", absence: "NOT_VETTED", absentMechanicId: maya.id },
    });
  });

  it("are cancelled and refunded in full at the customer's choice (REFUND), crediting no mechanic", async () => {
    const { customer, maya, sessionId, paymentId } = await claimedThroughApi(false);
    await revoke(maya);

    expect((await app.gql(RESOLVE, { id: sessionId, choice: "REFUND" }, customer.token)).data!.resolveMechanicAbsence.status).toBe("CANCELLED");
    expect(await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ status: "REFUNDED", refundedCents: 2_500 });
    expect(await app.prisma.ledgerEntry.count({ where: { paymentId, account: "MECHANIC_PAYABLE" } })).toBe(0);
    expect(await app.prisma.auditLog.count({ where: { entityId: sessionId, action: "session.refunded_after_vetting_revoked" } })).toBe(1);
  });
});
