// The write-side privacy matrix of the session lifecycle (session.machine.ts): every move, by every
// role as a party and as a stranger, and anonymously; the expected answers come from the table.
import {} from "vitest";
import { sessionMachine } from "../../../src/modules/sessions/session.machine.ts";
import { sessionActorScope } from "../../../src/modules/sessions/session.policy.ts";
import { authenticate, type Viewer } from "../../../src/platform/auth/viewer.ts";
import { CLAIM, COMPLETE, START } from "../../factories/diagnostics.ts";
import { createCustomer, createMechanic, createSession, type CreatedUser } from "../../factories/index.ts";
import type { TestApp } from "../../setup/test-app.ts";
import { serverSpec } from "../../support/app-spec.ts";
import { describeWriteMatrix, onMachine, traceOf, type Arranged, type MoveScenario } from "./harness.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const CANCEL = `mutation ($id: ID!, $reason: String!) { cancelSession(id: $id, reason: $reason) { id status } }`;
const RESOLVE_ABSENCE = `mutation ($id: ID!) { resolveMechanicAbsence(sessionId: $id, choice: REASSIGN) { id status } }`;
const ADMIN_CANCEL = `mutation ($id: ID!, $reason: String!) { adminCancelSession(id: $id, reason: $reason) { id status } }`;
const ADMIN_REASSIGN = `mutation ($id: ID!, $mechanicId: ID!, $reason: String!) { adminReassignSession(id: $id, mechanicId: $mechanicId, reason: $reason) { id status } }`;

type Status = "REQUESTED" | "ACCEPTED" | "IN_PROGRESS" | "COMPLETED" | "CANCELLED";

/**
 * A fresh customer's session in `status` (claimed by a fresh mechanic unless REQUESTED), and how
 * to attempt `query` on it. `paid` defaults to a paid claimed session and an unpaid request; a
 * cancel that would refund a payment needs a real Stripe payment, so cancellations use unpaid ones.
 */
async function sessionIn(status: Status, query: string, variables: Record<string, unknown> = {}, paid = status !== "REQUESTED"): Promise<Arranged & { id: string }> {
  const customer = await createCustomer(app);
  const mechanic = status === "REQUESTED" ? null : await createMechanic(app);
  const session = await createSession(app, { customerId: customer.id, ...(mechanic ? { mechanicId: mechanic.id } : {}), status, paid });
  return {
    id: session.id,
    parties: { CUSTOMER: customer, ...(mechanic ? { MECHANIC: mechanic } : {}) },
    partyless: { MECHANIC: "an unclaimed request has no mechanic yet" },
    attempt: (token) => app.gql(query, { id: session.id, ...variables }, token),
    trace: traceOf(app, session.id, async () => (await app.prisma.diagnosticSession.findUnique({ where: { id: session.id } }))?.status),
  };
}

/** The role of `token`'s holder (null: anonymous). */
const roleOf = async (token: string | undefined) => (token ? ((await authenticate(`Bearer ${token}`, { accounts: app.server.services.viewerAccounts, tokens: app.tokens }))?.role ?? null) : null);

/** `query` on a fresh session in the status the harness asks for, tried from `from` and refused from `conflict`. */
const on = (query: string, conflict: Status, variables: Record<string, unknown> = {}, paid?: boolean): MoveScenario<Status> => ({
  arrange: (status) => sessionIn(status!, query, variables, paid),
  conflict,
});

describeWriteMatrix(() => app, sessionMachine, {
  claim: {
    async arrange(status) {
      const customer = await createCustomer(app);
      const request = await createSession(app, { customerId: customer.id, paid: true, status: status! });
      // An open request is every mechanic's to claim (the move is `open`): any mechanic is a party.
      const anyMechanic: CreatedUser = await createMechanic(app);
      return {
        parties: { CUSTOMER: customer, MECHANIC: anyMechanic },
        attempt: (token) => app.gql(CLAIM, { id: request.id }, token),
        trace: traceOf(app, request.id, async () => (await app.prisma.diagnosticSession.findUnique({ where: { id: request.id } }))?.status),
      };
    },
    // A cancelled request, still unclaimed and paid: in the claim's scope, but not claimable.
    conflict: "CANCELLED",
  },
  start: on(START, "IN_PROGRESS"),
  complete: on(COMPLETE, "ACCEPTED", { input: { diagnosis: "Worn front pads", recommendedServices: ["brakes"] } }),
  // Unpaid: the customer's cancellation of a paid one may refund it, which needs Stripe (cancel-without-payments.test.ts).
  // A mechanic's cancelSession is the withdraw move: a mechanic attempts this one on the machine.
  cancel: {
    async arrange(status) {
      const arranged = await sessionIn(status!, CANCEL, { reason: "Changed my mind" }, false);
      const machine = onMachine(app, async (actor) => [await app.machines.session.move(actor as Viewer, arranged.id, "cancel", { actor: sessionActorScope("cancel", actor as Viewer), data: {} })]);
      return { ...arranged, attempt: async (token) => ((await roleOf(token)) === "MECHANIC" ? machine.attempt(token) : arranged.attempt(token)) };
    },
    conflict: "COMPLETED",
  },
  // The assigned mechanic's cancelSession; anyone else's cancelSession is the cancel move, so they attempt this one on the machine.
  withdraw: {
    via: "cancelSession by the assigned mechanic (others on the machine)",
    async arrange(status) {
      const arranged = await sessionIn(status!, CANCEL, { reason: "Cannot help with this model" });
      const machine = onMachine(app, async (actor) => [await app.machines.session.move(actor as Viewer, arranged.id, "withdraw", { actor: sessionActorScope("withdraw", actor as Viewer), data: {} })]);
      return { ...arranged, attempt: async (token) => ((await roleOf(token)) === "MECHANIC" ? arranged.attempt(token) : machine.attempt(token)) };
    },
    conflict: "COMPLETED",
  },
  reassign: {
    async arrange(status) {
      const arranged = await sessionIn(status!, RESOLVE_ABSENCE);
      // Claimed a day ago and never started (a no-show), or started by a mechanic whose approval was revoked since.
      if (status === "ACCEPTED") await app.prisma.diagnosticSession.update({ where: { id: arranged.id }, data: { acceptedAt: new Date(Date.now() - 86_400_000) } });
      else await app.prisma.mechanicProfile.update({ where: { userId: arranged.parties.MECHANIC!.id }, data: { vettingStatus: "REJECTED" } });
      return arranged;
    },
    conflict: "COMPLETED",
  },
  // Unpaid: nothing to refund.
  adminCancel: on(ADMIN_CANCEL, "COMPLETED", { reason: "Duplicate booking" }, false),
  adminReassign: {
    async arrange(status) {
      const next = await createMechanic(app);
      // Only a paid session is reassigned, a request included.
      return sessionIn(status!, ADMIN_REASSIGN, { mechanicId: next.id, reason: "The mechanic is unreachable" }, true);
    },
    conflict: "COMPLETED",
  },
  // The system's alone: a diagnostic no longer paid for calls off its session not completed (an unpaid one here: no payment pays for it).
  cancelUnpaid: {
    via: "a diagnostic payment refunded in full or lost to a dispute (PaymentMachine, UnpaidWork)",
    async arrange(status) {
      const arranged = await sessionIn(status!, "", {}, false);
      const cause = { actor: null, data: { source: "write-matrix" } };
      const request = { data: { cancelledAt: new Date() }, refusal: "still paid", action: "session.cancelled", cause };
      return {
        ...arranged,
        ...onMachine(app, async (actor) => {
          await app.prisma.$transaction((tx) => app.machines.session.moveAsSystem(tx, actor, arranged.id, "cancelUnpaid", request));
          return [arranged.id];
        }),
      };
    },
    conflict: "COMPLETED",
  },
});
