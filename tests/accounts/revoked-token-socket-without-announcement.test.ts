import { describe, expect, it } from "vitest";
import type { RunningServer } from "../../src/app/server.ts";
import { createCustomer, createMechanic, createSession, FACTORY_PASSWORD } from "../factories/index.ts";
import { live, waitUntil } from "../setup/live.ts";
import { keptOpenSocket, wsExecute, type TestApp } from "../setup/test-app.ts";
import { twoInstancesSpec } from "../support/app-spec.ts";

/**
 * A password changed on one instance revokes the old token on a socket open on another even when
 * the announcement never arrives there (Redis down): each operation and each event checks the
 * token's credential version against the account's (cached a second), so within about a second the
 * socket refuses new operations, delivers no event and closes with 4403.
 */
const CHANGE = `mutation ($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) { token } }`;
const SEND = `mutation ($s: ID!, $b: String!) { sendMessage(sessionId: $s, body: $b) { message { id } } }`;
const ADDED = `subscription ($s: ID!) { chatMessageAdded(sessionId: $s) { id body } }`;
/** The socket cache's TTL (server.ts WS_ACCOUNT_STATUS_TTL_MS) and a little more. */
const PAST_THE_CACHE_MS = 1_100;

let app: TestApp;
let other: RunningServer;
twoInstancesSpec((world) => ({ app, other } = world));

/** A customer in a session, with a socket on the other instance opened with their token (kept open), and that socket's close event. */
async function onTheOtherInstance() {
  const customer = await createCustomer(app);
  const mechanic = await createMechanic(app);
  const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
  const client = keptOpenSocket(other.url, customer.token);
  const closed = new Promise<{ code: number; reason: string }>((resolve) => client.on("closed", (event) => resolve(event as { code: number; reason: string })));
  // The socket works, and the other instance has looked the account up (its cache holds the old version).
  expect((await wsExecute(client, `{ me { customer { phone } } }`)).data).toEqual({ me: { customer: { phone: "+1 555 010 0000" } } });
  return { customer, mechanic, session, client, closed };
}

/** Changes the customer's password through `app`, then waits out the other instance's cache. */
async function changePasswordElsewhere(token: string) {
  expect((await app.gql(CHANGE, { current: FACTORY_PASSWORD, next: "a-brand-new-password" }, token)).errors).toBeUndefined();
  await new Promise((resolve) => setTimeout(resolve, PAST_THE_CACHE_MS));
}

describe("a token revoked on another instance, its announcement lost", () => {
  it("refuses the socket's next operations, a read or a mutation, as UNAUTHENTICATED, and closes it with 4403", async () => {
    const { customer, session, client, closed } = await onTheOtherInstance();
    await changePasswordElsewhere(customer.token);
    const refused = (query: string, variables?: Record<string, unknown>) =>
      wsExecute(client, query, variables).catch((errors: unknown) => ({ errors: errors as { extensions?: Record<string, unknown> }[] }));
    const [read, write] = await Promise.all([refused(`{ me { customer { phone } } }`), refused(SEND, { s: session.id, b: "Call me back" })]);
    expect(read).toEqual({ errors: [expect.objectContaining({ message: "Invalid or expired token", extensions: expect.objectContaining({ code: "UNAUTHENTICATED" }) })] });
    expect(write.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(await closed).toMatchObject({ code: 4403, reason: "Token revoked" });
    expect(await app.prisma.chatMessage.count({ where: { sessionId: session.id } })).toBe(0);
    await client.dispose();
  });

  it("delivers no further event to the socket's subscription, and closes it with 4403", async () => {
    const { customer, mechanic, session, client, closed } = await onTheOtherInstance();
    const feed = live(client, ADDED, { s: session.id });
    await waitUntil(() => other.services.chat.liveSubscriberCount(session.id) === 1);
    await changePasswordElsewhere(customer.token);
    // Sent through the other instance, so its in-process pub/sub carries the event to the socket.
    const response = await fetch(`${other.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${mechanic.token}` },
      body: JSON.stringify({ query: SEND, variables: { s: session.id, b: "The part arrives tomorrow" } }),
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    expect(await closed).toMatchObject({ code: 4403, reason: "Token revoked" });
    expect(JSON.stringify(feed.results)).not.toContain("The part arrives tomorrow");
    await client.dispose();
  });
});
