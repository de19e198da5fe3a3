import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer } from "../factories/index.ts";
import { startTestApp, wsExecute, type TestApp } from "../setup/test-app.ts";

let app: TestApp;
let accountApp: TestApp;
beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: "3" });
  accountApp = await startTestApp({ RATE_LIMIT_PER_MINUTE: "5" });
});
afterAll(async () => {
  await app.close();
  await accountApp.close();
});

const SIGN_IN = `mutation ($email: String!) { signIn(email: $email, password: "wrong-password") { token } }`;

describe("rate limits", () => {
  it("give sign-in attempts a strict budget and say when to retry", async () => {
    const codes: string[] = [];
    let limited: Response | undefined;
    for (let attempt = 0; attempt < 4; attempt++) {
      const response = await fetch(app.graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: SIGN_IN, variables: { email: "target@example.test" } }),
      });
      const body = (await response.json()) as { errors: { extensions: { code: string; retryAfterSeconds?: number } }[] };
      codes.push(body.errors[0]!.extensions.code);
      if (response.status === 429) {
        limited = response;
        expect(body.errors[0]!.extensions.retryAfterSeconds).toBeGreaterThan(0);
      }
    }
    expect(codes).toEqual(["UNAUTHENTICATED", "UNAUTHENTICATED", "UNAUTHENTICATED", "RATE_LIMITED"]);
    expect(Number(limited?.headers.get("retry-after"))).toBeGreaterThan(0);
    // Without TRUSTED_PROXIES a client cannot pick a fresh address by writing X-Forwarded-For.
    const spoofed = await fetch(app.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": "198.51.100.7" },
      body: JSON.stringify({ query: SIGN_IN, variables: { email: "other-target@example.test" } }),
    });
    expect(spoofed.status).toBe(429);
  });

  it("give each account a budget of operations, on HTTP and graphql-ws together", async () => {
    const customer = await createCustomer(accountApp);
    const results: (string | undefined)[] = [];
    for (let i = 0; i < 3; i++) results.push((await accountApp.gql(`{ me { id } }`, {}, customer.token)).errors?.[0]?.extensions?.code);
    const client = accountApp.ws(customer.token);
    for (let i = 0; i < 3; i++) results.push((await wsExecute(client, `{ me { id } }`).catch((errors) => ({ errors }))).errors?.[0]?.extensions?.code);
    expect(results).toEqual([undefined, undefined, undefined, undefined, undefined, "RATE_LIMITED"]);
  });
});
