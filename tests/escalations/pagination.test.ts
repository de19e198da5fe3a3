import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EscalationsDocument, OpenEscalationOffersDocument, QuotesDocument } from "../../client/generated/graphql.ts";
import { CREATE_QUOTE, createCompletedSession, createMatchableWorkshop, ESCALATE, REPAIR_1200, RESPOND, type WorkshopWithAdvisor } from "../factories/escalations.ts";
import { createAdmin, createCustomer, createMechanic, type CreatedUser } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";
import { dataOf, expectBadPaging, walkPages } from "../support/pages.ts";

/**
 * Escalations, the advisor's inbox and quotes come a page at a time: newest first (the inbox
 * oldest first), each visible row exactly once across pages, and totalCount counting the
 * caller's rows only. Several rows share a timestamp on purpose, so pages split inside a tie.
 */
let app: TestApp;
let admin: CreatedUser;
let near: WorkshopWithAdvisor;
let far: WorkshopWithAdvisor;
let mechanics: [CreatedUser, CreatedUser];
/** Escalation ids by the workshop that holds them and by referring mechanic. */
const held = new Map<string, string[]>();
const referred = new Map<string, string[]>();
let revisedEscalationId: string;

const REVISE = `mutation ($q: ID!, $input: QuoteInput!) { reviseQuote(quoteId: $q, input: $input) { id } }`;
const ESCALATION_QUOTES = `query ($id: ID!, $first: Int, $after: String) { escalation(id: $id) { quotes(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } } }`;

async function escalate(mechanic: CreatedUser, city: string, workshop: WorkshopWithAdvisor): Promise<string> {
  const customer = await createCustomer(app, { city });
  const session = await createCompletedSession(app, { customerId: customer.id, mechanicId: mechanic.id });
  const { escalate } = dataOf(await app.gql(ESCALATE, { sessionId: session.id, input: {} }, mechanic.token));
  expect(escalate.offers[0].workshop.id).toBe(workshop.id);
  held.set(workshop.id, [...(held.get(workshop.id) ?? []), escalate.id]);
  referred.set(mechanic.id, [...(referred.get(mechanic.id) ?? []), escalate.id]);
  return escalate.id;
}

beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0" });
  admin = await createAdmin(app);
  const [nearCity, farCity] = [`Pageville ${randomUUID().slice(0, 6)}`, `Farville ${randomUUID().slice(0, 6)}`];
  near = await createMatchableWorkshop(app, { city: nearCity, name: "Near Motors" });
  far = await createMatchableWorkshop(app, { city: farCity, name: "Far Motors" });
  mechanics = [await createMechanic(app), await createMechanic(app)];
  // Near holds five (three from the first mechanic), far holds two (one each).
  for (const [mechanic, city, workshop] of [
    [mechanics[0], nearCity, near],
    [mechanics[1], nearCity, near],
    [mechanics[0], farCity, far],
    [mechanics[0], nearCity, near],
    [mechanics[1], farCity, far],
    [mechanics[1], nearCity, near],
    [mechanics[0], nearCity, near],
  ] as const) {
    await escalate(mechanic, city, workshop);
  }
  // Ties across page boundaries: three escalations and their offers share one instant.
  const tied = held.get(near.id)!.slice(1, 4);
  const instant = new Date(Date.now() - 60_000);
  await app.prisma.escalation.updateMany({ where: { id: { in: tied } }, data: { createdAt: instant } });
  await app.prisma.escalationOffer.updateMany({ where: { escalationId: { in: tied } }, data: { offeredAt: instant } });
});
afterAll(() => app.close());

/** Ids in the order the API promises, as the database sorts them. */
async function escalationsInOrder(ids: string[]) {
  const rows = await app.prisma.escalation.findMany({ where: { id: { in: ids } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });
  return rows.map((row) => row.id);
}

describe("escalations", () => {
  const walk = (token: string, first: number) => walkPages(async (after) => dataOf(await app.gql(EscalationsDocument, { first, after }, token)).escalations);

  it("a workshop walks its own escalations, newest first, each once; another workshop's neither appear nor count", async () => {
    const walked = await walk(near.advisor.token, 2);
    expect(walked.pages).toBe(3);
    expect(walked.nodes.map((e) => e.id)).toEqual(await escalationsInOrder(held.get(near.id)!));
    expect(new Set(walked.totalCounts)).toEqual(new Set([5]));

    const other = await walk(far.advisor.token, 1);
    expect(other.nodes.map((e) => e.id)).toEqual(await escalationsInOrder(held.get(far.id)!));
    expect(other.totalCounts).toEqual([2, 2]);
  });

  it("a mechanic walks the escalations they referred; an admin walks all of them", async () => {
    for (const mechanic of mechanics) {
      const walked = await walk(mechanic.token, 2);
      expect(walked.nodes.map((e) => e.id)).toEqual(await escalationsInOrder(referred.get(mechanic.id)!));
      expect(walked.totalCounts[0]).toBe(referred.get(mechanic.id)!.length);
    }
    const all = await walk(admin.token, 3);
    expect(all.nodes.map((e) => e.id)).toEqual(await escalationsInOrder([...held.values()].flat()));
    expect(all.totalCounts).toEqual([7, 7, 7]);
  });
});

describe("the advisor's inbox of open offers", () => {
  it("is walked oldest first, the workshop's own offers only", async () => {
    const inbox = (token: string, first: number) => walkPages(async (after) => dataOf(await app.gql(OpenEscalationOffersDocument, { first, after }, token)).openEscalationOffers);
    const expected = await app.prisma.escalationOffer.findMany({ where: { workshopId: near.id, status: "OFFERED" }, orderBy: [{ offeredAt: "asc" }, { id: "asc" }], select: { id: true } });
    const walked = await inbox(near.advisor.token, 2);
    expect(walked.nodes.map((offer) => offer.id)).toEqual(expected.map((offer) => offer.id));
    expect(walked.nodes.every((offer) => held.get(near.id)!.includes(offer.escalation?.id ?? ""))).toBe(true);
    expect(walked.totalCounts).toEqual([5, 5, 5]);

    const farInbox = await inbox(far.advisor.token, 5);
    expect(farInbox.nodes.map((offer) => offer.escalation?.id).sort()).toEqual([...held.get(far.id)!].sort());
    expect(farInbox.totalCounts).toEqual([2]);
  });
});

describe("quotes", () => {
  beforeAll(async () => {
    // Every workshop accepts and quotes what it holds; one near quote is revised twice (three versions).
    // Four near quotes then share one instant.
    for (const workshop of [near, far]) {
      for (const escalationId of held.get(workshop.id)!) {
        const offer = await app.prisma.escalationOffer.findFirstOrThrow({ where: { escalationId, workshopId: workshop.id } });
        dataOf(await app.gql(RESPOND, { offerId: offer.id, accept: true }, workshop.advisor.token));
        dataOf(await app.gql(CREATE_QUOTE, { escalationId, input: REPAIR_1200 }, workshop.advisor.token));
      }
    }
    revisedEscalationId = held.get(near.id)![2]!;
    for (let i = 0; i < 2; i++) {
      const pending = await app.prisma.repairQuote.findFirstOrThrow({ where: { escalationId: revisedEscalationId, status: "PENDING" } });
      dataOf(await app.gql(REVISE, { q: pending.id, input: { ...REPAIR_1200, notes: `revision ${i + 1}` } }, near.advisor.token));
    }
    const tied = await app.prisma.repairQuote.findMany({ where: { workshopId: near.id }, orderBy: { id: "asc" }, take: 4, select: { id: true } });
    await app.prisma.repairQuote.updateMany({ where: { id: { in: tied.map((q) => q.id) } }, data: { createdAt: new Date(Date.now() - 30_000) } });
  });

  async function quotesInOrder(where: { workshopId?: string; escalationId?: string }) {
    const rows = await app.prisma.repairQuote.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });
    return rows.map((row) => row.id);
  }
  const walk = (token: string, first: number, escalationId?: string) => walkPages(async (after) => dataOf(await app.gql(QuotesDocument, { first, after, escalationId }, token)).quotes);

  it("a workshop walks its own quotes, every version, newest first; a competitor's neither appear nor count", async () => {
    const walked = await walk(near.advisor.token, 3);
    expect(walked.nodes.map((q) => q.id)).toEqual(await quotesInOrder({ workshopId: near.id }));
    expect(walked.totalCounts).toEqual([7, 7, 7]);
    const other = await walk(far.advisor.token, 3);
    expect(other.nodes.map((q) => q.id)).toEqual(await quotesInOrder({ workshopId: far.id }));
    expect(other.totalCounts).toEqual([2]);
  });

  it("filtered to one escalation, and as the escalation's own quotes field", async () => {
    const expected = await quotesInOrder({ escalationId: revisedEscalationId });
    expect(expected).toHaveLength(3);
    const filtered = await walk(near.advisor.token, 2, revisedEscalationId);
    expect(filtered.nodes.map((q) => q.id)).toEqual(expected);
    expect(filtered.totalCounts).toEqual([3, 3]);

    const nested = await walkPages(async (after) => dataOf(await app.gql(ESCALATION_QUOTES, { id: revisedEscalationId, first: 1, after }, near.advisor.token)).escalation.quotes);
    expect(nested.nodes.map((q: any) => q.id)).toEqual(expected);
    expect(nested.totalCounts).toEqual([3, 3, 3]);
    // Another workshop does not even reach the escalation, let alone its quotes.
    expect((await app.gql(ESCALATION_QUOTES, { id: revisedEscalationId }, far.advisor.token)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("the customer walks their quote versions; the referring mechanic all quotes of their referrals", async () => {
    const customerId = (await app.prisma.escalation.findUniqueOrThrow({ where: { id: revisedEscalationId }, select: { session: { select: { customerId: true } } } })).session.customerId;
    const customer = await app.tokens.issue({ id: customerId, role: "CUSTOMER" });
    const own = await walk(customer.token, 2);
    expect(own.nodes.map((q) => q.id)).toEqual(await quotesInOrder({ escalationId: revisedEscalationId }));

    const mechanic = mechanics[0];
    const walked = await walk(mechanic.token, 2);
    const rows = await app.prisma.repairQuote.findMany({ where: { escalation: { mechanicId: mechanic.id } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });
    expect(walked.nodes.map((q) => q.id)).toEqual(rows.map((row) => row.id));
    expect(walked.totalCounts[0]).toBe(rows.length);
  });
});

describe("paging arguments", () => {
  const lists = () => [
    { query: `query ($first: Int, $after: String) { escalations(first: $first, after: $after) { totalCount } }`, token: near.advisor.token },
    { query: `query ($first: Int, $after: String) { openEscalationOffers(first: $first, after: $after) { totalCount } }`, token: near.advisor.token },
    { query: `query ($first: Int, $after: String) { quotes(first: $first, after: $after) { totalCount } }`, token: mechanics[0].token },
    { query: `query ($first: Int, $after: String) { escalation(id: "${held.get(near.id)![0]}") { quotes(first: $first, after: $after) { totalCount } } }`, token: admin.token },
    { query: `query ($first: Int, $after: String) { workshops(first: $first, after: $after) { totalCount } }`, token: mechanics[0].token },
  ];

  it("a cursor that is not one, or belongs to a list ordered by something else, is BAD_USER_INPUT", async () => {
    // The workshop directory's cursor carries a name where these lists keep a time.
    const nameCursor = dataOf(await app.gql(`{ workshops(first: 1) { pageInfo { endCursor } } }`, {}, admin.token)).workshops.pageInfo.endCursor;
    for (const { query, token } of lists().slice(0, 4)) {
      for (const after of ["not-a-cursor", Buffer.from("[1,2]").toString("base64url"), nameCursor]) await expectBadPaging(app, query, { after }, token, "after");
    }
    await expectBadPaging(app, lists()[4]!.query, { after: "not-a-cursor" }, mechanics[0].token, "after");
  });

  it("first outside 1 to 100 is BAD_USER_INPUT", async () => {
    for (const { query, token } of lists()) {
      for (const first of [0, -1, 101]) await expectBadPaging(app, query, { first }, token, "first");
    }
  });
});

describe("the workshop directory", () => {
  it("is walked by name, each workshop once, optionally in one city", async () => {
    await Promise.all(["Alpha", "alpha", "Bravo", "Bravo", "Charlie"].map((name) => createMatchableWorkshop(app, { name, city: "Directory City" })));
    const expected = await app.prisma.workshop.findMany({ orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true } });
    const walk = (first: number, city?: string) =>
      walkPages(
        async (after) =>
          dataOf(
            await app.gql(
              `query ($first: Int, $after: String, $city: String) { workshops(first: $first, after: $after, city: $city) { totalCount pageInfo { hasNextPage endCursor } nodes { id city } } }`,
              { first, after, city },
              mechanics[0].token,
            ),
          ).workshops,
      );
    const all = await walk(2);
    expect(all.nodes.map((w: any) => w.id)).toEqual(expected.map((w) => w.id));
    expect(new Set(all.totalCounts)).toEqual(new Set([7]));
    const inCity = await walk(2, "directory city");
    expect(inCity.nodes).toHaveLength(5);
    expect(inCity.totalCounts).toEqual([5, 5, 5]);
  });
});
