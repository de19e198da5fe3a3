import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APPROVE, CREATE_QUOTE, createMatchableWorkshop, REPAIR_1200, RESPOND } from "../factories/escalations.ts";
import { createAdmin } from "../factories/index.ts";
import { APPROVE_PARTNER_QUOTE, CREATE_PARTNER_QUOTE, linesOf, partnerWorld } from "../factories/partnerships.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * A partnered quote still awaiting its partner (PENDING_PARTNER_APPROVAL) on an escalation the
 * customer widened to a workshop (requestAnotherQuote takes a QUOTED partnered escalation): the
 * approval of the workshop's quote closed only PENDING quotes (quote.machine.ts `close`), so the
 * partner's later approval made its quote PENDING, and sent the customer its notice, on an
 * APPROVED escalation, where nothing could approve it any more. An approval leaves no quote of its
 * escalation that can still reach the customer: it closes the partner's quote too, and the
 * partner's late approval is a CONFLICT.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0", LOG_LEVEL: "warn" });
});
afterAll(() => app.close());

const REQUEST_ANOTHER = `mutation ($e: ID!) { requestAnotherQuote(escalationId: $e) { id } }`;

describe("a partnered quote awaiting its partner when the customer approves a workshop's quote", () => {
  it("cannot become PENDING on the APPROVED escalation", async () => {
    const w = await partnerWorld(app, await createAdmin(app));
    const city = `Partnerville ${crypto.randomUUID().slice(0, 6)}`;
    await app.prisma.customerProfile.update({ where: { userId: w.customer.id }, data: { city } });
    const created = await app.gql(CREATE_PARTNER_QUOTE, { s: w.sessionId, input: linesOf(w.partnership) }, w.mechanic.token);
    const partnerQuoteId = created.data!.createPartnerQuote.quote.id as string;
    const { escalationId } = await app.prisma.repairQuote.findUniqueOrThrow({ where: { id: partnerQuoteId }, select: { escalationId: true } });
    const workshop = await createMatchableWorkshop(app, { city });
    expect((await app.gql(REQUEST_ANOTHER, { e: escalationId }, w.customer.token)).errors).toBeUndefined();
    const offer = await app.prisma.escalationOffer.findFirstOrThrow({ where: { escalationId, workshopId: workshop.id } });
    expect((await app.gql(RESPOND, { offerId: offer.id, accept: true }, workshop.advisor.token)).errors).toBeUndefined();
    const quote = await app.gql(CREATE_QUOTE, { escalationId, input: REPAIR_1200 }, workshop.advisor.token);
    expect((await app.gql(APPROVE, { quoteId: quote.data!.createQuote.id }, w.customer.token)).errors).toBeUndefined();

    const late = await app.gql(APPROVE_PARTNER_QUOTE, { q: partnerQuoteId }, w.partner.token);
    expect(late.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    expect((await app.prisma.repairQuote.findUniqueOrThrow({ where: { id: partnerQuoteId } })).status).not.toBe("PENDING");
  });
});
