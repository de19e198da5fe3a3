import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APPROVE, CREATE_QUOTE, createEscalationScenario, createMatchableWorkshop, ESCALATE, REPAIR_1200, RESPOND } from "../factories/escalations.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * A compared set (three workshops) while the customer approves one quote and the other
 * workshops answer their offers at the same moment: the approval wins and closes the other
 * offers; each answer lands before it or gets a CONFLICT, never a deadlock or an internal error.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0", LOG_LEVEL: "warn" });
});
afterAll(() => app.close());

async function comparedSetWithOneQuote() {
  const scenario = await createEscalationScenario(app);
  const workshops = await Promise.all([0, 1, 2, 3].map(() => createMatchableWorkshop(app, { city: scenario.city })));
  const escalated = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input: { quotesRequested: 3 } }, scenario.mechanic.token);
  const offers: { id: string; workshop: { id: string } }[] = escalated.data!.escalate.offers;
  const advisorOf = (offer: { workshop: { id: string } }) => workshops.find((w) => w.id === offer.workshop.id)!.advisor;
  const [quoting, ...others] = offers;
  await app.gql(RESPOND, { offerId: quoting!.id, accept: true }, advisorOf(quoting!).token);
  const quote = await app.gql(CREATE_QUOTE, { escalationId: escalated.data!.escalate.id, input: REPAIR_1200 }, advisorOf(quoting!).token);
  return { scenario, quoteId: quote.data!.createQuote.id as string, others: others.map((offer) => ({ offerId: offer.id, token: advisorOf(offer).token })) };
}

describe("approving one quote of a compared set while other workshops answer", () => {
  it("gives every request a clean answer: the approval wins, each answer succeeds or is a CONFLICT", async () => {
    const sets = await Promise.all(Array.from({ length: 6 }, comparedSetWithOneQuote));
    const results = await Promise.all(
      sets.flatMap(({ scenario, quoteId, others }, i) => [
        app.gql(APPROVE, { quoteId }, scenario.customer.token),
        // Declines re-match inside their transaction; accepts only close the offer.
        ...others.map((other, j) => app.gql(RESPOND, { offerId: other.offerId, accept: (i + j) % 2 === 0, reason: "busy week" }, other.token)),
      ]),
    );
    const codes = results.flatMap((r) => (r.errors ?? []).map((e: any) => e.extensions?.code));
    expect(
      codes.filter((code) => code !== "CONFLICT"),
      JSON.stringify(codes),
    ).toEqual([]);
    const approvals = results.filter((r) => r.data?.approveQuote);
    expect(approvals.map((r) => r.data!.approveQuote.status)).toEqual(Array(6).fill("APPROVED"));
  });
});
