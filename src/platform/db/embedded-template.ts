import { createHash, randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, utimesSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { startEmbeddedPostgres } from "./embedded.ts";
import { applyMigrations, committedMigrations, PROJECT_ROOT } from "./migrate.ts";

/** Where migrated templates are kept: a build cache, gone with node_modules, rebuilt on demand. */
const CACHE_DIR = join(PROJECT_ROOT, "node_modules/.cache/autodoctor-api");
const PREFIX = "pglite-template-";
/** A template nobody used for this long is deleted when another one is built (worktrees may share one cache). */
const UNUSED_MS = 24 * 3600_000;
/** A build older than this was interrupted (a build takes seconds): its directory is deleted. */
const ABANDONED_BUILD_MS = 3600_000;

/**
 * The key of the template the installed PGlite and the committed migrations produce: a template
 * made by another PGlite version or before a migration was added or edited is never used.
 */
function templateKey(): string {
  const pglite = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  const { version } = JSON.parse(readFileSync(join(dirname(pglite), "../package.json"), "utf8")) as { version: string };
  const hash = createHash("sha256").update(`pglite ${version}\n`);
  for (const migration of committedMigrations()) hash.update(`${migration.name} ${migration.checksum}\n`);
  return hash.digest("hex").slice(0, 16);
}

/** True when `dataDir` is missing or an empty directory: a place for a new embedded database. */
export function isNewDataDir(dataDir: string): boolean {
  return !existsSync(dataDir) || readdirSync(dataDir).length === 0;
}

/**
 * The directory of an embedded cluster with every committed migration applied and no rows, made
 * once per PGlite version and set of migrations and cached in node_modules/.cache. Creating a
 * cluster (PGlite's initdb) costs 5 s of CPU and more on a busy machine; copying this one costs a
 * fraction of a second. Built in a private directory and renamed into place, so processes that
 * race to build it (parallel test workers) each end with a complete one. Calls `onBuild` before
 * the slow path. Throws when the cache directory cannot be written (a read-only install): the
 * caller then creates its database the slow way.
 */
export async function migratedTemplate(onBuild?: () => void): Promise<string> {
  const key = templateKey();
  const dir = join(CACHE_DIR, `${PREFIX}${key}`);
  if (existsSync(join(dir, "PG_VERSION"))) {
    const now = new Date();
    utimesSync(dir, now, now);
    return dir;
  }
  onBuild?.();
  mkdirSync(CACHE_DIR, { recursive: true });
  const building = `${dir}.building-${process.pid}-${randomBytes(4).toString("hex")}`;
  try {
    const embedded = await startEmbeddedPostgres({ dataDir: building });
    try {
      await applyMigrations(embedded.url);
    } finally {
      await embedded.stop();
    }
    renameSync(building, dir);
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    if (!existsSync(join(dir, "PG_VERSION"))) throw error; // another process finished first otherwise
  }
  pruneOtherTemplates(key);
  return dir;
}

/**
 * Deletes templates of other migrations or PGlite versions that nobody used for a day (each use
 * touches its directory), and builds that were interrupted.
 */
function pruneOtherTemplates(key: string): void {
  for (const name of readdirSync(CACHE_DIR)) {
    const path = join(CACHE_DIR, name);
    if (!name.startsWith(PREFIX)) continue;
    const age = Date.now() - statSync(path).mtimeMs;
    const stale = name.includes(".building-") ? age > ABANDONED_BUILD_MS : !name.includes(key) && age > UNUSED_MS;
    if (stale) rmSync(path, { recursive: true, force: true });
  }
}

/**
 * Makes `dataDir` (missing or empty, see isNewDataDir) a copy of the template: a migrated
 * database without rows. Copied beside it and renamed, so an interrupted copy leaves no half database.
 */
export function copyTemplate(template: string, dataDir: string): void {
  const staging = `${dataDir}.copying-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  cpSync(template, staging, { recursive: true });
  if (existsSync(dataDir)) rmdirSync(dataDir);
  renameSync(staging, dataDir);
}
