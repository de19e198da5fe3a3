import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrivacyWorld, leakedCanaries, type PrivacyWorld } from "../factories/privacy-world.ts";
import { live, waitUntil } from "../setup/live.ts";
import { startTestApp, wsExecute, type TestApp } from "../setup/test-app.ts";

/**
 * Canary test: a customer's contact details are unique strings; every non-privileged caller runs
 * every shape of query we can think of, and no response body, WebSocket frame, error or log line
 * may contain a canary.
 */
let app: TestApp;
let world: PrivacyWorld;
beforeAll(async () => {
  app = await startTestApp();
  world = await createPrivacyWorld(app);
});
afterAll(() => app.close());

const ALL_FIELDS = "id firstName lastInitial lastName city phone email address";

/** Query shapes that try to reach the customer's hidden fields. `$id` is a session id. */
const attacks: Record<string, string> = {
  direct: `query ($id: ID!) { session(id: $id) { customer { ${ALL_FIELDS} } } }`,
  aliases: `query ($id: ID!) { session(id: $id) { a: customer { p: phone } b: customer { e: email } c: customer { l: lastName addr: address } } }`,
  fragments: `query ($id: ID!) { session(id: $id) { customer { ...Contact } } } fragment Contact on Customer { phone email address lastName }`,
  inlineFragments: `query ($id: ID!) { session(id: $id) { customer { ... on Customer { phone ... on Customer { email } } } } }`,
  typenameTricks: `query ($id: ID!) { session(id: $id) { __typename customer { __typename phone t: __typename email } } }`,
  lists: `query { sessions(first: 100) { totalCount nodes { id customer { ${ALL_FIELDS} } } } }`,
  listsWithFragments: `query { sessions(first: 100) { nodes { ...S } } } fragment S on DiagnosticSession { customer { ... on Customer { phone email lastName address } } }`,
  selfAccount: `query { me { id email customer { ${ALL_FIELDS} } } }`,
  adminDirectory: `query { customers(first: 100) { nodes { ${ALL_FIELDS} } } }`,
  adminLookup: `query ($customerId: ID!) { customer(id: $customerId) { ${ALL_FIELDS} } }`,
  vehicles: `query { vehicles { id make model vin } }`,
  filterByPhone: `query ($phone: String!) { sessions(where: { customer: { phone: { equals: $phone } } }) { totalCount } }`,
  filterByEmailNested: `query ($email: String!) { sessions(where: { OR: [{ NOT: { customer: { AND: [{ email: { startsWith: $email } }] } } }] }) { totalCount } }`,
  sortByLastName: `query { sessions(orderBy: { field: CUSTOMER_LAST_NAME }) { nodes { id } pageInfo { endCursor } } }`,
  adminFilterByPhone: `query ($phone: String!) { customers(where: { phone: { startsWith: $phone } }) { totalCount } }`,
};

const intruders = () => ({
  "assigned mechanic": world.mechanic.token,
  "escalated workshop advisor": world.advisor.token,
  partner: world.partner.token,
  "unrelated mechanic": world.otherMechanic.token,
  "unrelated advisor": world.otherAdvisor.token,
  "unrelated customer": world.otherCustomer.token,
  anonymous: "",
});

const variablesFor = () => ({
  id: world.escalatedSessionId,
  customerId: world.customer.id,
  phone: world.canaries.phone.slice(0, 9),
  email: world.canaries.email.slice(0, 10),
});

/** Variables are the caller's own input; they hold prefixes of canaries, so only a full canary counts as a leak. */
function variablesNeeded(query: string): Record<string, unknown> {
  const all = variablesFor() as Record<string, unknown>;
  return Object.fromEntries(Object.entries(all).filter(([name]) => query.includes(`$${name}`)));
}

describe("no hidden customer value leaves the server", () => {
  it("over HTTP, one operation at a time, for every non-privileged caller", async () => {
    for (const [caller, token] of Object.entries(intruders())) {
      for (const [shape, query] of Object.entries(attacks)) {
        for (const sessionId of [world.sessionId, world.escalatedSessionId]) {
          const { body } = await app.gql(query, { ...variablesNeeded(query), ...(query.includes("$id") ? { id: sessionId } : {}) }, token || undefined);
          expect(leakedCanaries(body, world.canaries), `${caller} / ${shape}`).toEqual([]);
        }
      }
    }
  });

  it("in batched HTTP requests", async () => {
    for (const token of Object.values(intruders())) {
      const batch = Object.values(attacks)
        .slice(0, 10)
        .map((query) => ({ query, variables: variablesNeeded(query) }));
      const response = await fetch(app.graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(batch),
      });
      expect(leakedCanaries(await response.text(), world.canaries)).toEqual([]);
    }
  });

  it("over graphql-ws", async () => {
    for (const [caller, token] of Object.entries(intruders())) {
      const client = app.ws(token || undefined);
      for (const [shape, query] of Object.entries(attacks)) {
        const result = await wsExecute(client, query, variablesNeeded(query));
        expect(leakedCanaries(JSON.stringify(result), world.canaries), `${caller} / ${shape}`).toEqual([]);
      }
    }
  });

  it("in mutation payloads", async () => {
    for (const token of Object.values(intruders())) {
      const { body } = await app.gql(`mutation { signIn(email: "${world.canaries.email}", password: "wrong-password") { token user { email } } }`, {}, token || undefined);
      expect(leakedCanaries(body, world.canaries, ["phone", "lastName", "address"])).toEqual([]);
    }
  });

  it("in chat, live and in history, when the customer types their own contact details", async () => {
    const subscriber = live(app.ws(world.mechanic.token), `subscription ($id: ID!) { chatMessageAdded(sessionId: $id) { id body originalBody flaggedKinds } }`, { id: world.sessionId });
    await waitUntil(() => app.server.services.chat.liveSubscriberCount(world.sessionId) > 0, 5_000, "the mechanic's subscription");
    const sent = await app.gql(
      `mutation ($id: ID!, $body: String!) { sendMessage(sessionId: $id, body: $body) { flagged message { body } } }`,
      { id: world.sessionId, body: `Reach me on ${world.canaries.phone} or ${world.canaries.email}` },
      world.customer.token,
    );
    expect(sent.data?.sendMessage.flagged).toBe(true);
    const frame = await subscriber.next();
    expect(leakedCanaries(JSON.stringify(frame), world.canaries)).toEqual([]);
    subscriber.unsubscribe();
    const history = await app.gql(`query ($id: ID!) { messages(sessionId: $id, first: 50) { nodes { body originalBody } } }`, { id: world.sessionId }, world.mechanic.token);
    expect(history.data?.messages.nodes.length).toBeGreaterThan(0);
    expect(leakedCanaries(history.body, world.canaries)).toEqual([]);
  });

  it("in the server's logs, access lines included: no header, token or variable", () => {
    const logs = app.logLines.join("\n");
    expect(app.logLines.filter((line) => line.includes('"request completed"')).length).toBeGreaterThan(Object.keys(attacks).length);
    expect(leakedCanaries(logs, world.canaries, ["phone", "email", "lastName", "address", "city"])).toEqual([]);
    // The filters' variables hold prefixes of the canaries.
    const variables = variablesFor();
    for (const value of [variables.phone, variables.email]) expect(logs).not.toContain(value);
    for (const token of Object.values(intruders()).filter(Boolean)) expect(logs).not.toContain(token);
    expect(logs).not.toMatch(/authorization"|Bearer /i);
  });

  it("while the customer and an admin do see their values (the canaries are real)", async () => {
    const own = await app.gql(attacks.selfAccount!, {}, world.customer.token);
    expect(leakedCanaries(own.body, world.canaries)).toHaveLength(4);
    const admin = await app.gql(attacks.adminLookup!, { customerId: world.customer.id }, world.admin.token);
    expect(leakedCanaries(admin.body, world.canaries)).toHaveLength(4);
  });
});
