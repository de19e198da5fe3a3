import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APPROVE, CREATE_QUOTE, createComparedSet, REPAIR_1200, RESPOND } from "../factories/escalations.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * A workshop that accepted its offer of a compared set and quotes once the customer approved
 * another workshop's quote: the same CONFLICT whether the approval committed before its quote was
 * read or while it was written (approve-races-every-path.test.ts races the two on PostgreSQL and
 * wants a CONFLICT for every loser). Its closed offer no longer lets it read the escalation, which
 * answered NOT_FOUND, as for an escalation it was never offered (and that one stays NOT_FOUND).
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0", LOG_LEVEL: "warn" });
});
afterAll(() => app.close());

describe("createQuote after the compared set closed", () => {
  it("is a CONFLICT for a workshop whose offer the approval closed, NOT_FOUND for a workshop never offered it", async () => {
    const set = await createComparedSet(app);
    const [loser] = set.open;
    expect((await app.gql(RESPOND, { offerId: loser!.offerId, accept: true }, loser!.advisor.token)).errors).toBeUndefined();
    expect((await app.gql(APPROVE, { quoteId: set.quoteId }, set.customer.token)).errors).toBeUndefined();

    const late = await app.gql(CREATE_QUOTE, { escalationId: set.escalationId, input: REPAIR_1200 }, loser!.advisor.token);
    expect(late.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect(late.errors?.[0]?.message).toBe("This escalation no longer takes quotes");

    const other = await createComparedSet(app);
    const stranger = await app.gql(CREATE_QUOTE, { escalationId: set.escalationId, input: REPAIR_1200 }, other.quoting.advisor.token);
    expect(stranger.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
