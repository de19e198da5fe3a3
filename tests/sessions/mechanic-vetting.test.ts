// Issue 18 item 2: a new mechanic claims paid sessions only once an admin approved them; every
// vetting decision is audited.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { SIGN_UP } from "../factories/accounts.ts";
import { CLAIM } from "../factories/diagnostics.ts";
import { createAdmin, createCustomer, createMechanic, createSession, FACTORY_PASSWORD } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const APPROVE = `mutation ($id: ID!, $reason: String) { approveMechanic(mechanicId: $id, reason: $reason) { id status reason vettedAt } }`;
const REJECT = `mutation ($id: ID!, $reason: String!) { rejectMechanic(mechanicId: $id, reason: $reason) { id status reason } }`;
const QUEUE = `query ($status: MechanicVettingStatus) { mechanicVettings(status: $status, first: 100) { totalCount nodes { id displayName email status } } }`;

/** An open, paid request of a fresh customer. */
async function openRequest() {
  const customer = await createCustomer(app);
  return createSession(app, { customerId: customer.id, paid: true });
}

const errorOf = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => result.errors?.[0]?.extensions;

describe("mechanic vetting", () => {
  it("a mechanic who signs up waits in the admins' queue, and claiming is FORBIDDEN (MECHANIC_NOT_VETTED) until approved", async () => {
    const admin = await createAdmin(app);
    const email = `new.${randomUUID().slice(0, 8)}@example.test`;
    const signedUp = await app.gql(SIGN_UP, { input: { role: "MECHANIC", email, password: FACTORY_PASSWORD, displayName: "Fresh Mechanic" } });
    const { token, user } = signedUp.data!.signUp;

    const queue = await app.gql(QUEUE, {}, admin.token);
    expect(queue.data!.mechanicVettings.nodes).toContainEqual({ id: user.id, displayName: "Fresh Mechanic", email, status: "PENDING" });

    const request = await openRequest();
    const refused = await app.gql(CLAIM, { id: request.id }, token);
    expect(errorOf(refused)).toMatchObject({ code: "FORBIDDEN", reason: "MECHANIC_NOT_VETTED", vettingStatus: "PENDING" });
    expect((await app.prisma.diagnosticSession.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("REQUESTED");

    const approved = await app.gql(APPROVE, { id: user.id, reason: "Licence and insurance checked" }, admin.token);
    expect(approved.data!.approveMechanic).toMatchObject({ id: user.id, status: "APPROVED", reason: "Licence and insurance checked" });
    expect((await app.gql(CLAIM, { id: request.id }, token)).data!.claimSession.status).toBe("ACCEPTED");

    const audit = await app.prisma.auditLog.findMany({ where: { entityId: user.id, action: { startsWith: "mechanic.vetting." } } });
    expect(audit).toMatchObject([{ action: "mechanic.vetting.approved", actorId: admin.id, actorRole: "ADMIN", subjectUserId: user.id }]);
  });

  it("a rejected mechanic is told why when claiming; an approval can be revoked the same way", async () => {
    const admin = await createAdmin(app);
    const pending = await createMechanic(app, { vetting: "PENDING" });
    const rejected = await app.gql(REJECT, { id: pending.id, reason: "Certification could not be verified" }, admin.token);
    expect(rejected.data!.rejectMechanic).toEqual({ id: pending.id, status: "REJECTED", reason: "Certification could not be verified" });
    expect(errorOf(await app.gql(CLAIM, { id: (await openRequest()).id }, pending.token))).toMatchObject({
      code: "FORBIDDEN",
      reason: "MECHANIC_NOT_VETTED",
      vettingStatus: "REJECTED",
      vettingReason: "Certification could not be verified",
    });

    const working = await createMechanic(app);
    await app.gql(REJECT, { id: working.id, reason: "Insurance lapsed" }, admin.token);
    expect(errorOf(await app.gql(CLAIM, { id: (await openRequest()).id }, working.token))?.reason).toBe("MECHANIC_NOT_VETTED");
    expect(await app.prisma.auditLog.count({ where: { subjectUserId: { in: [pending.id, working.id] }, action: "mechanic.vetting.rejected" } })).toBe(2);
  });

  it("a decision the status does not allow is a CONFLICT; an unknown mechanic NOT_FOUND; only admins decide", async () => {
    const admin = await createAdmin(app);
    const approved = await createMechanic(app);
    expect(errorOf(await app.gql(APPROVE, { id: approved.id }, admin.token))?.code).toBe("CONFLICT");
    expect(errorOf(await app.gql(APPROVE, { id: randomUUID() }, admin.token))?.code).toBe("NOT_FOUND");
    const customer = await createCustomer(app);
    expect(errorOf(await app.gql(APPROVE, { id: customer.id }, admin.token))?.code).toBe("NOT_FOUND");
    const pending = await createMechanic(app, { vetting: "PENDING" });
    for (const caller of [pending, customer]) {
      expect(errorOf(await app.gql(APPROVE, { id: pending.id }, caller.token))?.code).toBe("FORBIDDEN");
      expect(errorOf(await app.gql(QUEUE, {}, caller.token))?.code).toBe("FORBIDDEN");
    }
    expect(errorOf(await app.gql(REJECT, { id: pending.id, reason: "  " }, admin.token))?.code).toBe("BAD_USER_INPUT");
  });
});
