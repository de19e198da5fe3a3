// The embedded PostgreSQL's own thread (started by embedded.ts): PGlite and its wire-protocol
// socket server. Plain JavaScript, so the thread loads without a TypeScript loader wherever the
// server runs (tsx, the start bundle, vitest).
import { mkdirSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

const { dataDir, maxConnections } = workerData;
if (dataDir) mkdirSync(dataDir, { recursive: true });
const db = await PGlite.create({ dataDir });
const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections });
await server.start();
parentPort.postMessage({ url: `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable` });
// The one message after that is "stop": close the socket server and PGlite, then let the thread end.
parentPort.once("message", async () => {
  await server.stop();
  await db.close();
  parentPort.close();
});
