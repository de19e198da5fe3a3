import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";
import { startToExit } from "../setup/spawn-api.ts";

/**
 * README Configuration (DATABASE_URL): a start migrates only a database that is empty or that
 * AutoDoctor migrated before. One that holds tables and none of AutoDoctor's migrations is another
 * application's (or a mistyped name): the start is refused, naming the setting, and nothing is
 * written to it.
 */
const query = async <T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
};

describe("start-up refuses a database that holds another application's tables", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
    // Our tables without our bookkeeping: to the start, a database some other application made.
    await query(db.url, 'DROP TABLE "_prisma_migrations"');
    await query(db.url, "CREATE TABLE invoices (id serial PRIMARY KEY, total integer)");
  }, 120_000);
  afterAll(() => db?.drop());

  it("exits 1 naming DATABASE_URL and leaves the database as it was", async () => {
    const tablesBefore = await query<{ tablename: string }>(db.url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");

    const run = await startToExit({ ...db.env, NODE_ENV: "development", DATABASE_URL: db.url, LOG_LEVEL: "info" });

    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^AutoDoctor API failed to start: DATABASE_URL \(.+\): the database holds \d+ table\(s\) \(.+\) and none of AutoDoctor's migrations: point DATABASE_URL at an empty database or one AutoDoctor migrated; nothing was changed$/,
    );
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(await query(db.url, "SELECT to_regclass('_prisma_migrations') IS NULL AS absent")).toEqual([{ absent: true }]);
    expect(await query(db.url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")).toEqual(tablesBefore);
  }, 120_000);
});
