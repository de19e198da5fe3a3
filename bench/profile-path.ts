// A CPU profile of the API answering one main path under load: `npm run bench:profile` writes
// bench/results/<path>.cpuprofile (open it in Chrome DevTools or speedscope) and prints the self
// time by package and by function. Only the measured seconds are profiled (not the seeding or the
// start-up); the load generator runs in this process too, and is shown as its own line.
// BENCH_PROFILE_PATH=chat|sessions|flagged|quotes|escalations picks the path (default chat); quotes seeds
// BENCH_PROFILE_QUOTES (default 100) quotes of one customer through the API, as scenario 8 does,
// and escalations as many escalations held by one workshop (scenario 8's feed, read by its advisor);
// webhooks posts signed Stripe deliveries (one in four a redelivery) as scenario 10's row does;
// send is scenario 10's sendMessage (a vetted mechanic's innocent messages to 10 sessions in turn).
import { writeFileSync, mkdirSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { createCustomer, createMechanic, createSession } from "../tests/factories/index.ts";
import { startThrowawayPostgres } from "../tests/setup/throwaway-servers.ts";
import { startFakeStripe } from "../tests/support/fake-stripe.ts";
import { sessionsQuery } from "./scenarios/context.ts";
import { customerQuotes, escalationFeed } from "./scenarios/paths.ts";
import { webhookDeliveries } from "./scenarios/writes.ts";
import { benchDatabase, benchServer, factoryApp, load, loadVaried, seedSessions, tokenFor } from "./support.ts";

const path = process.env.BENCH_PROFILE_PATH ?? "chat";
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const ownPostgres = process.env.DATABASE_URL ? null : await startThrowawayPostgres();
if (ownPostgres) process.env.DATABASE_URL = ownPostgres.url;
const db = await benchDatabase();
try {
  const prisma = db.database.prisma;
  const mechanic = await seedSessions(prisma, 100, "profile");
  const sessions = await prisma.diagnosticSession.findMany({ where: { mechanicId: mechanic.id }, select: { id: true }, orderBy: { requestedAt: "asc" } });
  const at = (i: number) => new Date(Date.now() - 100_000 + i * 100);
  const messages = sessions.flatMap((session, s) =>
    Array.from({ length: s === 0 ? 1000 : 1 }, (_, i) => ({
      sessionId: session.id,
      senderId: mechanic.id,
      body: `m${i}`,
      deliveredBody: `m${i}`,
      flaggedKinds: s === 0 ? [] : ["PHONE" as const],
      createdAt: at(s * 1000 + i),
    })),
  );
  await prisma.chatMessage.createMany({ data: messages });
  const admin = await prisma.user.create({ data: { email: "profile.admin@example.test", role: "ADMIN" } });
  const queries: Record<string, { query: string; token: string }> = {
    chat: {
      query: `{ messages(sessionId: "${sessions[0]!.id}", first: 100) { totalCount nodes { id body createdAt kind } } }`,
      token: await tokenFor(db.config, mechanic as { id: string; role: "MECHANIC" }),
    },
    sessions: { query: sessionsQuery(100), token: await tokenFor(db.config, mechanic as { id: string; role: "MECHANIC" }) },
    flagged: {
      query: `{ flaggedConversations(first: 100) { totalCount nodes { flaggedMessageCount lastFlaggedAt session { id status concern vehicle { make model year } customer { firstName } } } } }`,
      token: await tokenFor(db.config, admin as { id: string; role: "ADMIN" }),
    },
  };
  // The webhook path needs payments configured, against the local Stripe fake (as scenario 10).
  const stripe = path === "webhooks" ? await startFakeStripe() : null;
  const config = stripe ? { ...db.config, stripe: { secretKey: "sk_test_fake", webhookSecret: stripe.webhookSecret, apiBase: stripe.url } } : db.config;
  const server = await benchServer(config, db.database);
  try {
    if (path === "quotes" || path === "escalations") {
      const list = path === "quotes" ? customerQuotes : escalationFeed;
      const seeded = await list.seed({ prisma, mechanicId: mechanic.id, app: factoryApp(db.config, db.database, server) }, Number(process.env.BENCH_PROFILE_QUOTES ?? 100));
      queries[path] = { query: list.query(seeded.key), token: seeded.token! };
    }
    let sends: (() => { body: string; headers: Record<string, string> }) | null = null;
    if (path === "send") {
      // As scenario 10 sends (writes.ts): the 10 concurrent sends mostly lock different sessions.
      const app = factoryApp(db.config, db.database, server);
      const sender = await createMechanic(app);
      const chats: string[] = [];
      for (let i = 0; i < 10; i++) chats.push((await createSession(app, { customerId: (await createCustomer(app)).id, mechanicId: sender.id, status: "IN_PROGRESS" })).id);
      const bodies = [
        "The squeal starts when the brakes are cold",
        "Can you film the dashboard while it idles?",
        "That sounds like the front pads, not the rotors",
        "Thanks, I will check the tyre pressure too",
      ];
      const query = `mutation ($sessionId: ID!, $body: String!) { sendMessage(sessionId: $sessionId, body: $body) { message { id body createdAt } flagged } }`;
      let turn = 0;
      sends = () => {
        const i = turn++;
        return { body: JSON.stringify({ query, variables: { sessionId: chats[i % chats.length], body: bodies[i % bodies.length] } }), headers: { authorization: `Bearer ${sender.token}` } };
      };
    }
    const run = (secs: number) => {
      if (stripe) return loadVaried(`${server.url}/webhooks/stripe`, webhookDeliveries(stripe).next, secs, 10, 0);
      if (sends) return loadVaried(`${server.url}/graphql`, sends, secs, 10, 0);
      const { query, token } = queries[path]!;
      return load(`${server.url}/graphql`, { query }, token, secs, 10, 0);
    };
    await run(2);
    const session = new Session();
    session.connect();
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: 200 });
    await session.post("Profiler.start");
    const cpuBefore = process.cpuUsage();
    const result = await run(seconds);
    const cpu = process.cpuUsage(cpuBefore);
    const { profile } = await session.post("Profiler.stop");
    session.disconnect();
    mkdirSync("bench/results", { recursive: true });
    writeFileSync(`bench/results/${path}.cpuprofile`, JSON.stringify(profile));
    // CPU time, not the profile's samples: on a loaded host a descheduled thread is sampled as busy.
    const answered = result.requestsPerSecond * seconds;
    const cpuMsPerRequest = (cpu.user + cpu.system) / 1000 / answered;
    console.log(`${path}: ${result.requestsPerSecond} req/s, p50 ${result.p50Ms} ms, ${cpuMsPerRequest.toFixed(2)} ms of this process's CPU per request (server and load generator, profiled)`);
    const self = new Map<string, number>();
    const byFunction = new Map<string, number>();
    const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
    let total = 0;
    profile.samples!.forEach((id, i) => {
      const frame = nodes.get(id)!.callFrame;
      const dt = profile.timeDeltas![i]!;
      total += dt;
      const url = frame.url;
      const owner = url.includes("node_modules/")
        ? url
            .split("node_modules/")
            .pop()!
            .split("/")
            .slice(0, url.includes("node_modules/@") ? 2 : 1)
            .join("/")
        : url.includes("/src/")
          ? "src (this API)"
          : url.includes("/bench/")
            ? "bench"
            : url || `(${frame.functionName})`;
      self.set(owner, (self.get(owner) ?? 0) + dt);
      const fn = `${frame.functionName || "(anonymous)"} ${url.split("/").slice(-2).join("/")}:${frame.lineNumber + 1}`;
      byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt);
    });
    const top = (map: Map<string, number>, n: number) =>
      [...map]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, v]) => `${((v / total) * 100).toFixed(1).padStart(5)}%  ${k}`)
        .join("\n");
    console.log(`self time by owner:\n${top(self, 20)}\n\nby function:\n${top(byFunction, 30)}`);
  } finally {
    await server.close();
    await stripe?.close();
  }
} finally {
  await db.stop();
  await ownPostgres?.destroy();
}
process.exit(0);
