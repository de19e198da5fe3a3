import { describe, expect, it } from "vitest";
import { createAdmin, createAdvisor, createChatMessage, createCustomer, createMechanic, createSession, createWorkshop } from "../factories/index.ts";
import { live, receivesNothing, waitUntil } from "../setup/live.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const SEND = `mutation ($sessionId: ID!, $body: String!) { sendMessage(sessionId: $sessionId, body: $body) { flagged flaggedKinds message { id body senderId cursor } } }`;
const ADDED = `subscription ($sessionId: ID!) { chatMessageAdded(sessionId: $sessionId) { id body senderId senderRole cursor } }`;
const ADDED_ADMIN = `subscription ($sessionId: ID!) { chatMessageAdded(sessionId: $sessionId) { id body originalBody flaggedKinds } }`;
const HISTORY = `query ($sessionId: ID!, $first: Int, $after: String) { messages(sessionId: $sessionId, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id body cursor } } }`;

const codeOf = (response: { errors?: ReadonlyArray<{ extensions?: Record<string, any> }> | null }) => response.errors?.[0]?.extensions?.code;

async function chat(status: "ACCEPTED" | "IN_PROGRESS" | "COMPLETED" | "CANCELLED" = "IN_PROGRESS") {
  const customer = await createCustomer(app);
  const mechanic = await createMechanic(app);
  const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status });
  return { customer, mechanic, session };
}

/** Subscribes and waits until the server is listening, so nothing published next can be missed. */
async function subscribed(token: string, sessionId: string, query = ADDED) {
  const before = app.server.services.chat.liveSubscriberCount(sessionId);
  const subscription = live(app.ws(token), query, { sessionId });
  await waitUntil(() => app.server.services.chat.liveSubscriberCount(sessionId) > before, 5_000, "the subscription to start");
  return subscription;
}

describe("live chat between the customer and the mechanic", () => {
  it("delivers each message to both participants, in order", async () => {
    const { customer, mechanic, session } = await chat();
    const customerFeed = await subscribed(customer.token, session.id);
    const mechanicFeed = await subscribed(mechanic.token, session.id);

    const first = await app.gql(SEND, { sessionId: session.id, body: "Hi, the brakes squeal when I stop" }, customer.token);
    expect(first.errors).toBeUndefined();
    expect(first.data!.sendMessage).toMatchObject({ flagged: false, flaggedKinds: [] });
    const second = await app.gql(SEND, { sessionId: session.id, body: "Sounds like the wear indicators. Can you film the front wheel?" }, mechanic.token);

    for (const feed of [customerFeed, mechanicFeed]) {
      expect((await feed.next()).data!.chatMessageAdded).toMatchObject({ id: first.data!.sendMessage.message.id, senderId: customer.id, senderRole: "CUSTOMER" });
      expect((await feed.next()).data!.chatMessageAdded).toMatchObject({ id: second.data!.sendMessage.message.id, senderRole: "MECHANIC" });
    }
  });

  it("works in an accepted session too", async () => {
    const { customer, session } = await chat("ACCEPTED");
    expect((await app.gql(SEND, { sessionId: session.id, body: "Hello" }, customer.token)).errors).toBeUndefined();
  });

  it("refuses a third party's subscription with NOT_FOUND, as for a missing session", async () => {
    const { session } = await chat();
    const workshop = await createWorkshop(app);
    for (const outsider of [await createCustomer(app), await createMechanic(app), await createAdvisor(app, workshop.id)]) {
      const feed = live(app.ws(outsider.token), ADDED, { sessionId: session.id });
      const result = await feed.next();
      expect(result.errors?.[0]).toMatchObject({ message: "Session not found", extensions: { code: "NOT_FOUND" } });
    }
    const anonymous = await live(app.ws(), ADDED, { sessionId: session.id }).next();
    expect(codeOf(anonymous)).toBe("UNAUTHENTICATED");
  });

  it("does not deliver one session's messages to another session's subscribers", async () => {
    const a = await chat();
    const b = await chat();
    const feed = await subscribed(b.customer.token, b.session.id);
    await app.gql(SEND, { sessionId: a.session.id, body: "For session A only" }, a.customer.token);
    expect(await receivesNothing(feed)).toBe(true);
  });

  it("refuses messages from anyone but the session's customer and mechanic", async () => {
    const { session } = await chat();
    expect(codeOf(await app.gql(SEND, { sessionId: session.id, body: "hi" }, (await createCustomer(app)).token))).toBe("NOT_FOUND");
    expect(codeOf(await app.gql(SEND, { sessionId: session.id, body: "hi" }, (await createMechanic(app)).token))).toBe("NOT_FOUND");
    expect(codeOf(await app.gql(SEND, { sessionId: session.id, body: "hi" }, (await createAdmin(app)).token))).toBe("FORBIDDEN");
  });

  it.each([
    ["empty", "   "],
    ["longer than 2000 characters", "x".repeat(2001)],
  ])("rejects a body that is %s", async (_name, body) => {
    const { customer, session } = await chat();
    const response = await app.gql(SEND, { sessionId: session.id, body }, customer.token);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "body" });
  });
});

describe("a closed session's chat is read-only", () => {
  it.each(["COMPLETED", "CANCELLED"] as const)("rejects new messages once %s, and keeps the history readable", async (status) => {
    const { customer, mechanic, session } = await chat(status);
    await createChatMessage(app, { sessionId: session.id, senderId: customer.id, body: "Thanks!" });
    for (const sender of [customer, mechanic]) {
      const response = await app.gql(SEND, { sessionId: session.id, body: "One more thing" }, sender.token);
      expect(codeOf(response)).toBe("CONFLICT");
    }
    const history = await app.gql(HISTORY, { sessionId: session.id }, mechanic.token);
    expect(history.data!.messages.nodes.map((n: { body: string }) => n.body)).toEqual(["Thanks!"]);
    expect(await app.prisma.chatMessage.count({ where: { sessionId: session.id } })).toBe(1);
  });

  it("rejects messages before a mechanic accepted the request", async () => {
    const customer = await createCustomer(app);
    const session = await createSession(app, { customerId: customer.id });
    expect(codeOf(await app.gql(SEND, { sessionId: session.id, body: "Anyone?" }, customer.token))).toBe("CONFLICT");
  });

  it("lets the workshop the session was escalated to read the history, and nobody else outside it", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const workshop = await createWorkshop(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "COMPLETED", escalatedToWorkshopId: workshop.id });
    await createChatMessage(app, { sessionId: session.id, senderId: mechanic.id, body: "Front pads are at 2mm" });
    const advisor = await createAdvisor(app, workshop.id);
    expect((await app.gql(HISTORY, { sessionId: session.id }, advisor.token)).data!.messages.totalCount).toBe(1);
    expect(codeOf(await app.gql(SEND, { sessionId: session.id, body: "hello" }, advisor.token))).toBe("FORBIDDEN");
    const other = await createAdvisor(app, (await createWorkshop(app)).id);
    expect(codeOf(await app.gql(HISTORY, { sessionId: session.id }, other.token))).toBe("NOT_FOUND");
  });
});

describe("recovering after a reconnect", () => {
  it("returns everything after the last message the client saw, in order, across pages", async () => {
    const { customer, mechanic, session } = await chat();
    const client = app.ws(customer.token);
    const before = app.server.services.chat.liveSubscriberCount(session.id);
    const feed = live(client, ADDED, { sessionId: session.id });
    await waitUntil(() => app.server.services.chat.liveSubscriberCount(session.id) > before);
    await app.gql(SEND, { sessionId: session.id, body: "message 1" }, mechanic.token);
    const seen = (await feed.next()).data!.chatMessageAdded;

    // The customer's connection drops; the conversation goes on without them.
    await client.dispose();
    await waitUntil(() => app.server.services.chat.liveSubscriberCount(session.id) === before);
    const missed: string[] = [];
    for (let i = 2; i <= 6; i++) {
      const sent = await app.gql(SEND, { sessionId: session.id, body: `message ${i}` }, i % 2 ? customer.token : mechanic.token);
      missed.push(sent.data!.sendMessage.message.id);
    }

    const recovered: string[] = [];
    let after: string | null = seen.cursor;
    for (let page = 0; page < 5 && after; page++) {
      const { data }: any = await app.gql(HISTORY, { sessionId: session.id, first: 2, after }, customer.token);
      recovered.push(...data.messages.nodes.map((n: { id: string }) => n.id));
      after = data.messages.pageInfo.hasNextPage ? data.messages.pageInfo.endCursor : null;
    }
    expect(recovered).toEqual(missed);
    const all = await app.gql(HISTORY, { sessionId: session.id }, customer.token);
    expect(all.data!.messages.nodes.map((n: { body: string }) => n.body)).toEqual([1, 2, 3, 4, 5, 6].map((i) => `message ${i}`));
  });

  it("keeps a stable order when messages share a timestamp", async () => {
    const { customer, session } = await chat();
    const at = new Date("2026-01-01T12:00:00Z");
    const stored = [];
    for (let i = 0; i < 4; i++) stored.push(await createChatMessage(app, { sessionId: session.id, senderId: customer.id, body: `same time ${i}`, createdAt: at }));
    const expected = stored.map((m) => m.id).sort();
    const first = await app.gql(HISTORY, { sessionId: session.id, first: 2 }, customer.token);
    const rest = await app.gql(HISTORY, { sessionId: session.id, first: 10, after: first.data!.messages.pageInfo.endCursor }, customer.token);
    expect([...first.data!.messages.nodes, ...rest.data!.messages.nodes].map((n: { id: string }) => n.id)).toEqual(expected);
  });
});

describe("masking in live delivery and history", () => {
  it("delivers the masked text to participants and the original to admins only, executing once per permission class", async () => {
    const { customer, mechanic, session } = await chat();
    const admin = await createAdmin(app);
    const customerFeeds = [await subscribed(customer.token, session.id), await subscribed(customer.token, session.id)];
    const mechanicFeed = await subscribed(mechanic.token, session.id);
    const adminFeed = await subscribed(admin.token, session.id, ADDED_ADMIN);
    const executionsBefore = app.server.fanout.executions;

    const sent = await app.gql(SEND, { sessionId: session.id, body: "512-555-0199 is the shop" }, customer.token);
    expect(sent.data!.sendMessage).toMatchObject({ flagged: true, flaggedKinds: ["PHONE"] });
    expect(sent.body).not.toContain("555-0199");

    const participantResults = [...(await Promise.all(customerFeeds.map((f) => f.next()))), await mechanicFeed.next()];
    for (const result of participantResults) {
      expect(result.errors).toBeUndefined();
      expect(result.data!.chatMessageAdded.body).toBe("[hidden]");
      expect(JSON.stringify(result)).not.toContain("555-0199");
    }
    expect((await adminFeed.next()).data!.chatMessageAdded).toMatchObject({ body: "[hidden]", originalBody: "512-555-0199 is the shop", flaggedKinds: ["PHONE"] });
    // Three participant subscribers with one document share one execution; the admin has its own.
    expect(app.server.fanout.executions - executionsBefore).toBe(2);

    const mechanicAsksOriginal = live(app.ws(mechanic.token), `subscription ($sessionId: ID!) { chatMessageAdded(sessionId: $sessionId) { originalBody } }`, { sessionId: session.id });
    await waitUntil(() => app.server.services.chat.liveSubscriberCount(session.id) === 5);
    await app.gql(SEND, { sessionId: session.id, body: "email me at casey@example.com" }, customer.token);
    const refused = await mechanicAsksOriginal.next();
    expect(codeOf(refused)).toBe("FORBIDDEN");
    expect(JSON.stringify(refused)).not.toContain("casey@example.com");

    const history = await app.gql(`query ($sessionId: ID!) { messages(sessionId: $sessionId) { nodes { body } } }`, { sessionId: session.id }, mechanic.token);
    expect(history.body).not.toContain("555-0199");
    const originals = await app.gql(`query ($sessionId: ID!) { messages(sessionId: $sessionId) { nodes { body originalBody flaggedKinds } } }`, { sessionId: session.id }, admin.token);
    expect(originals.data!.messages.nodes[0]).toEqual({ body: "[hidden]", originalBody: "512-555-0199 is the shop", flaggedKinds: ["PHONE"] });
  });
});
