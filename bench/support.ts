import "reflect-metadata";
import { cpus } from "node:os";
import autocannon from "autocannon";
import { createTokenService } from "../src/auth/tokens.ts";
import { loadConfig, type Config } from "../src/config.ts";
import { openDatabase, type Database } from "../src/db/database.ts";
import { startEmbeddedPostgres } from "../src/db/embedded.ts";
import { createLogger } from "../src/server/logger.ts";
import { startServer, type RunningServer, type ServerOptions } from "../src/server/server.ts";

export const machine = () => ({ cores: cpus().length, cpu: cpus()[0]?.model ?? "unknown", node: process.version });

/** A migrated database for a benchmark: the embedded one in memory, or DATABASE_URL when set. */
export async function benchDatabase(): Promise<{ config: Config; database: Database; stop(): Promise<void> }> {
  const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres();
  const config = loadConfig({ ...process.env, NODE_ENV: "test", PORT: "0", LOG_LEVEL: "silent", DATABASE_URL: embedded?.url ?? process.env.DATABASE_URL });
  const database = await openDatabase(config);
  return {
    config,
    database,
    async stop() {
      await database.close();
      await embedded?.stop();
    },
  };
}

export async function benchServer(config: Config, database: Database, options: ServerOptions = {}): Promise<RunningServer> {
  return startServer(config, database, createLogger(config), options);
}

export const tokenFor = (config: Config, user: { id: string; role: any }) => createTokenService(config.auth).issue(user).then((t) => t.token);

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
}

/** Closed-loop load on one GraphQL operation for `seconds`, after a short warm-up. */
export async function load(url: string, body: unknown, token: string | null, seconds: number, connections = 10): Promise<LoadResult> {
  const options = {
    url,
    method: "POST" as const,
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
    connections,
  };
  await autocannon({ ...options, duration: 2 });
  const result = await autocannon({ ...options, duration: seconds });
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}
