// Writes against their floor (issue 19, part 2): each write through the full server (in this
// process, over a pool that counts statements) against a bare node:http handler doing the least
// the write must do, on the same tables:
// - sendMessage: a mechanic's innocent messages (the content monitor runs, nothing is flagged)
//   against an INSERT into "ChatMessage" plus a publish on the same pub/sub transport;
// - approveQuote under 20-way contention: 20 concurrent approvals of one PENDING quote by its
//   customer, exactly one wins and the rest get CONFLICT, checked in the database every round,
//   against 20 concurrent conditional UPDATEs;
// - Stripe webhooks: signed events, a quarter of them redeliveries, posted to /webhooks/stripe
//   against an INSERT ... ON CONFLICT DO NOTHING of the event id.
// The rows are seeded through the test factories (tests/factories) and the API's own mutations.
import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { performance } from "node:perf_hooks";
import pg from "pg";
import type { Config } from "../../src/app/config.ts";
import type { RunningServer } from "../../src/app/server.ts";
import type { Database } from "../../src/platform/db/database.ts";
import { createAppPubSub } from "../../src/platform/pubsub/pubsub.ts";
import type { ChatMessageEvent } from "../../src/platform/pubsub/topics.ts";
import { APPROVE, CREATE_QUOTE, createEscalationScenario, createMatchableWorkshop, escalateAndAccept, REPAIR_1200 } from "../../tests/factories/escalations.ts";
import { createCustomer, createMechanic, createSession } from "../../tests/factories/index.ts";
import type { TestApp } from "../../tests/setup/test-app.ts";
import { startFakeStripe, type FakeStripe } from "../../tests/support/fake-stripe.ts";
import { alternate, bareServer, benchServer, compared, countingDatabase, floorPool, factoryApp, interleave, loadVaried, percentile, sendJson, type ScenarioResult } from "../support.ts";
import type { BenchContext } from "./context.ts";

/** autocannon's latency resolution, in ms: its percentiles are whole milliseconds. */
const LATENCY_RESOLUTION_MS = 1;

/** The issue's rule for a main path: p50 within 1.5x of the floor's (for throughput, at least 1/1.5 of it). */
const MAX_P50_RATIO = 1.5;
/** Concurrent approvals of one quote, and contended rounds per side (BENCH_APPROVE_ROUNDS). */
const CONTENDERS = 20;
const APPROVE_ROUNDS = Number(process.env.BENCH_APPROVE_ROUNDS ?? 5);
/** Chats written at once: the load's connections take the sessions in turn. */
const CHATS = 10;
/** One webhook delivery in this many is a redelivery of an event already sent. */
const REDELIVERY_EVERY = 4;
const CONFLICT = "CONFLICT";
/** BENCH_WRITES=webhooks,approveQuote (any of sendMessage, approveQuote, webhooks): only those rows; unset, all three. */
const ONLY_WRITES = process.env.BENCH_WRITES?.split(",").map((name) => name.trim());

const SEND = `mutation ($sessionId: ID!, $body: String!) { sendMessage(sessionId: $sessionId, body: $body) { message { id body createdAt } flagged } }`;
/** Messages the content monitor reads and lets through: no contact details, no split ones. */
const INNOCENT = [
  "The squeal starts when the brakes are cold",
  "Can you film the dashboard while it idles?",
  "That sounds like the front pads, not the rotors",
  "Thanks, I will check the tyre pressure too",
];

interface GraphQLAnswer {
  data?: any;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

async function post(server: RunningServer, query: string, variables: Record<string, unknown>, token: string): Promise<GraphQLAnswer> {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLAnswer;
}

const readBody = async (req: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
};

interface Servers {
  config: Config;
  database: Database;
  counting: ReturnType<typeof countingDatabase>;
  server: RunningServer;
  pool: pg.Pool;
  app: TestApp;
  stripe: FakeStripe;
}

/**
 * The three write scenarios on one server (payments configured against the local Stripe fake) and
 * one floor pool; each returns its row, or a failed row of its own so the others still report.
 */
export async function writePaths({ config: base, url, database }: BenchContext): Promise<ScenarioResult[]> {
  const unknown = ONLY_WRITES?.filter((name) => !["sendMessage", "approveQuote", "webhooks"].includes(name)) ?? [];
  if (unknown.length) throw new Error(`BENCH_WRITES: unknown write ${unknown.join(", ")} (any of sendMessage, approveQuote, webhooks)`);
  const stripe = await startFakeStripe();
  const config: Config = { ...base, stripe: { secretKey: "sk_test_fake", webhookSecret: stripe.webhookSecret, apiBase: stripe.url } };
  const counting = countingDatabase(url, config.database.poolSize);
  const server = await benchServer(config, counting.database);
  const pool = floorPool(url, config.database.poolSize);
  const servers: Servers = { config, database, counting, server, pool, app: factoryApp(config, database, server), stripe };
  const results: ScenarioResult[] = [];
  try {
    for (const [name, run] of [
      ["sendMessage", sendMessage],
      ["approveQuote", contendedApproval],
      ["webhooks", webhookThroughput],
    ] as const) {
      if (ONLY_WRITES && !ONLY_WRITES.includes(name)) continue;
      try {
        results.push(...[await run(servers)].flat());
      } catch (error) {
        results.push({ scenario: `10. write: ${name}`, metric: "failed", figure: Number.NaN, baseline: null, ratio: null, target: "", pass: false, details: { error: String(error) } });
      }
    }
    return results;
  } finally {
    await server.close();
    await counting.database.close();
    await pool.end();
    await stripe.close();
  }
}

/**
 * A mechanic with CHATS in-progress sessions sends innocent messages, the load's requests taking
 * the sessions in turn (so concurrent sends mostly lock different sessions), no subscriber
 * listening (delivery is the fan-out's row). Floor: the same request bodies, one INSERT and one
 * publish on the server's transport (in-process, or Redis with REDIS_URL), no authentication.
 */
async function sendMessage({ config, counting, server, pool, app }: Servers): Promise<ScenarioResult> {
  const mechanic = await createMechanic(app);
  const sessions: string[] = [];
  for (let i = 0; i < CHATS; i++) {
    const customer = await createCustomer(app);
    sessions.push((await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" })).id);
  }
  let turn = 0;
  const next = () => {
    const i = turn++;
    return { body: JSON.stringify({ query: SEND, variables: { sessionId: sessions[i % CHATS], body: INNOCENT[i % INNOCENT.length] } }), headers: { authorization: `Bearer ${mechanic.token}` } };
  };

  // Every session answers, unflagged; then statements per send, after those warming ones.
  for (const sessionId of sessions) {
    const sent = await post(server, SEND, { sessionId, body: INNOCENT[0] }, mechanic.token);
    if (sent.data?.sendMessage?.flagged !== false) throw new Error(`sendMessage did not answer an unflagged message: ${JSON.stringify(sent).slice(0, 300)}`);
  }
  const before = counting.statements();
  for (let i = 0; i < 5; i++) await post(server, SEND, JSON.parse(next().body).variables, mechanic.token);
  const statements = (counting.statements() - before) / 5;
  const statementsSql = await counting.record(() => post(server, SEND, JSON.parse(next().body).variables, mechanic.token));

  const transport = await createAppPubSub({ redisUrl: config.redisUrl });
  const bare = await bareServer(async (req, res) => {
    const { variables } = JSON.parse(await readBody(req)) as { variables: { sessionId: string; body: string } };
    const { rows } = await pool.query<{ id: string; createdAt: Date }>(
      `INSERT INTO "ChatMessage" (id, "sessionId", "senderId", kind, body, "deliveredBody", "flaggedKinds", "createdAt")
       VALUES ($1, $2, $3, 'USER', $4, $4, '{}', now()) RETURNING id, "createdAt"`,
      [randomUUID(), variables.sessionId, mechanic.id, variables.body],
    );
    const createdAt = rows[0]!.createdAt.toISOString();
    const event: ChatMessageEvent = {
      id: rows[0]!.id,
      sessionId: variables.sessionId,
      workshopId: null,
      senderId: mechanic.id,
      senderRole: "MECHANIC",
      kind: "USER",
      body: variables.body,
      deliveredBody: variables.body,
      flaggedKinds: [],
      createdAt,
      editedAt: null,
    };
    transport.pubSub.publish("chatMessageAdded", variables.sessionId, event);
    sendJson(res, { data: { sendMessage: { message: { id: event.id, body: event.deliveredBody, createdAt }, flagged: false } } });
  });
  try {
    await loadVaried(`${server.url}/graphql`, next, 1, 10, 0);
    await loadVaried(bare.url, next, 1, 10, 0);
    const runs = await alternate(
      () => loadVaried(`${server.url}/graphql`, next, undefined, 10, 0),
      () => loadVaried(bare.url, next, undefined, 10, 0),
    );
    // Nothing the monitor let through may have been flagged (the messages are innocent), nor sent to a session not seeded.
    const flagged = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "ChatMessage" WHERE "sessionId" = ANY($1::uuid[]) AND cardinality("flaggedKinds") > 0`, [sessions]);
    if (flagged.rows[0]!.n > 0) throw new Error(`${flagged.rows[0]!.n} innocent messages were flagged`);
    // autocannon reads latency in whole milliseconds: a floor under 1 ms reads 0, and a ratio over 0
    // is no figure. It counts as 1 ms, so the ratio is then a lower bound (the metric says so).
    const belowResolution = runs.b.some((r) => r.p50Ms < LATENCY_RESOLUTION_MS);
    const row = compared(
      runs.a.map((r) => r.p50Ms),
      runs.b.map((r) => Math.max(r.p50Ms, LATENCY_RESOLUTION_MS)),
    );
    return {
      scenario: "10. write: sendMessage (content monitor, no subscriber)",
      metric: `p50 ms (baseline: INSERT + publish, ${server.pubSubTransport} transport, over node:http${belowResolution ? `; under autocannon's ${LATENCY_RESOLUTION_MS} ms resolution, counted as ${LATENCY_RESOLUTION_MS} ms: the ratio is a lower bound` : ""}); statements/send: ${statements} (floor 1)`,
      ...row,
      target: `<= ${MAX_P50_RATIO}x`,
      pass: row.ratio <= MAX_P50_RATIO,
      details: { statementsPerRequest: statements, statementsSql, transport: server.pubSubTransport, chats: CHATS, api: runs.a, floor: runs.b },
    };
  } finally {
    await bare.close();
    await transport.close();
  }
}

interface Round {
  latenciesMs: number[];
  /** What broke this round's invariants (empty: none). */
  broken: string[];
}

/** `CONTENDERS` calls of `attempt` at once, timed each from its start. */
async function contend<T>(attempt: () => Promise<T>): Promise<{ answers: T[]; latenciesMs: number[] }> {
  const timed = await Promise.all(
    Array.from({ length: CONTENDERS }, async () => {
      const start = performance.now();
      const answer = await attempt();
      return { answer, ms: performance.now() - start };
    }),
  );
  return { answers: timed.map((t) => t.answer), latenciesMs: timed.map((t) => t.ms) };
}

/**
 * CONTENDERS concurrent approveQuote calls by a quote's customer, APPROVE_ROUNDS rounds, each on
 * a fresh PENDING quote (a customer's escalation quoted by one workshop, through the API). Every
 * round must end with exactly one APPROVED answer, CONFLICT for the rest, and in the database the
 * quote APPROVED with one history row and one audit row for the approval, and the escalation
 * approved once. Floor: the same concurrency of `UPDATE ... WHERE status = 'PENDING'` over
 * node:http, where exactly one must update a row.
 */
async function contendedApproval({ counting, server, pool, app, database }: Servers): Promise<ScenarioResult[]> {
  const quoted = async () => {
    const scenario = await createEscalationScenario(app);
    const workshop = await createMatchableWorkshop(app, { city: scenario.city });
    const { escalationId } = await escalateAndAccept(app, scenario, workshop);
    const created = await app.gql(CREATE_QUOTE, { escalationId, input: REPAIR_1200 }, workshop.advisor.token);
    if (created.errors) throw new Error(JSON.stringify(created.errors));
    return { customer: scenario.customer, escalationId, quoteId: created.data!.createQuote.id as string };
  };
  const apiQuotes = await Promise.all(Array.from({ length: APPROVE_ROUNDS }, quoted));
  const floorQuotes = await Promise.all(Array.from({ length: APPROVE_ROUNDS }, quoted));

  let statements = 0;
  const apiRound = async (): Promise<Round> => {
    const { customer, escalationId, quoteId } = apiQuotes.pop()!;
    const before = counting.statements();
    const { answers, latenciesMs } = await contend(() => post(server, APPROVE, { quoteId }, customer.token));
    statements = (counting.statements() - before) / CONTENDERS;
    const won = answers.filter((a) => a.data?.approveQuote?.status === "APPROVED").length;
    const conflicts = answers.filter((a) => a.errors?.[0]?.extensions?.code === CONFLICT).length;
    const [quote, history, audit, escalation] = await Promise.all([
      database.prisma.repairQuote.findUniqueOrThrow({ where: { id: quoteId }, select: { status: true } }),
      database.prisma.quoteStatusChange.count({ where: { quoteId, toStatus: "APPROVED" } }),
      database.prisma.auditLog.count({ where: { entityType: "RepairQuote", entityId: quoteId, action: "quote.approved" } }),
      database.prisma.auditLog.count({ where: { entityType: "Escalation", entityId: escalationId, action: "escalation.approved" } }),
    ]);
    const broken = [
      won !== 1 && `${won} approvals won`,
      conflicts !== CONTENDERS - 1 &&
        `${conflicts} CONFLICT answers of ${CONTENDERS - 1} expected (${JSON.stringify(answers.find((a) => a.errors && a.errors[0]?.extensions?.code !== CONFLICT)?.errors ?? null)})`,
      quote.status !== "APPROVED" && `quote ${quote.status}`,
      history !== 1 && `${history} APPROVED history rows`,
      audit !== 1 && `${audit} quote.approved audit rows`,
      escalation !== 1 && `${escalation} escalation.approved audit rows`,
    ].filter((problem): problem is string => typeof problem === "string");
    return { latenciesMs, broken };
  };

  const bare = await bareServer(async (req, res) => {
    const quoteId = await readBody(req);
    const { rowCount } = await pool.query(`UPDATE "RepairQuote" SET status = 'APPROVED', "customerDecisionAt" = now() WHERE id = $1 AND status = 'PENDING' AND "validUntil" > now()`, [quoteId]);
    res.writeHead(rowCount === 1 ? 200 : 409).end();
  });
  const floorRound = async (): Promise<Round> => {
    const { quoteId } = floorQuotes.pop()!;
    const { answers, latenciesMs } = await contend(() => fetch(bare.url, { method: "POST", body: quoteId }).then((r) => r.status));
    const won = answers.filter((status) => status === 200).length;
    return { latenciesMs, broken: won === 1 ? [] : [`floor: ${won} updates won`] };
  };
  try {
    const [api, floor] = await interleave([apiRound, floorRound], APPROVE_ROUNDS);
    const broken = [...api!, ...floor!].flatMap((round) => round.broken);
    const all = (rounds: Round[]) => rounds.flatMap((round) => round.latenciesMs);
    const invariants = broken.length === 0 ? "invariants held" : `INVARIANTS BROKEN: ${broken.join("; ")}`;
    const row = (name: string, p: number): ScenarioResult => {
      const r = compared(
        api!.map((round) => percentile(round.latenciesMs, p)),
        floor!.map((round) => percentile(round.latenciesMs, p)),
      );
      return {
        scenario: `10. write: approveQuote, ${CONTENDERS}-way contention`,
        metric: `${name} ms of a contended approval, ${APPROVE_ROUNDS} rounds (baseline: ${CONTENDERS} concurrent conditional UPDATEs via pg over node:http); statements/call: ${statements}; ${invariants}`,
        ...r,
        target: `<= ${MAX_P50_RATIO}x; one winner, ${CONTENDERS - 1} CONFLICT, one history and audit row`,
        pass: r.ratio <= MAX_P50_RATIO && broken.length === 0,
        details: {
          statementsPerRequest: statements,
          broken,
          overall: { apiP50: percentile(all(api!), 50), apiP99: percentile(all(api!), 99), floorP50: percentile(all(floor!), 50), floorP99: percentile(all(floor!), 99) },
        },
      };
    };
    return [row("p50", 50), row("p99", 99)];
  } finally {
    await bare.close();
  }
}

/**
 * Signed deliveries as the webhook row sends them (`payment_intent.succeeded` of intents the API
 * does not know), one in REDELIVERY_EVERY a redelivery of an event sent before; `sent` lists each
 * delivery's event. Shared with `bench:profile` (BENCH_PROFILE_PATH=webhooks).
 */
export function webhookDeliveries(stripe: FakeStripe) {
  const sent: { payload: string; signature: string; id: string }[] = [];
  return {
    sent,
    next() {
      const redelivery = sent.length > 0 && (sent.length + 1) % REDELIVERY_EVERY === 0;
      const event = redelivery
        ? sent[Math.floor(Math.random() * sent.length)]!
        : (() => {
            const id = `evt_bench_${randomUUID()}`;
            const signed = stripe.signedEvent("payment_intent.succeeded", { id: `pi_bench_${randomUUID()}`, object: "payment_intent", status: "succeeded", amount: 2500, currency: "usd" }, id);
            return { ...signed, id };
          })();
      sent.push(event);
      return { body: event.payload, headers: { "stripe-signature": event.signature } };
    },
  };
}

/**
 * Signed Stripe events (`payment_intent.succeeded` of intents this API does not know, so each is
 * verified, stored once, dispatched to a lookup that finds nothing and marked processed, with no
 * call to Stripe), one delivery in REDELIVERY_EVERY a redelivery of an event sent before.
 * Figure: deliveries per second, redeliveries included. Checked afterwards: every event stored
 * once and processed (but for the deliveries cut off when the load stopped). Floor: the same
 * bodies, parsed and `INSERT ... ON CONFLICT DO NOTHING` of the id over node:http, no signature check.
 */
async function webhookThroughput({ counting, server, pool, stripe }: Servers): Promise<ScenarioResult> {
  const deliveries = () => webhookDeliveries(stripe);
  const webhookUrl = `${server.url}/webhooks/stripe`;

  // Statements per new event and per redelivery.
  const probe = deliveries();
  const deliver = async () => {
    const { body, headers } = probe.next();
    const response = await fetch(webhookUrl, { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
    if (response.status !== 200) throw new Error(`the webhook answered ${response.status}: ${await response.text()}`);
    return (await response.json()) as { duplicate?: boolean };
  };
  await deliver();
  const before = counting.statements();
  await deliver();
  const perEvent = counting.statements() - before;
  await deliver();
  const beforeRedelivery = counting.statements();
  if (!(await deliver()).duplicate) throw new Error("a redelivered event was not answered as a duplicate");
  const perRedelivery = counting.statements() - beforeRedelivery;

  const bare = await bareServer(async (req, res) => {
    const event = JSON.parse(await readBody(req)) as { id: string; type: string };
    const { rowCount } = await pool.query(`INSERT INTO "StripeEvent" (id, type) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING`, [event.id, event.type]);
    sendJson(res, rowCount === 1 ? { received: true } : { received: true, duplicate: true });
  });
  const apiSides: ReturnType<typeof deliveries>[] = [];
  const apiRun = () => {
    const side = deliveries();
    apiSides.push(side);
    return loadVaried(webhookUrl, side.next, undefined, 10, 0);
  };
  try {
    await loadVaried(webhookUrl, deliveries().next, 1, 10, 0);
    await loadVaried(bare.url, deliveries().next, 1, 10, 0);
    const runs = await alternate(apiRun, () => loadVaried(bare.url, deliveries().next, undefined, 10, 0));
    // Each event stored once and processed; only the deliveries in flight when a load stopped may be missing or unprocessed.
    const ids = [...new Set(apiSides.flatMap((side) => side.sent.map((event) => event.id)))];
    const { rows } = await pool.query<{ stored: number; unprocessed: number }>(
      `SELECT count(*)::int AS stored, count(*) FILTER (WHERE "processedAt" IS NULL)::int AS unprocessed FROM "StripeEvent" WHERE id = ANY($1::text[])`,
      [ids],
    );
    const { stored, unprocessed } = rows[0]!;
    const inFlight = 10 * apiSides.length;
    const consistent = stored <= ids.length && stored >= ids.length - inFlight && unprocessed <= inFlight;
    const row = compared(
      runs.a.map((r) => r.requestsPerSecond),
      runs.b.map((r) => r.requestsPerSecond),
    );
    return {
      scenario: "10. write: Stripe webhooks (1 in 4 a redelivery)",
      metric: `deliveries/s (baseline: INSERT ... ON CONFLICT DO NOTHING over node:http); statements per new event/redelivery: ${perEvent}/${perRedelivery} (floor 1/1); ${stored} of ${ids.length} events stored, ${unprocessed} unprocessed`,
      ...row,
      target: `>= ${(1 / MAX_P50_RATIO).toFixed(2)}x; each event stored once`,
      pass: row.ratio >= 1 / MAX_P50_RATIO && consistent,
      details: { statementsPerEvent: perEvent, statementsPerRedelivery: perRedelivery, events: ids.length, stored, unprocessed, api: runs.a, floor: runs.b },
    };
  } finally {
    await bare.close();
  }
}
