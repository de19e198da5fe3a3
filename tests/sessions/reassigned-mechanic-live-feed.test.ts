// Why: a mechanic reassigned away from a session (by an admin, or by the customer after the mechanic's
// approval was revoked) loses it (history NOT_FOUND), yet their live subscription, authorized once at
// subscribe time, kept delivering the session's new messages.
import { describe, expect, it } from "vitest";
import { createCustomer, createMechanic, createSession, type CreatedUser } from "../factories/index.ts";
import { live, receivesNothing, waitUntil } from "../setup/live.ts";
import type { TestApp } from "../setup/test-app.ts";
import { paymentsSpec } from "../support/payments-app.ts";

let app: TestApp;
let admin: CreatedUser;
paymentsSpec((world) => ({ app, admin } = world));

const ADDED = `subscription ($sessionId: ID!) { chatMessageAdded(sessionId: $sessionId) { id body } }`;
const MESSAGES = `query ($sessionId: ID!) { messages(sessionId: $sessionId, first: 50) { nodes { id body } } }`;
const SEND = `mutation ($sessionId: ID!, $body: String!) { sendMessage(sessionId: $sessionId, body: $body) { message { id } } }`;
const NOTE = `mutation ($sessionId: ID!, $body: String!) { postPlatformNote(sessionId: $sessionId, body: $body) { id } }`;
const REJECT = `mutation ($id: ID!, $reason: String!) { rejectMechanic(mechanicId: $id, reason: $reason) { status } }`;
const RESOLVE = `mutation ($id: ID!, $choice: MechanicAbsenceChoice!) { resolveMechanicAbsence(sessionId: $id, choice: $choice) { status } }`;
const REASSIGN = `mutation ($id: ID!, $mechanicId: ID!, $reason: String!) { adminReassignSession(id: $id, mechanicId: $mechanicId, reason: $reason) { id mechanic { id } } }`;

describe("a mechanic reassigned away from a session", () => {
  it("stops receiving the session's chat live, as it stops reading its history", async () => {
    const customer = await createCustomer(app);
    const [former, next] = [await createMechanic(app), await createMechanic(app)];
    const session = await createSession(app, { customerId: customer.id, mechanicId: former.id, status: "IN_PROGRESS" });
    const customerFeed = live(app.ws(customer.token), ADDED, { sessionId: session.id });
    const formerFeed = live(app.ws(former.token), ADDED, { sessionId: session.id });
    await waitUntil(() => app.server.services.chat.liveSubscriberCount(session.id) === 2, 5_000, "both subscriptions");

    const reassigned = await app.gql(REASSIGN, { id: session.id, mechanicId: next.id, reason: "Customer asked for another mechanic" }, admin.token);
    expect(reassigned.errors).toBeUndefined();
    // The relation is gone for reads...
    expect((await app.gql(MESSAGES, { sessionId: session.id }, former.token)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    expect((await app.gql(SEND, { sessionId: session.id, body: "the brakes squeal when cold, tell the new mechanic" }, customer.token)).errors).toBeUndefined();
    expect((await customerFeed.next()).data!.chatMessageAdded.body).toContain("new mechanic");
    // ... and must be gone for the live feed too.
    expect(await receivesNothing(formerFeed, 1_000)).toBe(true);
  });

  it("stops receiving it live once the customer put the session back among the open requests (REASSIGN)", async () => {
    const customer = await createCustomer(app);
    const revoked = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: revoked.id, status: "IN_PROGRESS" });
    const customerFeed = live(app.ws(customer.token), ADDED, { sessionId: session.id });
    const revokedFeed = live(app.ws(revoked.token), ADDED, { sessionId: session.id });
    await waitUntil(() => app.server.services.chat.liveSubscriberCount(session.id) === 2, 5_000, "both subscriptions");
    expect((await app.gql(REJECT, { id: revoked.id, reason: "Insurance lapsed" }, admin.token)).errors).toBeUndefined();

    expect((await app.gql(RESOLVE, { id: session.id, choice: "REASSIGN" }, customer.token)).data!.resolveMechanicAbsence).toEqual({ status: "REQUESTED" });
    expect((await app.gql(MESSAGES, { sessionId: session.id }, revoked.token)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    expect((await app.gql(NOTE, { sessionId: session.id, body: "Support here: a new mechanic will pick your request up shortly." }, admin.token)).errors).toBeUndefined();
    expect((await customerFeed.next()).data!.chatMessageAdded.body).toContain("new mechanic");
    expect(await receivesNothing(revokedFeed, 1_000)).toBe(true);
  });
});
