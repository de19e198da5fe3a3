// The quote list is one statement (QuoteStore.page, on the policy's quoteScopeSql, with the line
// items and the workshop loaded in it) beside its Prisma form (pageViaPrisma, on quoteScope). For
// every kind of caller and every narrowing, walking every page two rows at a time: the same rows,
// in the same order, with the same fields, relations, counts and cursors; and through the API a
// listed quote answers as a single read of it does.
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { quotesOf, quotesOfSql } from "../../src/modules/quotes/quote.policy.ts";
import { QuoteStore, type QuoteFilter, type QuoteRelations } from "../../src/modules/quotes/quote.store.ts";
import type { Viewer } from "../../src/platform/auth/viewer.ts";
import { createAdmin, createAdvisor, createCustomer, createMechanic, createPartner, createSession, createWorkshop, type CreatedUser } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";
import { asAnswered, walkStorePages } from "../support/pages.ts";

let app: TestApp;
let store: QuoteStore;
const viewers: Record<string, Viewer> = {};
let customer: CreatedUser;
let escalationId: string;
let partnershipId: string;

beforeAll(async () => {
  app = await startTestApp();
  store = new QuoteStore(app.prisma, app.sql);
  const workshop = await createWorkshop(app);
  const other = await createWorkshop(app);
  const advisor = await createAdvisor(app, workshop.id);
  const mechanic = await createMechanic(app);
  const otherMechanic = await createMechanic(app);
  const partner = await createPartner(app);
  customer = await createCustomer(app);
  const otherCustomer = await createCustomer(app);
  const partnership = await app.prisma.partnership.create({
    data: { mechanicId: mechanic.id, partnerId: partner.id, type: "SUPPLIER", status: "ACTIVE", maxQuoteAmountCents: 1_000_000, commissionBasisPoints: 500, contractStartDate: new Date("2026-01-01") },
  });
  partnershipId = partnership.id;
  // Equal creation times, so ties are broken by id on both sides; statuses a customer never sees
  // (a partner's pending or rejected quote) beside those they do; quotes with and without lines.
  const at = new Date("2026-03-01T10:00:00.000Z");
  const quotes = [
    { status: "PENDING", by: mechanic, owner: customer, workshopId: workshop.id },
    { status: "DECLINED", by: mechanic, owner: customer, workshopId: other.id },
    { status: "PENDING_PARTNER_APPROVAL", by: mechanic, owner: customer, partnershipId: partnership.id },
    { status: "APPROVED", by: mechanic, owner: customer, partnershipId: partnership.id },
    { status: "REJECTED_BY_PARTNER", by: mechanic, owner: otherCustomer, partnershipId: partnership.id },
    { status: "PENDING", by: otherMechanic, owner: otherCustomer, workshopId: workshop.id },
    { status: "SUPERSEDED", by: mechanic, owner: customer, workshopId: workshop.id },
  ] as const;
  for (const [i, quote] of quotes.entries()) {
    const session = await createSession(app, { customerId: quote.owner.id, mechanicId: quote.by.id, status: "COMPLETED" });
    const escalation = await app.prisma.escalation.create({ data: { sessionId: session.id, mechanicId: quote.by.id, workshopId: "workshopId" in quote ? quote.workshopId : null, status: "QUOTED" } });
    if (i === 0) escalationId = escalation.id;
    await app.prisma.repairQuote.create({
      data: {
        escalationId: escalation.id,
        workshopId: "workshopId" in quote ? quote.workshopId : null,
        partnershipId: "partnershipId" in quote ? quote.partnershipId : null,
        createdById: "workshopId" in quote ? advisor.id : mechanic.id,
        status: quote.status,
        subtotalCents: 10_000 + i,
        totalCents: 11_000 + i,
        platformFeeCents: 1_100,
        mechanicFeeCents: 550,
        validUntil: new Date(at.getTime() + 86_400_000),
        createdAt: i < 4 ? at : new Date(at.getTime() + i * 60_000),
        lineItems:
          i % 3 === 2
            ? undefined
            : {
                create: [
                  { position: 1, kind: "LABOR", description: "Brake service", quantity: 90, unitPriceCents: 10_000, totalCents: 15_000 },
                  { position: 0, kind: "PART", description: "Pads", partNumber: "BR-1", quantity: 2, unitPriceCents: 3_000, totalCents: 6_000, leadTimeDays: i },
                ],
              },
      },
    });
  }
  const viewer = (id: string, role: Viewer["role"], workshopId: string | null = null): Viewer => ({ id, role, workshopId });
  viewers.customer = viewer(customer.id, "CUSTOMER");
  viewers.mechanic = viewer(mechanic.id, "MECHANIC");
  viewers.advisor = viewer(advisor.id, "WORKSHOP_ADVISOR", workshop.id);
  viewers["advisor without a workshop"] = viewer(advisor.id, "WORKSHOP_ADVISOR", null);
  viewers.partner = viewer(partner.id, "PARTNER");
  viewers.admin = viewer((await createAdmin(app)).id, "ADMIN");
}, 60_000);
afterAll(() => app.close());

const ALL: QuoteRelations = { lineItems: true, workshop: true };

describe.each(["customer", "mechanic", "advisor", "advisor without a workshop", "partner", "admin"])("the quote list for a %s", (who) => {
  const cases: [string, () => QuoteFilter, QuoteRelations][] = [
    ["every quote, with line items and workshop", () => ({}), ALL],
    ["every quote, no relations", () => ({}), { lineItems: false, workshop: false }],
    ["one escalation's", () => ({ escalationId }), ALL],
    ["any partnership's", () => ({ partnershipId: "ANY" }), ALL],
    ["one partnership's, in one status", () => ({ partnershipId, status: "APPROVED" }), { lineItems: true, workshop: false }],
    ["in one status", () => ({ status: "PENDING" }), ALL],
  ];
  it.each(cases)("returns the same pages via SQL and via Prisma: %s", async (_label, filter, relations) => {
    const viewer = viewers[who]!;
    const viaSql = await walkStorePages((page) => store.page(quotesOfSql(viewer), page, filter(), relations));
    const viaPrisma = await walkStorePages((page) => store.pageViaPrisma(quotesOf(viewer), page, filter(), relations));
    expect(asAnswered(viaSql)).toEqual(asAnswered(viaPrisma));
  });

  it("reads, for the fields asked for, only the columns they need, each as the full read has it", async () => {
    const viewer = viewers[who]!;
    const fields = { quote: new Set(["version", "workshopShareCents", "lineItems", "workshop"]), lineItems: new Set(["description"]), workshop: new Set(["rating"]) };
    const narrow = (await walkStorePages((page) => store.page(quotesOfSql(viewer), page, {}, ALL, fields))).flatMap((page) => page.nodes);
    const full = (await walkStorePages((page) => store.page(quotesOfSql(viewer), page, {}, ALL))).flatMap((page) => page.nodes);
    // The asked columns and those every row carries (the cursor, the relations' keys), as the full read has them; no other.
    const kept = ["id", "createdAt", "status", "escalationId", "workshopId", "partnershipId", "version", "totalCents", "platformFeeCents"];
    expect(asAnswered(narrow)).toEqual(
      asAnswered(
        full.map((row) => ({
          ...Object.fromEntries(kept.map((column) => [column, row[column as keyof typeof row]])),
          lineItems: row.lineItems!.map((line) => ({ description: line.description })),
          workshop: row.workshop && { id: row.workshop.id, ratingHundredths: row.workshop.ratingHundredths },
        })),
      ),
    );
  });

  it("sees some quotes, unless it has no business with any", async () => {
    const { totalCount } = await store.page(quotesOfSql(viewers[who]!), { take: 1, after: null }, {}, ALL);
    expect(totalCount > 0).toBe(!["advisor without a workshop"].includes(who));
  });
});

describe("a customer's quotes through the API", () => {
  const FIELDS = `id status totalCents validUntil createdAt workshop { name rating } lineItems { position kind description partNumber quantity unitPriceCents totalCents leadTimeDays } longestLeadTimeDays`;

  it("lists the quotes sent to them, never a partner's pending or rejected one, each as a single read answers it", async () => {
    const res = await app.gql(`{ quotes(first: 20) { totalCount nodes { ${FIELDS} } } }`, {}, customer.token);
    expect(res.errors).toBeUndefined();
    const listed = res.data!.quotes.nodes;
    expect(listed.map((quote: { status: string }) => quote.status).sort()).toEqual(["APPROVED", "DECLINED", "PENDING", "SUPERSEDED"]);
    for (const quote of listed) {
      const one = await app.gql(`query ($id: ID!) { quote(id: $id) { ${FIELDS} } }`, { id: quote.id }, customer.token);
      expect(quote).toEqual(one.data!.quote);
    }
  });
});
