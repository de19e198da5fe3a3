// CPU per request of the chat history path (`npm run bench:cpu`): this process's CPU (the server
// and the load generator) and the CPU of the throwaway PostgreSQL's backends, each divided by the
// requests answered, over BENCH_CPU_ROUNDS rounds of BENCH_CPU_REQUESTS requests (median and every
// round printed). On a shared host requests per second follow other work's load; CPU per request
// moves far less, so two versions can be compared a few minutes apart. BENCH_CPU_FLOOR=1 measures
// the hand-written floor of scenario 8 instead; BENCH_CPU_EXPLAIN=1 prints the plan of every
// statement a request makes, analysed, before measuring.
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import autocannon from "autocannon";
import pgLib from "pg";
import { startThrowawayPostgres } from "../tests/setup/throwaway-servers.ts";
import { bareServer, benchDatabase, benchServer, seedSessions, sendJson, tokenFor } from "./support.ts";

const rounds = Number(process.env.BENCH_CPU_ROUNDS ?? 5);
const requests = Number(process.env.BENCH_CPU_REQUESTS ?? 1500);
const pg = await startThrowawayPostgres();
process.env.DATABASE_URL = pg.url;
const postmaster = Number(
  execFileSync("pgrep", ["-f", "--", `-p ${pg.port} `])
    .toString()
    .trim()
    .split("\n")[0],
);
const tick = 100; // USER_HZ
const pgCpuMs = () => {
  let total = 0;
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(pid) === postmaster || Number(fields[1]) === postmaster) total += ((Number(fields[11]) + Number(fields[12])) * 1000) / tick;
    } catch {
      // exited
    }
  }
  return total;
};
const db = await benchDatabase();
try {
  const prisma = db.database.prisma;
  const mechanic = await seedSessions(prisma, 100, "cpu");
  const session = await prisma.diagnosticSession.findFirstOrThrow({ where: { mechanicId: mechanic.id }, select: { id: true } });
  await prisma.chatMessage.createMany({
    data: Array.from({ length: 1000 }, (_, i) => ({
      sessionId: session.id,
      senderId: mechanic.id,
      body: `m${i}`,
      deliveredBody: `m${i}`,
      flaggedKinds: [],
      createdAt: new Date(Date.now() - 100_000 + i * 100),
    })),
  });
  const query = `{ messages(sessionId: "${session.id}", first: 100) { totalCount nodes { id body createdAt kind } } }`;
  const token = await tokenFor(db.config, mechanic as { id: string; role: "MECHANIC" });
  const floorPool = new pgLib.Pool({ connectionString: db.url, max: db.config.database.poolSize });
  floorPool.on("error", () => {});
  const floor = async () => {
    const [page, count] = await Promise.all([
      floorPool.query(`SELECT id, "deliveredBody" AS body, "createdAt", kind::text AS kind FROM "ChatMessage" WHERE "sessionId" = $1 ORDER BY "createdAt", id LIMIT $2`, [session.id, 100]),
      floorPool.query(`SELECT count(*)::int AS n FROM "ChatMessage" WHERE "sessionId" = $1`, [session.id]),
    ]);
    return { messages: { totalCount: count.rows[0].n, nodes: page.rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })) } };
  };
  const server = process.env.BENCH_CPU_FLOOR
    ? await bareServer(async (req, res) => {
        req.resume();
        sendJson(res, { data: await floor() });
      })
    : await benchServer(db.config, db.database);
  const run = (amount: number) =>
    autocannon({
      url: `${server.url}/graphql`,
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
      connections: 10,
      amount,
    });
  const seen = new Map<string, unknown[]>();
  const original = pgLib.Pool.prototype.query;
  pgLib.Pool.prototype.query = function (this: pgLib.Pool, config: any, ...rest: any[]) {
    if (config && typeof config === "object" && config.text) seen.set(config.text, config.values);
    return (original as any).call(this, config, ...rest);
  } as any;
  try {
    await run(20);
    if (process.env.BENCH_CPU_EXPLAIN) {
      const client = new pgLib.Client({ connectionString: db.url });
      await client.connect();
      for (const [text, values] of seen) {
        const plan = await client.query(`EXPLAIN (ANALYZE, BUFFERS, SUMMARY) ${text}`, values as unknown[]);
        console.log(text.replace(/\s+/g, " ").slice(0, 600), "\n", plan.rows.map((r) => r["QUERY PLAN"]).join("\n"), "\n");
      }
      await client.end();
    }
    await run(500);
    const results: { node: number; pg: number; rps: number }[] = [];
    for (let i = 0; i < rounds; i++) {
      const cpu = process.cpuUsage();
      const pg0 = pgCpuMs();
      const result = await run(requests);
      if (result.errors + result.non2xx > 0) throw new Error("errors");
      const used = process.cpuUsage(cpu);
      results.push({ node: (used.user + used.system) / 1000 / requests, pg: (pgCpuMs() - pg0) / requests, rps: result.requests.average });
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(
      `cpu ms/request: node ${median(results.map((r) => r.node)).toFixed(2)} (${results.map((r) => r.node.toFixed(2)).join(" ")}), pg ${median(results.map((r) => r.pg)).toFixed(2)} (${results.map((r) => r.pg.toFixed(2)).join(" ")}); req/s ${median(results.map((r) => r.rps))}`,
    );
  } finally {
    await server.close();
  }
} finally {
  await db.stop();
  await pg.destroy();
}
process.exit(0);
