// Database tasks on the configured database (DATABASE_URL) or the embedded one (EMBEDDED_DATA_DIR):
//   migrate            apply pending migrations
//   seed               migrate, then create the demo world and the admin if missing
//   reset [--yes]      delete everything, migrate, seed (--yes required for a DATABASE_URL database)
//   migration:new NAME write a migration for the changes in prisma/schema.prisma
//   migration:check    fail when prisma/schema.prisma has changes no migration covers
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bootstrapData } from "../src/app/bootstrap.ts";
import { loadConfig, type Config } from "../src/app/config.ts";
import { lockDataDir } from "../src/platform/db/data-dir-lock.ts";
import { openDatabase } from "../src/platform/db/database.ts";
import { startEmbeddedPostgres } from "../src/platform/db/embedded.ts";
import { MIGRATIONS_DIR, PROJECT_ROOT, runPrismaCli } from "../src/platform/db/migrate.ts";

const SCHEMA = join(PROJECT_ROOT, "prisma/schema.prisma");
// The datamodel the committed migrations produce. Prisma's `--from-migrations` cannot describe a
// database through the driver adapter, so migrations are diffed datamodel to datamodel instead.
const SNAPSHOT = join(MIGRATIONS_DIR, "schema.snapshot.prisma");

/** SQL that turns the last migrated datamodel into the current one; empty when nothing changed. */
async function pendingSql(): Promise<string> {
  // The CLI wants a database connection even for a datamodel-to-datamodel diff.
  const scratch = await startEmbeddedPostgres();
  try {
    const sql = await runPrismaCli(["migrate", "diff", "--from-schema-datamodel", SNAPSHOT, "--to-schema-datamodel", SCHEMA, "--script"], scratch.url);
    return sql.includes("This is an empty migration") ? "" : sql;
  } finally {
    await scratch.stop();
  }
}

async function reset(config: Config, confirmed: boolean): Promise<void> {
  if (config.database.url) {
    if (!confirmed) throw new Error("db:reset on DATABASE_URL deletes every row: run `npm run db:reset -- --yes`");
    const database = await openDatabase(config, { migrate: false });
    await database.prisma.$executeRawUnsafe("DROP SCHEMA public CASCADE");
    await database.prisma.$executeRawUnsafe("CREATE SCHEMA public");
    await database.close();
  } else {
    // A running server has the directory open: deleting its files under it corrupts what it writes
    // next, so reset takes the directory first (DataDirInUseError names the server's pid).
    lockDataDir(config.database.embeddedDataDir);
    rmSync(config.database.embeddedDataDir, { recursive: true, force: true });
  }
}

/** Migrates, then creates the demo world and the admin where they are missing. */
async function seed(config: Config): Promise<void> {
  const database = await openDatabase(config);
  const { seeded } = await bootstrapData({ ...config, seedDemoData: "always" }, database);
  await database.close();
  console.log(seeded ? "seeded the demo world" : config.production ? "production never seeds the demo world (its password is public)" : "demo world already present");
}

async function main(command: string | undefined, args: string[]): Promise<void> {
  const config = loadConfig();
  switch (command) {
    case "migrate": {
      await (await openDatabase(config)).close();
      console.log("migrations applied");
      return;
    }
    case "reset":
      await reset(config, args.includes("--yes"));
      return seed(config);
    case "seed":
      return seed(config);
    case "migration:new": {
      const name = args[0];
      if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error("usage: npm run db:migration:new -- <snake_case_name>");
      const sql = await pendingSql();
      if (!sql) throw new Error("prisma/schema.prisma has no changes that need a migration");
      const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
      const dir = join(MIGRATIONS_DIR, `${stamp}_${name}`);
      mkdirSync(dir);
      writeFileSync(join(dir, "migration.sql"), sql);
      copyFileSync(SCHEMA, SNAPSHOT);
      console.log(`wrote ${dir}/migration.sql`);
      return;
    }
    case "migration:check": {
      const sql = await pendingSql();
      if (sql) throw new Error(`prisma/schema.prisma has changes no migration covers; run npm run db:migration:new -- <name>\n${sql}`);
      if (readFileSync(SNAPSHOT, "utf8") !== readFileSync(SCHEMA, "utf8")) console.log("(schema differs from the snapshot only in comments or formatting)");
      console.log("migrations cover prisma/schema.prisma");
      return;
    }
    default:
      throw new Error("usage: tsx scripts/db.ts migrate | seed | reset [--yes] | migration:new <name> | migration:check");
  }
}

main(process.argv[2], process.argv.slice(3)).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
