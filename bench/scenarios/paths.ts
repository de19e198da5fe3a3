// Main paths against the floor (issue 19, part 2): each list through the full server (in this
// process, over a pool that counts statements) against hand-written SQL through `pg` returning
// the same rows over bare node:http; and SQL statements per request at 10, 100 and 1,000 rows,
// which must not grow with the rows. Lists: a chat history page of 100 messages, the admin's
// flagged conversations with each session's vehicle and customer, a workshop's escalation feed
// with each session, vehicle and diagnosis, and a customer's quotes with their line items. Each
// size is seeded and then counted before the next is seeded, so a list over every row (the
// admin's) grows too. The escalations and quotes are made the product's way: the test factories
// and the API's own mutations (escalate, respondToEscalation, createQuote).
import { randomUUID } from "node:crypto";
import { isDeepStrictEqual } from "node:util";
import pg from "pg";
import type { PrismaClient } from "../../src/platform/db/prisma.ts";
import { inBatches } from "../../tests/factories/diagnostics.ts";
import { CREATE_QUOTE, createCompletedSession, createMatchableWorkshop, ESCALATE, escalateAndAccept, REPAIR_1200 } from "../../tests/factories/escalations.ts";
import { createCustomer, createMechanic, type CreatedUser } from "../../tests/factories/index.ts";
import type { TestApp } from "../../tests/setup/test-app.ts";
import { alternate, bareServer, benchServer, compared, countingDatabase, floorPool, factoryApp, load, sendJson, tokenFor, type ScenarioResult } from "../support.ts";
import type { BenchContext } from "./context.ts";

const MAX_P50_RATIO = 1.5;
const SIZES = [10, 100, 1000] as const;

/** What a list's seed works with: the database, the size's seeded mechanic, and the factories' view of the server. */
interface Seeding {
  prisma: PrismaClient;
  mechanicId: string;
  app: TestApp;
}

interface ListPath {
  name: string;
  /** Who reads the list: the seeded mechanic, an admin (a list over every row), or the reader the seed made (`token`). */
  reader: "mechanic" | "admin" | "seeded";
  /** `rows` more rows; returns what the query and the floor need, and the reader's token when the seed made the reader. */
  seed(seeding: Seeding, rows: number): Promise<{ key: string; token?: string }>;
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
  async seed({ prisma, mechanicId }, rows) {
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
  async seed({ prisma, mechanicId }, rows) {
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

/** Escalations and quotes seeded at once through the API (each a few mutations in a transaction). */
const SEED_WIDTH = 4;

/**
 * `rows` completed sessions of one customer, each escalated through the API by its mechanic to
 * the one workshop of the customer's (fresh) city, which takes them all (its open-escalation
 * limit is `rows`); those `accepted` picks its advisor accepts, and `quoted` ones it then quotes
 * (REPAIR_1200: two line items).
 */
async function escalatedWorld(app: TestApp, rows: number, accepted: (i: number) => boolean, quoted: boolean) {
  const city = `Benchville ${randomUUID().slice(0, 8)}`;
  const workshop = await createMatchableWorkshop(app, { city, maxOpenEscalations: rows });
  const customer: CreatedUser = await createCustomer(app, { city });
  const mechanic = await createMechanic(app);
  await inBatches(rows, SEED_WIDTH, async (i) => {
    const { id: sessionId } = await createCompletedSession(app, { customerId: customer.id, mechanicId: mechanic.id });
    if (!accepted(i)) {
      const escalated = await app.gql(ESCALATE, { sessionId, input: { notes: "Customer wants OEM parts", quotesRequested: 1 } }, mechanic.token);
      if (escalated.errors) throw new Error(JSON.stringify(escalated.errors));
      return;
    }
    const { escalationId } = await escalateAndAccept(app, { customer, mechanic, sessionId }, workshop);
    if (!quoted) return;
    const quote = await app.gql(CREATE_QUOTE, { escalationId, input: REPAIR_1200 }, workshop.advisor.token);
    if (quote.errors) throw new Error(JSON.stringify(quote.errors));
  });
  return { workshop, customer };
}

/** An ISO text of a pg timestamp read as a Date (pg reads a zone-less timestamp in the process's zone: the bench runs in UTC as the server stores). */
const iso = (value: Date | null) => value && value.toISOString();

/**
 * A workshop's escalation feed, as its advisor's front end lists it: the escalations the workshop
 * holds (offered to it, or accepted: every other one here), newest first, 100 of them, each with
 * the customer as a workshop sees them (first name, last initial, city), the session's concern,
 * diagnosis and recommended services, and its vehicle.
 */
export const escalationFeed: ListPath = {
  name: "workshop escalation feed (100, with session, vehicle, diagnosis)",
  reader: "seeded",
  async seed({ app }, rows) {
    const { workshop } = await escalatedWorld(app, rows, (i) => i % 2 === 0, false);
    return { key: workshop.id, token: workshop.advisor.token };
  },
  query: () =>
    `{ escalations(first: ${PAGE}) { totalCount nodes { id status createdAt customer { firstName lastInitial city } session { id concern diagnosis recommendedServices vehicle { year make model } } } } }`,
  async floor(pool, workshopId) {
    const held = `(e."workshopId" = $1 OR EXISTS (SELECT 1 FROM "EscalationOffer" o WHERE o."escalationId" = e.id AND o."workshopId" = $1 AND o.status IN ('OFFERED', 'ACCEPTED')))`;
    const [page, count] = await Promise.all([
      pool.query(
        `
        SELECT e.id, e.status::text AS status, e."createdAt", c."firstName", c."lastName", c.city,
          s.id AS "sessionId", s.concern, s.diagnosis, s."recommendedServices", v.year, v.make, v.model
        FROM "Escalation" e JOIN "DiagnosticSession" s ON s.id = e."sessionId" JOIN "Vehicle" v ON v.id = s."vehicleId"
          LEFT JOIN "CustomerProfile" c ON c."userId" = s."customerId"
        WHERE ${held}
        ORDER BY e."createdAt" DESC, e.id DESC LIMIT $2`,
        [workshopId, PAGE],
      ),
      pool.query(`SELECT count(*)::int AS n FROM "Escalation" e WHERE ${held}`, [workshopId]),
    ]);
    return {
      escalations: {
        totalCount: count.rows[0].n,
        nodes: page.rows.map((r) => ({
          id: r.id,
          status: r.status,
          createdAt: iso(r.createdAt),
          customer:
            r.firstName === null
              ? null
              : {
                  firstName: r.firstName,
                  lastInitial: String(r.lastName ?? "")
                    .charAt(0)
                    .toUpperCase(),
                  city: r.city,
                },
          session: { id: r.sessionId, concern: r.concern, diagnosis: r.diagnosis, recommendedServices: r.recommendedServices, vehicle: { year: r.year, make: r.make, model: r.model } },
        })),
      },
    };
  },
  ids: (data) => data?.escalations?.nodes?.map((node: { id: string }) => node.id) ?? [],
};

/**
 * Quotes on a page of the customer's list: the query limits cost a list without a page size
 * (line items) as 20, so 100 quotes with four fields of their lines (cost 9,101) are refused as
 * too complex (the limit is 5,000); 50 are admitted (4,551).
 */
const QUOTES_PAGE = 50;

/**
 * A customer's quotes, newest first, QUOTES_PAGE of them, each with its workshop's name and its
 * line items in order (the customer's own quotes once sent to them: never a partner's pending one).
 */
export const customerQuotes: ListPath = {
  name: `customer quotes (${QUOTES_PAGE}, with line items)`,
  reader: "seeded",
  async seed({ app }, rows) {
    const { customer } = await escalatedWorld(app, rows, () => true, true);
    return { key: customer.id, token: customer.token };
  },
  query: () =>
    `{ quotes(first: ${QUOTES_PAGE}) { totalCount nodes { id version status totalCents validUntil createdAt workshop { name } lineItems { description quantity unitPriceCents totalCents } } } }`,
  async floor(pool, customerId) {
    const own = `EXISTS (SELECT 1 FROM "Escalation" e JOIN "DiagnosticSession" s ON s.id = e."sessionId" WHERE e.id = q."escalationId" AND s."customerId" = $1)
      AND q.status NOT IN ('PENDING_PARTNER_APPROVAL', 'REJECTED_BY_PARTNER')`;
    const [page, count] = await Promise.all([
      pool.query(
        `
        SELECT q.id, q.version, q.status::text AS status, q."totalCents", q."validUntil", q."createdAt", w.name AS "workshopName",
          (SELECT json_agg(json_build_object('description', l.description, 'quantity', l.quantity, 'unitPriceCents', l."unitPriceCents", 'totalCents', l."totalCents") ORDER BY l.position)
           FROM "QuoteLineItem" l WHERE l."quoteId" = q.id) AS "lineItems"
        FROM "RepairQuote" q LEFT JOIN "Workshop" w ON w.id = q."workshopId"
        WHERE ${own}
        ORDER BY q."createdAt" DESC, q.id DESC LIMIT $2`,
        [customerId, QUOTES_PAGE],
      ),
      pool.query(`SELECT count(*)::int AS n FROM "RepairQuote" q WHERE ${own}`, [customerId]),
    ]);
    return {
      quotes: {
        totalCount: count.rows[0].n,
        nodes: page.rows.map((r) => ({
          id: r.id,
          version: r.version,
          status: r.status,
          totalCents: r.totalCents,
          validUntil: iso(r.validUntil),
          createdAt: iso(r.createdAt),
          workshop: r.workshopName === null ? null : { name: r.workshopName },
          lineItems: r.lineItems ?? [],
        })),
      },
    };
  },
  ids: (data) => data?.quotes?.nodes?.map((node: { id: string }) => node.id) ?? [],
};

/** Each list by the word `BENCH_PATHS` names it with (`BENCH_PATHS=quotes,chat`: only those; unset: all four). */
const LISTS: Record<string, ListPath> = { chat: chatHistory, flagged: flaggedConversations, escalations: escalationFeed, quotes: customerQuotes };

/** The lists `BENCH_PATHS` picks, in LISTS' order; a word that names none is an error, not a silent empty run. */
function pickedLists(names = process.env.BENCH_PATHS): ListPath[] {
  if (!names) return Object.values(LISTS);
  const picked = names.split(",").map((name) => name.trim());
  const unknown = picked.filter((name) => !(name in LISTS));
  if (unknown.length) throw new Error(`BENCH_PATHS: no path named ${unknown.join(", ")} (known: ${Object.keys(LISTS).join(", ")})`);
  return Object.entries(LISTS)
    .filter(([name]) => picked.includes(name))
    .map(([, list]) => list);
}

async function post(url: string, query: string, token: string) {
  const response = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
  return (await response.json()) as { data?: unknown; errors?: unknown };
}

/** What measuring a list needs: the counted server, the floor's pool, the seeded sizes' readers. */
interface Measuring {
  context: BenchContext;
  counting: ReturnType<typeof countingDatabase>;
  server: Awaited<ReturnType<typeof benchServer>>;
  pool: pg.Pool;
  app: TestApp;
  adminToken: string;
}

/**
 * One list's row: seeded and counted at each size, checked to list the same rows as its floor at
 * 1,000 (and whether the whole answer is the floor's JSON), then its p50 against the floor's.
 */
async function measureList(list: ListPath, { context: { config, mechanics, database }, counting, server, pool, app, adminToken }: Measuring): Promise<ScenarioResult> {
  const seeded = new Map<number, { key: string; token: string }>();
  // Statements per request at each size, after one warming request.
  const statementsPerRequest: Record<string, number> = {};
  for (const rows of SIZES) {
    const mechanic = mechanics.get(rows)!;
    const made = await list.seed({ prisma: database.prisma, mechanicId: mechanic.id, app }, rows);
    const token = made.token ?? (list.reader === "admin" ? adminToken : await tokenFor(config, mechanic));
    seeded.set(rows, { key: made.key, token });
    await post(server.url, list.query(made.key), token);
    const before = counting.statements();
    for (let i = 0; i < 5; i++) await post(server.url, list.query(made.key), token);
    statementsPerRequest[String(rows)] = (counting.statements() - before) / 5;
  }
  const flat = new Set(Object.values(statementsPerRequest)).size === 1;
  const { key, token } = seeded.get(1000)!;
  const answer = await post(server.url, list.query(key), token);
  const floorData = await list.floor(pool, key);
  const sameRows = list.ids(answer.data).length > 0 && list.ids(answer.data).join() === list.ids(floorData).join();
  if (!sameRows) throw new Error(`the API and the floor listed different rows: ${JSON.stringify(answer).slice(0, 300)}`);
  const sameJson = isDeepStrictEqual(answer.data, floorData);
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
    return {
      scenario: `8. path: ${list.name}`,
      metric: `p50 ms (baseline: hand-written SQL via pg); statements/request at 10/100/1,000 rows: ${Object.values(statementsPerRequest).join("/")}`,
      ...row,
      target: `<= ${MAX_P50_RATIO}x; statements flat`,
      pass: row.ratio <= MAX_P50_RATIO && flat,
      details: { statementsPerRequest, statementsFlat: flat, sameJson, api: runs.a, floor: runs.b },
    };
  } finally {
    await bare.close();
  }
}

export async function mainPaths(context: BenchContext): Promise<ScenarioResult[]> {
  const { config, url, database } = context;
  const counting = countingDatabase(url, config.database.poolSize);
  const server = await benchServer(config, counting.database);
  const pool = floorPool(url, config.database.poolSize);
  const results: ScenarioResult[] = [];
  try {
    const admin = await database.prisma.user.create({ data: { email: `bench.admin.paths.${randomUUID()}@example.test`, role: "ADMIN" } });
    const measuring: Measuring = { context, counting, server, pool, app: factoryApp(config, database, server), adminToken: await tokenFor(config, admin) };
    // A list that fails reports a failed row of its own, so the others still report.
    for (const list of pickedLists()) {
      try {
        results.push(await measureList(list, measuring));
      } catch (error) {
        results.push({ scenario: `8. path: ${list.name}`, metric: "failed", figure: Number.NaN, baseline: null, ratio: null, target: "", pass: false, details: { error: String(error) } });
      }
    }
    return results;
  } finally {
    await server.close();
    await counting.database.close();
    await pool.end();
  }
}
