import "reflect-metadata";
import { execFileSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { cpus, loadavg, totalmem } from "node:os";
import autocannon from "autocannon";
import pg from "pg";
import { loadConfig, type Config } from "../src/app/config.ts";
import { startServer, type RunningServer, type ServerOptions } from "../src/app/server.ts";
import { createTokenService } from "../src/platform/auth/tokens.ts";
import { openDatabase, type Database } from "../src/platform/db/database.ts";
import { startEmbeddedPostgres } from "../src/platform/db/embedded.ts";
import { databaseClientsOver, databasePool, isDatabaseReachable, type PrismaClient } from "../src/platform/db/prisma.ts";
import { createLogger } from "../src/platform/server/logger.ts";
import { withAdminClient, withDatabase } from "../tests/setup/global-setup.ts";
import type { TestApp } from "../tests/setup/test-app.ts";

/** The host a run measured on: figures from different machines are not comparable. */
export const machine = () => ({
  cores: cpus().length,
  cpu: cpus()[0]?.model ?? "unknown",
  memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
  node: process.version,
  nodeEnv: process.env.NODE_ENV ?? "",
});

/** The commit measured, with "-dirty" when the work tree had changes (null outside git). */
export function commit(): string | null {
  try {
    const head = execFileSync("git", ["rev-parse", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { encoding: "utf8" }).trim() !== "";
    return dirty ? `${head}-dirty` : head;
  } catch {
    return null;
  }
}

/** 1-minute load average, rounded: every figure on a shared machine is read beside it. */
export const loadAverage = () => Math.round(loadavg()[0]! * 100) / 100;

/** Load duration per measurement; BENCH_SECONDS=2 while developing. */
export const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);

/** Repeats of each measured side; figures are their median (BENCH_REPEATS). */
export const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);

/** The spread of a figure over its repeats. */
export interface Spread {
  min: number;
  median: number;
  max: number;
  /** (max - min) / median: how far apart the repeats were. */
  variation: number;
  runs: number[];
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((x, y) => x - y);
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  return { min: sorted[0]!, median, max: sorted.at(-1)!, variation: (sorted.at(-1)! - sorted[0]!) / median, runs: [...values] };
}

/**
 * How every benchmarked server runs: as in production (NODE_ENV=production turns off graphql-js's
 * development checks, which `npm run bench` also sets for this process), with one throwaway signing
 * key. One load generator on one address would spend the per-IP rate budget in a second, so the
 * budgets are raised (the limiter still runs on every request, so its cost is measured).
 */
export const BENCH_ENV = {
  NODE_ENV: "production",
  JWT_SECRET: randomBytes(32).toString("hex"),
  RATE_LIMIT_PER_MINUTE: "1000000000",
  AUTH_RATE_LIMIT_PER_MINUTE: "1000000000",
} as const;

/** One row of the results table: the figure, the baseline measured in the same run, and the target. */
export interface ScenarioResult {
  scenario: string;
  metric: string;
  figure: number;
  baseline: number | null;
  /** figure / baseline (or the figure itself when there is no baseline). */
  ratio: number | null;
  target: string;
  /** null: reported, no target. */
  pass: boolean | null;
  /** min/median/max of the repeats behind `figure`, `baseline` and `ratio` (each the median of its runs; the ratio's, of the per-round ratios). */
  repeats?: { figure: Spread; baseline?: Spread; ratio?: Spread; ratioOfMedians?: number };
  /** 1-minute load average when the row was measured. */
  loadAverage?: number;
  details?: Record<string, unknown>;
}

/**
 * A migrated database for a benchmark: a fresh database in DATABASE_URL's server (dropped at
 * stop), or the embedded one in memory.
 */
export async function benchDatabase(): Promise<{ config: Config; database: Database; url: string; stop(): Promise<void> }> {
  const adminUrl = process.env.DATABASE_URL;
  const name = `autodoctor_bench_${process.pid}_${Date.now()}`;
  const embedded = adminUrl ? null : await startEmbeddedPostgres();
  if (adminUrl) await withAdminClient(adminUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  const url = embedded?.url ?? withDatabase(adminUrl!, name);
  const config = loadConfig({ ...process.env, ...BENCH_ENV, PORT: "0", LOG_LEVEL: "silent", DATABASE_URL: url, ...(embedded ? { DB_POOL_SIZE: "1" } : {}) });
  const database = await openDatabase(config);
  return {
    config,
    database,
    url,
    async stop() {
      await database.close();
      await embedded?.stop();
      if (adminUrl) await withAdminClient(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/**
 * A plain pg pool for a floor's hand-written statements (`max` connections). A connection that
 * dies while idle is dropped, as the server's own pool does: the run ends by dropping its
 * database WITH (FORCE), which terminates every connection still open, and an idle client's
 * 'error' with no listener would crash the run before it prints its table.
 */
export function floorPool(url: string, max: number): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on("error", () => {});
  return pool;
}

/**
 * The same database through the server's own clients over a pool whose every SQL statement is
 * counted: each pool connection's `query` is wrapped, so reads, transactions and raw queries all
 * show. `record` returns the text of every statement issued while `run` ran (run it alone: the
 * statements of anything concurrent are listed too), for a scenario to show what a request costs.
 */
export function countingDatabase(url: string, poolSize: number): { database: Database; statements(): number; record(run: () => Promise<unknown>): Promise<string[]> } {
  let statements = 0;
  let recorded: string[] | null = null;
  const pool = databasePool({ connectionString: url, max: poolSize });
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      statements++;
      const [first] = args;
      recorded?.push((typeof first === "string" ? first : String((first as { text?: string } | null)?.text ?? first)).replace(/\s+/g, " ").trim());
      return query(...args);
    };
  });
  const { prisma, sql } = databaseClientsOver(pool);
  return {
    statements: () => statements,
    async record(run) {
      recorded = [];
      try {
        await run();
        return recorded;
      } finally {
        recorded = null;
      }
    },
    database: { prisma, sql, embedded: false, isReady: () => isDatabaseReachable(prisma), close: () => prisma.$disconnect() },
  };
}

export async function benchServer(config: Config, database: Database, options: ServerOptions = {}): Promise<RunningServer> {
  return startServer(config, database, createLogger(config), options);
}

/**
 * What the test factories (tests/factories) need of a test app, over the benchmark's server and
 * database: scenarios seed through them and the API's own mutations, not hand-made rows.
 */
export function factoryApp(config: Config, database: Database, server: RunningServer): TestApp {
  return {
    prisma: database.prisma,
    tokens: createTokenService(config.auth),
    async gql(query: string, variables: Record<string, unknown> = {}, token?: string) {
      const response = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: "", ...((await response.json()) as object) };
    },
  } as unknown as TestApp;
}

export const tokenFor = (config: Config, user: { id: string; role: any }) =>
  createTokenService(config.auth)
    .issue(user)
    .then((t) => t.token);

/** A bare `node:http` server: the baseline the full stack is compared with. */
export async function bareServer(handler: (req: IncomingMessage, res: ServerResponse) => void | Promise<void>): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const sendJson = (res: ServerResponse, body: unknown) => {
  const json = JSON.stringify(body);
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(json) });
  res.end(json);
};

/**
 * A mechanic with `count` in-progress sessions, each with its own customer and vehicle: the
 * nested list the authorization and data-access scenarios query. Inserted in bulk (four
 * statements per table batch), so a run's set-up does not eat its time budget.
 */
export async function seedSessions(prisma: PrismaClient, count: number, tag: string) {
  const mechanic = await prisma.user.create({
    data: { email: `bench.mechanic.${tag}@example.test`, role: "MECHANIC", mechanic: { create: { displayName: `Bench Mechanic ${tag}`, ratingHundredths: 475, ratingCount: 4 } } },
  });
  const rows = Array.from({ length: count }, (_, i) => ({ i, customerId: randomUUID(), vehicleId: randomUUID() }));
  await prisma.user.createMany({ data: rows.map(({ i, customerId }) => ({ id: customerId, email: `bench.customer.${tag}.${i}@example.test`, role: "CUSTOMER" as const })) });
  await prisma.customerProfile.createMany({
    data: rows.map(({ i, customerId }) => ({ userId: customerId, firstName: `Customer${i}`, lastName: "Bench", phone: "+1 555 000 0000", addressLine1: "1 Bench St", city: "Austin" })),
  });
  await prisma.vehicle.createMany({ data: rows.map(({ customerId, vehicleId }) => ({ id: vehicleId, ownerId: customerId, year: 2015, make: "Toyota", model: "Corolla" })) });
  // Distinct request times, as sessions requested one after another have (the list orders by them).
  const start = Date.now() - count * 1000;
  await prisma.diagnosticSession.createMany({
    data: rows.map(({ i, customerId, vehicleId }) => ({
      customerId,
      mechanicId: mechanic.id,
      vehicleId,
      concern: "Noise",
      mediaUrls: [],
      status: "IN_PROGRESS" as const,
      priceCents: 2500,
      requestedAt: new Date(start + i * 1000),
    })),
  });
  return mechanic;
}

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

/** Closed-loop load on one POST body for `seconds`; `warmUp` seconds of unmeasured load first (0: none). */
export async function load(url: string, body: unknown, token: string | null, seconds = SECONDS, connections = 10, warmUp = 1): Promise<LoadResult> {
  const options = {
    url,
    method: "POST" as const,
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
    connections,
  };
  return measure(options, seconds, warmUp);
}

/** The body and headers of one POST of a varied load (`content-type` is JSON unless `headers` says otherwise). */
export interface VariedRequest {
  body: string;
  headers?: Record<string, string>;
}

/**
 * Closed-loop load as `load` runs it, but every request is built by `next` when it is sent: a
 * write whose every request must differ (the next session in turn, a new webhook event id).
 * `next` runs in this process, between requests, so keep it cheap.
 */
export async function loadVaried(url: string, next: () => VariedRequest, seconds = SECONDS, connections = 10, warmUp = 1): Promise<LoadResult> {
  const options = {
    url,
    method: "POST" as const,
    connections,
    requests: [
      {
        setupRequest: (request: autocannon.Request): autocannon.Request => {
          const { body, headers } = next();
          return { ...request, method: "POST", body, headers: { "content-type": "application/json", ...headers } };
        },
      },
    ],
  };
  return measure(options, seconds, warmUp);
}

async function measure(options: autocannon.Options, seconds: number, warmUp: number): Promise<LoadResult> {
  if (warmUp > 0) await autocannon({ ...options, duration: warmUp });
  const result = await autocannon({ ...options, duration: seconds });
  // A figure measured on refusals (429s, 5xx) would be fast and meaningless.
  if (result.errors + result.non2xx > 0) throw new Error(`the load got ${result.errors} errors and ${result.non2xx} non-2xx answers`);
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/** Measures `a` and `b` alternately, REPEATS times each, to spread machine noise over both sides. */
export async function alternate<T>(a: () => Promise<T>, b: () => Promise<T>, repeats = REPEATS): Promise<{ a: T[]; b: T[] }> {
  return interleave([a, b], repeats).then(([ra, rb]) => ({ a: ra!, b: rb! }));
}

/** Measures each of `sides` in turn, `repeats` rounds: one result list per side, in order. */
export async function interleave<T>(sides: ReadonlyArray<() => Promise<T>>, repeats = REPEATS): Promise<T[][]> {
  const runs = sides.map(() => [] as T[]);
  for (let i = 0; i < repeats; i++) for (const [k, side] of sides.entries()) runs[k]!.push(await side());
  return runs;
}

/**
 * The figure, baseline, ratio and spread of a results row from paired runs (`figureRuns[i]` was
 * measured in the same round as `baselineRuns[i]`, as alternate and interleave produce them).
 * Figure and baseline are the medians of their runs; the ratio is the median of the per-round
 * ratios, so a machine whose load drifts during the run (other work starting on a shared host)
 * moves both sides of a round together instead of pairing a quiet round's figure with a busy
 * round's baseline. The ratio of the medians is kept beside it (`repeats.ratioOfMedians`).
 */
export function compared(figureRuns: readonly number[], baselineRuns: readonly number[]) {
  if (figureRuns.length !== baselineRuns.length) throw new Error(`unpaired runs: ${figureRuns.length} figures against ${baselineRuns.length} baselines`);
  const figure = spread(figureRuns);
  const baseline = spread(baselineRuns);
  const ratio = spread(figureRuns.map((value, i) => value / baselineRuns[i]!));
  return { figure: figure.median, baseline: baseline.median, ratio: ratio.median, repeats: { figure, baseline, ratio, ratioOfMedians: figure.median / baseline.median }, loadAverage: loadAverage() };
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
