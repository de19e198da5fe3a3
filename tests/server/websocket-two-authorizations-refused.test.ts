import { createClient } from "graphql-ws";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { createCustomer, createMechanic } from "../factories/index.ts";
import { wsCloseCode, wsExecute, type TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

/**
 * A graphql-ws `connection_init` carrying two authorizations (`authorization` and `Authorization`)
 * is refused as two Authorization headers are over HTTP (README, Subscriptions): round 51's
 * walkthrough ran such a socket as whichever spelling the server read first.
 */
let app: TestApp;
serverSpec((started) => (app = started));

function socketWith(connectionParams: Record<string, unknown>) {
  return createClient({ url: app.graphqlUrl.replace(/^http/, "ws"), webSocketImpl: WebSocket, lazy: true, retryAttempts: 0, onNonLazyError: () => {}, connectionParams });
}

describe("a connection_init with two authorizations", () => {
  it("closes with 4403, as an invalid token does, in either order", async () => {
    const alice = await createCustomer(app);
    const maya = await createMechanic(app);
    for (const params of [
      { authorization: `Bearer ${alice.token}`, Authorization: `Bearer ${maya.token}` },
      { Authorization: `Bearer ${maya.token}`, authorization: `Bearer ${alice.token}` },
      { authorization: `Bearer ${alice.token}`, AUTHORIZATION: `Bearer ${alice.token}` },
    ]) {
      const client = socketWith(params);
      expect(await wsCloseCode(client)).toBe(4403);
      await client.dispose();
    }
  });

  it("still runs as the account of one authorization, under either spelling", async () => {
    const alice = await createCustomer(app);
    for (const name of ["authorization", "Authorization"]) {
      const client = socketWith({ [name]: `Bearer ${alice.token}` });
      expect((await wsExecute(client, "{ me { id } }")).data).toEqual({ me: { id: alice.id } });
      await client.dispose();
    }
  });
});
