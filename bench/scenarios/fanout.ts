// Chat fan-out: N graphql-ws subscribers of one session on one API process (and, with Redis, split
// over two processes), latency from `sendMessage` to delivery, and messages lost; against the
// floor: a bare `ws` server (two of them over Redis pub/sub) broadcasting the same payload to the
// same N sockets when it receives a POST, measured by the same clients in the same run.
import { cpuMs, spawnApi, postGraphql, type SpawnedApi } from "../../tests/setup/spawn-api.ts";
import { BENCH_ENV, compared, loadAverage, percentile, REPEATS, spread, tokenFor, type ScenarioResult } from "../support.ts";
import { openLiveSocket, openMany, type LiveSocket } from "../ws-clients.ts";
import type { BenchContext } from "./context.ts";

/** Issue 19: p99 within 1.5x of the bare broadcast, nothing lost. */
const MAX_P99_RATIO = 1.5;
/** Issue 19: the privacy wall may cost the fan-out at most 5% (as scenario 2 for the HTTP list). */
const MAX_AUTHZ_SLOWDOWN = 0.05;
const MESSAGES = Number(process.env.BENCH_FANOUT_MESSAGES ?? 20);
const ADMINS = 10;
const SUBSCRIPTION = `subscription ($s: ID!) { chatMessageAdded(sessionId: $s) { id body } }`;
const SEND = `mutation ($s: ID!, $b: String!) { sendMessage(sessionId: $s, body: $b) { message { id } } }`;

/**
 * The floor: graphql-transport-ws reduced to what delivery needs (ack the init, remember the
 * subscription id, answer pings), and a POST whose body is broadcast as one pre-serialised `next`
 * frame to every subscribed socket. With REDIS_URL the POST is published on a channel both
 * processes subscribe to, as the API's Redis transport does.
 */
const BARE_BROADCAST_SERVER = `
  import { createServer } from "node:http";
  import { WebSocketServer } from "ws";
  import Redis from "ioredis";
  const subscribed = new Map();
  const broadcast = (body) => {
    const frames = new Map();
    for (const [socket, id] of subscribed) {
      let frame = frames.get(id);
      if (!frame) frames.set(id, (frame = JSON.stringify({ id, type: "next", payload: { data: { chatMessageAdded: { id: body, body } } } })));
      socket.send(frame);
    }
  };
  const url = process.env.BARE_REDIS_URL;
  const pub = url ? new Redis(url) : null;
  const channel = "bench-bare-fanout:" + process.env.BARE_CHANNEL;
  if (url) {
    const sub = new Redis(url);
    await sub.subscribe(channel);
    sub.on("message", (_, body) => broadcast(body));
  }
  const http = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      if (pub) pub.publish(channel, body);
      else broadcast(body);
      res.end("{}");
    });
  });
  const wss = new WebSocketServer({ server: http, path: "/graphql" });
  wss.on("connection", (socket) => {
    socket.on("message", (raw) => {
      const message = JSON.parse(raw.toString());
      if (message.type === "connection_init") socket.send(JSON.stringify({ type: "connection_ack" }));
      else if (message.type === "subscribe") subscribed.set(socket, message.id);
      else if (message.type === "ping") socket.send(JSON.stringify({ type: "pong" }));
    });
    socket.on("close", () => subscribed.delete(socket));
  });
  http.listen(0, "127.0.0.1", () => console.log("ready at http://127.0.0.1:" + http.address().port + "/graphql"));
`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The environment of the benchmarked API processes: caps raised so one account, from one address
 * (the single load generator), may hold many sockets.
 */
export const apiEnv = (ctx: BenchContext, redisUrl?: string) => ({
  DATABASE_URL: ctx.url,
  DB_POOL_SIZE: String(ctx.config.database.poolSize),
  REDIS_URL: redisUrl ?? "",
  SEED_DEMO_DATA: "never",
  WS_MAX_CONNECTIONS: "100000",
  WS_MAX_CONNECTIONS_PER_USER: "100000",
  WS_MAX_CONNECTIONS_PER_IP: "100000",
  WS_MAX_ANONYMOUS_CONNECTIONS_PER_IP: "100000",
  ...BENCH_ENV,
  LOG_LEVEL: "warn",
});

/** A session in progress, its mechanic's token (the sender), and tokens of admins (who may subscribe). */
async function chatWorld(ctx: BenchContext, tag: string) {
  const prisma = ctx.database.prisma;
  const customer = await prisma.user.create({
    data: {
      email: `fanout.customer.${tag}@example.test`,
      role: "CUSTOMER",
      customer: { create: { firstName: "Fan", lastName: "Out", phone: "+1 555 000 0001", addressLine1: "1 Fan St", city: "Austin" } },
    },
  });
  const mechanic = await prisma.user.create({
    data: { email: `fanout.mechanic.${tag}@example.test`, role: "MECHANIC", mechanic: { create: { displayName: "Fan-out Mechanic", vettingStatus: "APPROVED" } } },
  });
  const vehicle = await prisma.vehicle.create({ data: { ownerId: customer.id, year: 2018, make: "Ford", model: "Focus" } });
  const session = await prisma.diagnosticSession.create({
    data: { customerId: customer.id, mechanicId: mechanic.id, vehicleId: vehicle.id, concern: "Fan-out", mediaUrls: [], status: "IN_PROGRESS", priceCents: 2500 },
  });
  const admins = await Promise.all(Array.from({ length: ADMINS }, (_, i) => prisma.user.create({ data: { email: `fanout.admin.${tag}.${i}@example.test`, role: "ADMIN" } })));
  return {
    sessionId: session.id,
    senderToken: await tokenFor(ctx.config, mechanic),
    subscriberTokens: [await tokenFor(ctx.config, customer), ...(await Promise.all(admins.map((admin) => tokenFor(ctx.config, admin))))],
  };
}

export interface FanoutRun {
  subscribers: number;
  instances: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  lost: number;
  delivered: number;
  /** Median ms from a measured send to its answer (the API's `sendMessage`, the floor's POST): the part of the latency before any frame can leave. */
  sendP50Ms: number;
  /**
   * CPU milliseconds the server processes spent per measured message, from the first send until
   * every delivery (or the wait's end): what the messages cost, apart from how busy the machine was.
   */
  serverCpuMsPerMessage: number | null;
  /** Sockets the server closed during the run, by `code reason` (a closed subscriber loses what follows). */
  closed: Record<string, number>;
}

/** What a fan-out run drives: servers to subscribe on (round-robin), a session, and how a message is sent. */
interface FanoutTarget {
  instances: SpawnedApi[];
  sessionId: string;
  subscriberTokens: Array<string | null>;
  send(body: string): Promise<void>;
}

/** The API: a session with its parties; the mechanic sends through the first instance. */
async function apiTarget(ctx: BenchContext, instances: SpawnedApi[], tag: string): Promise<FanoutTarget> {
  const world = await chatWorld(ctx, tag);
  return {
    instances,
    sessionId: world.sessionId,
    subscriberTokens: world.subscriberTokens,
    async send(body) {
      const result = await postGraphql(instances[0]!.url, SEND, { s: world.sessionId, b: body }, world.senderToken);
      if (!result.data?.sendMessage) throw new Error(`sendMessage failed: ${JSON.stringify(result.errors ?? result.networkError)}`);
    },
  };
}

/** The floor: bare broadcast servers; a POST of the body to the first one is a send. */
function bareTarget(instances: SpawnedApi[]): FanoutTarget {
  return {
    instances,
    sessionId: "bare",
    subscriberTokens: [null],
    async send(body) {
      const response = await fetch(instances[0]!.url, { method: "POST", body });
      if (!response.ok) throw new Error(`bare broadcast answered ${response.status}`);
      await response.arrayBuffer();
    },
  };
}

/**
 * Subscribers spread round-robin over the target's instances; latency from send to each delivery.
 * `deadline` aborts the run between steps (opening a batch, a send, a wait) with its reason.
 */
export async function measureFanout(target: FanoutTarget, subscribers: number, tag: string, deadline?: AbortSignal): Promise<FanoutRun> {
  const { instances } = target;
  const sentAt = new Map<string, number>();
  const received: Map<string, number>[] = [];
  const sockets: LiveSocket[] = await openMany(subscribers, async (i) => {
    deadline?.throwIfAborted();
    const instance = instances[i % instances.length]!;
    const socket = await openLiveSocket(`${instance.url.replace("http", "ws")}/graphql`, target.subscriberTokens[i % target.subscriberTokens.length]!);
    const mine = new Map<string, number>();
    received.push(mine);
    socket.subscribe("1", SUBSCRIPTION, { s: target.sessionId }, (data, at) => {
      const body = data?.chatMessageAdded?.body;
      if (typeof body === "string" && !mine.has(body)) mine.set(body, at);
    });
    return socket;
  });
  const sendMs: number[] = [];
  const send = async (body: string) => {
    deadline?.throwIfAborted();
    const at = performance.now();
    sentAt.set(body, at);
    await target.send(body);
    if (body.startsWith("measure")) sendMs.push(performance.now() - at);
  };
  try {
    // Every subscription is live once each subscriber has seen a warm-up message.
    const startBy = Date.now() + 120_000;
    for (let w = 0; !received.every((mine) => [...mine.keys()].some((b) => b.startsWith("warm"))); w++) {
      if (Date.now() > startBy) throw new Error(`subscriptions did not all start (closed: ${closesOf([{ closed: closesBy(sockets) }]) || "none"})`);
      await send(`warm-${tag}-${w}`);
      await sleep(500);
    }
    const bodies = Array.from({ length: MESSAGES }, (_, i) => `measure-${tag}-${i}`);
    const serverCpu = () => {
      let sum = 0;
      for (const instance of instances) {
        const ms = cpuMs(instance.child.pid);
        if (ms === null) return null;
        sum += ms;
      }
      return sum;
    };
    const cpuBefore = serverCpu();
    for (const body of bodies) {
      await send(body);
      await sleep(100);
    }
    const complete = () => received.every((mine) => bodies.every((b) => mine.has(b)));
    for (const end = Date.now() + 10_000; !complete() && Date.now() < end;) {
      deadline?.throwIfAborted();
      await sleep(100);
    }
    const cpuAfter = serverCpu();
    const closed = closesBy(sockets);

    const latencies: number[] = [];
    for (const mine of received) for (const body of bodies) if (mine.has(body)) latencies.push(mine.get(body)! - sentAt.get(body)!);
    return {
      subscribers,
      instances: instances.length,
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      maxMs: latencies.reduce((max, ms) => Math.max(max, ms), 0),
      delivered: latencies.length,
      lost: subscribers * MESSAGES - latencies.length,
      sendP50Ms: percentile(sendMs, 50),
      serverCpuMsPerMessage: cpuBefore === null || cpuAfter === null ? null : (cpuAfter - cpuBefore) / MESSAGES,
      closed,
    };
  } finally {
    for (const socket of sockets) socket.close();
  }
}

/** Sockets the server closed, counted by `code reason`. */
function closesBy(sockets: readonly LiveSocket[]): Record<string, number> {
  const closed: Record<string, number> = {};
  for (const { closedBy } of sockets) {
    const why = closedBy && `${closedBy.code} ${closedBy.reason}`;
    if (why) closed[why] = (closed[why] ?? 0) + 1;
  }
  return closed;
}

/** Sockets closed by the server over runs, by code and reason, as one line. */
const closesOf = (runs: readonly { closed: Record<string, number> }[]) => {
  const total: Record<string, number> = {};
  for (const run of runs) for (const [why, count] of Object.entries(run.closed)) total[why] = (total[why] ?? 0) + count;
  return Object.entries(total)
    .map(([why, count]) => `${count} x ${why}`)
    .join(", ");
};

/** BENCH_FANOUT_CPU_PROF=<dir>: each API process writes its CPU profile there when it stops (the floor is not profiled). */
const PROFILE_ARGS = process.env.BENCH_FANOUT_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_FANOUT_CPU_PROF}`] : [];

const REPEATS_FANOUT = Number(process.env.BENCH_FANOUT_REPEATS ?? Math.min(REPEATS, 2));
/**
 * Seconds one row (a size on a transport, all its repeats, API and floor) may take; past it the
 * row reports the repeats measured so far (or that none finished), and the run goes on. A repeat
 * at 1,000 subscribers takes 30-60 s on a quiet 2-core machine.
 */
const ROW_DEADLINE_S = Number(process.env.BENCH_FANOUT_DEADLINE_S ?? 300);

/** Starts `count` processes of a kind, runs `body` with them, stops them. */
async function withProcesses<T>(count: number, start: () => Promise<SpawnedApi>, body: (instances: SpawnedApi[]) => Promise<T>, deadline: AbortSignal): Promise<T> {
  const instances: SpawnedApi[] = [];
  try {
    for (let i = 0; i < count; i++) {
      deadline.throwIfAborted();
      instances.push(await start());
    }
    return await body(instances);
  } finally {
    await Promise.all(instances.map((instance) => instance.stop()));
  }
}

/** BENCH_FANOUT_ROWS (default `1p,2p,authz`): which of the rows run (one process, two over Redis, the authorization cost). */
const ROWS = new Set((process.env.BENCH_FANOUT_ROWS ?? "1p,2p,authz").split(","));

export async function chatFanout(ctx: BenchContext): Promise<ScenarioResult[]> {
  const sizes = (process.env.BENCH_FANOUT ?? "1000,10000").split(",").map(Number);
  const transports: Array<{ name: string; count: number; redisUrl: string | undefined }> = [];
  if (ROWS.has("1p")) transports.push({ name: "1 process", count: 1, redisUrl: undefined });
  if (ctx.redisUrl && ROWS.has("2p")) transports.push({ name: "2 processes + Redis", count: 2, redisUrl: ctx.redisUrl });
  const results: ScenarioResult[] = [];
  for (const transport of transports) {
    const channel = `${process.pid}-${transport.count}`;
    const bare = () => spawnApi({ BARE_REDIS_URL: transport.redisUrl ?? "", BARE_CHANNEL: channel }, { args: ["--input-type=module", "-e", BARE_BROADCAST_SERVER] });
    const api = () => spawnApi(apiEnv(ctx, transport.redisUrl), { args: [...PROFILE_ARGS, "scripts/start.mjs"] });
    for (const size of sizes) {
      const load = loadAverage();
      const scenario = `4. chat fan-out, ${size} subscribers, ${transport.name}`;
      const apiRuns: FanoutRun[] = [];
      const bareRuns: FanoutRun[] = [];
      const deadline = AbortSignal.timeout(ROW_DEADLINE_S * 1000);
      let cut: string | null = null;
      // Each side in fresh processes per repeat, in turns, so both see the same machine; a repeat
      // counts once both sides finished it.
      for (let r = 0; r < REPEATS_FANOUT && !cut; r++) {
        const tag = `${transport.count}p${size}r${r}`;
        try {
          const apiRun = await withProcesses(transport.count, api, async (instances) => measureFanout(await apiTarget(ctx, instances, tag), size, tag, deadline), deadline);
          const bareRun = await withProcesses(transport.count, bare, (instances) => measureFanout(bareTarget(instances), size, `bare${tag}`, deadline), deadline);
          apiRuns.push(apiRun);
          bareRuns.push(bareRun);
        } catch (error) {
          if (!deadline.aborted) throw error;
          cut = `deadline of ${ROW_DEADLINE_S} s reached in repeat ${r + 1} of ${REPEATS_FANOUT}`;
        }
      }
      const details = { messages: MESSAGES, repeats: apiRuns.length, cut, api: apiRuns, bare: bareRuns, loadAverageEnd: loadAverage() };
      if (apiRuns.length === 0) {
        results.push({ scenario, metric: `not measured: ${cut}`, figure: Number.NaN, baseline: null, ratio: null, target: `<= ${MAX_P99_RATIO}x, 0 lost`, pass: false, loadAverage: load, details });
        continue;
      }
      const row = compared(
        apiRuns.map((run) => run.p99Ms),
        bareRuns.map((run) => run.p99Ms),
      );
      const lost = Math.max(...apiRuns.map((run) => run.lost));
      const closes = closesOf(apiRuns);
      const cpu = (runs: FanoutRun[]) => (runs.every((run) => run.serverCpuMsPerMessage !== null) ? spread(runs.map((run) => run.serverCpuMsPerMessage!)).median.toFixed(0) : "n/a");
      results.push({
        scenario,
        metric: `p99 ms send -> delivery (p50 ${spread(apiRuns.map((run) => run.p50Ms)).median.toFixed(1)}, lost ${lost}${closes ? `, closed ${closes}` : ""}, server CPU ${cpu(apiRuns)} ms/message, sendMessage p50 ${spread(apiRuns.map((run) => run.sendP50Ms)).median.toFixed(1)}; baseline: bare ws broadcast, lost ${Math.max(...bareRuns.map((run) => run.lost))}, CPU ${cpu(bareRuns)} ms/message, POST p50 ${spread(bareRuns.map((run) => run.sendP50Ms)).median.toFixed(1)}${cut ? `; ${apiRuns.length} repeat(s), ${cut}` : ""})`,
        ...row,
        target: `<= ${MAX_P99_RATIO}x, 0 lost`,
        pass: row.ratio <= MAX_P99_RATIO && lost === 0,
        loadAverage: load,
        details,
      });
    }
  }
  if (ROWS.has("authz")) results.push(...(await fanoutAuthorizationCost(ctx, sizes)));
  return results;
}

/**
 * Issue 19's authorization cost on the fan-out: the same run (one process) against the API with
 * and without its permission layer (`bench/api-process.ts`, `withoutPermissionsForBenchmark`: no
 * rule map, and no per-event "account still active" check of the socket and the chat feed; what
 * the switch turns off is tests/authz/benchmark-switch.test.ts). Fresh processes per repeat, the
 * two sides in turns, the first side swapped each round. Figure: p99 with the layer; baseline:
 * without; ratio, as scenario 2's: the per-round baseline / figure (>= 0.95: at most 5% slower).
 */
async function fanoutAuthorizationCost(ctx: BenchContext, sizes: readonly number[]): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  const api = (flags: string[]) => () => spawnApi(apiEnv(ctx), { args: ["--import", "tsx", ...PROFILE_ARGS, "bench/api-process.ts", ...flags] });
  const sides = { with: api([]), without: api(["--without-permissions"]) };
  for (const size of sizes) {
    const load = loadAverage();
    const scenario = `2/4. fan-out authorization cost, ${size} subscribers, 1 process`;
    const runs = { with: [] as FanoutRun[], without: [] as FanoutRun[] };
    const deadline = AbortSignal.timeout(ROW_DEADLINE_S * 1000);
    let cut: string | null = null;
    for (let r = 0; r < REPEATS_FANOUT && !cut; r++) {
      try {
        const round: Partial<Record<keyof typeof sides, FanoutRun>> = {};
        for (const side of (r % 2 ? ["without", "with"] : ["with", "without"]) as Array<keyof typeof sides>) {
          const tag = `authz${side}${size}r${r}`;
          round[side] = await withProcesses(1, sides[side], async (instances) => measureFanout(await apiTarget(ctx, instances, tag), size, tag, deadline), deadline);
        }
        runs.with.push(round.with!);
        runs.without.push(round.without!);
      } catch (error) {
        if (!deadline.aborted) throw error;
        cut = `deadline of ${ROW_DEADLINE_S} s reached in repeat ${r + 1} of ${REPEATS_FANOUT}`;
      }
    }
    const target = `<= ${MAX_AUTHZ_SLOWDOWN * 100}% slower (ratio >= ${1 - MAX_AUTHZ_SLOWDOWN}), 0 lost`;
    const details = { messages: MESSAGES, repeats: runs.with.length, cut, withPermissions: runs.with, withoutPermissions: runs.without, loadAverageEnd: loadAverage() };
    if (runs.with.length === 0) {
      results.push({ scenario, metric: `not measured: ${cut}`, figure: Number.NaN, baseline: null, ratio: null, target, pass: false, loadAverage: load, details });
      continue;
    }
    // Baseline / figure per round, as scenario 2's throughput ratio reads: 1 is free, 0.95 is 5% slower.
    const p99 = compared(
      runs.without.map((run) => run.p99Ms),
      runs.with.map((run) => run.p99Ms),
    );
    const cpuOf = (side: FanoutRun[]) => side.map((run) => run.serverCpuMsPerMessage ?? Number.NaN);
    const cpu = compared(cpuOf(runs.without), cpuOf(runs.with));
    const lost = Math.max(...[...runs.with, ...runs.without].map((run) => run.lost));
    const closes = closesOf([...runs.with, ...runs.without]);
    results.push({
      scenario,
      metric:
        `p99 ms send -> delivery with the permission layer (baseline: without; lost ${lost}${closes ? `, closed ${closes}` : ""}; ` +
        `server CPU ${cpu.baseline.toFixed(1)} ms/message with, ${cpu.figure.toFixed(1)} without, ratio ${cpu.ratio.toFixed(2)}` +
        `${cut ? `; ${runs.with.length} repeat(s), ${cut}` : ""})`,
      figure: p99.baseline,
      baseline: p99.figure,
      ratio: p99.ratio,
      repeats: { figure: p99.repeats.baseline, baseline: p99.repeats.figure, ratio: p99.repeats.ratio, ratioOfMedians: p99.figure / p99.baseline },
      target,
      pass: p99.ratio >= 1 - MAX_AUTHZ_SLOWDOWN && lost === 0,
      loadAverage: load,
      details: { ...details, serverCpuMsPerMessage: { with: cpu.repeats.baseline, without: cpu.repeats.figure, ratio: cpu.repeats.ratio } },
    });
  }
  return results;
}
