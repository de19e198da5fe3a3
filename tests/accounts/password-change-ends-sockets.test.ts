import { describe, expect, it } from "vitest";
import type { OutboxTransport } from "../../src/platform/mail/mail-transport.ts";
import { createCustomer, createMechanic, createSession, FACTORY_PASSWORD } from "../factories/index.ts";
import { live, waitUntil } from "../setup/live.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

/**
 * A password change or reset revokes every token issued before it (HTTP answers UNAUTHENTICATED):
 * the sockets opened with one close with 4403 at once, as for a suspension, instead of streaming
 * the account's chats until the token expires. A socket opened with the new token stays.
 */
const CHANGE = `mutation ($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) { token } }`;
const REQUEST = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation ($token: String!, $password: String!) { resetPassword(token: $token, newPassword: $password) }`;
const SEND = `mutation ($s: ID!, $b: String!) { sendMessage(sessionId: $s, body: $b) { message { id } } }`;
const ADDED = `subscription ($s: ID!) { chatMessageAdded(sessionId: $s) { id body } }`;

let app: TestApp;
serverSpec((started) => (app = started));

/** A customer in a session with a mechanic, following its chat over a socket opened with the customer's token. */
async function following() {
  const customer = await createCustomer(app);
  const mechanic = await createMechanic(app);
  const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
  const client = app.ws(customer.token, { lazy: false });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => client.on("closed", (event) => resolve(event as { code: number; reason: string })));
  const feed = live(client, ADDED, { s: session.id });
  await waitUntil(() => app.server.services.chat.liveSubscriberCount(session.id) === 1);
  return { customer, mechanic, session, feed, closed };
}

describe("a password change", () => {
  it("closes the sockets opened with the old token (4403), and their subscriptions end", async () => {
    const { customer, mechanic, session, feed, closed } = await following();
    const changed = await app.gql(CHANGE, { current: FACTORY_PASSWORD, next: "a-brand-new-password" }, customer.token);
    expect(changed.errors).toBeUndefined();
    expect(await closed).toMatchObject({ code: 4403, reason: "Password changed" });
    await feed.ended;
    expect((await app.gql(SEND, { s: session.id, b: "Is the engine light still on?" }, mechanic.token)).errors).toBeUndefined();
    expect(feed.results).toEqual([]);
  });

  it("keeps a socket opened with the new token, which goes on receiving the chat", async () => {
    const { customer, mechanic, session, closed } = await following();
    const { data } = await app.gql(CHANGE, { current: FACTORY_PASSWORD, next: "a-brand-new-password" }, customer.token);
    await closed;
    // The client sees the close before the server has ended the old socket's feed: waiting for one
    // subscriber below could otherwise count the old one and send before the new one listens.
    await waitUntil(() => app.server.services.chat.liveSubscriberCount(session.id) === 0, 5_000, "the old socket's feed to end");
    const renewed = live(app.ws(data!.changePassword.token), ADDED, { s: session.id });
    await waitUntil(() => app.server.services.chat.liveSubscriberCount(session.id) === 1);
    const sent = await app.gql(SEND, { s: session.id, b: "Is the engine light still on?" }, mechanic.token);
    expect((await renewed.next()).data!.chatMessageAdded).toEqual({ id: sent.data!.sendMessage.message.id, body: "Is the engine light still on?" });
  });
});

describe("a password reset", () => {
  it("closes the sockets opened with a token issued before it (4403)", async () => {
    const { customer, feed, closed } = await following();
    await app.gql(REQUEST, { email: customer.email });
    const mail = (app.server.services.mail as OutboxTransport).read(customer.email).at(-1)!;
    const token = /reset token: (\S+)/.exec(mail.text)![1]!;
    expect((await app.gql(RESET, { token, password: "a-reset-password" })).errors).toBeUndefined();
    expect(await closed).toMatchObject({ code: 4403, reason: "Password reset" });
    await feed.ended;
  });
});
