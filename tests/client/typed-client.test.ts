import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { MeDocument, SendMessageDocument } from "../../client/generated/graphql.ts";
import { AutoDoctorError, createAutoDoctorClient, type ChatMessage } from "../../client/src/autodoctor-client.ts";
import { createCustomer, createMechanic, createSession, FACTORY_PASSWORD } from "../factories/index.ts";
import { waitUntil } from "../setup/live.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

/** The copyable front-end client (client/src), against the real server. */
let app: TestApp;
serverSpec((started) => (app = started));

describe("the typed client", () => {
  it("signs in and sends typed operations with the token; errors carry the stable code", async () => {
    const customer = await createCustomer(app);
    const client = createAutoDoctorClient({ url: app.graphqlUrl, webSocketImpl: WebSocket });
    await expect(client.request(MeDocument)).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await client.signIn(customer.email, FACTORY_PASSWORD);
    const { me } = await client.request(MeDocument);
    expect(me.id).toBe(customer.id);
    await expect(client.signIn(customer.email, "wrong-password")).rejects.toBeInstanceOf(AutoDoctorError);
    client.close();
  });

  it("follows a chat across a dropped connection and receives every message once, in order", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id });
    const send = (body: string) => app.gql(SendMessageDocument, { sessionId: session.id, body }, mechanic.token);
    await send("before you connected");

    const client = createAutoDoctorClient({ url: app.graphqlUrl, webSocketImpl: WebSocket });
    await client.signIn(customer.email, FACTORY_PASSWORD);
    const received: ChatMessage[] = [];
    const stop = client.followChat(session.id, (message) => received.push(message));
    await waitUntil(() => app.server.services.chat.liveSubscriberCount(session.id) > 0, 5_000, "the live subscription");
    await send("while connected");
    await waitUntil(() => received.length === 2, 5_000, "the live message");

    client.dropConnection();
    await waitUntil(() => app.server.services.chat.liveSubscriberCount(session.id) === 0, 5_000, "the drop");
    await send("while offline 1");
    await send("while offline 2");
    await waitUntil(() => received.length === 4, 10_000, "the catch-up after reconnecting");
    await send("after reconnecting");
    await waitUntil(() => received.length === 5, 5_000, "live delivery after reconnecting");

    expect(received.map((m) => m.body)).toEqual(["before you connected", "while connected", "while offline 1", "while offline 2", "after reconnecting"]);
    stop();
    client.close();
  });
});
