import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptedEscalation, CREATE_QUOTE, REPAIR_1200 } from "../factories/escalations.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * The quote list reads only the columns the fields asked for need (QuoteStore.page). Asking of the
 * line items nothing but `__typename` needs no column of theirs, yet they are still listed: one
 * `__typename` per line, not an internal error for the whole list (`data: null`).
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0", LOG_LEVEL: "warn" });
});
afterAll(() => app.close());

describe("a quote list asking only the __typename of each line", () => {
  it("answers a __typename per line, for the customer and the workshop, as a single quote does", async () => {
    const world = await acceptedEscalation(app);
    const created = await app.gql(CREATE_QUOTE, { escalationId: world.escalationId, input: REPAIR_1200 }, world.workshop.advisor.token);
    const quoteId = created.data!.createQuote.id as string;
    const lines = [{ __typename: "QuoteLineItem" }, { __typename: "QuoteLineItem" }];

    for (const token of [world.customer.token, world.workshop.advisor.token]) {
      const listed = await app.gql(`{ quotes { nodes { id lineItems { __typename } } } }`, {}, token);
      expect(listed.errors).toBeUndefined();
      expect(listed.data!.quotes.nodes).toEqual([{ id: quoteId, lineItems: lines }]);
      const nested = await app.gql(`query ($e: ID!) { escalation(id: $e) { quotes { nodes { lineItems { __typename } } } } }`, { e: world.escalationId }, token);
      expect(nested.errors).toBeUndefined();
      expect(nested.data!.escalation.quotes.nodes).toEqual([{ lineItems: lines }]);
    }
    const single = await app.gql(`query ($q: ID!) { quote(id: $q) { lineItems { __typename } } }`, { q: quoteId }, world.customer.token);
    expect(single.data).toEqual({ quote: { lineItems: lines } });
  });
});
