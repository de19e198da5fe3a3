// requestAnotherQuote's limit counts the workshops actually asked (their offers, less those that
// declined or let it expire and were replaced), not how many the customer hoped for; an UNMATCHED
// escalation says why nobody can be asked.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEscalationScenario, createMatchableWorkshop, ESCALATE } from "../factories/escalations.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

const REQUEST = `mutation ($e: ID!) { requestAnotherQuote(escalationId: $e) { id status quotesRequested } }`;
const COMPARE = `query ($e: ID!) { quoteComparison(escalationId: $e) { quotesRequested moreQuotesAllowed } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0" });
});
afterAll(() => app.close());

describe("requestAnotherQuote after asking for three", () => {
  it("asks more workshops while fewer than three were matched, then answers QUOTE_LIMIT_REACHED saying how many were asked", async () => {
    const scenario = await createEscalationScenario(app);
    await createMatchableWorkshop(app, { city: scenario.city });
    const escalated = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input: { quotesRequested: 3 } }, scenario.mechanic.token);
    const escalationId = escalated.data!.escalate.id as string;
    expect(escalated.data!.escalate.offers).toHaveLength(1);
    expect((await app.gql(COMPARE, { e: escalationId }, scenario.customer.token)).data!.quoteComparison).toEqual({ quotesRequested: 3, moreQuotesAllowed: 2 });

    await createMatchableWorkshop(app, { city: scenario.city });
    await createMatchableWorkshop(app, { city: scenario.city });
    await createMatchableWorkshop(app, { city: scenario.city });
    for (let asked = 2; asked <= 3; asked++) {
      const more = await app.gql(REQUEST, { e: escalationId }, scenario.customer.token);
      expect(more.data?.requestAnotherQuote.quotesRequested, more.body).toBe(3);
      expect(await app.prisma.escalationOffer.count({ where: { escalationId } })).toBe(asked);
    }
    const refused = await app.gql(REQUEST, { e: escalationId }, scenario.customer.token);
    expect(refused.errors?.[0]).toMatchObject({
      message: "3 workshops are already asked to quote this repair, the most you can compare",
      extensions: { code: "CONFLICT", reason: "QUOTE_LIMIT_REACHED" },
    });
  });

  it("on an UNMATCHED escalation with no offers answers NO_WORKSHOP_AVAILABLE with the matcher's reason, not the limit", async () => {
    const scenario = await createEscalationScenario(app);
    const escalated = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input: { quotesRequested: 3 } }, scenario.mechanic.token);
    expect(escalated.data!.escalate).toMatchObject({ status: "UNMATCHED", quotesRequested: 3, offers: [] });
    const refused = await app.gql(REQUEST, { e: escalated.data!.escalate.id }, scenario.customer.token);
    expect(refused.errors?.[0]).toMatchObject({
      message: "No workshop can be asked to quote this repair: no workshop that takes escalations serves your city",
      extensions: { code: "CONFLICT", reason: "NO_WORKSHOP_AVAILABLE" },
    });
  });
});
