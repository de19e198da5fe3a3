import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { createCustomer } from "../factories/index.ts";
import { rawTcpWebSocket } from "../setup/raw-websocket.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * A client that goes away while its connection_init is still being authenticated (a page reloaded,
 * a flapping network) holds nothing afterwards: no slot of its account's connection cap, and no
 * timer for its token's expiry, which kept a stopped server's process alive (round 51's walkthrough:
 * `stopped` logged, the process still running 25 s later).
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ WS_MAX_CONNECTIONS_PER_USER: "2" });
});
afterAll(() => app.close());

/** Sends connection_init with the token and drops the connection at once, before the server can answer it. */
async function initAndVanish(token: string): Promise<void> {
  const { socket, sendText } = await rawTcpWebSocket(app.server.port);
  sendText(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${token}` } }));
  socket.destroy();
}

/** Opens a socket with the token: `ack`, or the close code it got instead. */
function connect(token: string): Promise<{ socket: WebSocket; outcome: "ack" | number }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(app.wsUrl, "graphql-transport-ws");
    socket.on("open", () => socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${token}` } })));
    socket.on("message", (data) => JSON.parse(data.toString()).type === "connection_ack" && resolve({ socket, outcome: "ack" }));
    socket.on("close", (code) => resolve({ socket, outcome: code }));
  });
}

describe("a socket closed while its connection_init is authenticated", () => {
  // Whether its expiry timer is left running shows as a process that never exits (shutdown-exits.test.ts):
  // counted here, the process's timers move with whatever else the test process runs.
  it("leaves no slot of the account's connection cap taken", async () => {
    const customer = await createCustomer(app);
    for (let i = 0; i < 4; i++) await initAndVanish(customer.token);
    await new Promise((resolve) => setTimeout(resolve, 300)); // the authentications finish

    expect(app.server.websockets.tracked().users).toBe(0);
    // The cap of two is whole: both connections are admitted.
    const [first, second] = [await connect(customer.token), await connect(customer.token)];
    expect([first.outcome, second.outcome]).toEqual(["ack", "ack"]);
    first.socket.close();
    second.socket.close();
  });
});
