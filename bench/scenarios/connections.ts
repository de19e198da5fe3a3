// Connections: resident memory per idle, authenticated graphql-ws connection on the API process,
// against a bare `ws` server holding the same number of plain sockets.
import { readFileSync } from "node:fs";
import WebSocket from "ws";
import { spawnApi, type SpawnedApi } from "../../tests/setup/spawn-api.ts";
import { tokenFor, type ScenarioResult } from "../support.ts";
import { openLiveSocket, openMany, type LiveSocket } from "../ws-clients.ts";
import type { BenchContext } from "./context.ts";
import { apiEnv } from "./fanout.ts";

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 2000);
const MAX_RATIO = 3;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resident set size of a process, in bytes (Linux). */
const rssOf = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))![1]) * 1024;

/** The baseline: a `ws` server that accepts and holds sockets, started like the API (same "ready at" line). */
const BARE_WS_SERVER = `
  import { WebSocketServer } from "ws";
  const server = new WebSocketServer({ host: "127.0.0.1", port: 0, path: "/graphql" });
  server.on("listening", () => console.log("ready at http://127.0.0.1:" + server.address().port + "/graphql"));
`;

const plainSocket = (url: string) =>
  new Promise<LiveSocket>((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.once("open", () => resolve({ socket, subscribe: () => {}, close: () => socket.terminate() }));
    socket.once("error", reject);
  });

/** Bytes of RSS the process grows by per connection, after a warm-up batch and a settle. */
async function bytesPerConnection(server: SpawnedApi, open: (i: number) => Promise<LiveSocket>): Promise<number> {
  for (const socket of await openMany(50, open)) socket.close();
  await sleep(1_000);
  const before = rssOf(server.child.pid!);
  const sockets = await openMany(CONNECTIONS, open);
  await sleep(2_000);
  const after = rssOf(server.child.pid!);
  for (const socket of sockets) socket.close();
  return (after - before) / CONNECTIONS;
}

export async function connectionMemory(ctx: BenchContext): Promise<ScenarioResult> {
  const users = [...ctx.mechanics.values()];
  const tokens = await Promise.all(users.map((user) => tokenFor(ctx.config, user)));
  const api = await spawnApi(apiEnv(ctx));
  let perApi: number;
  try {
    const wsUrl = `${api.url.replace("http", "ws")}/graphql`;
    perApi = await bytesPerConnection(api, (i) => openLiveSocket(wsUrl, tokens[i % tokens.length]!));
  } finally {
    await api.stop();
  }
  // The baseline keeps tsx loaded, as the API it is compared with once was.
  const bare = await spawnApi({}, { args: ["--import", "tsx", "--input-type=module", "-e", BARE_WS_SERVER] });
  let perBare: number;
  try {
    perBare = await bytesPerConnection(bare, () => plainSocket(`${bare.url.replace("http", "ws")}/graphql`));
  } finally {
    await bare.stop();
  }
  return {
    scenario: "5. connections",
    metric: `KiB RSS per idle authenticated WebSocket (${CONNECTIONS}; baseline: bare ws)`,
    figure: perApi / 1024,
    baseline: perBare / 1024,
    ratio: perApi / perBare,
    target: `<= ${MAX_RATIO}x`,
    pass: perApi / perBare <= MAX_RATIO,
    details: { connections: CONNECTIONS, apiBytesPerConnection: perApi, bareBytesPerConnection: perBare },
  };
}
