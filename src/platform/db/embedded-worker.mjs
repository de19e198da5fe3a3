// The embedded PostgreSQL's own thread (started by embedded.ts): PGlite and its wire-protocol
// socket server. Plain JavaScript, so the thread loads without a TypeScript loader wherever the
// server runs (tsx, the start bundle, vitest).
import { mkdirSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/**
 * PostgreSQL's own default is 128 MB of shared buffers (the template's postgresql.conf), and
 * PGlite's mmap (Emscripten's) zero-fills all of PostgreSQL's shared memory on every start: 145 MB
 * took 0.7 to 1.2 s of this thread's CPU, the largest part of opening an existing database. 16 MB (24 MB of shared memory in all) still holds
 * a development or test database whole (the seeded demo database is 10 MB); beyond that, pages
 * are read again from the OS's page cache.
 */
const SHARED_BUFFERS = "16MB";

const { dataDir, maxConnections } = workerData;
if (dataDir) mkdirSync(dataDir, { recursive: true });
const db = await PGlite.create({ dataDir, startParams: [...PGlite.defaultStartParams, "-c", `shared_buffers=${SHARED_BUFFERS}`] });
const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections });
await server.start();
parentPort.postMessage({ url: `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable` });
// The one message after that is "stop": close the socket server and PGlite, then let the thread end.
parentPort.once("message", async () => {
  await server.stop();
  await db.close();
  parentPort.close();
});
