// A RATE_LIMITED answer says which budget was spent and (outside production) its size, in the
// message and in `extensions` (`limit`, `max`, `windowSeconds`), as QUERY_TOO_COMPLEX names its
// limit; in production the size is left out, as the query limits' numbers are. Before, every
// refusal was "Too many requests: slow down" with only retryAfterSeconds. Refusals over graphql-ws
// are counted in graphql_errors_total as HTTP's are: before, only HTTP's errors were.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RateLimits } from "../../src/platform/server/rate-limit.ts";
import { createCustomer } from "../factories/index.ts";
import { startTestApp, wsExecute, type TestApp } from "../setup/test-app.ts";

let app: TestApp;
beforeAll(async () => {
  // Each HTTP test sends from an address of its own (X-Forwarded-For from a trusted loopback proxy);
  // graphql-ws's from the loopback address itself.
  app = await startTestApp({ RATE_LIMIT_PER_MINUTE: "3", AUTH_RATE_LIMIT_PER_MINUTE: "2", TRUSTED_PROXIES: "loopback" });
});
afterAll(() => app.close());

const SIGN_IN = `mutation ($email: String!) { signIn(email: $email, password: "wrong-password") { token } }`;

/** POSTs `query` as if from `ip`, signed in with `token` when given. */
async function postFrom(ip: string, query: string, variables: Record<string, unknown>, token?: string) {
  const response = await fetch(app.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", "x-forwarded-for": ip, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, errors: ((await response.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] }).errors };
}

/** graphql_errors_total{code="RATE_LIMITED"} as the server's /metrics shows it. */
async function rateLimitedCount(): Promise<number> {
  const text = await (await fetch(`${app.server.url}/metrics`)).text();
  return Number(/^graphql_errors_total\{code="RATE_LIMITED"\} (\d+)$/m.exec(text)?.[1] ?? 0);
}

describe("a rate-limit refusal", () => {
  it("names the account's budget and its size", async () => {
    const customer = await createCustomer(app);
    const codes: unknown[] = [];
    for (let i = 0; i < 3; i++) codes.push((await postFrom("198.51.100.1", `{ me { id } }`, {}, customer.token)).errors?.[0]?.extensions?.code);
    expect(codes).toEqual([undefined, undefined, undefined]);
    const refused = await postFrom("198.51.100.1", `{ me { id } }`, {}, customer.token);
    expect(refused.status).toBe(429);
    expect(refused.errors?.[0]).toMatchObject({
      message: "Too many requests from this account: at most 3 operations a minute",
      extensions: { code: "RATE_LIMITED", limit: "account", max: 3, windowSeconds: 60 },
    });
    expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("names the sign-in budget of the email", async () => {
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await postFrom("198.51.100.2", SIGN_IN, { email: "budget-target@example.test" }));
    expect(answers[2]!.errors?.[0]).toMatchObject({
      message: "Too many sign-in and sign-up attempts for this email: at most 2 attempts a minute",
      extensions: { code: "RATE_LIMITED", limit: "signInEmail", max: 2, windowSeconds: 60 },
    });
  });

  it("keeps the size to itself in production", async () => {
    const limits = new RateLimits({ perMinute: 1, authPerMinute: 1, keyPrefix: "production" }, undefined, { production: true });
    await limits.consume({ ip: "192.0.2.1", userId: null });
    const refusal = await limits.consume({ ip: "192.0.2.1", userId: null }).catch((error: { message: string; extensions: Record<string, unknown> }) => error);
    expect(refusal).toMatchObject({ message: "Too many requests from this IP address: slow down", extensions: { code: "RATE_LIMITED", limit: "ip" } });
    expect((refusal as { extensions: Record<string, unknown> }).extensions).not.toHaveProperty("max");
  });

  it("over graphql-ws is counted in graphql_errors_total", async () => {
    const customer = await createCustomer(app);
    const before = await rateLimitedCount();
    const client = app.ws(customer.token);
    const codes: unknown[] = [];
    for (let i = 0; i < 4; i++) {
      const answer = await wsExecute(client, `{ me { id } }`).catch((errors: { extensions?: Record<string, unknown> }[]) => ({ errors }));
      codes.push(answer.errors?.[0]?.extensions?.code);
    }
    expect(codes).toEqual([undefined, undefined, undefined, "RATE_LIMITED"]);
    expect(await rateLimitedCount()).toBe(before + 1);
  });
});
