import { lockDataDir } from "./data-dir-lock.ts";
import { copyTemplate, isNewDataDir, migratedTemplate } from "./embedded-template.ts";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded.ts";
import type { PrismaClient } from "./prisma.ts";
import type { SqlReader } from "./sql.ts";

export interface Database {
  prisma: PrismaClient;
  /** Hand-written reads over Prisma's own connection pool. */
  sql: SqlReader;
  /** True when this process runs its own embedded PostgreSQL. */
  embedded: boolean;
  isReady(): Promise<boolean>;
  close(): Promise<void>;
}

/** Receives one line per start-up step: what happened, and details such as `ms` (milliseconds it took). */
export type Progress = (message: string, details?: Record<string, unknown>) => void;

export interface OpenDatabaseOptions {
  /** Apply pending migrations before returning (start-up does; tests use a migrated template). */
  migrate?: boolean;
  /** Start-up progress; nothing is reported without it. */
  progress?: Progress;
}

/** Which database to open: `url` (a real PostgreSQL) or, without one, the embedded database in `embeddedDataDir`. */
export interface DatabaseSettings {
  url?: string;
  embeddedDataDir: string;
  /** Connections in the pg pool (the embedded database always gets 1). */
  poolSize: number;
  /**
   * Whether recurring hand-written reads run as named prepared statements (sql.ts `statementNames`).
   * Off behind a pooler that hands each transaction another server connection (PgBouncer in
   * transaction mode), where a statement prepared on one connection is unknown on the next.
   */
  preparedStatements?: boolean;
}

/**
 * DATABASE_URL selects that PostgreSQL; without it an embedded one keeps its data in
 * EMBEDDED_DATA_DIR. Everything above the connection URL is the same code path.
 */
export async function openDatabase(config: { database: DatabaseSettings }, options: OpenDatabaseOptions = {}): Promise<Database> {
  const progress = options.progress ?? (() => {});
  // The embedded database's thread starts first; the clients' modules (pg, Prisma: a large share
  // of the start bundle) load while it starts, rather than before.
  const starting = config.database.url ? undefined : openEmbedded(config.database.embeddedDataDir, progress);
  starting?.catch(() => {}); // awaited below, once the modules are loaded: not an unhandled rejection meanwhile
  const [{ applyMigrations }, { createDatabaseClients, isDatabaseReachable }] = await Promise.all([import("./migrate.ts"), import("./prisma.ts")]).catch(async (error: unknown) => {
    await (await starting)?.stop();
    throw error;
  });
  const embedded = await starting;
  const url = embedded?.url ?? config.database.url!;
  try {
    if (options.migrate ?? true) {
      const started = performance.now();
      const applied = await applyMigrations(url);
      if (applied.length) progress("database: migrations applied", { migrations: applied.length, ms: elapsed(started) });
    }
  } catch (error) {
    await embedded?.stop();
    // "connect ECONNREFUSED 127.0.0.1:5999" alone does not say which setting to fix.
    if (!embedded) throw new Error(`DATABASE_URL (${withoutCredentials(url)}): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    throw error;
  }
  // One connection to PGlite: its socket server queues wire-protocol *messages*, not whole queries,
  // so two connections' extended-protocol exchanges (Parse/Bind/Execute/Sync on the unnamed portal)
  // interleave on its single backend and fail ("portal does not exist") or return another query's
  // rows. PGlite runs one query at a time anyway; a one-connection pool queues them in order.
  const { prisma, sql } = createDatabaseClients(url, embedded ? 1 : config.database.poolSize, { preparedStatements: config.database.preparedStatements ?? true });
  return {
    prisma,
    sql,
    embedded: embedded !== undefined,
    isReady: () => isDatabaseReachable(prisma),
    async close() {
      await prisma.$disconnect();
      await embedded?.stop();
    },
  };
}

/**
 * The embedded database in `dataDir`, held by this process until it stops (lockDataDir: throws
 * DataDirInUseError while another process has it open); a new one starts as a copy of the cached
 * migrated template. An existing directory is locked before anything reads it; a new one once the
 * copy is in place (the copy replaces the empty directory whole, so processes starting on one at
 * once each copy beside it, one rename wins, and the lock then lets one of them open it).
 */
async function openEmbedded(dataDir: string, progress: Progress): Promise<EmbeddedPostgres> {
  const started = performance.now();
  if (isNewDataDir(dataDir)) {
    try {
      const template = await migratedTemplate(() => progress("database: building the embedded database template, once per set of migrations (about 15-20 s)"));
      copyTemplate(template, dataDir);
    } catch (error) {
      // A read-only install: PGlite creates the cluster itself, and migrations follow.
      progress("database: no template (creating the embedded database from scratch)", { reason: error instanceof Error ? error.message : String(error) });
    }
  }
  const release = lockDataDir(dataDir);
  const embedded = await startEmbeddedPostgres({ dataDir }).catch((error: unknown) => {
    release();
    throw error;
  });
  progress("database: embedded database open", { dataDir, ms: elapsed(started) });
  return {
    url: embedded.url,
    async stop() {
      await embedded.stop();
      release();
    },
  };
}

/** A connection URL without its user and password, for messages. */
function withoutCredentials(url: string): string {
  const parsed = new URL(url);
  parsed.username = "";
  parsed.password = "";
  parsed.search = "";
  return parsed.toString();
}

/** Milliseconds since `started` (a performance.now() reading), rounded. */
export function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}
