// `npm run bench`: every scenario of issue 8 in one run, each against a baseline measured in the
// same run. Prints a table and writes bench/results/latest.json. BENCH_SECONDS shortens the load
// phases; BENCH_ONLY=edge,authz,data,fanout,connections,startup,detection,peers,paths,writes runs a subset.
import { mkdirSync, writeFileSync } from "node:fs";
import { postgresAvailable, redisAvailable, startThrowawayPostgres, startThrowawayRedis } from "../tests/setup/throwaway-servers.ts";
import { authorizationCost } from "./scenarios/authz.ts";
import { connectionMemory } from "./scenarios/connections.ts";
import type { BenchContext } from "./scenarios/context.ts";
import { dataAccess } from "./scenarios/data-access.ts";
import { detectionCost } from "./scenarios/detection.ts";
import { edgeOverhead } from "./scenarios/edge.ts";
import { chatFanout } from "./scenarios/fanout.ts";
import { mainPaths } from "./scenarios/paths.ts";
import { peerComparison } from "./scenarios/peers.ts";
import { startUp } from "./scenarios/startup.ts";
import { writePaths } from "./scenarios/writes.ts";
import { benchDatabase, commit, loadAverage, machine, REPEATS, seedSessions, SECONDS, type ScenarioResult } from "./support.ts";

const SCENARIOS: Record<string, (ctx: BenchContext) => Promise<ScenarioResult | ScenarioResult[]>> = {
  edge: edgeOverhead,
  authz: authorizationCost,
  data: dataAccess,
  fanout: chatFanout,
  connections: connectionMemory,
  startup: startUp,
  detection: detectionCost,
  peers: peerComparison,
  paths: mainPaths,
  writes: writePaths,
};
/** Scenarios that run in-process on pure code: they need no database, Redis or server. */
const PURE = new Set(["detection"]);
const only = process.env.BENCH_ONLY?.split(",");
const needsServers = Object.keys(SCENARIOS).some((name) => !PURE.has(name) && (!only || only.includes(name)));
const started = Date.now();
const loadAtStart = loadAverage();

// Real servers when we can have them: DATABASE_URL / REDIS_URL, else our own throwaway ones
// (the fan-out through Redis needs two processes on one database), else the embedded database.
const ownPostgres = needsServers && !process.env.DATABASE_URL && postgresAvailable() ? await startThrowawayPostgres() : null;
if (ownPostgres) process.env.DATABASE_URL = ownPostgres.url;
const ownRedis = needsServers && !process.env.REDIS_URL && redisAvailable() ? await startThrowawayRedis() : null;
const redisUrl = process.env.REDIS_URL || ownRedis?.url;
const databaseKind = !needsServers ? "none" : process.env.DATABASE_URL ? (ownPostgres ? "PostgreSQL (throwaway)" : "PostgreSQL (DATABASE_URL)") : "embedded (PGlite)";

const db = needsServers ? await benchDatabase() : null;
const results: ScenarioResult[] = [];
try {
  const mechanics = new Map<number, { id: string; role: "MECHANIC" }>();
  if (db) for (const rows of [10, 100, 1000]) mechanics.set(rows, (await seedSessions(db.database.prisma, rows, `rows${rows}`)) as { id: string; role: "MECHANIC" });
  // Pure scenarios ignore the context; without servers there is none to give.
  const ctx = (db ? { ...db, mechanics, redisUrl } : {}) as BenchContext;
  for (const [name, run] of Object.entries(SCENARIOS)) {
    if (only && !only.includes(name)) continue;
    const t = Date.now();
    const load = loadAverage();
    process.stdout.write(`${name} (load ${load})... `);
    try {
      // Each row carries the load average of its own measurement, or of its scenario's start.
      results.push(...[await run(ctx)].flat().map((row) => ({ ...row, loadAverage: row.loadAverage ?? load })));
      console.log(`${((Date.now() - t) / 1000).toFixed(0)} s`);
    } catch (error) {
      console.log(`failed: ${error instanceof Error ? error.message : error}`);
      results.push({ scenario: name, metric: "failed", figure: Number.NaN, baseline: null, ratio: null, target: "", pass: false, details: { error: String(error) } });
    }
  }
} finally {
  await db?.stop();
  await ownRedis?.destroy();
  await ownPostgres?.destroy();
}

const fmt = (n: number | null | undefined, digits = 1) => (n === null || n === undefined ? "" : Number.isFinite(n) ? n.toFixed(digits) : "n/a");
const table = results.map((r) => ({
  scenario: r.scenario,
  metric: r.metric,
  figure: r.repeats ? `${fmt(r.figure)} (${fmt(r.repeats.figure.min)}-${fmt(r.repeats.figure.max)})` : fmt(r.figure),
  baseline: fmt(r.baseline),
  ratio: r.repeats?.ratio ? `${fmt(r.ratio, 2)} (${fmt(r.repeats.ratio.min, 2)}-${fmt(r.repeats.ratio.max, 2)})` : fmt(r.ratio, 2),
  target: r.target,
  result: r.pass === null ? "-" : r.pass ? "PASS" : "FAIL",
}));
const markdown = [
  "| Scenario | Metric | Figure (min-max) | Baseline | Ratio (min-max) | Target | Result |",
  "|---|---|---|---|---|---|---|",
  ...table.map((row) => `| ${Object.values(row).join(" | ")} |`),
].join("\n");
const environment = {
  ...machine(),
  database: databaseKind,
  redis: redisUrl ? (ownRedis ? "redis-server (throwaway)" : "REDIS_URL") : "none",
  loadSeconds: SECONDS,
  repeats: REPEATS,
  loadAverage: { start: loadAtStart, end: loadAverage() },
};
console.log(`\n${markdown}\n`);
console.log(
  `${environment.cores} cores, ${environment.cpu}, ${environment.memoryGiB} GiB, Node ${environment.node} (NODE_ENV=${environment.nodeEnv || "unset"}), database: ${environment.database}, load ${environment.loadAverage.start} -> ${environment.loadAverage.end}, ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
mkdirSync("bench/results", { recursive: true });
writeFileSync(
  "bench/results/latest.json",
  `${JSON.stringify({ date: new Date().toISOString(), commit: commit(), machine: environment, durationSeconds: (Date.now() - started) / 1000, results }, null, 2)}\n`,
);
process.exit(0);
