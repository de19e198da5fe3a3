import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { startServer, type RunningServer } from "../../src/app/server.ts";
import { permissionRules } from "../../src/authz/permissions.ts";
import type { Database } from "../../src/platform/db/database.ts";
import { createLogger } from "../../src/platform/server/logger.ts";
import { createAdmin, createCustomer, createMechanic, createSession, type CreatedUser } from "../factories/index.ts";
import { waitUntil } from "../setup/live.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * The benchmarks' authorization-cost rows compare the server with and without its permission
 * layer (`withoutPermissionsForBenchmark`). A switch that left the checks on would make those rows
 * checks that cannot fail: this file shows what it turns off on the live fan-out's path (the rule
 * map when subscribing and per event, the per-event "account still active" checks of the socket
 * and of the chat feed), by rule evaluations counted and by what a subscriber receives.
 */
let app: TestApp;
let database: Database;
let without: RunningServer;
beforeAll(async () => {
  app = await startTestApp();
  // The same clients (an embedded test database takes one connection).
  database = { prisma: app.prisma, sql: app.sql, embedded: false, isReady: async () => true, close: async () => {} };
  without = await startServer(app.config, database, createLogger({ ...app.config, logLevel: "error" }), { withoutPermissionsForBenchmark: true });
});
afterAll(async () => {
  await without?.close();
  await app?.close();
});

/** Every rule of the map counts its evaluations (the layer calls `func` on the rule objects at each check). */
let evaluations = 0;
beforeAll(() => {
  const seen = new Set<object>();
  const wrap = (rule: unknown) => {
    const candidate = rule as { func?: (...args: unknown[]) => unknown };
    if (!candidate || typeof candidate.func !== "function" || seen.has(candidate)) return;
    seen.add(candidate);
    const func = candidate.func;
    candidate.func = (...args: unknown[]) => {
      evaluations++;
      return func(...args);
    };
  };
  for (const entry of Object.values(permissionRules as Record<string, unknown>)) {
    wrap(entry);
    if (entry && typeof entry === "object" && !("func" in entry)) for (const rule of Object.values(entry)) wrap(rule);
  }
});

const SEND = `mutation ($sessionId: ID!, $body: String!) { sendMessage(sessionId: $sessionId, body: $body) { message { id } } }`;
/** A party asking for the admins' fields: the rule map refuses them per event. */
const ADMIN_FIELDS = `subscription ($sessionId: ID!) { chatMessageAdded(sessionId: $sessionId) { id body originalBody flaggedKinds } }`;

async function subscriber(server: RunningServer, reader: CreatedUser, sessionId: string) {
  const socket = new WebSocket(`${server.url.replace("http", "ws")}/graphql`, "graphql-transport-ws");
  const frames: Array<{ data?: unknown; errors?: Array<{ extensions: { code: string } }> }> = [];
  await new Promise<void>((resolve, reject) => {
    socket.on("message", (raw) => {
      const message = JSON.parse(String(raw));
      if (message.type === "connection_ack") resolve();
      else if (message.type === "next") frames.push(message.payload);
    });
    socket.once("close", (code) => reject(new Error(`closed ${code}`)));
    socket.once("open", () => socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${reader.token}` } })));
  });
  socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: ADMIN_FIELDS, variables: { sessionId } } }));
  return { frames, close: () => socket.close() };
}

/** Subscribes the session's mechanic and an admin, suspends the admin, sends one message as the customer; what each received and the rules evaluated. */
async function fanout(server: RunningServer) {
  const customer = await createCustomer(app);
  const mechanic = await createMechanic(app);
  const admin = await createAdmin(app);
  const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
  const before = evaluations;
  const readers = [await subscriber(server, mechanic, session.id), await subscriber(server, admin, session.id)];
  await waitUntil(() => server.services.chat.liveSubscriberCount(session.id) === 2, 5_000, "the subscriptions to start");
  await app.prisma.user.update({ where: { id: admin.id }, data: { status: "SUSPENDED" } });
  server.services.accountStatus.invalidate(admin.id);
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${customer.token}` },
    body: JSON.stringify({ query: SEND, variables: { sessionId: session.id, body: "the pads are at 3 mm" } }),
  });
  expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
  await waitUntil(() => readers[0]!.frames.length === 1, 5_000, "the mechanic's frame");
  // The suspended admin's frame, if it comes, comes in the same loop as the mechanic's.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const [mechanicFrames, adminFrames] = readers.map((reader) => reader.frames);
  for (const reader of readers) reader.close();
  return { mechanicFrames: mechanicFrames!, adminFrames: adminFrames!, evaluations: evaluations - before };
}

describe("withoutPermissionsForBenchmark on the live fan-out", () => {
  it("with the layer: rules evaluated, the admin fields refused to a party, a suspended subscriber gets nothing", async () => {
    const seen = await fanout(app.server);
    expect(seen.evaluations).toBeGreaterThan(0);
    expect(seen.mechanicFrames[0]!.errors?.map((error) => error.extensions.code)).toEqual(["FORBIDDEN", "FORBIDDEN"]);
    expect(seen.adminFrames).toEqual([]);
  });

  it("without: no rule evaluated, nothing refused, the suspended subscriber still served (so the benchmark's baseline has no checks)", async () => {
    const seen = await fanout(without);
    expect(seen.evaluations).toBe(0);
    expect(seen.mechanicFrames[0]!.errors).toBeUndefined();
    expect(seen.adminFrames).toHaveLength(1);
  });
});
