import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CREATE_QUOTE, createEscalationScenario, createMatchableWorkshop, escalateAndAccept, REPAIR_1200 } from "../factories/escalations.ts";
import { createAdmin, createAdvisor, createCustomer, type CreatedUser } from "../factories/index.ts";
import { APPROVE_PARTNER_QUOTE, CREATE_PARTNER_QUOTE, linesOf, partnerWorld } from "../factories/partnerships.ts";
import { live, receivesNothing } from "../setup/live.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * The customer learns of every quote on their session as it arrives, with no quote id to ask for:
 * `quoteAdded(sessionId)` delivers the quote, and the SYSTEM chat message announcing it is an
 * ordinary message of the chat (stored in order, delivered on `chatMessageAdded`).
 */
const QUOTE_ADDED = `subscription ($sessionId: ID!) { quoteAdded(sessionId: $sessionId) { id version status totalCents workshopShareCents } }`;
const CHAT_ADDED = `subscription ($sessionId: ID!) { chatMessageAdded(sessionId: $sessionId) { id kind senderRole body cursor } }`;
const HISTORY = `query ($sessionId: ID!) { messages(sessionId: $sessionId) { nodes { id kind body } } }`;
const REVISE = `mutation ($q: ID!, $input: QuoteInput!) { reviseQuote(quoteId: $q, input: $input) { id version } }`;

let app: TestApp;
let admin: CreatedUser;
beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0" });
  admin = await createAdmin(app);
});
afterAll(() => app.close());

const codeOf = (result: { errors?: Array<{ extensions?: Record<string, any> }> }) => result.errors?.[0]?.extensions?.code;

describe("live quote arrival", () => {
  it("delivers a new quote and each revision to the session's customer and admins, each with its chat notice", async () => {
    const scenario = await createEscalationScenario(app);
    const workshop = await createMatchableWorkshop(app, { city: scenario.city, name: "Brakes & Co" });
    // Subscribed before anything was escalated: the session id is all the customer needs.
    const quotes = live(app.ws(scenario.customer.token), QUOTE_ADDED, { sessionId: scenario.sessionId });
    const chat = live(app.ws(scenario.customer.token), CHAT_ADDED, { sessionId: scenario.sessionId });
    const adminQuotes = live(app.ws(admin.token), QUOTE_ADDED, { sessionId: scenario.sessionId });
    await new Promise((resolve) => setTimeout(resolve, 200));

    const { escalationId } = await escalateAndAccept(app, scenario, workshop);
    const created = (await app.gql(CREATE_QUOTE, { escalationId, input: REPAIR_1200 }, workshop.advisor.token)).data!.createQuote;

    expect((await quotes.next()).data!.quoteAdded).toEqual({ id: created.id, version: 1, status: "PENDING", totalCents: 120_000, workshopShareCents: 108_000 });
    expect((await adminQuotes.next()).data!.quoteAdded).toMatchObject({ id: created.id, version: 1 });
    const notice = (await chat.next()).data!.chatMessageAdded;
    expect(notice).toMatchObject({ kind: "SYSTEM", senderRole: null, body: expect.stringContaining("Brakes & Co sent a repair quote: $1,200.00") });

    const revised = await app.gql(REVISE, { q: created.id, input: { ...REPAIR_1200, lineItems: [REPAIR_1200.lineItems[0]] } }, workshop.advisor.token);
    expect(revised.errors).toBeUndefined();
    expect((await quotes.next()).data!.quoteAdded).toMatchObject({ id: revised.data!.reviseQuote.id, version: 2, status: "PENDING", totalCents: 70_000 });
    expect((await chat.next()).data!.chatMessageAdded).toMatchObject({ kind: "SYSTEM", body: expect.stringContaining("revised its repair quote (version 2): $700.00") });

    // The published messages are the stored ones, in the chat's order (a reconnecting client resumes by cursor).
    const history = (await app.gql(HISTORY, { sessionId: scenario.sessionId }, scenario.customer.token)).data!.messages.nodes;
    expect(history.filter((m: any) => m.kind === "SYSTEM").map((m: any) => m.id)).toEqual([notice.id, chat.results[1]!.data!.chatMessageAdded.id]);
  });

  it("delivers a partnered quote once, when the partner approves it, never while it awaits approval", async () => {
    const w = await partnerWorld(app, admin, { permissions: { quoteApprovalRequired: true } });
    const quotes = live(app.ws(w.customer.token), QUOTE_ADDED, { sessionId: w.sessionId });
    const chat = live(app.ws(w.customer.token), CHAT_ADDED, { sessionId: w.sessionId });
    await new Promise((resolve) => setTimeout(resolve, 200));

    const created = await app.gql(CREATE_PARTNER_QUOTE, { s: w.sessionId, input: linesOf(w.partnership) }, w.mechanic.token);
    expect(created.data!.createPartnerQuote.quote.status).toBe("PENDING_PARTNER_APPROVAL");
    expect(await receivesNothing(quotes)).toBe(true);
    expect(await receivesNothing(chat)).toBe(true);

    const quoteId = created.data!.createPartnerQuote.quote.id;
    const approved = await app.gql(APPROVE_PARTNER_QUOTE, { q: quoteId }, w.partner.token);
    expect(approved.errors).toBeUndefined();
    expect((await quotes.next()).data!.quoteAdded).toMatchObject({ id: quoteId, status: "PENDING", totalCents: 62_000 });
    expect((await chat.next()).data!.chatMessageAdded).toMatchObject({ kind: "SYSTEM", body: expect.stringContaining("(verified partner) sent a repair quote: $620.00") });
  });

  it("is authorized at subscribe time: another customer's session or a missing one is NOT_FOUND, other roles FORBIDDEN", async () => {
    const scenario = await createEscalationScenario(app);
    const workshop = await createMatchableWorkshop(app, { city: scenario.city });
    const stranger = live(app.ws((await createCustomer(app)).token), QUOTE_ADDED, { sessionId: scenario.sessionId });
    expect(await stranger.next()).toMatchObject({ errors: [{ message: "Session not found", extensions: { code: "NOT_FOUND" } }] });
    const missing = live(app.ws(scenario.customer.token), QUOTE_ADDED, { sessionId: "00000000-0000-4000-8000-000000000000" });
    expect(codeOf(await missing.next())).toBe("NOT_FOUND");
    const malformed = live(app.ws(scenario.customer.token), QUOTE_ADDED, { sessionId: "not-a-uuid" });
    expect(codeOf(await malformed.next())).toBe("BAD_USER_INPUT");
    for (const other of [scenario.mechanic, await createAdvisor(app, workshop.id)]) {
      const refused = live(app.ws(other.token), QUOTE_ADDED, { sessionId: scenario.sessionId });
      expect(codeOf(await refused.next())).toBe("FORBIDDEN");
    }
  });
});
