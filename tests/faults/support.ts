import { loadConfig } from "../../src/app/config.ts";
import { createTokenService } from "../../src/platform/auth/tokens.ts";
import { applyMigrations } from "../../src/platform/db/migrate.ts";
import { createPrismaClient, type PrismaClient } from "../../src/platform/db/prisma.ts";
import { createCustomer, createMechanic, createSession } from "../factories/index.ts";
import { createTestDatabase } from "../setup/database.ts";
import { type SpawnedApi, postGraphql, spawnApi } from "../setup/spawn-api.ts";
import type { TestApp } from "../setup/test-app.ts";
import { postgresAvailable, startThrowawayPostgres, startThrowawayRedis, type ThrowawayRedis } from "../setup/throwaway-servers.ts";

/**
 * The factories against a database that spawned API processes use: they need only a Prisma client
 * and the token service those processes trust (the same environment, so the same secret).
 */
export function factoryApp(databaseUrl: string): TestApp & { prisma: PrismaClient } {
  const prisma = createPrismaClient(databaseUrl, 2);
  return { prisma, tokens: createTokenService(loadConfig({ ...process.env, NODE_ENV: "test" }).auth) } as unknown as TestApp;
}

/** A customer and a mechanic chatting in an in-progress session. */
export async function chatWorld(app: TestApp) {
  const customer = await createCustomer(app);
  const mechanic = await createMechanic(app);
  const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
  return { customer, mechanic, session };
}

export const SEND = `mutation ($s: ID!, $b: String!) { sendMessage(sessionId: $s, body: $b) { message { id body } } }`;

/** What a load loop saw: the writes the API acknowledged, and every error by code. */
export interface SendLedger {
  acknowledged: Map<string, string>; // body -> message id
  attempted: Set<string>;
  errorCodes: Map<string, number>;
  retryableFlags: Set<unknown>;
}

export const newLedger = (): SendLedger => ({ acknowledged: new Map(), attempted: new Set(), errorCodes: new Map(), retryableFlags: new Set() });

/**
 * Env for an API under a fault scenario's load: every request comes from 127.0.0.1 as one user
 * sending back to back, so the per-minute budgets (600 by default) would answer RATE_LIMITED once
 * sends got fast enough, and the budgets are not what a fault scenario tests.
 */
export const UNTHROTTLED = { RATE_LIMIT_PER_MINUTE: "100000", AUTH_RATE_LIMIT_PER_MINUTE: "100000" } as const;

/**
 * `workers` clients each sending uniquely numbered chat messages back to back until `stop()`:
 * the steady load the fault scenarios disturb. `target()` picks the instance for each request.
 */
export function chatLoad(target: () => SpawnedApi, token: string, sessionId: string, ledger: SendLedger, workers = 4, prefix = "m") {
  let running = true;
  const loops = Array.from({ length: workers }, async (_, worker) => {
    for (let i = 0; running; i++) {
      const body = `${prefix}-${worker}-${i}`;
      ledger.attempted.add(body);
      const result = await postGraphql(target().url, SEND, { s: sessionId, b: body }, token);
      const message = result.data?.sendMessage?.message;
      if (message && !result.errors) ledger.acknowledged.set(body, message.id);
      else {
        const code = result.networkError ? "NETWORK" : String(result.errors?.[0]?.extensions?.code ?? `HTTP_${result.status}`);
        ledger.errorCodes.set(code, (ledger.errorCodes.get(code) ?? 0) + 1);
        ledger.retryableFlags.add(result.errors?.[0]?.extensions?.retryable);
        // Back off a little, as a client would on a retryable error.
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    }
  });
  return {
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}

/**
 * The database holds every acknowledged message exactly once, and nothing that was never sent.
 * Returns the stored bodies.
 */
export async function assertLedgerInDatabase(prisma: PrismaClient, sessionId: string, ledger: SendLedger, expect: (typeof import("vitest"))["expect"]) {
  const stored = await prisma.chatMessage.findMany({ where: { sessionId }, select: { id: true, body: true } });
  const bodies = stored.map((m) => m.body);
  const counts = new Map<string, number>();
  for (const body of bodies) counts.set(body, (counts.get(body) ?? 0) + 1);
  const duplicated = [...counts].filter(([, n]) => n > 1).map(([body]) => body);
  const lost = [...ledger.acknowledged].filter(([body, id]) => !stored.some((m) => m.id === id && m.body === body)).map(([body]) => body);
  const unknown = bodies.filter((body) => !ledger.attempted.has(body));
  expect({ lost, duplicated, unknown }).toEqual({ lost: [], duplicated: [], unknown: [] });
  return bodies;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs one step of a fault scenario within `ms` milliseconds; past that it fails naming the step
 * and showing the end of the API's output, so a hang says where it was instead of a bare test timeout.
 */
export async function step<T>(label: string, api: SpawnedApi, ms: number, run: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label}: not done within ${ms} ms; the API printed:\n${api.output().slice(-4_000)}`)), ms);
  });
  try {
    return await Promise.race([run(), late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Polls /readyz until it answers `status` (200 or 503). */
export async function readyzBecomes(api: SpawnedApi, status: number, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    // Bounded: a probe that never answers must fail this wait, not hang the test until its timeout.
    const got = await fetch(`${api.url}/readyz`, { signal: AbortSignal.timeout(10_000) }).then(
      (r) => r.status,
      () => 0,
    );
    if (got === status) return;
    if (Date.now() > deadline) throw new Error(`/readyz did not become ${status} (last ${got})`);
    await sleep(100);
  }
}

/**
 * A PostgreSQL database that several API processes can share: our own throwaway server when the
 * binaries are here, else a copy of the run's template in DATABASE_URL (CI), else none: the
 * embedded database serves one connection at a time (src/platform/db/database.ts).
 */
export async function sharedDatabase(): Promise<{ url: string; drop(): Promise<void> } | null> {
  if (postgresAvailable()) {
    const postgres = await startThrowawayPostgres();
    await applyMigrations(postgres.url);
    return { url: postgres.url, drop: () => postgres.destroy() };
  }
  if (process.env.DATABASE_URL) return createTestDatabase();
  return null;
}

export const canShareDatabase = () => postgresAvailable() || Boolean(process.env.DATABASE_URL);

/** Two API processes sharing one database and our own Redis (which a test may kill and restart). */
export interface RedisPair {
  redis: ThrowawayRedis;
  /** Writes factory rows into the shared database. */
  app: ReturnType<typeof factoryApp>;
  instances: [SpawnedApi, SpawnedApi];
  /** Stops both processes, then drops the database and destroys Redis. */
  close(): Promise<void>;
}

/** Starts a RedisPair; call only where `redisAvailable()` and `canShareDatabase()` hold. */
export async function twoInstancesOverRedis(): Promise<RedisPair> {
  const redis = await startThrowawayRedis();
  const database = (await sharedDatabase())!;
  const app = factoryApp(database.url);
  const spawn = () => spawnApi({ DATABASE_URL: database.url, DB_POOL_SIZE: "4", REDIS_URL: redis.url, SEED_DEMO_DATA: "never" });
  const instances: [SpawnedApi, SpawnedApi] = [await spawn(), await spawn()];
  return {
    redis,
    app,
    instances,
    async close() {
      for (const instance of instances) await instance.stop();
      await app.prisma.$disconnect();
      await database.drop();
      await redis.destroy();
    },
  };
}
