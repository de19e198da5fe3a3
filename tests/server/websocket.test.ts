import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { createCustomer, createMechanic } from "../factories/index.ts";
import { wsCloseCode, wsExecute, type TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

describe("graphql-ws on the same port and path", () => {
  it("authenticates in connection_init and runs operations as that account", async () => {
    const customer = await createCustomer(app);
    const result = await wsExecute(app.ws(customer.token), `{ me { id role } }`);
    expect(result.data).toEqual({ me: { id: customer.id, role: "CUSTOMER" } });
  });

  it("treats a connection without a token as anonymous", async () => {
    const result = await wsExecute(app.ws(), `{ me { id } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("closes with 4403 for an invalid token", async () => {
    expect(await wsCloseCode(app.ws("not-a-token"))).toBe(4403);
  });

  it("closes with 4403 for a suspended account", async () => {
    const mechanic = await createMechanic(app, { status: "SUSPENDED", suspendedUntil: new Date(Date.now() + 86_400_000) });
    expect(await wsCloseCode(app.ws(mechanic.token))).toBe(4403);
  });

  it("closes the connection, and its subscriptions, when the token expires", async () => {
    const customer = await createCustomer(app);
    const shortLived = await new SignJWT({ role: "CUSTOMER" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(customer.id)
      .setIssuer(app.config.auth.issuer)
      .setAudience(app.config.auth.audience)
      .setExpirationTime(Math.floor(Date.now() / 1000) + 2)
      .sign(new TextEncoder().encode(app.config.auth.jwtSecret));
    const client = app.ws(shortLived, { lazy: false });
    const closed = new Promise<number>((resolve) => client.on("closed", (event) => resolve((event as { code: number }).code)));
    expect((await wsExecute(client, `{ me { id } }`)).data).toEqual({ me: { id: customer.id } });
    expect(await closed).toBe(4403);
  });

  it("masks internal details in errors over the socket too", async () => {
    const customer = await createCustomer(app);
    const result = await wsExecute(app.ws(customer.token), `{ session(id: "00000000-0000-4000-8000-000000000000") { id } }`);
    expect(result.errors?.[0]).toMatchObject({ message: "Session not found", extensions: { code: "NOT_FOUND" } });
  });
});
