// A mechanic who is not vetted works no session: one whose approval an admin revokes after they
// claimed a request can neither start it nor complete it (so earns no diagnostic share), with the
// same FORBIDDEN `MECHANIC_NOT_VETTED` a claim gets, and the session does not move.
import { describe, expect, it } from "vitest";
import { CLAIM, COMPLETE, START } from "../factories/diagnostics.ts";
import { createCustomer, createMechanic, createSession, type CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const REJECT = `mutation ($id: ID!, $reason: String!) { rejectMechanic(mechanicId: $id, reason: $reason) { status } }`;
const APPROVE = `mutation ($id: ID!) { approveMechanic(mechanicId: $id) { status } }`;
const DIAGNOSIS = { diagnosis: "Front pads worn to the indicator", recommendedServices: ["brakes"] };

const errorOf = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => result.errors?.[0]?.extensions;
const statusOf = async (id: string) => (await app.prisma.diagnosticSession.findUniqueOrThrow({ where: { id } })).status;

async function revoke(mechanic: CreatedUser) {
  expect((await app.gql(REJECT, { id: mechanic.id, reason: "Insurance lapsed" }, admin.token)).errors).toBeUndefined();
}

describe("a mechanic whose approval is revoked", () => {
  it("cannot start the session they claimed before", async () => {
    const customer = await createCustomer(app);
    const request = await createSession(app, { customerId: customer.id, paid: true });
    const maya = await createMechanic(app);
    expect((await app.gql(CLAIM, { id: request.id }, maya.token)).errors).toBeUndefined();
    await revoke(maya);

    expect(errorOf(await app.gql(START, { id: request.id }, maya.token))).toMatchObject({
      code: "FORBIDDEN",
      reason: "MECHANIC_NOT_VETTED",
      vettingStatus: "REJECTED",
      vettingReason: "Insurance lapsed",
    });
    expect(await statusOf(request.id)).toBe("ACCEPTED");
  });

  it("cannot complete the session in progress, and is credited nothing", async () => {
    const customer = await createCustomer(app);
    const maya = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: maya.id, status: "IN_PROGRESS" });
    await revoke(maya);

    expect(errorOf(await app.gql(COMPLETE, { id: session.id, input: DIAGNOSIS }, maya.token))).toMatchObject({ code: "FORBIDDEN", reason: "MECHANIC_NOT_VETTED" });
    expect(await statusOf(session.id)).toBe("IN_PROGRESS");
    expect(await app.prisma.ledgerEntry.count({ where: { userId: maya.id } })).toBe(0);
  });

  it("works again once an admin approves them anew", async () => {
    const customer = await createCustomer(app);
    const maya = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: maya.id, status: "ACCEPTED" });
    await revoke(maya);
    expect((await app.gql(APPROVE, { id: maya.id }, admin.token)).errors).toBeUndefined();

    expect((await app.gql(START, { id: session.id }, maya.token)).data!.startSession.status).toBe("IN_PROGRESS");
    expect((await app.gql(COMPLETE, { id: session.id, input: DIAGNOSIS }, maya.token)).data!.completeSession.status).toBe("COMPLETED");
  });
});
