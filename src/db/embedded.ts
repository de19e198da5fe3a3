import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedPostgres {
  /** A postgresql:// URL that the pg driver, Prisma and the Prisma CLI can all use. */
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Directory that keeps the data across restarts; omitted means in memory. */
  dataDir?: string;
  /** The pool opens several connections; the socket server queues their queries onto one backend. */
  maxConnections?: number;
}

/**
 * PostgreSQL without a server to install: PGlite (Postgres compiled to WebAssembly) served over
 * the wire protocol on a loopback port, so everything above the connection is the same code path
 * as a real PostgreSQL.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir: options.dataDir });
  const server = new PGLiteSocketServer({
    db,
    host: "127.0.0.1",
    port: 0,
    maxConnections: options.maxConnections ?? 32,
  });
  await server.start();
  const url = `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  return {
    url,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
