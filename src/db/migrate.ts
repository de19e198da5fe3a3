import { execFile } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
export const PROJECT_ROOT = fileURLToPath(new URL("../..", import.meta.url));
const PRISMA_CLI = createRequire(import.meta.url).resolve("prisma/build/index.js");

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

/** Applies every committed migration that the database has not seen yet (`prisma migrate deploy`). */
export async function applyMigrations(url: string): Promise<void> {
  if (await allMigrationsApplied(url)) return;
  await runPrismaCli(["migrate", "deploy"], url);
}

/**
 * Whether Prisma's own bookkeeping already lists every committed migration as finished. Checked
 * first because starting the CLI's WebAssembly engine costs seconds on every start-up.
 */
async function allMigrationsApplied(url: string): Promise<boolean> {
  const committed = readdirSync(join(PROJECT_ROOT, "prisma/migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
    );
    const applied = new Set(rows.map((row) => row.name));
    return committed.every((name) => applied.has(name));
  } catch {
    return false; // no bookkeeping table yet: a new database
  } finally {
    await client.end();
  }
}
