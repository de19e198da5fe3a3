// The embedded database after its pooled connection was closed for being idle: PGlite's socket server runs every
// connection in its one session, so statements an earlier connection prepared are still there when the pool opens
// the next (round 45: after 10 s without a request, every signed-in request of `npm start` failed with a 500 until
// a restart). The pool here closes idle connections after 50 ms instead of pg's 10 s.
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../src/platform/db/embedded.ts";
import { Prisma } from "../../src/platform/db/generated/client.ts";
import { databaseClientsOver, databasePool, type PrismaClient } from "../../src/platform/db/prisma.ts";
import type { SqlReader } from "../../src/platform/db/sql.ts";

const IDLE_MS = 50;
const idle = () => new Promise((resolve) => setTimeout(resolve, IDLE_MS * 6));

describe("hand-written reads after the pool replaced an idle connection (embedded database)", () => {
  let embedded: EmbeddedPostgres;
  let prisma: PrismaClient;
  let sql: SqlReader;
  let pool: pg.Pool;

  beforeAll(async () => {
    embedded = await startEmbeddedPostgres();
    pool = databasePool({ connectionString: embedded.url, max: 1, idleTimeoutMillis: IDLE_MS });
    ({ prisma, sql } = databaseClientsOver(pool));
  });
  afterAll(async () => {
    await prisma.$disconnect();
    await embedded.stop();
  });

  it("still answers a read that had been prepared on the closed connection", async () => {
    const read = () => sql.rows<{ sum: number }>(Prisma.sql`SELECT ${1}::int + 1 AS sum`);
    // From its third run on the read is a named prepared statement (sql.ts statementNames).
    for (let i = 0; i < 4; i++) expect(await read()).toEqual([{ sum: 2 }]);
    await idle();
    expect(pool.totalCount).toBe(0); // the connection was closed
    expect(await read()).toEqual([{ sum: 2 }]);
    await idle();
    expect(await read()).toEqual([{ sum: 2 }]);
  });

  it("still answers inside a transaction on the new connection", async () => {
    await idle();
    const rows = await sql.transaction((tx) => tx.rows<{ sum: number }>(Prisma.sql`SELECT ${1}::int + 1 AS sum`));
    expect(rows).toEqual([{ sum: 2 }]);
  });
});
