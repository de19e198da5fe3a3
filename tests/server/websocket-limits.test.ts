import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { createCustomer } from "../factories/index.ts";
import { startTestApp, wsExecute, type TestApp } from "../setup/test-app.ts";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ WS_MAX_CONNECTIONS: "4", WS_MAX_CONNECTIONS_PER_USER: "2" });
});
afterAll(() => app.close());

/** Opens a raw graphql-transport-ws socket and sends connection_init; resolves with how it went. */
function connect(token?: string): Promise<{ socket: WebSocket; outcome: "ack" | { closed: number } | { refused: number } }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(app.wsUrl, "graphql-transport-ws");
    socket.on("unexpected-response", (_req, res) => resolve({ socket, outcome: { refused: res.statusCode ?? 0 } }));
    socket.on("open", () => socket.send(JSON.stringify({ type: "connection_init", payload: token ? { authorization: `Bearer ${token}` } : {} })));
    socket.on("message", (data) => {
      if (JSON.parse(data.toString()).type === "connection_ack") resolve({ socket, outcome: "ack" });
    });
    socket.on("close", (code) => resolve({ socket, outcome: { closed: code } }));
  });
}

describe("WebSocket limits", () => {
  it("closes a connection beyond the per-account cap with 4429, and admits one again after a close", async () => {
    const customer = await createCustomer(app);
    const first = await connect(customer.token);
    const second = await connect(customer.token);
    expect([first.outcome, second.outcome]).toEqual(["ack", "ack"]);
    const third = await connect(customer.token);
    expect(third.outcome).toEqual({ closed: 4429 });

    // Another account is not affected.
    const other = await connect((await createCustomer(app)).token);
    expect(other.outcome).toBe("ack");

    first.socket.close();
    await new Promise((resolve) => first.socket.once("close", resolve));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const again = await connect(customer.token);
    expect(again.outcome).toBe("ack");
    for (const c of [second, other, again]) c.socket.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
  });

  it("refuses the upgrade with 503 beyond the per-process cap", async () => {
    const open = [];
    for (let i = 0; i < 4; i++) open.push(await connect());
    expect(open.map((c) => c.outcome)).toEqual(["ack", "ack", "ack", "ack"]);
    expect((await connect()).outcome).toEqual({ refused: 503 });
    for (const c of open) c.socket.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const customer = await createCustomer(app);
    expect((await wsExecute(app.ws(customer.token), `{ me { id } }`)).data).toEqual({ me: { id: customer.id } });
  });
});
