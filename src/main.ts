// Tracing first: it must instrument pg before anything loads it.
import { tracing } from "./instrumentation.ts";
// type-graphql reads decorator metadata through this polyfill; it must load before any decorated class.
import "reflect-metadata";
import { ConfigError, loadConfig } from "./config.ts";
import { bootstrapData } from "./db/bootstrap.ts";
import { openDatabase } from "./db/database.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./db/seed.ts";
import { createLogger } from "./server/logger.ts";
import { startServer } from "./server/server.ts";

/** Start-up: configuration, database (migrated), start-up data, server; graceful shutdown on signals. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  // Last line of defence, not a fix: a promise nobody handled is a bug to find in the log (each
  // known path, such as Redis pub/sub, handles its own failures); ending every client's
  // connections for it would be worse than carrying on.
  process.on("unhandledRejection", (reason) => {
    logger.error({ err: reason instanceof Error ? { name: reason.name, message: reason.message } : { name: typeof reason } }, "unhandled promise rejection");
  });
  const database = await openDatabase(config);
  let seeded: boolean;
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    ({ seeded } = await bootstrapData(config, database));
    server = await startServer(config, database, logger);
  } catch (error) {
    await database.close();
    throw error;
  }

  logger.info({ url: `${server.url}/graphql`, embeddedDatabase: database.embedded, seeded }, "AutoDoctor API ready");
  console.log(`\nAutoDoctor API ready at ${server.url}/graphql (${database.embedded ? `embedded database in ${config.database.embeddedDataDir}` : "PostgreSQL"})`);
  if (!config.production) {
    console.log(`Demo accounts (password "${DEMO_PASSWORD}"): ${DEMO_ACCOUNTS.map((a) => (a.suspended ? `${a.email} (suspended by a contact-sharing flag)` : a.email)).join(", ")}`);
    if (config.admin) console.log(`Admin: ${config.admin.email}`);
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    const timer = setTimeout(() => {
      logger.error("shutdown timed out");
      process.exit(1);
    }, config.shutdownTimeoutMs + 5_000).unref();
    await server.close();
    await database.close();
    // Last, so the spans of the requests that drained are exported too.
    await tracing?.shutdown();
    clearTimeout(timer);
    logger.info("stopped");
  };
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => void shutdown(signal));
}

main().catch((error) => {
  if (error instanceof ConfigError) console.error(error.message);
  else console.error("AutoDoctor API failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
