// A mechanic whose approval an admin revokes keeps no line to the customer: sending in the session
// chat is FORBIDDEN (MECHANIC_NOT_VETTED) and nothing is stored, while the customer still writes.
import { describe, expect, it } from "vitest";
import { createAdmin, createCustomer, createMechanic, createSession } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const SEND = `mutation ($s: ID!, $b: String!) { sendMessage(sessionId: $s, body: $b) { message { id } } }`;
const REJECT = `mutation ($id: ID!, $reason: String!) { rejectMechanic(mechanicId: $id, reason: $reason) { status } }`;

describe("the session chat of a mechanic whose approval was revoked", () => {
  it("refuses their messages and keeps the customer's", async () => {
    const [admin, customer, mechanic] = [await createAdmin(app), await createCustomer(app), await createMechanic(app)];
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
    expect((await app.gql(SEND, { s: session.id, b: "checking the codes now" }, mechanic.token)).errors).toBeUndefined();
    expect((await app.gql(REJECT, { id: mechanic.id, reason: "Insurance lapsed" }, admin.token)).errors).toBeUndefined();

    const refused = await app.gql(SEND, { s: session.id, b: "still here" }, mechanic.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reason: "MECHANIC_NOT_VETTED" });
    expect((await app.gql(SEND, { s: session.id, b: "hello?" }, customer.token)).errors).toBeUndefined();
    expect(await app.prisma.chatMessage.count({ where: { sessionId: session.id, senderId: mechanic.id } })).toBe(1);
  });
});
