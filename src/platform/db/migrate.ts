import { execFile } from "node:child_process";
import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type pg from "pg";

const run = promisify(execFile);
export const PROJECT_ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const PRISMA_CLI = createRequire(import.meta.url).resolve("prisma/build/index.js");
/** The committed migrations, one folder each (`npm run db:migration:new` adds them). */
export const MIGRATIONS_DIR = join(PROJECT_ROOT, "prisma/migrations");
/** The advisory lock `prisma migrate deploy` takes, so our runner and the CLI never migrate at once. */
const PRISMA_MIGRATION_LOCK = 72707369;

/**
 * Runs the Prisma CLI against `url` from the project root (where prisma.config.ts lives).
 * Asynchronous on purpose: the embedded database answers from this same process, so a
 * synchronous child would deadlock it.
 */
export async function runPrismaCli(args: string[], url: string): Promise<string> {
  try {
    const { stdout } = await run(process.execPath, [PRISMA_CLI, ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const { stderr, stdout } = error as { stderr?: string; stdout?: string };
    throw new Error(`prisma ${args.join(" ")} failed:\n${stderr || stdout || String(error)}`);
  }
}

/** A committed migration: its directory name and its SQL, with the checksum Prisma records for it (hex SHA-256 of the file). */
export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

/** Every committed migration in prisma/migrations, oldest first (directory names start with a timestamp). */
export function committedMigrations(): Migration[] {
  return readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(MIGRATIONS_DIR, name, "migration.sql"));
      return { name, sql: bytes.toString("utf8"), checksum: createHash("sha256").update(bytes).digest("hex") };
    });
}

const BOOKKEEPING_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/**
 * Thrown by `applyMigrations` when the database holds tables but none of AutoDoctor's migrations:
 * DATABASE_URL names another application's database (or a mistyped one), and migrating would mix
 * this schema into its tables. Nothing is written to it.
 */
export class ForeignDatabaseError extends Error {
  override name = "ForeignDatabaseError";
}

interface AppliedRow {
  name: string;
  finished: boolean;
  rolledBack: boolean;
}

/**
 * Applies every committed migration that the database has not seen yet, as `prisma migrate deploy`
 * does and with its bookkeeping (`_prisma_migrations`, same checksums, same advisory lock), so the
 * Prisma CLI agrees with what this did. Done in-process because the CLI's engine costs 10 to 15 s
 * of start-up on 2 cores, and applying the SQL itself well under one. Each migration file runs as
 * one simple-protocol query, which PostgreSQL executes as a single implicit transaction: a failing
 * migration leaves nothing half-applied, is recorded as failed with its error, and is thrown.
 * Returns the names of the migrations applied (empty when the database was up to date).
 * Throws when an earlier migration failed and was never resolved (`prisma migrate resolve`).
 */
export async function applyMigrations(url: string): Promise<string[]> {
  const migrations = committedMigrations();
  // Loaded here rather than with this module, which a start imports before the embedded database
  // is up (the template's key is the migrations' list): pg loads while it starts (database.ts).
  const { Client } = (await import("pg")).default;
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    // Most starts find nothing to do: one read, no lock.
    if (pending(migrations, await appliedMigrations(client)).length === 0) return [];
    await client.query(`SELECT pg_advisory_lock(${PRISMA_MIGRATION_LOCK})`);
    try {
      // Read under the lock: another instance migrating this same new database holds it until done.
      if ((await appliedMigrations(client)).length === 0) await refuseForeignTables(client);
      await client.query(BOOKKEEPING_TABLE);
      const applied = await appliedMigrations(client);
      const failed = applied.find((row) => !row.finished && !row.rolledBack);
      if (failed) throw new Error(`migration ${failed.name} failed earlier: fix the database, then mark it with \`prisma migrate resolve\``);
      const todo = pending(migrations, applied);
      for (const migration of todo) await applyOne(client, migration);
      return todo.map((migration) => migration.name);
    } finally {
      await client.query(`SELECT pg_advisory_unlock(${PRISMA_MIGRATION_LOCK})`);
    }
  } finally {
    await client.end();
  }
}

function pending(migrations: Migration[], applied: AppliedRow[]): Migration[] {
  const done = new Set(applied.filter((row) => row.finished && !row.rolledBack).map((row) => row.name));
  return migrations.filter((migration) => !done.has(migration.name));
}

/** Prisma's bookkeeping rows; none when the table does not exist yet (a new database). */
async function appliedMigrations(client: pg.Client): Promise<AppliedRow[]> {
  const { rows } = await client.query<{ exists: boolean }>("SELECT to_regclass('_prisma_migrations') IS NOT NULL AS exists");
  if (!rows[0]?.exists) return [];
  const result = await client.query<AppliedRow>('SELECT migration_name AS name, finished_at IS NOT NULL AS finished, rolled_back_at IS NOT NULL AS "rolledBack" FROM _prisma_migrations');
  return result.rows;
}

/** Refuses (ForeignDatabaseError) a database with no migration bookkeeping that already holds tables in its schema. */
async function refuseForeignTables(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ name: string; count: number }>(
    "SELECT tablename AS name, count(*) OVER ()::int AS count FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations' ORDER BY tablename LIMIT 3",
  );
  if (rows.length === 0) return;
  const names = rows.map((row) => row.name).join(", ");
  throw new ForeignDatabaseError(
    `the database holds ${rows[0]!.count} table(s) (${names}${rows[0]!.count > rows.length ? ", ..." : ""}) and none of AutoDoctor's migrations: point DATABASE_URL at an empty database or one AutoDoctor migrated; nothing was changed`,
  );
}

async function applyOne(client: pg.Client, migration: Migration): Promise<void> {
  const id = randomUUID();
  await client.query("INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())", [id, migration.checksum, migration.name]);
  try {
    await client.query(migration.sql);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await client.query("UPDATE _prisma_migrations SET logs = $2 WHERE id = $1", [id, message]);
    throw new Error(`migration ${migration.name} failed: ${message}`);
  }
  await client.query("UPDATE _prisma_migrations SET finished_at = now(), applied_steps_count = 1 WHERE id = $1", [id]);
}
