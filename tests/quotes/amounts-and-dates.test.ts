import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertChargeableTotal, MIN_QUOTE_TOTAL_CENTS, PricingError } from "../../src/domain/money/pricing.ts";
import { calendarDay, parseCalendarDay } from "../../src/modules/shared/dates.ts";
import { CREATE_QUOTE, createEscalationScenario, createMatchableWorkshop, escalateAndAccept } from "../factories/escalations.ts";
import { createAdmin, createMechanic } from "../factories/index.ts";
import { activePartnership, APPLY, applyInput, createPartnerOrg, part, UPSERT_PART } from "../factories/partnerships.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/** Amounts a card can be charged, and dates that exist: refused at the edge with BAD_USER_INPUT, nothing written. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0" });
});
afterAll(() => app.close());

const REVISE = `mutation ($quoteId: ID!, $input: QuoteInput!) { reviseQuote(quoteId: $quoteId, input: $input) { id totalCents } }`;
const fee = (unitPriceCents: number) => ({ lineItems: [{ kind: "FEE", description: "Inspection", quantity: 1, unitPriceCents }] });

describe("the smallest quote", () => {
  it(`is ${MIN_QUOTE_TOTAL_CENTS} cents, Stripe's minimum charge (workshop and partnership quotes share the rule)`, () => {
    expect(() => assertChargeableTotal(0)).toThrow(PricingError);
    expect(() => assertChargeableTotal(49)).toThrow(/at least 50 cents/);
    expect(() => assertChargeableTotal(50)).not.toThrow();
  });

  it("createQuote and reviseQuote refuse a total below it with BAD_USER_INPUT and write nothing", async () => {
    const scenario = await createEscalationScenario(app);
    const workshop = await createMatchableWorkshop(app, { city: scenario.city });
    const { escalationId } = await escalateAndAccept(app, scenario, workshop);
    for (const cents of [0, 49]) {
      const refused = await app.gql(CREATE_QUOTE, { escalationId, input: fee(cents) }, workshop.advisor.token);
      expect(refused.errors?.[0], refused.body).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "input.lineItems" } });
    }
    expect(await app.prisma.repairQuote.count({ where: { escalationId } })).toBe(0);
    const created = await app.gql(CREATE_QUOTE, { escalationId, input: fee(50) }, workshop.advisor.token);
    expect(created.data?.createQuote.totalCents, created.body).toBe(50);
    const revised = await app.gql(REVISE, { quoteId: created.data!.createQuote.id, input: fee(0) }, workshop.advisor.token);
    expect(revised.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "input.lineItems" } });
    expect(await app.prisma.repairQuote.count({ where: { escalationId } })).toBe(1);
  });
});

describe("calendar dates", () => {
  it.each([
    ["2026-02-30", null],
    ["2027-02-29", null],
    ["2026-04-31", null],
    ["2026-13-01", null],
    ["2026-00-10", null],
    ["2024-02-29", "2024-02-29T00:00:00.000Z"],
    ["2026-12-31", "2026-12-31T00:00:00.000Z"],
  ])("%s parses to %s", (text, iso) => {
    expect(parseCalendarDay(text)?.toISOString() ?? null).toBe(iso);
    expect(calendarDay.safeParse(text).success).toBe(iso !== null);
  });

  it("applyForPartnership refuses 2026-02-30 (it stored March 2) and writes nothing", async () => {
    const mechanic = await createMechanic(app);
    const partner = await createPartnerOrg(app);
    for (const dates of [{ contractStartDate: "2026-02-30" }, { contractStartDate: "2026-02-01", contractEndDate: "2026-02-30" }]) {
      const refused = await app.gql(APPLY, { input: applyInput(partner.id, dates) }, mechanic.token);
      expect(refused.errors?.[0], refused.body).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
      expect(refused.errors?.[0]?.message).toMatch(/must be a real date/);
    }
    expect(await app.prisma.partnership.count({ where: { mechanicId: mechanic.id } })).toBe(0);
  });

  it("price list entries refuse impossible validity dates", async () => {
    const mechanic = await createMechanic(app);
    const partner = await createPartnerOrg(app);
    const partnership = await activePartnership(app, { mechanic, partner, admin: await createAdmin(app) });
    const refused = await app.gql(UPSERT_PART, { p: partnership.id, input: part("BAD-1", 100, 200, "2025-02-29") }, partner.token);
    expect(refused.errors?.[0], refused.body).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    const until = await app.gql(UPSERT_PART, { p: partnership.id, input: part("BAD-2", 100, 200, "2025-01-01", "2025-06-31") }, partner.token);
    expect(until.errors?.[0], until.body).toMatchObject({ extensions: { code: "BAD_USER_INPUT" } });
    expect(await app.prisma.partnerCatalogPart.count({ where: { partnershipId: partnership.id, partNumber: { startsWith: "BAD-" } } })).toBe(0);
  });
});
