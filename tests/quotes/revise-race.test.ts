import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APPROVE, CREATE_QUOTE, createEscalationScenario, createMatchableWorkshop, ESCALATE, REPAIR_1200, RESPOND } from "../factories/escalations.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * A workshop revises its pending quote at the moment the customer approves a competing quote of
 * the same escalation. Both lock the escalation, so one goes first: either the revision lands and
 * the approval closes the new version, or the approval lands and the revision is a CONFLICT.
 * Never an APPROVED escalation with a PENDING quote left over.
 */
const REVISE = `mutation ($quoteId: ID!, $input: QuoteInput!) { reviseQuote(quoteId: $quoteId, input: $input) { id status version } }`;
const ITERATIONS = 24;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0", LOG_LEVEL: "warn" });
});
afterAll(() => app.close());

/** An escalation offered to two workshops, each with a pending quote. */
async function twoQuotes() {
  const scenario = await createEscalationScenario(app);
  const workshops = await Promise.all([0, 1].map(() => createMatchableWorkshop(app, { city: scenario.city })));
  const escalated = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input: { quotesRequested: 2 } }, scenario.mechanic.token);
  const escalationId = escalated.data!.escalate.id as string;
  const quotes: { quoteId: string; token: string }[] = [];
  for (const offer of escalated.data!.escalate.offers as { id: string; workshop: { id: string } }[]) {
    const advisor = workshops.find((w) => w.id === offer.workshop.id)!.advisor;
    await app.gql(RESPOND, { offerId: offer.id, accept: true }, advisor.token);
    const quote = await app.gql(CREATE_QUOTE, { escalationId, input: REPAIR_1200 }, advisor.token);
    quotes.push({ quoteId: quote.data!.createQuote.id, token: advisor.token });
  }
  return { escalationId, customer: scenario.customer, revised: quotes[0]!, approved: quotes[1]! };
}

describe("revising a quote while the customer approves a competing one", () => {
  it(`never leaves a pending quote on an approved escalation (${ITERATIONS} races)`, async () => {
    const sets = [];
    for (let i = 0; i < ITERATIONS; i += 6) sets.push(...(await Promise.all(Array.from({ length: Math.min(6, ITERATIONS - i) }, twoQuotes))));
    const results = await Promise.all(
      sets.flatMap((set, i) => {
        const approve = () => app.gql(APPROVE, { quoteId: set.approved.quoteId }, set.customer.token);
        const revise = () => app.gql(REVISE, { quoteId: set.revised.quoteId, input: { ...REPAIR_1200, notes: "revised" } }, set.revised.token);
        // Alternate who is sent first, so both orders race.
        return i % 2 === 0 ? [approve(), revise()] : [revise(), approve()];
      }),
    );
    const codes = results.flatMap((r) => (r.errors ?? []).map((e: any) => e.extensions?.code));
    expect(
      codes.filter((code) => code !== "CONFLICT"),
      JSON.stringify(codes),
    ).toEqual([]);
    for (const set of sets) {
      const escalation = await app.prisma.escalation.findUniqueOrThrow({ where: { id: set.escalationId } });
      expect(escalation.status).toBe("APPROVED");
      const pending = await app.prisma.repairQuote.count({ where: { escalationId: set.escalationId, status: "PENDING" } });
      expect(pending, `escalation ${set.escalationId}`).toBe(0);
    }
  }, 120_000);
});
