// The API as a process of its own, for rows that compare it with and without its permission layer
// (`--without-permissions`: the server's `withoutPermissionsForBenchmark`, which `npm start`
// cannot turn off). The server of src/app/main.ts on DATABASE_URL, already migrated; prints the
// same "ready at" line, stops on SIGTERM. Run as `node --import tsx bench/api-process.ts`.
import "reflect-metadata";
import { loadConfig } from "../src/app/config.ts";
import { startServer } from "../src/app/server.ts";
import { openDatabase } from "../src/platform/db/database.ts";
import { createLogger } from "../src/platform/server/logger.ts";

const config = loadConfig();
const database = await openDatabase(config, { migrate: false });
const server = await startServer(config, database, createLogger(config), { withoutPermissionsForBenchmark: process.argv.includes("--without-permissions") });
console.log(`ready at ${server.url}/graphql`);
process.once("SIGTERM", () => {
  void server
    .close()
    .then(() => database.close())
    .then(() => process.exit(0));
});
