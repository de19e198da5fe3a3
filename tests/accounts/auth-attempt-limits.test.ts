import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { createCustomer, FACTORY_PASSWORD } from "../factories/index.ts";
import { startTestApp, wsExecute, type TestApp } from "../setup/test-app.ts";

/**
 * Sign-in and sign-up attempts are charged by the account service itself, so no way of packaging
 * an attempt escapes the budget: fragments, inline fragments, aliases, directives, variable
 * defaults, batches, graphql-ws. Each test speaks from its own address (the server trusts the
 * loopback proxy's X-Forwarded-For), so each starts with a fresh per-IP budget of 3.
 */
let app: TestApp;
let nextIp = 1;
const freshIp = () => `203.0.113.${nextIp++}`;

beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: "3", TRUSTED_PROXIES: "loopback" });
});
afterAll(() => app.close());

async function post(body: unknown, ip: string) {
  const response = await fetch(app.graphqlUrl, { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": ip }, body: JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as any };
}

const codesOf = (json: any): (string | undefined)[] => (Array.isArray(json) ? json.flatMap(codesOf) : (json.errors ?? []).map((e: any) => e.extensions?.code));

/** The right password from `ip`: a token, or the refusal's code. */
async function rightPassword(email: string, ip: string) {
  const { status, json } = await post({ query: `mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`, variables: { e: email, p: FACTORY_PASSWORD } }, ip);
  return { status, token: json.data?.signIn?.token as string | undefined, code: json.errors?.[0]?.extensions?.code as string | undefined };
}

describe("sign-in attempts are counted however they are packaged", () => {
  const paths: [string, (email: string) => unknown][] = [
    ["a fragment spread", (email) => ({ query: `mutation { ...F } fragment F on Mutation { signIn(email: "${email}", password: "guess") { token } }` })],
    ["an inline fragment", (email) => ({ query: `mutation { ... on Mutation { signIn(email: "${email}", password: "guess") { token } } }` })],
    ["a directive", (email) => ({ query: `mutation { signIn(email: "${email}", password: "guess") @include(if: true) { token } }` })],
    ["a variable's default value", (email) => ({ query: `mutation ($e: String! = "${email}") { signIn(email: $e, password: "guess") { token } }` })],
    ["an alias", (email) => ({ query: `mutation { a: signIn(email: "${email}", password: "guess") { token } }` })],
  ];

  for (const [name, attempt] of paths) {
    it(`through ${name}, against the IP's budget`, async () => {
      const customer = await createCustomer(app);
      const ip = freshIp();
      for (let i = 0; i < 3; i++) expect(codesOf((await post(attempt(customer.email), ip)).json)).toEqual(["UNAUTHENTICATED"]);
      const after = await rightPassword(customer.email, ip);
      expect(after).toMatchObject({ status: 429, code: "RATE_LIMITED", token: undefined });
    });
  }

  it("through several aliases in one operation: every alias that runs is an attempt", async () => {
    const customer = await createCustomer(app);
    const ip = freshIp();
    const aliases = Array.from({ length: 5 }, (_, i) => `g${i}: signIn(email: "${customer.email}", password: "guess-${i}") { token }`).join(" ");
    // signIn is non-null: graphql-js stops a mutation at its first refusal, graphql-jit runs every
    // alias; either way each one that runs is charged, so a fourth guess never gets through.
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 4 && !codes.includes("RATE_LIMITED"); i++) codes.push(...codesOf((await post({ query: `mutation { ${aliases} }` }, ip)).json));
    expect(codes.filter((code) => code === "UNAUTHENTICATED").length).toBeLessThanOrEqual(3);
    expect(codes).toContain("RATE_LIMITED");
    expect((await rightPassword(customer.email, ip)).code).toBe("RATE_LIMITED");
  });

  it("through a batch: each operation is an attempt", async () => {
    const customer = await createCustomer(app);
    const ip = freshIp();
    const batch = Array.from({ length: 5 }, (_, i) => ({ query: `mutation { signIn(email: "${customer.email}", password: "guess-${i}") { token } }` }));
    const codes = codesOf((await post(batch, ip)).json);
    expect(codes.filter((code) => code === "RATE_LIMITED")).toHaveLength(2);
    expect((await rightPassword(customer.email, ip)).code).toBe("RATE_LIMITED");
  });

  it("over graphql-ws, from the socket's address", async () => {
    const customer = await createCustomer(app);
    const ip = freshIp();
    const client = createClient({
      url: app.wsUrl,
      webSocketImpl: class extends WebSocket {
        constructor(url: string, protocols?: string | string[]) {
          super(url, protocols, { headers: { "x-forwarded-for": ip } });
        }
      },
      retryAttempts: 0,
    });
    try {
      const codes: (string | undefined)[] = [];
      for (let i = 0; i < 3; i++) {
        const result = await wsExecute(client, `mutation { ...F } fragment F on Mutation { signIn(email: "${customer.email}", password: "guess-${i}") { token } }`);
        codes.push(result.errors?.[0]?.extensions?.code);
      }
      expect(codes).toEqual(["UNAUTHENTICATED", "UNAUTHENTICATED", "UNAUTHENTICATED"]);
      const refused = await wsExecute(client, `mutation ($e: String!) { signIn(email: $e, password: "${FACTORY_PASSWORD}") { token } }`, { e: customer.email });
      expect(refused.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
      expect(refused.data?.signIn ?? null).toBeNull();
      // HTTP from the same address shares the budget.
      expect((await rightPassword(customer.email, ip)).code).toBe("RATE_LIMITED");
    } finally {
      await client.dispose();
    }
  });

  it("per email: attempts from many addresses, one through a variable's default, exhaust the target's budget", async () => {
    const customer = await createCustomer(app);
    await post({ query: `mutation ($e: String! = "${customer.email.toUpperCase()}") { signIn(email: $e, password: "guess") { token } }` }, freshIp());
    await post({ query: `mutation { ... on Mutation { signIn(email: " ${customer.email}", password: "guess") { token } } }` }, freshIp());
    await post({ query: `mutation { ...F } fragment F on Mutation { signIn(email: "${customer.email}", password: "guess") { token } }` }, freshIp());
    expect((await rightPassword(customer.email, freshIp())).code).toBe("RATE_LIMITED");
  });
});

describe("sign-up attempts are counted however they are packaged", () => {
  const signUp = (email: string) => `signUp(input: { role: MECHANIC, email: "${email}", password: "a-long-password", displayName: "Robin" }) { token }`;

  it("through inline fragments and fragment spreads, against the IP's budget", async () => {
    const ip = freshIp();
    const first = await post({ query: `mutation { ... on Mutation { ${signUp("su-1@example.test")} } }` }, ip);
    expect(first.json.data?.signUp?.token).toBeDefined();
    await post({ query: `mutation { ...F } fragment F on Mutation { ${signUp("su-2@example.test")} }` }, ip);
    await post({ query: `mutation { a: ${signUp("su-3@example.test")} }` }, ip);
    const refused = await post({ query: `mutation { ${signUp("su-4@example.test")} }` }, ip);
    expect(codesOf(refused.json)).toEqual(["RATE_LIMITED"]);
    expect(await app.prisma.user.count({ where: { email: "su-4@example.test" } })).toBe(0);
  });

  it("per email, from many addresses", async () => {
    for (let i = 0; i < 3; i++) await post({ query: `mutation { ... on Mutation { ${signUp("su-target@example.test")} } }` }, freshIp());
    const refused = await post({ query: `mutation { ${signUp("SU-Target@example.test")} }` }, freshIp());
    expect(codesOf(refused.json)).toEqual(["RATE_LIMITED"]);
  });
});
