import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PartnerQuotesAwaitingApprovalDocument } from "../../client/generated/graphql.ts";
import { createCompletedSession } from "../factories/escalations.ts";
import { createAdmin, createCustomer, createMechanic, type CreatedUser } from "../factories/index.ts";
import { ACCEPT, activePartnership, APPLY, applyInput, APPROVE_PARTNER_QUOTE, CREATE_PARTNER_QUOTE, createPartnerOrg, linesOf } from "../factories/partnerships.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";
import { dataOf, expectBadPaging, walkPages } from "../support/pages.ts";

/**
 * Partnerships, their quotes, the partner directory and complaints come a page at a time: each
 * row the caller may see exactly once across pages, in a stable order, and totalCount counting
 * only those rows.
 */
let app: TestApp;
let admin: CreatedUser;
let busy: CreatedUser;
let quiet: CreatedUser;
const mechanicsOf = new Map<string, CreatedUser[]>();
const quotesOf = new Map<string, string[]>();
const complaintIds: string[] = [];
let pendingIds: string[];

const FILE = `mutation ($q: ID!, $b: String!) { fileComplaint(quoteId: $q, body: $b) { id } }`;

beforeAll(async () => {
  app = await startTestApp();
  admin = await createAdmin(app);
  busy = await createPartnerOrg(app);
  quiet = await createPartnerOrg(app);
  // Three mechanics partner with the busy partner, one with the quiet one; each quotes once and
  // the partner's approval sends it to a customer, who complains.
  for (const partner of [busy, busy, busy, quiet]) {
    const mechanic = await createMechanic(app);
    const customer = await createCustomer(app);
    const session = await createCompletedSession(app, { customerId: customer.id, mechanicId: mechanic.id });
    const partnership = await activePartnership(app, { mechanic, partner, admin });
    const { quote } = dataOf(await app.gql(CREATE_PARTNER_QUOTE, { s: session.id, input: linesOf(partnership) }, mechanic.token)).createPartnerQuote;
    dataOf(await app.gql(APPROVE_PARTNER_QUOTE, { q: quote.id }, partner.token));
    complaintIds.push(dataOf(await app.gql(FILE, { q: quote.id, b: "The quote was far too high" }, customer.token)).fileComplaint.id);
    mechanicsOf.set(partner.id, [...(mechanicsOf.get(partner.id) ?? []), mechanic]);
    quotesOf.set(partner.id, [...(quotesOf.get(partner.id) ?? []), quote.id]);
  }
  // Three more applications both parties accepted, awaiting an admin.
  pendingIds = [];
  for (let i = 0; i < 3; i++) {
    const mechanic = await createMechanic(app);
    const partner = await createPartnerOrg(app);
    const { applyForPartnership } = dataOf(await app.gql(APPLY, { input: applyInput(partner.id) }, mechanic.token));
    dataOf(await app.gql(ACCEPT, { id: applyForPartnership.id }, partner.token));
    pendingIds.push(applyForPartnership.id);
  }
  // Pages split inside ties.
  const instant = new Date(Date.now() - 60_000);
  const someBusy = await app.prisma.partnership.findMany({ where: { partnerId: busy.id }, take: 2, select: { id: true } });
  await app.prisma.partnership.updateMany({ where: { id: { in: [...someBusy.map((p) => p.id), ...pendingIds.slice(0, 2)] } }, data: { createdAt: instant } });
  await app.prisma.repairQuote.updateMany({ where: { id: { in: quotesOf.get(busy.id)!.slice(0, 2) } }, data: { createdAt: instant } });
  await app.prisma.complaint.updateMany({ where: { id: { in: complaintIds.slice(1, 3) } }, data: { createdAt: instant } });
});
afterAll(() => app.close());

const byCreatedAt = (direction: "asc" | "desc") => [{ createdAt: direction }, { id: direction }];
const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

function walk(query: string, field: string, token: string, first: number, variables: Record<string, unknown> = {}) {
  return walkPages<{ id: string }>(async (after) => dataOf(await app.gql(query, { ...variables, first, after }, token))[field]);
}

const PARTNERSHIPS = `query ($first: Int, $after: String) { partnerships(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`;

describe("partnerships", () => {
  it("each party walks its own, newest first; another partner's neither appear nor count; admins walk all", async () => {
    const own = await walk(PARTNERSHIPS, "partnerships", busy.token, 2);
    expect(ids(own.nodes)).toEqual(ids(await app.prisma.partnership.findMany({ where: { partnerId: busy.id }, orderBy: byCreatedAt("desc") })));
    expect(own.totalCounts).toEqual([3, 3]);
    expect((await walk(PARTNERSHIPS, "partnerships", quiet.token, 2)).totalCounts).toEqual([1]);
    const mechanic = mechanicsOf.get(busy.id)![0]!;
    expect(ids((await walk(PARTNERSHIPS, "partnerships", mechanic.token, 1)).nodes)).toHaveLength(1);

    const all = await walk(PARTNERSHIPS, "partnerships", admin.token, 3);
    expect(ids(all.nodes)).toEqual(ids(await app.prisma.partnership.findMany({ orderBy: byCreatedAt("desc") })));
    expect(all.totalCounts).toEqual([7, 7, 7]);
  });

  it("admins walk those awaiting verification, oldest first", async () => {
    const walked = await walk(
      `query ($first: Int, $after: String) { partnershipsPendingVerification(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`,
      "partnershipsPendingVerification",
      admin.token,
      2,
    );
    expect(ids(walked.nodes)).toEqual(ids(await app.prisma.partnership.findMany({ where: { id: { in: pendingIds } }, orderBy: byCreatedAt("asc") })));
    expect(walked.totalCounts).toEqual([3, 3]);
  });
});

describe("partnership quotes", () => {
  it("a partner walks the quotes under its partnerships, newest first, with the approval screen's typed operation", async () => {
    const walkQueue = (partner: CreatedUser) => walkPages(async (after) => dataOf(await app.gql(PartnerQuotesAwaitingApprovalDocument, { first: 2, after }, partner.token)).partnershipQuotes);
    // Approved already: the approval queue is empty, and says so.
    expect(await walkQueue(busy)).toEqual({ nodes: [], pages: 1, totalCounts: [0] });

    const walked = await walk(
      `query ($first: Int, $after: String) { partnershipQuotes(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`,
      "partnershipQuotes",
      busy.token,
      2,
    );
    expect(ids(walked.nodes)).toEqual(ids(await app.prisma.repairQuote.findMany({ where: { id: { in: quotesOf.get(busy.id)! } }, orderBy: byCreatedAt("desc") })));
    expect(walked.totalCounts).toEqual([3, 3]);
    const other = await walk(
      `query ($first: Int, $after: String) { partnershipQuotes(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`,
      "partnershipQuotes",
      quiet.token,
      2,
    );
    expect(ids(other.nodes)).toEqual(quotesOf.get(quiet.id));
    expect(other.totalCounts).toEqual([1]);
  });
});

describe("the partner directory", () => {
  it("a mechanic walks every partner organization by name, each once", async () => {
    const walked = await walk(
      `query ($first: Int, $after: String) { partnerDirectory(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id organizationName } } }`,
      "partnerDirectory",
      mechanicsOf.get(busy.id)![0]!.token,
      2,
    );
    const expected = await app.prisma.partnerProfile.findMany({ orderBy: [{ organizationName: "asc" }, { userId: "asc" }], select: { userId: true } });
    expect(ids(walked.nodes)).toEqual(expected.map((p) => p.userId));
    expect(new Set(walked.totalCounts)).toEqual(new Set([5]));
  });
});

describe("complaints", () => {
  it("admins walk them newest first, optionally by status", async () => {
    const query = `query ($first: Int, $after: String, $status: ComplaintStatus) { complaints(first: $first, after: $after, status: $status) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`;
    const walked = await walk(query, "complaints", admin.token, 3);
    expect(ids(walked.nodes)).toEqual(ids(await app.prisma.complaint.findMany({ orderBy: byCreatedAt("desc") })));
    expect(walked.totalCounts).toEqual([4, 4]);
    expect((await walk(query, "complaints", admin.token, 3, { status: "RESOLVED" })).totalCounts).toEqual([0]);
  });
});

describe("paging arguments", () => {
  it("a cursor that is not one, or of a list ordered by something else, and first outside 1 to 100 are BAD_USER_INPUT", async () => {
    const mechanic = mechanicsOf.get(busy.id)![0]!;
    const nameCursor = dataOf(await app.gql(`{ partnerDirectory(first: 1) { pageInfo { endCursor } } }`, {}, mechanic.token)).partnerDirectory.pageInfo.endCursor;
    const timeLists = [
      { query: `query ($first: Int, $after: String) { partnerships(first: $first, after: $after) { totalCount } }`, token: busy.token },
      { query: `query ($first: Int, $after: String) { partnershipsPendingVerification(first: $first, after: $after) { totalCount } }`, token: admin.token },
      { query: `query ($first: Int, $after: String) { partnershipQuotes(first: $first, after: $after) { totalCount } }`, token: busy.token },
      { query: `query ($first: Int, $after: String) { complaints(first: $first, after: $after) { totalCount } }`, token: admin.token },
    ];
    for (const { query, token } of timeLists) {
      for (const after of ["not-a-cursor", nameCursor]) await expectBadPaging(app, query, { after }, token, "after");
    }
    const directory = { query: `query ($first: Int, $after: String) { partnerDirectory(first: $first, after: $after) { totalCount } }`, token: mechanic.token };
    await expectBadPaging(app, directory.query, { after: "not-a-cursor" }, directory.token, "after");
    for (const { query, token } of [...timeLists, directory]) {
      for (const first of [0, 101]) await expectBadPaging(app, query, { first }, token, "first");
    }
  });
});
