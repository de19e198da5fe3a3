// Tracing first: it must instrument pg before anything loads it (so not in the usual import order).
// eslint-disable-next-line import-x/order
import { tracing } from "./instrumentation.ts";
// type-graphql reads decorator metadata through this polyfill; it must load before any decorated class.
import "reflect-metadata";
import { DataDirInUseError } from "../platform/db/data-dir-lock.ts";
import { elapsed, openDatabase, type Progress } from "../platform/db/database.ts";
import { ensureRedisReachable, RedisUnreachableError } from "../platform/pubsub/redis-reachable.ts";
import { createLogger } from "../platform/server/logger.ts";
import { ensurePortFree, PortInUseError } from "../platform/server/port.ts";
import { ConfigError, loadConfig } from "./config.ts";

/** How long (ms) a repeat of the signal that began the shutdown counts as the same one (npm's forwarded copy of a Ctrl-C). */
const SIGNAL_ECHO_MS = 1_000;

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
  // One line per start-up step as it ends (the slow ones announce themselves first), so a first
  // start is never silent.
  const progress: Progress = (message, details) => logger.info(details ?? {}, message);
  // A busy port is refused before a database is opened, migrated or seeded for nothing.
  await ensurePortFree(config.port, config.host);
  // So is a REDIS_URL that does not answer (an outage after start degrades live delivery only).
  await ensureRedisReachable(config.redisUrl);
  // The embedded database starts on its own thread while this one loads the server's modules.
  const opening = openDatabase(config, { progress });
  opening.catch(() => {}); // awaited below, after the imports: not an unhandled rejection meanwhile
  const [{ bootstrapData }, { demoAccountsBanner, DEMO_PASSWORD }, { startServer }, { GRAPHIQL_PATH }] = await Promise.all([
    import("./bootstrap.ts"),
    import("../seed/seed.ts"),
    import("./server.ts"),
    import("../platform/server/graphiql/graphiql.ts"),
  ]).catch(async (error) => {
    await (await opening).close();
    throw error;
  });
  // The server builds its schema while the database opens and gets its start-up data, and listens once both are done.
  let seeded = false;
  const ready = opening.then(async (database) => {
    ({ seeded } = await bootstrapData(config, database, progress));
    return database;
  });
  ready.catch(() => {}); // awaited by startServer once its schema is built
  let server: Awaited<ReturnType<typeof startServer>>;
  const started = performance.now();
  try {
    server = await startServer(config, ready, logger);
  } catch (error) {
    await (await opening.catch(() => null))?.close();
    throw error;
  }
  progress("server: listening", { ms: elapsed(started) });
  const database = await opening;

  // Handlers before "ready": a signal sent on that line (a process manager, a test) would otherwise meet
  // the default action and end the process without a drain.
  let stopping: { signal: string; at: number } | null = null;
  const shutdown = async (signal: string) => {
    if (stopping) {
      // The same signal again at once is one Ctrl-C: a terminal sends it to npm and node together,
      // and npm passes its copy on, a few milliseconds apart.
      if (signal === stopping.signal && Date.now() - stopping.at < SIGNAL_ECHO_MS) return;
      // A second signal is someone who will not wait for the drain (Ctrl-C twice).
      logger.warn({ signal }, "second signal: exiting without waiting for the drain");
      process.exit(1);
    }
    stopping = { signal, at: Date.now() };
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
    // Everything this process serves is drained and closed: a handle some library still holds (a
    // timer, a socket) must not keep it running past the exit the README promises.
    process.exit(0);
  };
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => void shutdown(signal));

  logger.info({ url: `${server.url}/graphql`, graphiql: `${server.url}${GRAPHIQL_PATH}`, embeddedDatabase: database.embedded, seeded, ms: Math.round(performance.now()) }, "AutoDoctor API ready");
  // For a person at the terminal, on stderr: stdout holds only the JSON log lines a shipper parses.
  // One write, so whoever reads "ready at" has the GraphiQL line too.
  console.error(
    `
AutoDoctor API ready at ${server.url}/graphql (${database.embedded ? `embedded database in ${config.database.embeddedDataDir}` : "PostgreSQL"})` +
      `
GraphiQL (open in a browser, sign in, explore the schema): ${server.url}${GRAPHIQL_PATH}`,
  );
  if (!config.production) {
    console.error(demoAccountsBanner(DEMO_PASSWORD, config.admin).join("\n"));
  }
}

main().catch((error) => {
  if (error instanceof ConfigError || error instanceof PortInUseError || error instanceof DataDirInUseError || error instanceof RedisUnreachableError) console.error(error.message);
  else console.error("AutoDoctor API failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
