import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { createCustomer } from "../factories/index.ts";
import { waitUntil } from "../setup/live.ts";
import { rawTcpWebSocket } from "../setup/raw-websocket.ts";
import { spawnApi, type SpawnedApi } from "../setup/spawn-api.ts";
import { canShareDatabase, factoryApp, sharedDatabase, sleep } from "./support.ts";

/** Open WebSockets of the API process, read from its /metrics gauge. */
async function openSockets(api: SpawnedApi): Promise<number> {
  const text = await (await fetch(`${api.url}/metrics`)).text();
  const line = text.split("\n").find((l) => l.startsWith("websocket_connections "));
  return Number(line?.split(/\s+/)[1] ?? NaN);
}

/** A WebSocket that stops reading, and a flood of sockets, against a real API process. */
describe.skipIf(!canShareDatabase())("WebSocket abuse", () => {
  let database: Awaited<ReturnType<typeof sharedDatabase>>;
  let app: ReturnType<typeof factoryApp>;
  let api: SpawnedApi;

  beforeAll(async () => {
    database = await sharedDatabase();
    app = factoryApp(database!.url);
    api = await spawnApi({
      DATABASE_URL: database!.url,
      DB_POOL_SIZE: "4",
      SEED_DEMO_DATA: "never",
      REDIS_URL: "",
      WS_MAX_BUFFERED_BYTES: "262144",
      WS_MAX_CONNECTIONS_PER_IP: "60",
      WS_MAX_ANONYMOUS_CONNECTIONS_PER_IP: "10",
      WS_ANONYMOUS_IDLE_MS: "2000",
      RATE_LIMIT_PER_MINUTE: "100000",
    });
  }, 120_000);

  afterAll(async () => {
    await api?.stop();
    await app?.prisma.$disconnect();
    await database?.drop();
  });

  it("drops a slow consumer that stops reading, and stays healthy", async () => {
    const customer = await createCustomer(app);
    const slow = await rawTcpWebSocket(Number(new URL(api.url).port));
    slow.sendText(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${customer.token}` } }));
    await sleep(300);
    slow.socket.pause();
    const dump = `__schema { types { name description fields { name description } } }`;
    const big = `{ ${Array.from({ length: 5 }, (_, i) => `t${i}: ${dump}`).join(" ")} }`;
    for (let i = 0; i < 400; i++) slow.sendText(JSON.stringify({ id: `q${i}`, type: "subscribe", payload: { query: big } }));
    await waitUntil(() => api.output().includes("slow consumer"), 40_000, "the slow consumer to be dropped");
    await waitUntil(async () => (await openSockets(api)) === 0, 10_000, "no socket left open");
    expect(api.output()).not.toMatch(/Internal error| {4}at /);
    slow.socket.destroy();
    expect((await fetch(`${api.url}/healthz`)).ok).toBe(true);
  }, 90_000);

  it("bounds a flood of sockets from one address, and returns to zero afterwards", async () => {
    const url = `${api.url.replace("http", "ws")}/graphql`;
    const sockets: WebSocket[] = [];
    const outcomes = await Promise.all(
      Array.from({ length: 150 }, () => {
        const socket = new WebSocket(url, "graphql-transport-ws");
        sockets.push(socket);
        return new Promise<string>((resolve) => {
          socket.on("error", () => {});
          socket.once("unexpected-response", (_req, res) => resolve(`http ${res.statusCode}`));
          socket.once("close", (code) => resolve(`close ${code}`));
          socket.once("open", () => {
            socket.send(JSON.stringify({ type: "connection_init", payload: {} }));
            socket.once("message", () => resolve("open"));
          });
        });
      }),
    );
    const counts = outcomes.reduce<Record<string, number>>((all, outcome) => ({ ...all, [outcome]: (all[outcome] ?? 0) + 1 }), {});
    expect(counts.open).toBeLessThanOrEqual(10); // anonymous per address
    expect((counts["http 429"] ?? 0) + (counts["close 4429"] ?? 0)).toBeGreaterThanOrEqual(140);
    // Idle anonymous sockets are closed by the server; the rest we close.
    for (const socket of sockets) if (socket.readyState === socket.OPEN) socket.close();
    await waitUntil(async () => (await openSockets(api)) === 0, 10_000, "every socket to close");
    // A signed-in client still gets in and is served.
    const customer = await createCustomer(app);
    const client = createClient({ url, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${customer.token}` } });
    const result = await new Promise<any>((resolve, reject) => client.subscribe({ query: `{ me { id } }` }, { next: resolve, error: reject, complete: () => {} }));
    expect(result.data).toEqual({ me: { id: customer.id } });
    await client.dispose();
    expect(api.output()).not.toMatch(/Internal error| {4}at /);
  }, 60_000);
});
