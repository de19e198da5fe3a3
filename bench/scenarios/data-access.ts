// Data access: the nested list through the full server against hand-written SQL through `pg`
// returning the same JSON; and SQL statements per request at 10, 100 and 1,000 rows, which must
// not grow with the rows (no N+1: the page, its relations and its count are two statements,
// plus the caller's account).
import { isDeepStrictEqual } from "node:util";
import pg from "pg";
import { MAX_PAGE_SIZE } from "../../src/modules/shared/pagination.ts";
import { alternate, bareServer, benchServer, compared, countingDatabase, floorPool, load, sendJson, tokenFor, type ScenarioResult } from "../support.ts";
import { sessionsQuery, type BenchContext } from "./context.ts";

const MAX_RATIO = 2.5;

const LIST_SQL = `
  SELECT s.id, s.status::text AS status, s.concern, s."requestedAt",
         v.make, v.model, v.year, c."userId" AS "customerId", c."firstName",
         m."displayName", m."ratingHundredths"
  FROM "DiagnosticSession" s
  JOIN "Vehicle" v ON v.id = s."vehicleId"
  LEFT JOIN "CustomerProfile" c ON c."userId" = s."customerId"
  LEFT JOIN "MechanicProfile" m ON m."userId" = s."mechanicId"
  WHERE s."mechanicId" = $1
  ORDER BY s."requestedAt" DESC, s.id DESC
  LIMIT $2`;
const COUNT_SQL = `SELECT count(*)::int AS n FROM "DiagnosticSession" WHERE "mechanicId" = $1`;

/** The same response the GraphQL query gives, from two statements. */
export async function handWritten(pool: pg.Pool, mechanicId: string, first: number) {
  const [list, count] = await Promise.all([pool.query(LIST_SQL, [mechanicId, first]), pool.query(COUNT_SQL, [mechanicId])]);
  return {
    data: {
      sessions: {
        totalCount: count.rows[0].n,
        nodes: list.rows.map((r) => ({
          id: r.id,
          status: r.status,
          concern: r.concern,
          requestedAt: r.requestedAt.toISOString(),
          vehicle: { make: r.make, model: r.model, year: r.year },
          customer: { id: r.customerId, firstName: r.firstName },
          mechanic: { displayName: r.displayName, rating: r.ratingHundredths / 100 },
        })),
      },
    },
  };
}

async function post(url: string, query: string, token: string) {
  const response = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
  return response.json();
}

export async function dataAccess({ config, url, mechanics }: BenchContext): Promise<ScenarioResult> {
  const poolSize = config.database.poolSize;
  const counting = countingDatabase(url, poolSize);
  const server = await benchServer(config, counting.database);
  const pool = floorPool(url, poolSize);
  const mechanic = mechanics.get(100)!;
  const token = await tokenFor(config, mechanic);
  const bare = await bareServer(async (req, res) => {
    req.resume();
    sendJson(res, await handWritten(pool, mechanic.id, MAX_PAGE_SIZE));
  });
  try {
    // Statements per request, after a first request has warmed the server.
    const statementsPerRequest: Record<string, number> = {};
    for (const [rows, owner] of mechanics) {
      const ownerToken = await tokenFor(config, owner);
      const query = sessionsQuery(Math.min(rows, MAX_PAGE_SIZE));
      await post(server.url, query, ownerToken);
      const before = counting.statements();
      const repeats = 5;
      for (let i = 0; i < repeats; i++) await post(server.url, query, ownerToken);
      statementsPerRequest[`${rows} sessions (page of ${Math.min(rows, MAX_PAGE_SIZE)})`] = (counting.statements() - before) / repeats;
    }
    const flat = new Set(Object.values(statementsPerRequest)).size === 1;

    const sameData = isDeepStrictEqual(await post(server.url, sessionsQuery(MAX_PAGE_SIZE), token), await handWritten(pool, mechanic.id, MAX_PAGE_SIZE));
    const runs = await alternate(
      () => load(`${server.url}/graphql`, { query: sessionsQuery(MAX_PAGE_SIZE) }, token),
      () => load(bare.url, {}, null),
    );
    const row = compared(
      runs.a.map((r) => r.p50Ms),
      runs.b.map((r) => r.p50Ms),
    );
    return {
      scenario: "3. data access",
      metric: "p50 ms, 100 sessions nested (baseline: hand-written SQL via pg)",
      ...row,
      target: `<= ${MAX_RATIO}x; statements flat across 10/100/1,000 rows`,
      pass: row.ratio <= MAX_RATIO && flat && sameData,
      details: { statementsPerRequest, statementsFlat: flat, sameData, graphql: runs.a, sql: runs.b },
    };
  } finally {
    await bare.close();
    await server.close();
    await counting.database.close();
    await pool.end();
  }
}
