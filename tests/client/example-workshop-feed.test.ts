// `npm run example:workshop-feed` (client/examples/workshop-feed.ts) tells a new user what went wrong before it
// listens: an API that answered and refused the advisor's sign-in is not an API it could not reach, nor
// something answering on another path, and an account that is not an advisor is refused before it waits.
import { execFile } from "node:child_process";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { createAdmin, createCustomer, FACTORY_PASSWORD } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { freePort } from "../setup/throwaway-servers.ts";
import { serverSpec } from "../support/app-spec.ts";

const run = promisify(execFile);
let app: TestApp;
serverSpec((started) => (app = started));

/** Runs the example with `env`; it exits 1 after its one line on stderr. */
async function feed(env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  const done = await run(process.execPath, ["--import", "tsx", "client/examples/workshop-feed.ts"], { env: { ...process.env, ...env }, timeout: 30_000 }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({ code: error.code ?? -1, stdout: error.stdout ?? "", stderr: error.stderr ?? "" }),
  );
  return done;
}

describe("example:workshop-feed's first line", () => {
  it("says the API refused the sign-in, with its code, when the account is wrong", async () => {
    const { code, stderr } = await feed({ AUTODOCTOR_URL: app.graphqlUrl, ADVISOR_EMAIL: "nobody@example.test", ADVISOR_PASSWORD: "wrong-password-1" });
    expect(code).toBe(1);
    expect(stderr).toMatch(/refused to sign in nobody@example\.test \(UNAUTHENTICATED: /);
    expect(stderr).not.toMatch(/Cannot reach/);
  });

  it("says AUTODOCTOR_URL is not an http(s) URL, not that the API is down, for one that is not a URL", async () => {
    const { code, stderr } = await feed({ AUTODOCTOR_URL: "notaurl" });
    expect(code).toBe(1);
    expect(stderr).toContain(`AUTODOCTOR_URL "notaurl" is not a valid http(s) URL`);
    expect(stderr).not.toMatch(/Cannot reach|npm start/);
  });

  it("says each reconnect attempt, then gives up with 1, when the API's socket goes away", async () => {
    // Answers the sign-in as an advisor, and drops every WebSocket upgrade: an API gone after sign-in.
    const api = createServer((_request, response) => {
      response.setHeader("content-type", "application/json");
      response.end(JSON.stringify({ data: { signIn: { token: "t", user: { id: "u", email: "a@b.test", role: "WORKSHOP_ADVISOR" } } } }));
    });
    api.on("upgrade", (_request, socket) => socket.destroy());
    await new Promise<void>((resolve) => api.listen(0, "127.0.0.1", resolve));
    try {
      const { code, stderr } = await feed({ AUTODOCTOR_URL: `http://127.0.0.1:${(api.address() as AddressInfo).port}/graphql`, FEED_RECONNECT_ATTEMPTS: "2" });
      expect(code).toBe(1);
      expect(stderr.match(/Lost the connection to the API at .*; retrying in [\d.]+ s \(attempt \d of 2\)/g)).toHaveLength(2);
      expect(stderr).toMatch(/Gave up on the API at .* after 2 reconnect attempts/);
    } finally {
      await new Promise((resolve) => api.close(resolve));
    }
  });

  it("says it cannot reach the API when nothing listens there (a port just freed)", async () => {
    const { code, stderr } = await feed({ AUTODOCTOR_URL: `http://127.0.0.1:${await freePort()}/graphql` });
    expect(code).toBe(1);
    expect(stderr).toMatch(/Cannot reach the API at .* \(ECONNREFUSED\)/);
  });

  it("refuses at once, with 1, an account that is not a workshop advisor, instead of waiting for a feed it may not read", async () => {
    const customer = await createCustomer(app);
    const { code, stdout, stderr } = await feed({ AUTODOCTOR_URL: app.graphqlUrl, ADVISOR_EMAIL: customer.email, ADVISOR_PASSWORD: FACTORY_PASSWORD });
    expect(code).toBe(1);
    expect(stderr).toContain(`${customer.email} signed in as a CUSTOMER, not a workshop advisor`);
    expect(stdout).not.toMatch(/waiting for escalations/);
  });

  it("names an admin's role with its article: signed in as an ADMIN", async () => {
    const admin = await createAdmin(app);
    const { code, stderr } = await feed({ AUTODOCTOR_URL: app.graphqlUrl, ADVISOR_EMAIL: admin.email, ADVISOR_PASSWORD: FACTORY_PASSWORD });
    expect(code).toBe(1);
    expect(stderr).toContain(`${admin.email} signed in as an ADMIN, not a workshop advisor`);
  });

  it("names AUTODOCTOR_URL, not the account, when the server answers on another path", async () => {
    const { code, stderr } = await feed({ AUTODOCTOR_URL: app.graphqlUrl.replace(/\/graphql$/, "/nope") });
    expect(code).toBe(1);
    expect(stderr).toMatch(/did not answer as the AutoDoctor API's GraphQL endpoint \(NOT_FOUND: .*\)\. Set AUTODOCTOR_URL/);
    expect(stderr).not.toMatch(/ADVISOR_EMAIL/);
  });
});
