import { once } from "node:events";
import { Worker } from "node:worker_threads";

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
 * as a real PostgreSQL. It runs on its own thread (embedded-worker.mjs): starting PostgreSQL (about
 * 0.6 s of CPU) overlaps with building the server, and queries run beside the GraphQL work
 * instead of between it. Throws when PGlite cannot start (for instance a data directory written
 * by another PostgreSQL version).
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const worker = new Worker(new URL("./embedded-worker.mjs", import.meta.url), {
    workerData: { dataDir: options.dataDir, maxConnections: options.maxConnections ?? 32 },
  });
  const exited = once(worker, "exit");
  const url = await new Promise<string>((resolve, reject) => {
    worker.once("message", (message: { url: string }) => resolve(message.url));
    worker.once("error", reject);
    void exited.then(([code]) => reject(new Error(`the embedded database stopped (exit code ${code}) before it was ready`)));
  });
  // After start-up a failing thread shows as a database that stops answering (/readyz, the
  // requests' errors); the event must have a listener or it would end the process.
  worker.on("error", () => {});
  return {
    url,
    async stop() {
      if (worker.threadId === -1) return; // already ended
      worker.postMessage("stop");
      await exited;
    },
  };
}
