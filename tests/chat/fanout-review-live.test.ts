// Review of the shared fan-out over real sockets: one account with two sockets in one group, one
// of whose tokens expires, then the account suspended mid-stream while another account of the same
// group goes on. No frame may reach a socket after it lost the right to it.
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { createCustomer, createMechanic, createSession } from "../factories/index.ts";
import { waitUntil } from "../setup/live.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const SEND = `mutation ($sessionId: ID!, $body: String!) { sendMessage(sessionId: $sessionId, body: $body) { message { id } } }`;
const FEED = `subscription ($sessionId: ID!) { chatMessageAdded(sessionId: $sessionId) { id body } }`;

/** A subscriber on its own socket: the bodies it received, and how its socket closed. */
async function subscriber(token: string, sessionId: string) {
  const socket = new WebSocket(app.wsUrl, "graphql-transport-ws");
  const bodies: string[] = [];
  const errors: string[] = [];
  let closed: number | null = null;
  await new Promise<void>((resolve, reject) => {
    socket.on("message", (raw) => {
      const message = JSON.parse(String(raw));
      if (message.type === "connection_ack") resolve();
      else if (message.type === "next" && message.payload.data?.chatMessageAdded) bodies.push(message.payload.data.chatMessageAdded.body);
      else if (message.type === "next" || message.type === "error") errors.push(JSON.stringify(message.payload));
    });
    socket.once("close", (code) => ((closed = code), reject(new Error(`closed ${code}`))));
    socket.once("open", () => socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${token}` } })));
  });
  socket.send(JSON.stringify({ id: "chat", type: "subscribe", payload: { query: FEED, variables: { sessionId } } }));
  return { bodies, errors, closed: () => closed, close: () => socket.close() };
}

describe("review: the fan-out over real sockets", () => {
  it("one account's expired socket gets nothing more while its other socket does; once suspended, neither does, and the other account goes on", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
    const expiresAt = Math.floor(Date.now() / 1000) + 3;
    const shortLived = await new SignJWT({ role: "MECHANIC" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(mechanic.id)
      .setIssuer(app.config.auth.issuer)
      .setAudience(app.config.auth.audience)
      .setExpirationTime(expiresAt)
      .sign(new TextEncoder().encode(app.config.auth.jwtSecret));
    const before = app.server.services.chat.liveSubscriberCount(session.id);
    const expiring = await subscriber(shortLived, session.id);
    const lasting = await subscriber(mechanic.token, session.id);
    const other = await subscriber(customer.token, session.id);
    await waitUntil(() => app.server.services.chat.liveSubscriberCount(session.id) === before + 3, 5_000, "the subscriptions to start");
    // Customer and mechanic read the same fields: one group of three.
    expect(app.server.fanout.groups()).toMatchObject({ groups: 1, subscribers: 3 });

    const send = async (body: string) => expect((await app.gql(SEND, { sessionId: session.id, body }, customer.token)).errors).toBeUndefined();
    await send("first");
    await waitUntil(() => [expiring, lasting, other].every((s) => s.bodies.length === 1), 5_000, "the first message everywhere");

    await waitUntil(() => expiring.closed() !== null, 6_000, "the expired socket to close");
    expect(expiring.closed()).toBe(4403);
    await send("second");
    await waitUntil(() => lasting.bodies.length === 2 && other.bodies.length === 2, 5_000, "the second message");

    // Suspended in the database only (its announcement lost): the feed's check must still stop it.
    await app.prisma.user.update({ where: { id: mechanic.id }, data: { status: "SUSPENDED" } });
    app.server.services.accountStatus.invalidate(mechanic.id);
    await send("third");
    await waitUntil(() => other.bodies.length === 3, 5_000, "the third message for the customer");
    await waitUntil(() => app.server.fanout.groups().subscribers === 1, 5_000, "the suspended account to leave the group");
    await send("fourth");
    await waitUntil(() => other.bodies.length === 4, 5_000, "the fourth message for the customer");
    expect(expiring.bodies).toEqual(["first"]);
    expect(lasting.bodies).toEqual(["first", "second"]);
    expect(other.bodies).toEqual(["first", "second", "third", "fourth"]);
    for (const s of [lasting, other]) s.close();
  });
});
