// Why: an admin's suspension that ran out let the mechanic act again, yet `me` still said
// SUSPENDED with the past date, `mechanicVettings.accountStatus` said SUSPENDED, and a customer
// could reassign her session away as if she were absent ("absence: SUSPENDED") while admins'
// stranded sessions and reassignment took her as in good standing. One definition of "currently
// suspended" (platform/auth/viewer.ts statusAt) is read by all of them now.
import { describe, expect, it } from "vitest";
import { createCustomer, createMechanic, createSession, type CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

const SUSPEND = `mutation ($input: SuspendAccountInput!) { suspendAccount(input: $input) { status } }`;
const ME = `{ me { status suspendedUntil } }`;
const VETTINGS = `{ mechanicVettings(status: APPROVED, first: 100) { nodes { id accountStatus } } }`;
const RESOLVE = `mutation ($id: ID!) { resolveMechanicAbsence(sessionId: $id, choice: REASSIGN) { status } }`;
const STRANDED = `{ strandedSessions(first: 100) { nodes { id } } }`;

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const sleepUntil = (at: Date) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at.getTime() - Date.now()) + 50));

describe("a suspension whose end has passed", () => {
  it("reads as good standing in me, in mechanicVettings and to a customer's absence choice, as it does to admins", async () => {
    const maya = await createMechanic(app, { displayName: "Maya Runs Out" });
    const customer = await createCustomer(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: maya.id, status: "IN_PROGRESS" });
    const until = new Date(Date.now() + 1_500);
    expect((await app.gql(SUSPEND, { input: { userId: maya.id, reason: "asked a customer to pay cash", until: until.toISOString() } }, admin.token)).data).toEqual({
      suspendAccount: { status: "SUSPENDED" },
    });
    const vetting = async () => (await app.gql(VETTINGS, {}, admin.token)).data!.mechanicVettings.nodes.find((node: { id: string }) => node.id === maya.id);
    expect(await vetting()).toEqual({ id: maya.id, accountStatus: "SUSPENDED" });

    await sleepUntil(until);

    expect((await app.gql(ME, {}, maya.token)).data).toEqual({ me: { status: "ACTIVE", suspendedUntil: null } });
    expect(await vetting()).toEqual({ id: maya.id, accountStatus: "ACTIVE" });
    const stranded = (await app.gql(STRANDED, {}, admin.token)).data!.strandedSessions.nodes.map((node: { id: string }) => node.id);
    expect(stranded).not.toContain(session.id);
    const resolved = await app.gql(RESOLVE, { id: session.id }, customer.token);
    expect(resolved.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(await app.prisma.diagnosticSession.findUniqueOrThrow({ where: { id: session.id }, select: { mechanicId: true, status: true } })).toEqual({ mechanicId: maya.id, status: "IN_PROGRESS" });
  });

  it("still reads SUSPENDED, with its end, while it runs", async () => {
    const mechanic = await createMechanic(app);
    const until = new Date(Date.now() + 86_400_000);
    const customer = await createCustomer(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
    await app.gql(SUSPEND, { input: { userId: mechanic.id, reason: "asked a customer to pay cash", until: until.toISOString() } }, admin.token);
    expect((await app.gql(ME, {}, mechanic.token)).errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reason: "ACCOUNT_SUSPENDED", until: until.toISOString() });
    expect((await app.gql(RESOLVE, { id: session.id }, customer.token)).data).toEqual({ resolveMechanicAbsence: { status: "REQUESTED" } });
  });
});
