// Chat fan-out: N graphql-ws subscribers of one session on one API process (and, with Redis, split
// over two processes), latency from `sendMessage` to delivery, and messages lost.
import { spawnApi, postGraphql, type SpawnedApi } from "../../tests/setup/spawn-api.ts";
import { percentile, tokenFor, type ScenarioResult, BENCH_ENV } from "../support.ts";
import { openLiveSocket, openMany, type LiveSocket } from "../ws-clients.ts";
import type { BenchContext } from "./context.ts";

const TARGET_P99_MS = 100;
const MESSAGES = Number(process.env.BENCH_FANOUT_MESSAGES ?? 20);
const ADMINS = 10;
const SUBSCRIPTION = `subscription ($s: ID!) { chatMessageAdded(sessionId: $s) { id body } }`;
const SEND = `mutation ($s: ID!, $b: String!) { sendMessage(sessionId: $s, body: $b) { message { id } } }`;

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
  const mechanic = await prisma.user.create({ data: { email: `fanout.mechanic.${tag}@example.test`, role: "MECHANIC", mechanic: { create: { displayName: "Fan-out Mechanic" } } } });
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
}

/** Subscribers spread round-robin over `instances`; messages sent through the first one. */
export async function measureFanout(ctx: BenchContext, subscribers: number, instances: SpawnedApi[], tag: string): Promise<FanoutRun> {
  const world = await chatWorld(ctx, tag);
  // body -> send time; per subscriber, the bodies it received and when.
  const sentAt = new Map<string, number>();
  const received: Map<string, number>[] = [];
  const sockets: LiveSocket[] = await openMany(subscribers, async (i) => {
    const instance = instances[i % instances.length]!;
    const socket = await openLiveSocket(`${instance.url.replace("http", "ws")}/graphql`, world.subscriberTokens[i % world.subscriberTokens.length]!);
    const mine = new Map<string, number>();
    received.push(mine);
    socket.subscribe("1", SUBSCRIPTION, { s: world.sessionId }, (data, at) => {
      const body = data?.chatMessageAdded?.body;
      if (typeof body === "string" && !mine.has(body)) mine.set(body, at);
    });
    return socket;
  });
  const sender = instances[0]!;
  const send = async (body: string) => {
    sentAt.set(body, performance.now());
    const result = await postGraphql(sender.url, SEND, { s: world.sessionId, b: body }, world.senderToken);
    if (!result.data?.sendMessage) throw new Error(`sendMessage failed: ${JSON.stringify(result.errors ?? result.networkError)}`);
  };
  try {
    // Every subscription is live once each subscriber has seen a warm-up message.
    const deadline = Date.now() + 120_000;
    for (let w = 0; !received.every((mine) => [...mine.keys()].some((b) => b.startsWith("warm"))); w++) {
      if (Date.now() > deadline) throw new Error("subscriptions did not all start");
      await send(`warm-${tag}-${w}`);
      await sleep(500);
    }
    const bodies = Array.from({ length: MESSAGES }, (_, i) => `measure-${tag}-${i}`);
    for (const body of bodies) {
      await send(body);
      await sleep(100);
    }
    const complete = () => received.every((mine) => bodies.every((b) => mine.has(b)));
    for (const end = Date.now() + 10_000; !complete() && Date.now() < end;) await sleep(100);

    const latencies: number[] = [];
    for (const mine of received) for (const body of bodies) if (mine.has(body)) latencies.push(mine.get(body)! - sentAt.get(body)!);
    return {
      subscribers,
      instances: instances.length,
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      maxMs: Math.max(...latencies),
      delivered: latencies.length,
      lost: subscribers * MESSAGES - latencies.length,
    };
  } finally {
    for (const socket of sockets) socket.close();
  }
}

export async function chatFanout(ctx: BenchContext): Promise<ScenarioResult[]> {
  const sizes = (process.env.BENCH_FANOUT ?? "1000,5000").split(",").map(Number);
  const results: ScenarioResult[] = [];
  const row = (run: FanoutRun, transport: string): ScenarioResult => ({
    scenario: `4. chat fan-out, ${run.subscribers} subscribers, ${transport}`,
    metric: `p99 ms sendMessage -> delivery (p50 ${run.p50Ms.toFixed(1)}, lost ${run.lost})`,
    figure: run.p99Ms,
    baseline: null,
    ratio: null,
    target: run.subscribers <= 1000 ? `p99 < ${TARGET_P99_MS} ms, 0 lost` : "0 lost (p99 reported)",
    pass: run.lost === 0 && (run.subscribers > 1000 || run.p99Ms < TARGET_P99_MS),
    details: { ...run, messages: MESSAGES },
  });

  const single = await spawnApi(apiEnv(ctx));
  try {
    for (const size of sizes) results.push(row(await measureFanout(ctx, size, [single], `mem${size}`), "1 process"));
  } finally {
    await single.stop();
  }
  if (!ctx.redisUrl) return results;
  // Two processes on one database, linked by Redis: subscribers on both, sends through the first.
  const a = await spawnApi(apiEnv(ctx, ctx.redisUrl));
  const b = await spawnApi(apiEnv(ctx, ctx.redisUrl));
  try {
    results.push(row(await measureFanout(ctx, sizes[0]!, [a, b], `redis${sizes[0]}`), "2 processes + Redis"));
  } finally {
    await Promise.all([a.stop(), b.stop()]);
  }
  return results;
}
