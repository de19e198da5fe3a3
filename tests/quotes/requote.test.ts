import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CREATE_QUOTE, createEscalationScenario, createMatchableWorkshop, escalateAndAccept, REPAIR_1200 } from "../factories/escalations.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * Re-quoting a declined quote: its workshop sends a new version (the quote machine's `requote`,
 * DECLINED -> SUPERSEDED) that the customer can act on; a second re-quote while that version is
 * pending is a CONFLICT (revise the pending one instead), and another workshop cannot re-quote it.
 */
const DECLINE = `mutation ($q: ID!) { declineQuote(quoteId: $q, reason: "Too expensive") { id status } }`;
const REVISE = `mutation ($q: ID!, $input: QuoteInput!) { reviseQuote(quoteId: $q, input: $input) { id status version } }`;
const CHEAPER = { ...REPAIR_1200, notes: "Aftermarket pads instead" };

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0", LOG_LEVEL: "warn" });
});
afterAll(() => app.close());

async function declinedQuote() {
  const scenario = await createEscalationScenario(app);
  const workshop = await createMatchableWorkshop(app, { city: scenario.city });
  const { escalationId } = await escalateAndAccept(app, scenario, workshop);
  const created = await app.gql(CREATE_QUOTE, { escalationId, input: REPAIR_1200 }, workshop.advisor.token);
  if (created.errors) throw new Error(created.body);
  const quoteId: string = created.data!.createQuote.id;
  const declined = await app.gql(DECLINE, { q: quoteId }, scenario.customer.token);
  if (declined.errors) throw new Error(declined.body);
  return { scenario, workshop, quoteId };
}

describe("re-quoting a declined quote", () => {
  it("sends a new pending version and supersedes the declined one, with its history", async () => {
    const { workshop, quoteId } = await declinedQuote();
    const result = await app.gql(REVISE, { q: quoteId, input: CHEAPER }, workshop.advisor.token);
    expect(result.data?.reviseQuote, result.body).toMatchObject({ status: "PENDING", version: 2 });
    const old = await app.prisma.repairQuote.findUniqueOrThrow({ where: { id: quoteId }, include: { statusChanges: true } });
    expect(old.status).toBe("SUPERSEDED");
    expect(old.statusChanges.map((c) => `${c.fromStatus}->${c.toStatus}`)).toContain("DECLINED->SUPERSEDED");
  });

  it("is a CONFLICT while the workshop's new version is pending", async () => {
    const { workshop, quoteId } = await declinedQuote();
    const escalation = await app.prisma.repairQuote.findUniqueOrThrow({ where: { id: quoteId } });
    const fresh = await app.gql(CREATE_QUOTE, { escalationId: escalation.escalationId, input: REPAIR_1200 }, workshop.advisor.token);
    expect(fresh.errors, fresh.body).toBeUndefined();
    const result = await app.gql(REVISE, { q: quoteId, input: CHEAPER }, workshop.advisor.token);
    expect(result.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await app.prisma.repairQuote.findUniqueOrThrow({ where: { id: quoteId } })).status).toBe("DECLINED");
  });

  it("is NOT_FOUND for another workshop's advisor", async () => {
    const { quoteId, scenario } = await declinedQuote();
    const other = await createMatchableWorkshop(app, { city: scenario.city });
    const result = await app.gql(REVISE, { q: quoteId, input: CHEAPER }, other.advisor.token);
    expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
