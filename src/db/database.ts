import type { Config } from "../config.ts";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded.ts";
import { applyMigrations } from "./migrate.ts";
import { createPrismaClient, isDatabaseReachable, type PrismaClient } from "./prisma.ts";

export interface Database {
  prisma: PrismaClient;
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
  // PGlite runs one backend for every connection, and its socket server queues protocol messages
  // one by one: two connections' Parse/Bind/Execute sequences can interleave and bind each other's
  // statements (seen as wrong results under concurrent transactions). One connection keeps each
  // query and transaction whole; PGlite runs one query at a time anyway.
  const prisma = createPrismaClient(url, embedded ? 1 : config.database.poolSize);
  return {
    prisma,
    embedded: embedded !== undefined,
    isReady: () => isDatabaseReachable(prisma),
    async close() {
      await prisma.$disconnect();
      await embedded?.stop();
    },
  };
}
