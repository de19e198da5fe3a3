// The write-side privacy matrix of the session lifecycle (session.machine.ts): every move, by every
// role as a party and as a stranger, and anonymously; the expected answers come from the table.
import { afterAll, beforeAll } from "vitest";
import { sessionMachine } from "../../../src/modules/sessions/session.machine.ts";
import { CLAIM, COMPLETE, START } from "../../factories/diagnostics.ts";
import { createCustomer, createMechanic, createSession, type CreatedUser } from "../../factories/index.ts";
import { startTestApp, type TestApp } from "../../setup/test-app.ts";
import { describeWriteMatrix, type Arranged } from "./harness.ts";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const CANCEL = `mutation ($id: ID!, $reason: String!) { cancelSession(id: $id, reason: $reason) { id status } }`;
const RESOLVE_ABSENCE = `mutation ($id: ID!) { resolveMechanicAbsence(sessionId: $id, choice: REASSIGN) { id status } }`;
const ADMIN_CANCEL = `mutation ($id: ID!, $reason: String!) { adminCancelSession(id: $id, reason: $reason) { id status } }`;
const ADMIN_REASSIGN = `mutation ($id: ID!, $mechanicId: ID!, $reason: String!) { adminReassignSession(id: $id, mechanicId: $mechanicId, reason: $reason) { id status } }`;

/** A paid session of a fresh customer and mechanic in `status`, and how to attempt `query` on it. */
async function claimedSession(status: "ACCEPTED" | "IN_PROGRESS", query: string, variables: Record<string, unknown> = {}): Promise<Arranged & { id: string }> {
  const customer = await createCustomer(app);
  const mechanic = await createMechanic(app);
  const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status });
  return { id: session.id, parties: { CUSTOMER: customer, MECHANIC: mechanic }, attempt: (token) => app.gql(query, { id: session.id, ...variables }, token) };
}

describeWriteMatrix(() => app, sessionMachine, {
  claim: {
    async arrange() {
      const customer = await createCustomer(app);
      const request = await createSession(app, { customerId: customer.id, paid: true });
      // An open request is every mechanic's to claim (the move is `open`): any mechanic is a party.
      const anyMechanic: CreatedUser = await createMechanic(app);
      return { parties: { CUSTOMER: customer, MECHANIC: anyMechanic }, attempt: (token) => app.gql(CLAIM, { id: request.id }, token) };
    },
  },
  start: { arrange: () => claimedSession("ACCEPTED", START) },
  complete: { arrange: () => claimedSession("IN_PROGRESS", COMPLETE, { input: { diagnosis: "Worn front pads", recommendedServices: ["brakes"] } }) },
  // Claimed, so cancelling refunds nothing (a refund needs a real Stripe payment).
  cancel: { arrange: () => claimedSession("ACCEPTED", CANCEL, { reason: "Changed my mind" }) },
  reassign: {
    async arrange() {
      const arranged = await claimedSession("ACCEPTED", RESOLVE_ABSENCE);
      // A no-show: claimed a day ago and never started.
      await app.prisma.diagnosticSession.update({ where: { id: arranged.id }, data: { acceptedAt: new Date(Date.now() - 86_400_000) } });
      return arranged;
    },
  },
  // An unpaid request: nothing to refund (a refund needs a real Stripe payment).
  adminCancel: {
    async arrange() {
      const customer = await createCustomer(app);
      const request = await createSession(app, { customerId: customer.id });
      return { parties: { CUSTOMER: customer }, attempt: (token) => app.gql(ADMIN_CANCEL, { id: request.id, reason: "Duplicate booking" }, token) };
    },
  },
  adminReassign: {
    async arrange() {
      const next = await createMechanic(app);
      return claimedSession("IN_PROGRESS", ADMIN_REASSIGN, { mechanicId: next.id, reason: "The mechanic is unreachable" });
    },
  },
});
