import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "../../src/platform/auth/viewer.ts";
import { APPROVE, CREATE_QUOTE, createComparedSet, REPAIR_1200, RESPOND } from "../factories/escalations.ts";
import { startTestApp, type GraphQLResponse, type TestApp } from "../setup/test-app.ts";

/**
 * approveQuote racing each other path that writes the same escalation, its offers or its quotes
 * (escalation.machine.ts, LOCK ORDER: the escalation's row first). Six compared sets at once per
 * path: every request gets a clean answer (success or CONFLICT, never a deadlock's internal
 * error), every approval wins, and each set ends settled: the escalation APPROVED for the quoting
 * workshop, no other offer or quote left open, each offer's move audited once. On the embedded
 * database the transactions run one at a time; run with DATABASE_URL to interleave them.
 */
let app: TestApp;
beforeAll(async () => {
  // The expiry timer off: the expiry test runs it itself.
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0", LOG_LEVEL: "warn" });
});
afterAll(() => app.close());

const SETS = 6;
/** Building six compared sets takes most of a test: about 25 s at load 15 on 2 cores. */
const RACE_TIMEOUT_MS = 90_000;
const REQUEST_ANOTHER = `mutation ($e: ID!) { requestAnotherQuote(escalationId: $e) { id } }`;
const DECLINE_QUOTE = `mutation ($q: ID!) { declineQuote(quoteId: $q, reason: "too dear") { id } }`;

type ComparedSet = Awaited<ReturnType<typeof createComparedSet>>;

/**
 * Each set's approval at once with `other`'s requests: every answer a success or one of `refusals`
 * (CONFLICT), every approval APPROVED, every set settled.
 */
async function race(sets: ComparedSet[], other: (set: ComparedSet) => Promise<GraphQLResponse>[], refusals: readonly string[] = ["CONFLICT"]) {
  const logged = app.logLines.length;
  const approvals = sets.map((set) => app.gql(APPROVE, { quoteId: set.quoteId }, set.customer.token));
  const others = sets.flatMap(other);
  const answers = await Promise.all([...approvals, ...others]);
  const codes = answers.flatMap((answer) => (answer.errors ?? []).map((error) => error.extensions?.code as string));
  expect(codes.filter((code) => !refusals.includes(code))).toEqual([]);
  expect((await Promise.all(approvals)).map((answer) => answer.data?.approveQuote?.status)).toEqual(Array(SETS).fill("APPROVED"));
  for (const set of sets) await expectSettled(set);
  expect(app.logLines.slice(logged).filter((line) => line.includes("internal error"))).toEqual([]);
}

/** The escalation approved for the quoting workshop; only its offer ACCEPTED, no other open; no quote PENDING; each offer's status audited once. */
async function expectSettled(set: ComparedSet) {
  const escalation = await app.prisma.escalation.findUniqueOrThrow({ where: { id: set.escalationId }, select: { status: true, workshopId: true } });
  expect(escalation).toEqual({ status: "APPROVED", workshopId: set.quoting.workshopId });
  const offers = await app.prisma.escalationOffer.findMany({ where: { escalationId: set.escalationId }, select: { id: true, workshopId: true, status: true } });
  for (const offer of offers) {
    if (offer.workshopId === set.quoting.workshopId) expect(offer.status).toBe("ACCEPTED");
    else expect(["CLOSED", "DECLINED", "EXPIRED"]).toContain(offer.status);
  }
  const audited = await app.prisma.auditLog.groupBy({ by: ["entityId", "action"], where: { entityType: "EscalationOffer", entityId: { in: offers.map((o) => o.id) } }, _count: { _all: true } });
  for (const offer of offers.filter((o) => o.workshopId !== set.quoting.workshopId)) {
    const rows = audited.filter((row) => row.entityId === offer.id && row.action === `escalation.offer.${offer.status.toLowerCase()}`);
    expect({ offer: offer.status, audited: rows.map((row) => row._count._all) }).toEqual({ offer: offer.status, audited: [1] });
  }
  const quotes = await app.prisma.repairQuote.findMany({ where: { escalationId: set.escalationId }, select: { id: true, status: true } });
  expect(quotes.filter((quote) => quote.status === "APPROVED").map((quote) => quote.id)).toEqual([set.quoteId]);
  expect(quotes.filter((quote) => quote.status === "PENDING")).toEqual([]);
  expect(await app.prisma.auditLog.count({ where: { entityType: "Escalation", entityId: set.escalationId, action: "escalation.approved" } })).toBe(1);
}

const comparedSets = (asked: 2 | 3 = 3) => Promise.all(Array.from({ length: SETS }, () => createComparedSet(app, asked)));

describe("approveQuote racing the other paths that lock its escalation or offers", () => {
  it(
    "another workshop declining its open offer (whose re-match offers the workshop not asked yet)",
    async () => {
      await race(await comparedSets(), (set) => set.open.map((offer) => app.gql(RESPOND, { offerId: offer.offerId, accept: false, reason: "busy week" }, offer.advisor.token)));
    },
    RACE_TIMEOUT_MS,
  );

  it(
    "another workshop accepting its open offer",
    async () => {
      await race(await comparedSets(), (set) => set.open.map((offer) => app.gql(RESPOND, { offerId: offer.offerId, accept: true }, offer.advisor.token)));
    },
    RACE_TIMEOUT_MS,
  );

  it(
    "the expiry timer expiring the open offers and re-matching",
    async () => {
      const sets = await comparedSets();
      const later = new Date(Date.now() + 24 * 3_600_000);
      const [expired] = await Promise.all([app.server.services.escalations.expireStaleOffers(later), race(sets, () => [])]);
      expect(expired).toBeLessThanOrEqual(SETS * 2);
    },
    RACE_TIMEOUT_MS,
  );

  it(
    "the customer asking one more workshop for a quote (requestAnotherQuote)",
    async () => {
      await race(await comparedSets(2), (set) => [app.gql(REQUEST_ANOTHER, { e: set.escalationId }, set.customer.token)]);
    },
    RACE_TIMEOUT_MS,
  );

  it(
    "another workshop quoting once it accepted its offer (createQuote)",
    async () => {
      const sets = await comparedSets();
      for (const set of sets) expect((await app.gql(RESPOND, { offerId: set.open[0]!.offerId, accept: true }, set.open[0]!.advisor.token)).errors).toBeUndefined();
      // An approval that commits before the quote's first read has closed the workshop's offer: the
      // escalation is no longer the workshop's to quote (NOT_FOUND); one that commits while the quote
      // waits on the escalation's row leaves it no longer taking quotes (CONFLICT).
      const quoting = (set: ComparedSet) => [app.gql(CREATE_QUOTE, { escalationId: set.escalationId, input: REPAIR_1200 }, set.open[0]!.advisor.token)];
      await race(sets, quoting, ["CONFLICT", "NOT_FOUND"]);
    },
    RACE_TIMEOUT_MS,
  );

  it(
    "the customer declining another workshop's quote",
    async () => {
      const sets = await comparedSets();
      const competing = await Promise.all(
        sets.map(async (set) => {
          const advisor = set.open[0]!.advisor;
          await app.gql(RESPOND, { offerId: set.open[0]!.offerId, accept: true }, advisor.token);
          const quote = await app.gql(CREATE_QUOTE, { escalationId: set.escalationId, input: REPAIR_1200 }, advisor.token);
          if (quote.errors) throw new Error(quote.body);
          return quote.data!.createQuote.id as string;
        }),
      );
      await race(sets, (set) => [app.gql(DECLINE_QUOTE, { q: competing[sets.indexOf(set)] }, set.customer.token)]);
    },
    RACE_TIMEOUT_MS,
  );
});

/** A promise and the function that resolves it. */
function signal() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

// Two transactions held open at once: only a real PostgreSQL (DATABASE_URL) can interleave them.
describe.skipIf(!process.env.DATABASE_URL)("an approval holding the escalation, step by step", () => {
  it("a decline of another workshop's offer waits for the approval to commit (the escalation first), then finds its offer closed", async () => {
    const set = await createComparedSet(app);
    const customer: Viewer = { id: set.customer.id, role: "CUSTOMER", workshopId: null };
    const [open] = set.open;
    const moved = signal();
    const release = signal();
    const approving = app.prisma.$transaction(async (tx) => {
      await app.machines.escalation.move(tx, customer, set.escalationId, "approve", { data: { workshopId: set.quoting.workshopId } });
      moved.resolve();
      await release.promise;
      return app.machines.escalation.closeOtherOffers(tx, set.escalationId, set.quoting.workshopId, customer);
    });
    await moved.promise;
    let answered = false;
    const decline = app.gql(RESPOND, { offerId: open!.offerId, accept: false, reason: "busy week" }, open!.advisor.token).finally(() => (answered = true));
    await new Promise((resolve) => setTimeout(resolve, 300));
    // Without the escalation's lock first, the decline would move its offer now and commit.
    expect(answered).toBe(false);
    release.resolve();
    expect((await approving).map((t) => t.offerId).sort()).toEqual(set.open.map((o) => o.offerId).sort());
    expect((await decline).errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await app.prisma.escalationOffer.findUniqueOrThrow({ where: { id: open!.offerId } })).status).toBe("CLOSED");
  });
});
