import { createClient } from "graphql-ws";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { loadConfig } from "../../src/app/config.ts";
import { createTokenService } from "../../src/platform/auth/tokens.ts";
import { createPrismaClient, type PrismaClient } from "../../src/platform/db/prisma.ts";
import { createCustomer, createMechanic, createSession } from "../factories/index.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";
import { live, waitUntil } from "../setup/live.ts";
import { spawnApi, type SpawnedApi } from "../setup/spawn-api.ts";
import type { TestApp } from "../setup/test-app.ts";

/**
 * Two real API processes (`node --import tsx src/app/main.ts`) on one database, linked only by Redis:
 * what is published on one instance must reach subscribers connected to the other. Needs a Redis
 * server, so it runs when REDIS_URL is set (CI's PostgreSQL + Redis run).
 */
const redisUrl = process.env.REDIS_URL;

type Instance = SpawnedApi;

const startInstance = (databaseUrl: string) =>
  spawnApi({ NODE_ENV: "test", DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, SEED_DEMO_DATA: "never", RATE_LIMIT_KEY_PREFIX: `test:${process.pid}:${Date.now()}` });

async function send(instance: Instance, token: string, sessionId: string, body: string) {
  const response = await fetch(`${instance.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: `mutation ($s: ID!, $b: String!) { sendMessage(sessionId: $s, body: $b) { flagged message { id } } }`, variables: { s: sessionId, b: body } }),
  });
  return (await response.json()) as { data?: any; errors?: any[] };
}

describe.skipIf(!redisUrl)("two API instances sharing Redis", () => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  let redis: Redis;
  const instances: Instance[] = [];
  const sockets: ReturnType<typeof createClient>[] = [];
  let app: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    prisma = createPrismaClient(database.url, 1);
    redis = new Redis(redisUrl!);
    // One after the other: both create the bootstrap admin when it is missing.
    instances.push(await startInstance(database.url));
    instances.push(await startInstance(database.url));
    // The factories need a database and the token service the instances trust (same environment).
    app = { prisma, tokens: createTokenService(loadConfig({ ...process.env, NODE_ENV: "test" }).auth) } as unknown as TestApp;
  }, 120_000);

  afterAll(async () => {
    await Promise.all(sockets.map((socket) => socket.dispose()));
    for (const instance of instances) {
      instance.child.kill("SIGTERM");
      await instance.exited;
    }
    redis?.disconnect();
    await prisma?.$disconnect();
    await database?.drop();
  });

  const wsClient = (instance: Instance, token: string) => {
    const client = createClient({ url: `${instance.url.replace("http", "ws")}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${token}` } });
    sockets.push(client);
    return client;
  };
  /** Redis confirms the channel has `count` subscribers: the instance is listening. */
  const listening = (sessionId: string, count: number) =>
    waitUntil(
      async () => {
        const [, subscribers] = (await redis.pubsub("NUMSUB", `chatMessageAdded:${sessionId}`)) as [string, number];
        return Number(subscribers) >= count;
      },
      10_000,
      "the other instance to subscribe in Redis",
    );

  it("delivers a message sent through instance A to a subscriber on instance B", async () => {
    const [a, b] = instances as [Instance, Instance];
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });

    const feed = live(wsClient(b, customer.token), `subscription ($s: ID!) { chatMessageAdded(sessionId: $s) { id body senderId } }`, { s: session.id });
    await listening(session.id, 1);
    const sent = await send(a, mechanic.token, session.id, "Can you send a photo of the brake disc?");
    expect(sent.errors).toBeUndefined();

    const received = await feed.next(10_000);
    expect(received.data!.chatMessageAdded).toEqual({ id: sent.data.sendMessage.message.id, body: "Can you send a photo of the brake disc?", senderId: mechanic.id });
  });

  it("delivers the retroactive mask of a split address to a subscriber on B, before the part that completes it", async () => {
    const [a, b] = instances as [Instance, Instance];
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });

    const feed = live(wsClient(b, customer.token), `subscription ($s: ID!) { chatMessageAdded(sessionId: $s) { id body editedAt } }`, { s: session.id });
    await listening(session.id, 1);
    const first = await send(a, mechanic.token, session.id, "bob.smith");
    const second = await send(a, mechanic.token, session.id, "at gmail dot com");
    expect(second.data.sendMessage.flagged).toBe(true);

    const frames = [await feed.next(10_000), await feed.next(10_000), await feed.next(10_000)].map((result) => result.data!.chatMessageAdded);
    expect(frames.map((frame) => [frame.id, frame.editedAt !== null])).toEqual([
      [first.data.sendMessage.message.id, false],
      [first.data.sendMessage.message.id, true],
      [second.data.sendMessage.message.id, false],
    ]);
    expect(frames[0].body).toBe("bob.smith");
    for (const frame of frames.slice(1)) expect(frame.body).not.toMatch(/bob|gmail/);
  });

  it("ends a mechanic's subscription on B when a contact attempt through A suspends them", async () => {
    const [a, b] = instances as [Instance, Instance];
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });

    const customerFeed = live(wsClient(b, customer.token), `subscription ($s: ID!) { chatMessageAdded(sessionId: $s) { body } }`, { s: session.id });
    const mechanicFeed = live(wsClient(b, mechanic.token), `subscription ($s: ID!) { chatMessageAdded(sessionId: $s) { body } }`, { s: session.id });
    await listening(session.id, 1);
    await waitUntil(async () => Number(((await redis.pubsub("NUMSUB", "accountStatusChanged")) as [string, number])[1]) >= 2, 10_000, "both instances to listen for status changes");

    const sent = await send(a, mechanic.token, session.id, "call me on 415 555 0132 and we skip the fees");
    expect(sent.data.sendMessage.flagged).toBe(true);

    expect((await customerFeed.next(10_000)).data!.chatMessageAdded.body).not.toContain("0132");
    expect((await mechanicFeed.ended).error?.code).toBe(4403);
    expect(mechanicFeed.results).toEqual([]);
  });
});
