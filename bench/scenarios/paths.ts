// Main paths against the floor (issue 19, part 2): each list through the full server (in this
// process, over a pool that counts statements) against hand-written SQL through `pg` returning
// the same rows over bare node:http; and SQL statements per request at 10, 100 and 1,000 rows,
// which must not grow with the rows. Lists so far: a chat history page of 100 messages, and the
// admin's flagged conversations with each session's vehicle and customer. Each size is seeded and
// then counted before the next is seeded, so a list over every row (the admin's) grows too.
import { randomUUID } from "node:crypto";
import pg from "pg";
import type { PrismaClient } from "../../src/platform/db/prisma.ts";
import { alternate, bareServer, benchServer, compared, countingDatabase, load, sendJson, tokenFor, type ScenarioResult } from "../support.ts";
import type { BenchContext } from "./context.ts";

const MAX_P50_RATIO = 1.5;
const SIZES = [10, 100, 1000] as const;

interface ListPath {
  name: string;
  /** Who reads the list: the seeded mechanic, or an admin (a list over every row). */
  reader: "mechanic" | "admin";
  /** `rows` more rows, from mechanic `mechanicId`'s sessions; returns what the query and the floor need. */
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
  reader: "mechanic",
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

/**
 * The admin's flagged conversations: threads with flagged messages (a session chat, or a workshop
 * conversation: `workshopId`), most recently flagged first, 100 of them, each with its counts, its
 * session, the session's vehicle and customer. Each seeded session's chat gets one flagged
 * message, so `rows` threads more are flagged at each size.
 */
const flaggedConversations: ListPath = {
  name: "flagged conversations (100, with session, vehicle, customer)",
  reader: "admin",
  async seed(prisma, mechanicId, rows) {
    const sessions = await prisma.diagnosticSession.findMany({ where: { mechanicId }, select: { id: true, customerId: true }, orderBy: { requestedAt: "asc" } });
    const start = Date.now() - rows * 1000;
    await prisma.chatMessage.createMany({
      data: sessions.map((session, i) => ({
        id: randomUUID(),
        sessionId: session.id,
        senderId: mechanicId,
        body: "call me on 512 555 0100",
        deliveredBody: "call me on [hidden]",
        flaggedKinds: ["PHONE" as const],
        createdAt: new Date(start + i * 1000),
      })),
    });
    return { key: "" };
  },
  query: () =>
    `{ flaggedConversations(first: ${PAGE}) { totalCount nodes { flaggedMessageCount lastFlaggedAt workshopId session { id status concern vehicle { make model year } customer { firstName } } } } }`,
  async floor(pool) {
    const [page, count] = await Promise.all([
      pool.query(
        `
        WITH flagged AS (
          SELECT id, "sessionId", "workshopId", "createdAt",
            count(*) OVER (PARTITION BY "sessionId", "workshopId")::int AS flagged,
            row_number() OVER (PARTITION BY "sessionId", "workshopId" ORDER BY "createdAt" DESC, id DESC) AS newest
          FROM "ChatMessage" WHERE cardinality("flaggedKinds") > 0)
        SELECT f.flagged, f."createdAt" AS last, f."workshopId", s.id, s.status::text AS status, s.concern, v.make, v.model, v.year, c."firstName"
        FROM flagged f JOIN "DiagnosticSession" s ON s.id = f."sessionId" JOIN "Vehicle" v ON v.id = s."vehicleId" LEFT JOIN "CustomerProfile" c ON c."userId" = s."customerId"
        WHERE f.newest = 1
        ORDER BY f."createdAt" DESC, f.id DESC LIMIT $1`,
        [PAGE],
      ),
      pool.query(`SELECT count(*)::int AS n FROM (SELECT DISTINCT "sessionId", "workshopId" FROM "ChatMessage" WHERE cardinality("flaggedKinds") > 0) threads`),
    ]);
    return {
      flaggedConversations: {
        totalCount: count.rows[0].n,
        nodes: page.rows.map((r) => ({
          flaggedMessageCount: r.flagged,
          lastFlaggedAt: r.last.toISOString(),
          workshopId: r.workshopId,
          session: { id: r.id, status: r.status, concern: r.concern, vehicle: { make: r.make, model: r.model, year: r.year }, customer: r.firstName === null ? null : { firstName: r.firstName } },
        })),
      },
    };
  },
  ids: (data) => data?.flaggedConversations?.nodes?.map((node: { session: { id: string } }) => node.session.id) ?? [],
};

const LISTS: ListPath[] = [chatHistory, flaggedConversations];

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
    const admin = await database.prisma.user.create({ data: { email: `bench.admin.paths.${randomUUID()}@example.test`, role: "ADMIN" } });
    const adminToken = await tokenFor(config, admin);
    for (const list of LISTS) {
      const seeded = new Map<number, { key: string; token: string }>();
      // Statements per request at each size, after one warming request.
      const statementsPerRequest: Record<string, number> = {};
      for (const rows of SIZES) {
        const mechanic = mechanics.get(rows)!;
        const token = list.reader === "admin" ? adminToken : await tokenFor(config, mechanic);
        const { key } = await list.seed(database.prisma, mechanic.id, rows);
        seeded.set(rows, { key, token });
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
