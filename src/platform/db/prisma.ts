import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "./generated/client.ts";
import { sqlReader, type SqlReader, type SqlReaderOptions } from "./sql.ts";

export { PrismaClient };
export type { Prisma } from "./generated/client.ts";

/**
 * Prisma, and hand-written reads for the hottest lists, over one pg pool (so the embedded
 * database's single connection serves both in turn), whether the server behind the URL is
 * PostgreSQL or PGlite. Disconnecting Prisma ends the pool.
 */
export function createDatabaseClients(url: string, poolSize: number, options: SqlReaderOptions = {}): { prisma: PrismaClient; sql: SqlReader } {
  return databaseClientsOver(databasePool({ connectionString: url, max: poolSize }, options), options);
}

/**
 * A pg pool with `config` (connection string, size, timeouts). With prepared reads (the default),
 * each new connection first drops the statements prepared before it
 * (`dropStatementsOfEarlierConnections`), awaited before the connection is handed out.
 */
export function databasePool(config: pg.PoolConfig, options: SqlReaderOptions = {}): pg.Pool {
  return new pg.Pool({ ...config, ...(options.preparedStatements !== false && { onConnect: dropStatementsOfEarlierConnections }) });
}

/** The same, over a pool the caller made (benchmarks count its statements). Disconnecting Prisma ends it. */
export function databaseClientsOver(pool: pg.Pool, options: SqlReaderOptions = {}): { prisma: PrismaClient; sql: SqlReader } {
  // A pooled connection that dies while idle (a database restart) is dropped; the next query opens another.
  pool.on("error", () => {});
  const prisma = new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    // Transactions are short, but may queue behind others for the one embedded connection.
    transactionOptions: { maxWait: 10_000, timeout: 20_000 },
  });
  return { prisma, sql: sqlReader(pool, options) };
}

/**
 * The first statement on every new connection of a pool whose reads are prepared (sql.ts
 * `statementNames`, which names a statement once per process). PostgreSQL starts each connection
 * in a new session, where this is a no-op; PGlite's socket server runs every connection in its one
 * session, which keeps what an earlier connection prepared. When the pool closed an idle connection
 * (after 10 s) and opened another, every named read failed there with "prepared statement already
 * exists" until the process restarted. pg-pool awaits it (`onConnect`) before handing the
 * connection out; when it fails, the connection is dropped and its caller gets the error.
 */
async function dropStatementsOfEarlierConnections(client: pg.ClientBase): Promise<void> {
  await client.query("DEALLOCATE ALL");
}

/** A Prisma client alone, for code that reads nothing by hand. */
export function createPrismaClient(url: string, poolSize: number): PrismaClient {
  return createDatabaseClients(url, poolSize).prisma;
}

/**
 * True when the database answers a trivial query within `timeoutMs` (milliseconds). A readiness
 * probe must answer even when every pooled connection hangs on a server that went away, so a
 * query still waiting at the deadline counts as unreachable.
 */
export async function isDatabaseReachable(prisma: PrismaClient, timeoutMs = 5_000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const probe = prisma.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([probe, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** A Prisma interactive transaction: what stores and machines write through when several writes commit together. */
export type Tx = import("./generated/client.ts").Prisma.TransactionClient;
