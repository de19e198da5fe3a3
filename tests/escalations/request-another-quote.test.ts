import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEscalationScenario, createMatchableWorkshop, ESCALATE } from "../factories/escalations.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * requestAnotherQuote (seed 003 "Compare multiple workshop quotes"): the escalation's customer asks
 * one more workshop at a time, up to three asked in all; the fourth request is refused with
 * QUOTE_LIMIT_REACHED, a request with nobody left to ask with NO_WORKSHOP_AVAILABLE, and a
 * workshop choice for a session already escalated with ALREADY_ESCALATED.
 */
const REQUEST = `mutation ($e: ID!) { requestAnotherQuote(escalationId: $e) { id status quotesRequested } }`;
const CHOOSE = `mutation ($s: ID!, $input: WorkshopChoiceInput!) { chooseWorkshop(sessionId: $s, input: $input) { sessionId quotesRequested } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0", LOG_LEVEL: "warn" });
});
afterAll(() => app.close());

/** A fresh escalation offered to one workshop, with `spare` more matchable workshops in its city. */
async function escalatedWith(spare: number) {
  const scenario = await createEscalationScenario(app);
  for (let i = 0; i <= spare; i++) await createMatchableWorkshop(app, { city: scenario.city });
  const escalated = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input: { quotesRequested: 1 } }, scenario.mechanic.token);
  if (escalated.errors) throw new Error(escalated.body);
  return { scenario, escalationId: escalated.data!.escalate.id as string };
}

const reasonOf = (result: { errors?: any[] }) => result.errors?.[0]?.extensions?.reason;

describe("requestAnotherQuote", () => {
  it("asks one more workshop per request, up to three asked, then answers QUOTE_LIMIT_REACHED", async () => {
    const { scenario, escalationId } = await escalatedWith(4);
    const second = await app.gql(REQUEST, { e: escalationId }, scenario.customer.token);
    expect(second.data?.requestAnotherQuote.quotesRequested, second.body).toBe(2);
    const third = await app.gql(REQUEST, { e: escalationId }, scenario.customer.token);
    expect(third.data?.requestAnotherQuote.quotesRequested, third.body).toBe(3);
    const offers = await app.prisma.escalationOffer.findMany({ where: { escalationId } });
    expect(new Set(offers.map((o) => o.workshopId)).size).toBe(3);

    const fourth = await app.gql(REQUEST, { e: escalationId }, scenario.customer.token);
    expect(fourth.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(reasonOf(fourth)).toBe("QUOTE_LIMIT_REACHED");
    expect(await app.prisma.escalationOffer.count({ where: { escalationId } })).toBe(3);
  });

  it("answers NO_WORKSHOP_AVAILABLE when no other workshop serves the repair, and counts nothing", async () => {
    const { scenario, escalationId } = await escalatedWith(0);
    const result = await app.gql(REQUEST, { e: escalationId }, scenario.customer.token);
    expect(reasonOf(result), result.body).toBe("NO_WORKSHOP_AVAILABLE");
    expect((await app.prisma.escalation.findUniqueOrThrow({ where: { id: escalationId } })).quotesRequested).toBe(1);
  });

  it("is NOT_FOUND for another customer's escalation", async () => {
    const { escalationId } = await escalatedWith(1);
    const other = await createEscalationScenario(app);
    const result = await app.gql(REQUEST, { e: escalationId }, other.customer.token);
    expect(result.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("leaves a workshop choice to sessions not yet escalated: ALREADY_ESCALATED afterwards", async () => {
    const { scenario } = await escalatedWith(1);
    const result = await app.gql(CHOOSE, { s: scenario.sessionId, input: { quotesRequested: 2 } }, scenario.customer.token);
    expect(reasonOf(result), result.body).toBe("ALREADY_ESCALATED");
  });
});
