// Main paths against the floor (issue 19, part 2): each list through the full server (in this
// process, over a pool that counts statements) against hand-written SQL through `pg` returning
// the same rows over bare node:http; and SQL statements per request at 10, 100 and 1,000 rows,
// which must not grow with the rows. Lists so far: a chat history page of 100 messages.
import { randomUUID } from "node:crypto";
import pg from "pg";
import type { PrismaClient } from "../../src/platform/db/prisma.ts";
import { alternate, bareServer, benchServer, compared, countingDatabase, load, sendJson, tokenFor, type ScenarioResult } from "../support.ts";
import type { BenchContext } from "./context.ts";

const MAX_P50_RATIO = 1.5;
const SIZES = [10, 100, 1000] as const;

interface ListPath {
  name: string;
  /** Rows for one viewer; returns what the query and the floor need. */
  seed(prisma: PrismaClient, mechanicId: string, rows: number): Promise<{ key: string }>;
  query(key: string): string;
  /** The floor: the same page from hand-written SQL, as the API's JSON `data`. */
  floor(pool: pg.Pool, key: string): Promise<unknown>;
  /** Node ids of an answer's page, to check both sides list the same rows. */
  ids(data: any): string[];
}

const PAGE = 100;

/** A chat history page: a session's messages, oldest first, 100 of them, with the total. */
const chatHistory: ListPath = {
  name: "chat history page (100 messages)",
  async seed(prisma, mechanicId, rows) {
    const session = await prisma.diagnosticSession.findFirstOrThrow({ where: { mechanicId }, orderBy: { requestedAt: "desc" } });
    const start = Date.now() - rows * 1000;
    await prisma.chatMessage.createMany({
      data: Array.from({ length: rows }, (_, i) => ({
        id: randomUUID(),
        sessionId: session.id,
        senderId: i % 2 ? mechanicId : session.customerId,
        body: `Message ${i} about the noise`,
        deliveredBody: `Message ${i} about the noise`,
        flaggedKinds: [],
        createdAt: new Date(start + i * 1000),
      })),
    });
    return { key: session.id };
  },
  query: (sessionId) => `{ messages(sessionId: "${sessionId}", first: ${PAGE}) { totalCount nodes { id body createdAt kind } } }`,
  async floor(pool, sessionId) {
    const [page, count] = await Promise.all([
      pool.query(`SELECT id, "deliveredBody" AS body, "createdAt", kind::text AS kind FROM "ChatMessage" WHERE "sessionId" = $1 ORDER BY "createdAt", id LIMIT $2`, [sessionId, PAGE]),
      pool.query(`SELECT count(*)::int AS n FROM "ChatMessage" WHERE "sessionId" = $1`, [sessionId]),
    ]);
    return { messages: { totalCount: count.rows[0].n, nodes: page.rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })) } };
  },
  ids: (data) => data?.messages?.nodes?.map((node: { id: string }) => node.id) ?? [],
};

const LISTS: ListPath[] = [chatHistory];

async function post(url: string, query: string, token: string) {
  const response = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
  return (await response.json()) as { data?: unknown; errors?: unknown };
}

export async function mainPaths({ config, url, mechanics, database }: BenchContext): Promise<ScenarioResult[]> {
  const counting = countingDatabase(url, config.database.poolSize);
  const server = await benchServer(config, counting.database);
  const pool = new pg.Pool({ connectionString: url, max: config.database.poolSize });
  const results: ScenarioResult[] = [];
  try {
    for (const list of LISTS) {
      const seeded = new Map<number, { key: string; token: string }>();
      for (const rows of SIZES) {
        const mechanic = mechanics.get(rows)!;
        seeded.set(rows, { ...(await list.seed(database.prisma, mechanic.id, rows)), token: await tokenFor(config, mechanic) });
      }
      // Statements per request at each size, after one warming request.
      const statementsPerRequest: Record<string, number> = {};
      for (const [rows, { key, token }] of seeded) {
        await post(server.url, list.query(key), token);
        const before = counting.statements();
        for (let i = 0; i < 5; i++) await post(server.url, list.query(key), token);
        statementsPerRequest[String(rows)] = (counting.statements() - before) / 5;
      }
      const flat = new Set(Object.values(statementsPerRequest)).size === 1;
      const { key, token } = seeded.get(1000)!;
      const answer = await post(server.url, list.query(key), token);
      const floorData = await list.floor(pool, key);
      const sameRows = list.ids(answer.data).length > 0 && list.ids(answer.data).join() === list.ids(floorData).join();
      if (!sameRows) throw new Error(`${list.name}: the API and the floor listed different rows: ${JSON.stringify(answer).slice(0, 300)}`);
      const bare = await bareServer(async (req, res) => {
        req.resume();
        sendJson(res, { data: await list.floor(pool, key) });
      });
      try {
        await load(`${server.url}/graphql`, { query: list.query(key) }, token, 1, 10, 0);
        await load(bare.url, {}, null, 1, 10, 0);
        const runs = await alternate(
          () => load(`${server.url}/graphql`, { query: list.query(key) }, token, undefined, 10, 0),
          () => load(bare.url, {}, null, undefined, 10, 0),
        );
        const row = compared(
          runs.a.map((r) => r.p50Ms),
          runs.b.map((r) => r.p50Ms),
        );
        results.push({
          scenario: `8. path: ${list.name}`,
          metric: `p50 ms (baseline: hand-written SQL via pg); statements/request at 10/100/1,000 rows: ${Object.values(statementsPerRequest).join("/")}`,
          ...row,
          target: `<= ${MAX_P50_RATIO}x; statements flat`,
          pass: row.ratio <= MAX_P50_RATIO && flat,
          details: { statementsPerRequest, statementsFlat: flat, api: runs.a, floor: runs.b },
        });
      } finally {
        await bare.close();
      }
    }
    return results;
  } finally {
    await server.close();
    await counting.database.close();
    await pool.end();
  }
}
