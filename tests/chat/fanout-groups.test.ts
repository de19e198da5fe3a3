import { execute, parse } from "graphql";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import type { Viewer } from "../../src/platform/auth/viewer.ts";
import type { ChatMessageEvent } from "../../src/platform/pubsub/topics.ts";
import { createAdmin, createCustomer, createMechanic, createSession, type CreatedUser } from "../factories/index.ts";
import { waitUntil } from "../setup/live.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

/**
 * The live fan-out sends one serialised payload to every subscriber of a group (one channel, one
 * document and variables, one permission class). These specs read the frames as they leave the
 * server and hold each one against what that subscriber's own execution of its document gives,
 * with its own viewer: a group that joined two readers whose views differ fails here.
 */
let app: TestApp;
serverSpec((started) => (app = started));

const SEND = `mutation ($sessionId: ID!, $body: String!) { sendMessage(sessionId: $sessionId, body: $body) { message { id } } }`;
const PARTY_VIEW = `subscription ($sessionId: ID!) { chatMessageAdded(sessionId: $sessionId) { id body senderId senderRole editedAt } }`;
const ADMIN_VIEW = `subscription ($sessionId: ID!) { chatMessageAdded(sessionId: $sessionId) { id body originalBody flaggedKinds } }`;
const PHONE = "415 555 0132";

/** A raw graphql-transport-ws subscriber: the `next` frames exactly as sent, and the viewer and document behind them. */
async function rawSubscriber(reader: CreatedUser & { role: Viewer["role"] }, query: string, sessionId: string) {
  const socket = new WebSocket(app.wsUrl, "graphql-transport-ws");
  const frames: string[] = [];
  await new Promise<void>((resolve, reject) => {
    socket.on("message", (raw) => {
      const text = String(raw);
      const message = JSON.parse(text);
      if (message.type === "connection_ack") resolve();
      else if (message.type === "next") frames.push(text);
    });
    socket.once("close", (code) => reject(new Error(`closed ${code}`)));
    socket.once("open", () => socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${reader.token}` } })));
  });
  const id = `sub-${reader.id}-${query.length}`;
  socket.send(JSON.stringify({ id, type: "subscribe", payload: { query, variables: { sessionId } } }));
  return { reader, query, id, frames, close: () => socket.close() };
}
type Subscriber = Awaited<ReturnType<typeof rawSubscriber>>;

/** What a subscriber's frame must carry: its own document executed for it alone, on the event, as its `next` frame. */
async function ownFrame(subscriber: Subscriber, event: ChatMessageEvent): Promise<string> {
  const viewer = { id: subscriber.reader.id, role: subscriber.reader.role, workshopId: null };
  const result = await execute({
    schema: app.server.schema,
    document: parse(subscriber.query),
    rootValue: event,
    variableValues: { sessionId: event.sessionId },
    contextValue: { viewer, requestId: "fanout-groups-spec", reads: app.server.services.audit.reads(viewer) },
  });
  return JSON.stringify({ id: subscriber.id, type: "next", payload: result });
}

const as = (role: Viewer["role"], user: CreatedUser) => ({ ...user, role });

async function chat() {
  const customer = as("CUSTOMER", await createCustomer(app));
  const mechanic = as("MECHANIC", await createMechanic(app));
  const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
  return { customer, mechanic, session };
}

describe("the live fan-out's groups", () => {
  it("give every subscriber exactly its own view: the author and the other party the masked text, admins the original only when they ask", async () => {
    const { customer, mechanic, session } = await chat();
    const [admin, otherAdmin] = [as("ADMIN", await createAdmin(app)), as("ADMIN", await createAdmin(app))];
    const before = app.server.services.chat.liveSubscriberCount(session.id);
    const subscribers = [
      await rawSubscriber(customer, PARTY_VIEW, session.id),
      await rawSubscriber(mechanic, PARTY_VIEW, session.id),
      await rawSubscriber(admin, PARTY_VIEW, session.id),
      await rawSubscriber(admin, ADMIN_VIEW, session.id),
      await rawSubscriber(otherAdmin, ADMIN_VIEW, session.id),
      // A party asking for the admin fields: never in the admins' group.
      await rawSubscriber(mechanic, ADMIN_VIEW, session.id),
    ];
    await waitUntil(() => app.server.services.chat.liveSubscriberCount(session.id) === before + subscribers.length, 5_000, "the subscriptions to start");

    const sent = await app.gql(SEND, { sessionId: session.id, body: `call me on ${PHONE}` }, customer.token);
    expect(sent.errors).toBeUndefined();
    await waitUntil(() => subscribers.every((subscriber) => subscriber.frames.length === 1), 5_000, "every frame");

    const stored = await app.prisma.chatMessage.findUniqueOrThrow({ where: { id: sent.data!.sendMessage.message.id } });
    const event: ChatMessageEvent = {
      id: stored.id,
      sessionId: stored.sessionId,
      workshopId: null,
      senderId: stored.senderId,
      senderRole: "CUSTOMER",
      kind: stored.kind,
      body: stored.body,
      deliveredBody: stored.deliveredBody,
      flaggedKinds: stored.flaggedKinds,
      createdAt: stored.createdAt.toISOString(),
      editedAt: null,
    };
    for (const subscriber of subscribers.slice(0, 5)) expect(subscriber.frames[0], `${subscriber.reader.role} ${subscriber.query}`).toBe(await ownFrame(subscriber, event));
    const [author, otherParty, , adminView, , partyAskingMore] = subscribers.map((subscriber) => subscriber.frames[0]!);
    for (const frame of [author, otherParty, partyAskingMore]) expect(frame).not.toContain(PHONE);
    expect(JSON.parse(partyAskingMore!).payload.errors.map((error: { extensions: { code: string } }) => error.extensions.code)).toEqual(["FORBIDDEN", "FORBIDDEN"]);
    expect(adminView).toContain(PHONE);
    // One group per (class, document): the parties; the party asking for more. Admins, whose reads of
    // originals are audited as each one's own, are served alone.
    expect(app.server.fanout.groups()).toMatchObject({ groups: 2, subscribers: 3 });
    for (const subscriber of subscribers) subscriber.close();
    await waitUntil(() => app.server.fanout.groups().groups === 0, 5_000, "the groups to close");
  });

  it("stop delivering to a subscriber whose account is suspended, and keep delivering to the rest of its group", async () => {
    const { customer, mechanic: suspended, session } = await chat();
    const before = app.server.services.chat.liveSubscriberCount(session.id);
    const subscribers = [await rawSubscriber(customer, PARTY_VIEW, session.id), await rawSubscriber(suspended, PARTY_VIEW, session.id)];
    await waitUntil(() => app.server.services.chat.liveSubscriberCount(session.id) === before + 2, 5_000, "the subscriptions to start");
    expect(app.server.fanout.groups()).toMatchObject({ groups: 1, subscribers: 2 });

    await app.prisma.user.update({ where: { id: suspended.id }, data: { status: "SUSPENDED" } });
    app.server.services.accountStatus.invalidate(suspended.id);
    expect((await app.gql(SEND, { sessionId: session.id, body: "the pads are at 3 mm" }, customer.token)).errors).toBeUndefined();
    await waitUntil(() => subscribers[0]!.frames.length === 1, 5_000, "the customer's frame");
    await waitUntil(() => app.server.fanout.groups().subscribers === 1, 5_000, "the suspended admin to leave the group");
    expect(subscribers[1]!.frames).toEqual([]);
    for (const subscriber of subscribers) subscriber.close();
  });
});
