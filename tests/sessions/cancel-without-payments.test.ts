// On a server without Stripe, a cancellation that would refund a paid diagnostic (an admin's, the
// customer's before any claim, or the customer's refund after their mechanic no-showed) is refused
// with PAYMENTS_NOT_CONFIGURED before the session moves: nothing changes, and an unpaid session is
// still cancelled. The mechanic's cancelSession is a withdrawal, which refunds nothing: it is made.
import { describe, expect, it } from "vitest";
import { createCustomer, createMechanic, createSession, type CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const ADMIN_CANCEL = `mutation ($id: ID!, $reason: String!) { adminCancelSession(id: $id, reason: $reason) { id status } }`;
const CANCEL = `mutation ($id: ID!, $reason: String!) { cancelSession(id: $id, reason: $reason) { id status } }`;
const RESOLVE = `mutation ($id: ID!) { resolveMechanicAbsence(sessionId: $id, choice: REFUND) { status } }`;

/** The refusal: PAYMENTS_NOT_CONFIGURED, no data, and the session and its payment as they were. */
async function expectRefusedUnchanged(result: { data?: unknown; errors?: Array<{ extensions?: Record<string, unknown> }> }, sessionId: string, status: string) {
  expect(result.errors?.[0]?.extensions?.code).toBe("PAYMENTS_NOT_CONFIGURED");
  expect(result.data).toBeNull();
  expect(await app.prisma.diagnosticSession.findUniqueOrThrow({ where: { id: sessionId } })).toMatchObject({ status, cancelledAt: null, cancelReason: null });
  expect(await app.prisma.payment.findFirstOrThrow({ where: { sessionId } })).toMatchObject({ status: "SUCCEEDED", refundedCents: 0 });
  expect(await app.prisma.auditLog.count({ where: { entityId: sessionId } })).toBe(0);
}

describe("cancelling a paid session without Stripe configured", () => {
  it("by an admin: refused before the move, and refused the same way when retried", async () => {
    const customer = await createCustomer(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: (await createMechanic(app)).id, status: "IN_PROGRESS" });
    for (let attempt = 0; attempt < 2; attempt++) {
      await expectRefusedUnchanged(await app.gql(ADMIN_CANCEL, { id: session.id, reason: "The mechanic stopped responding" }, admin.token), session.id, "IN_PROGRESS");
    }
  });

  it("by the customer before any claim: refused before the move", async () => {
    const customer = await createCustomer(app);
    const session = await createSession(app, { customerId: customer.id, paid: true });
    await expectRefusedUnchanged(await app.gql(CANCEL, { id: session.id, reason: "Found a garage nearby" }, customer.token), session.id, "REQUESTED");
  });

  it("by its mechanic, started: withdrawn, back among the open requests, still paid (nothing to refund)", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
    expect((await app.gql(CANCEL, { id: session.id, reason: "Cannot help with this model" }, mechanic.token)).data!.cancelSession.status).toBe("REQUESTED");
    expect(await app.prisma.payment.findFirstOrThrow({ where: { sessionId: session.id } })).toMatchObject({ status: "SUCCEEDED", refundedCents: 0 });
  });

  it("by the customer choosing a refund after their mechanic no-showed: refused before the move", async () => {
    const customer = await createCustomer(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: (await createMechanic(app)).id, status: "ACCEPTED" });
    await app.prisma.diagnosticSession.update({ where: { id: session.id }, data: { acceptedAt: new Date(Date.now() - 86_400_000) } });
    await expectRefusedUnchanged(await app.gql(RESOLVE, { id: session.id }, customer.token), session.id, "ACCEPTED");
  });

  it("an unpaid one is still cancelled, by an admin or by its customer", async () => {
    const customer = await createCustomer(app);
    const byAdmin = await createSession(app, { customerId: customer.id });
    const byCustomer = await createSession(app, { customerId: customer.id });
    expect((await app.gql(ADMIN_CANCEL, { id: byAdmin.id, reason: "Duplicate request" }, admin.token)).data!.adminCancelSession.status).toBe("CANCELLED");
    expect((await app.gql(CANCEL, { id: byCustomer.id, reason: "Duplicate request" }, customer.token)).data!.cancelSession.status).toBe("CANCELLED");
  });
});
