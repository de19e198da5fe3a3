import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PAY_DIAGNOSTIC } from "../factories/diagnostics.ts";
import { APPROVE, CREATE_QUOTE, createEscalationScenario, createMatchableWorkshop, escalateAndAccept, REPAIR_1200, REPAIR_1200_LEDGER } from "../factories/escalations.ts";
import { createCustomer, createMechanic, createSession } from "../factories/index.ts";
import { postGraphql, spawnApi, type SpawnedApi } from "../setup/spawn-api.ts";
import type { TestApp } from "../setup/test-app.ts";
import { startFakeStripe, type FakeStripe } from "../support/fake-stripe.ts";
import { ledgerOf, payout, unbalancedTransactions, type LedgerByTransaction } from "../support/ledger.ts";
import { canShareDatabase, factoryApp, sharedDatabase, sleep, UNTHROTTLED } from "./support.ts";

const PAY_QUOTE = `mutation ($q: ID!, $k: String!) { payQuote(quoteId: $q, idempotencyKey: $k) { paymentId amountCents } }`;

/** A paid $25 diagnostic whose mechanic takes payouts: the split, then the mechanic's transfer. */
const DIAGNOSTIC_LEDGER: LedgerByTransaction = {
  payment: { "PLATFORM_CASH/PAYMENT_RECEIVED": -2_500, "PLATFORM_REVENUE/PLATFORM_FEE": 250, "MECHANIC_PAYABLE/DIAGNOSTIC_FEE": 2_250 },
  "payout MECHANIC": payout("MECHANIC_PAYABLE", 2_250),
};

/** One thing a customer pays for, and what the client saw while paying for it. */
interface Item {
  kind: "REPAIR" | "DIAGNOSTIC";
  customerId: string;
  token: string;
  /** The quote or the session. */
  targetId: string;
  /** The client's idempotency key, the same on every attempt. */
  key: string;
  amountCents: number;
  ledger: LedgerByTransaction;
  /** approveQuote answered with the quote APPROVED. */
  approved: boolean;
  /** Payment ids that payQuote / payDiagnostic acknowledged. */
  paid: Set<string>;
  /** The id of the payment_intent.succeeded event, the same on every delivery. */
  eventId: string | null;
  /** Deliveries of that event answered 200. */
  delivered: number;
}

type Result = Awaited<ReturnType<typeof postGraphql>>;
const code = (result: Result) => (result.networkError ? "NETWORK" : String(result.errors?.[0]?.extensions?.code ?? `HTTP_${result.status}`));
/** No answer, or the server failed: a client asks again. Anything else is the server's decision. */
const worthRetrying = (result: Result) => Boolean(result.networkError) || result.status >= 500 || ["INTERNAL_SERVER_ERROR", "SERVICE_UNAVAILABLE", "UNAVAILABLE"].includes(code(result));

/**
 * SIGKILL of the API in the middle of a burst of money writes: concurrent approveQuote, payQuote
 * and payDiagnostic (each sent twice at once with the same idempotency key) and signed
 * payment_intent.succeeded webhooks (each delivered twice at once), then a restart on the same
 * database. Every write the client saw acknowledged is there; nothing is there twice (payments per
 * key and per quote or session, PaymentIntents and transfers at Stripe, ledger transactions), every
 * ledger transaction sums to zero; and the client's retries and Stripe's redeliveries after the
 * restart complete the rest without booking anything twice.
 */
describe.skipIf(!canShareDatabase())("SIGKILL of the API during approvals and payments", () => {
  let database: Awaited<ReturnType<typeof sharedDatabase>>;
  let stripe: FakeStripe;
  let world: TestApp & { prisma: ReturnType<typeof factoryApp>["prisma"] };
  let api: SpawnedApi;
  const env = () => ({
    DATABASE_URL: database!.url,
    DB_POOL_SIZE: "6",
    REDIS_URL: "",
    SEED_DEMO_DATA: "never",
    STRIPE_SECRET_KEY: "sk_test_fake",
    STRIPE_WEBHOOK_SECRET: stripe.webhookSecret,
    STRIPE_API_BASE: stripe.url,
    ESCROW_THRESHOLD_CENTS: "500000",
    ESCALATION_EXPIRY_INTERVAL_SECONDS: "0",
    PAYOUT_INTERVAL_SECONDS: "0",
    ...UNTHROTTLED,
  });
  const gql = (query: string, variables?: Record<string, unknown>, token?: string) => postGraphql(api.url, query, variables, token);

  beforeAll(async () => {
    database = await sharedDatabase();
    stripe = await startFakeStripe();
    // The factories against the spawned API: escalations and quotes go through it.
    world = { ...factoryApp(database!.url), gql } as unknown as typeof world;
    api = await spawnApi(env());
  }, 180_000);

  afterAll(async () => {
    await api?.stop("SIGKILL");
    await world?.prisma.$disconnect();
    await stripe?.close();
    await database?.drop();
  });

  /** A pending $1,200 quote of a workshop and a mechanic that both take payouts. */
  async function repairItem(): Promise<Item> {
    const scenario = await createEscalationScenario(world);
    const tag = randomUUID().slice(0, 8);
    const workshop = await createMatchableWorkshop(world, { city: scenario.city, stripeAccountId: `acct_ws_${tag}`, payoutsEnabled: true });
    await world.prisma.mechanicProfile.update({ where: { userId: scenario.mechanic.id }, data: { stripeAccountId: `acct_me_${tag}`, payoutsEnabled: true } });
    const { escalationId } = await escalateAndAccept(world, scenario, workshop);
    const quote = await gql(CREATE_QUOTE, { escalationId, input: REPAIR_1200 }, workshop.advisor.token);
    if (quote.errors) throw new Error(JSON.stringify(quote.errors));
    const quoteId = quote.data.createQuote.id as string;
    return {
      kind: "REPAIR",
      customerId: scenario.customer.id,
      token: scenario.customer.token,
      targetId: quoteId,
      key: `kill-repair-${tag}`,
      amountCents: 120_000,
      ledger: REPAIR_1200_LEDGER,
      approved: false,
      paid: new Set(),
      eventId: null,
      delivered: 0,
    };
  }

  /** A completed, unpaid $25 diagnostic of a mechanic who takes payouts. */
  async function diagnosticItem(): Promise<Item> {
    const customer = await createCustomer(world);
    const mechanic = await createMechanic(world);
    const tag = randomUUID().slice(0, 8);
    await world.prisma.mechanicProfile.update({ where: { userId: mechanic.id }, data: { stripeAccountId: `acct_me_${tag}`, payoutsEnabled: true } });
    const session = await createSession(world, { customerId: customer.id, mechanicId: mechanic.id, status: "COMPLETED", paid: false });
    return {
      kind: "DIAGNOSTIC",
      customerId: customer.id,
      token: customer.token,
      targetId: session.id,
      key: `kill-diag-${tag}`,
      amountCents: 2_500,
      ledger: DIAGNOSTIC_LEDGER,
      approved: false,
      paid: new Set(),
      eventId: null,
      delivered: 0,
    };
  }

  const intentsOf = (paymentId: string) => [...stripe.paymentIntents.values()].filter((pi) => pi.metadata?.paymentId === paymentId);

  async function deliver(eventId: string, intent: Record<string, any>): Promise<number> {
    const { payload, signature } = stripe.signedEvent("payment_intent.succeeded", intent, eventId);
    try {
      const response = await fetch(`${api.url}/webhooks/stripe`, { method: "POST", headers: { "content-type": "application/json", "stripe-signature": signature }, body: payload });
      await response.text();
      return response.status;
    } catch {
      return 0;
    }
  }

  /**
   * One client's way through an item: approve (repairs), pay twice at once with the same key, the
   * customer confirms at Stripe, Stripe delivers the success event twice at once. In the burst
   * (`retry` false) every step is tried once and a failed step ends the item; in the retries a step
   * is asked again until the server answers, and must then succeed (or, for an approval made before
   * the kill, answer CONFLICT).
   */
  async function walk(item: Item, options: { retry: boolean; ack?: () => void; errors?: Map<string, number> }): Promise<void> {
    const attempt = async <T extends Result | number>(send: () => Promise<T>, failed: (answer: T) => boolean): Promise<T> => {
      for (let tries = 0; ; tries++) {
        const answer = await send();
        if (!options.retry || !failed(answer) || tries >= 20) return answer;
        await sleep(250);
      }
    };
    const note = (what: string) => options.errors?.set(what, (options.errors.get(what) ?? 0) + 1);

    if (item.kind === "REPAIR") {
      const approved = await attempt(() => gql(APPROVE, { quoteId: item.targetId }, item.token), worthRetrying);
      if (approved.data?.approveQuote?.status === "APPROVED" && !approved.errors) {
        item.approved = true;
        options.ack?.();
        // After the restart, CONFLICT is the answer for a quote approved before the kill (acknowledged or not).
      } else if (!(options.retry && code(approved) === "CONFLICT")) {
        note(`approve ${code(approved)}`);
        if (!options.retry) return;
        throw new Error(`approveQuote after the restart: ${JSON.stringify(approved)}`);
      }
    }

    const pay = () => (item.kind === "REPAIR" ? gql(PAY_QUOTE, { q: item.targetId, k: item.key }, item.token) : gql(PAY_DIAGNOSTIC, { s: item.targetId, k: item.key }, item.token));
    const pays = await Promise.all([attempt(pay, worthRetrying), attempt(pay, worthRetrying)]);
    let paymentId: string | null = null;
    for (const result of pays) {
      const answer = result.data?.payQuote ?? result.data?.payDiagnostic;
      if (answer?.paymentId && !result.errors) {
        expect(answer.amountCents).toBe(item.amountCents);
        item.paid.add(answer.paymentId);
        paymentId = answer.paymentId;
        options.ack?.();
      } else note(`pay ${code(result)}`);
    }
    if (!paymentId) {
      if (!options.retry) return;
      throw new Error(`paying after the restart: ${JSON.stringify(pays)}`);
    }

    const [intent, ...more] = intentsOf(paymentId);
    expect(more).toEqual([]);
    if (!intent) throw new Error(`no PaymentIntent for acknowledged payment ${paymentId}`);
    const confirmed = intent.status === "succeeded" ? intent : stripe.confirm(intent.id);
    item.eventId ??= `evt_kill_${paymentId.replace(/-/g, "")}`;
    const statuses = await Promise.all(
      [0, 1].map(() =>
        attempt(
          () => deliver(item.eventId!, confirmed),
          (status) => status === 0 || status >= 500,
        ),
      ),
    );
    for (const status of statuses) {
      if (status === 200) {
        item.delivered++;
        options.ack?.();
      } else note(`webhook ${status}`);
    }
    if (options.retry && statuses.some((status) => status !== 200)) throw new Error(`webhook redelivery answered ${statuses}`);
  }

  /** Nothing twice, here or at Stripe, and every ledger transaction balanced. */
  async function assertNothingDuplicated(items: Item[]) {
    const targets = items.map((item) => item.targetId);
    const payments = await world.prisma.payment.findMany({
      where: { OR: [{ quoteId: { in: targets } }, { sessionId: { in: targets } }] },
      select: { id: true, quoteId: true, sessionId: true, idempotencyKey: true, transferGroup: true },
    });
    const perTarget = new Map<string, number>();
    for (const p of payments) perTarget.set(p.quoteId ?? p.sessionId!, (perTarget.get(p.quoteId ?? p.sessionId!) ?? 0) + 1);
    expect([...perTarget].filter(([, n]) => n > 1)).toEqual([]);
    expect(new Set(payments.map((p) => p.idempotencyKey)).size).toBe(payments.length);
    // Each payment row was made under its client's key.
    const byTarget = new Map(items.map((item) => [item.targetId, item]));
    for (const p of payments) {
      const item = byTarget.get(p.quoteId ?? p.sessionId!)!;
      expect(p.idempotencyKey).toBe(`${item.customerId}:${item.key}`);
    }

    for (const p of payments) {
      // One PaymentIntent per payment, one transfer per payee, at Stripe as here.
      expect(intentsOf(p.id).length).toBeLessThanOrEqual(1);
      const sent = [...stripe.transfers.values()].filter((t) => t.transfer_group === p.transferGroup).map((t) => t.destination);
      expect(sent.length).toBe(new Set(sent).size);
      const rows = await world.prisma.transfer.findMany({ where: { paymentId: p.id }, select: { recipient: true, stripeTransferId: true } });
      expect(rows.length).toBe(new Set(rows.map((r) => r.recipient)).size);
      // ledgerOf fails on two entries of one account and kind in one transaction.
      const ledger = await ledgerOf(world.prisma, p.id);
      expect(Object.keys(ledger).length).toBeLessThanOrEqual(3);
    }
    expect(await unbalancedTransactions(world.prisma)).toEqual([]);

    const approvals = await world.prisma.quoteStatusChange.groupBy({ by: ["quoteId"], where: { quoteId: { in: targets }, toStatus: "APPROVED" }, _count: { _all: true } });
    expect(approvals.filter((a) => a._count._all > 1)).toEqual([]);
  }

  /** Every acknowledged write is in the database. */
  async function assertAcknowledgedPresent(items: Item[]) {
    for (const item of items) {
      if (item.approved) {
        const quote = await world.prisma.repairQuote.findUniqueOrThrow({ where: { id: item.targetId }, select: { status: true } });
        expect({ quote: item.targetId, status: quote.status }).toEqual({ quote: item.targetId, status: "APPROVED" });
      }
      // Both concurrent requests under one key were answered with one payment.
      expect(item.paid.size).toBeLessThanOrEqual(1);
      for (const paymentId of item.paid) {
        const payment = await world.prisma.payment.findUnique({ where: { id: paymentId }, select: { quoteId: true, sessionId: true, amountCents: true } });
        expect(payment).toEqual({ quoteId: item.kind === "REPAIR" ? item.targetId : null, sessionId: item.kind === "DIAGNOSTIC" ? item.targetId : null, amountCents: item.amountCents });
        if (item.delivered > 0) {
          // A 200 to Stripe means the event was handled: the payment settled and booked, payouts included.
          expect((await world.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).status).toBe("SUCCEEDED");
          expect((await world.prisma.stripeEvent.findUniqueOrThrow({ where: { id: item.eventId! } })).processedAt).not.toBeNull();
          expect(await ledgerOf(world.prisma, paymentId)).toEqual(item.ledger);
        }
      }
    }
  }

  /** Everything whose repetition would show: rows, entries, and what Stripe was asked to create. */
  const snapshot = async () => ({
    payments: await world.prisma.payment.count(),
    ledgerEntries: await world.prisma.ledgerEntry.count(),
    transfers: await world.prisma.transfer.count(),
    stripeEvents: await world.prisma.stripeEvent.count(),
    approvals: await world.prisma.quoteStatusChange.count({ where: { toStatus: "APPROVED" } }),
    stripeCreations: stripe.creations.length,
  });

  it("keeps every acknowledged approval and payment, once, and books nothing twice on retries and redeliveries", async () => {
    for (let round = 0; round < 2; round++) {
      const items: Item[] = [];
      for (let i = 0; i < 6; i++) items.push(await repairItem(), await diagnosticItem());

      // The burst: several clients at once; SIGKILL once about a third of what can be acknowledged was.
      const possibleAcks = items.reduce((n, item) => n + (item.kind === "REPAIR" ? 5 : 4), 0);
      const killAfter = Math.floor(possibleAcks / 3);
      let acks = 0;
      let killed = false;
      let reachKillPoint!: () => void;
      const killPoint = new Promise<void>((resolve) => (reachKillPoint = resolve));
      const ack = () => {
        if (!killed && ++acks >= killAfter) reachKillPoint();
      };
      const errors = new Map<string, number>();
      let next = 0;
      const clients = Array.from({ length: 5 }, async () => {
        while (!killed && next < items.length) await walk(items[next++]!, { retry: false, ack, errors });
      });
      const burst = Promise.all(clients);
      await Promise.race([killPoint, burst]);
      await api.stop("SIGKILL");
      killed = true;
      await burst;

      // The kill landed in the middle: some writes were acknowledged, some were not.
      expect(acks, `round ${round}: ${JSON.stringify([...errors])}`).toBeGreaterThanOrEqual(killAfter);
      expect(items.filter((item) => item.delivered === 0).length).toBeGreaterThan(0);

      api = await spawnApi(env());
      await assertAcknowledgedPresent(items);
      await assertNothingDuplicated(items);

      // The clients ask again with the same keys; Stripe delivers the same events again.
      for (const item of items) await walk(item, { retry: true });
      await assertNothingDuplicated(items);
      for (const item of items) {
        expect(item.paid.size).toBe(1);
        const [paymentId] = item.paid;
        expect((await world.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).status).toBe("SUCCEEDED");
        expect(await ledgerOf(world.prisma, paymentId!)).toEqual(item.ledger);
        if (item.kind === "REPAIR") expect((await world.prisma.repairQuote.findUniqueOrThrow({ where: { id: item.targetId } })).status).toBe("APPROVED");
      }

      // And once more, all of it at once: nothing new anywhere.
      const before = await snapshot();
      await Promise.all(items.map((item) => walk(item, { retry: true })));
      expect(await snapshot()).toEqual(before);
      for (const item of items) expect(await ledgerOf(world.prisma, [...item.paid][0]!)).toEqual(item.ledger);
    }
  }, 300_000);
});
