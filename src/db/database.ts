import type { Config } from "../config.ts";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded.ts";
import { applyMigrations } from "./migrate.ts";
import { createDatabaseClients, isDatabaseReachable, type PrismaClient } from "./prisma.ts";
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

export interface OpenDatabaseOptions {
  /** Apply pending migrations before returning (start-up does; tests use a migrated template). */
  migrate?: boolean;
}

/**
 * DATABASE_URL selects that PostgreSQL; without it an embedded one keeps its data in
 * EMBEDDED_DATA_DIR. Everything above the connection URL is the same code path.
 */
export async function openDatabase(config: Config, options: OpenDatabaseOptions = {}): Promise<Database> {
  let embedded: EmbeddedPostgres | undefined;
  let url = config.database.url;
  if (!url) {
    embedded = await startEmbeddedPostgres({ dataDir: config.database.embeddedDataDir });
    url = embedded.url;
  }
  try {
    if (options.migrate ?? true) await applyMigrations(url);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  // One connection to PGlite: its socket server queues wire-protocol *messages*, not whole queries,
  // so two connections' extended-protocol exchanges (Parse/Bind/Execute/Sync on the unnamed portal)
  // interleave on its single backend and fail ("portal does not exist") or return another query's
  // rows. PGlite runs one query at a time anyway; a one-connection pool queues them in order.
  const { prisma, sql } = createDatabaseClients(url, embedded ? 1 : config.database.poolSize);
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
