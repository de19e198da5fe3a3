import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APPROVE, CREATE_QUOTE, createComparedSet, REPAIR_1200, RESPOND } from "../factories/escalations.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * A workshop whose quote of a compared set lost (the customer approved another workshop's) keeps
 * reading its own quote, now CLOSED, in well-formed answers without errors: the quote's escalation,
 * which its closed offer no longer lets it reach, reads as null rather than failing the whole answer
 * (`data: null`). While it still held the escalation, the escalation's quotes were its own only.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0", LOG_LEVEL: "warn" });
});
afterAll(() => app.close());

const QUOTE_AND_ITS_ESCALATION = `query ($q: ID!) { quote(id: $q) { id status escalation { id quotes { nodes { id status } } } } }`;
const QUOTES_AND_THEIR_ESCALATIONS = `{ quotes { nodes { id status escalation { id quotes { nodes { id } } } } } }`;

describe("a workshop whose compared quote lost", () => {
  it("reads its own quote, and the quote list, with the escalation null and no error", async () => {
    const set = await createComparedSet(app, 2);
    const [loser] = set.open;
    await app.gql(RESPOND, { offerId: loser!.offerId, accept: true }, loser!.advisor.token);
    const quoteId = (await app.gql(CREATE_QUOTE, { escalationId: set.escalationId, input: REPAIR_1200 }, loser!.advisor.token)).data!.createQuote.id as string;

    const competing = await app.gql(QUOTE_AND_ITS_ESCALATION, { q: quoteId }, loser!.advisor.token);
    expect(competing.errors).toBeUndefined();
    expect(competing.data!.quote.escalation).toEqual({ id: set.escalationId, quotes: { nodes: [{ id: quoteId, status: "PENDING" }] } });

    expect((await app.gql(APPROVE, { quoteId: set.quoteId }, set.customer.token)).errors).toBeUndefined();

    const lost = await app.gql(QUOTE_AND_ITS_ESCALATION, { q: quoteId }, loser!.advisor.token);
    expect(lost.errors).toBeUndefined();
    expect(lost.data).toEqual({ quote: { id: quoteId, status: "CLOSED", escalation: null } });

    const listed = await app.gql(QUOTES_AND_THEIR_ESCALATIONS, {}, loser!.advisor.token);
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.quotes.nodes).toEqual([{ id: quoteId, status: "CLOSED", escalation: null }]);

    // The winner still reaches the escalation through its quote, and sees its own quote there only.
    const won = await app.gql(QUOTE_AND_ITS_ESCALATION, { q: set.quoteId }, set.quoting.advisor.token);
    expect(won.errors).toBeUndefined();
    expect(won.data!.quote.escalation).toEqual({ id: set.escalationId, quotes: { nodes: [{ id: set.quoteId, status: "APPROVED" }] } });
  });
});
