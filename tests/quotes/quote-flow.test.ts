import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APPROVE, CREATE_QUOTE, createEscalationScenario, createMatchableWorkshop, ESCALATE, escalateAndAccept, REPAIR_1200, RESPOND } from "../factories/escalations.ts";
import { createCustomer } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0" });
});
afterAll(() => app.close());

async function quotedScenario() {
  const scenario = await createEscalationScenario(app);
  const workshop = await createMatchableWorkshop(app, { city: scenario.city });
  const { escalationId } = await escalateAndAccept(app, scenario, workshop);
  const created = await app.gql(CREATE_QUOTE, { escalationId, input: REPAIR_1200 }, workshop.advisor.token);
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  return { scenario, workshop, escalationId, quote: created.data!.createQuote };
}

describe("quotes", () => {
  it("are priced on the server ($1,200 => $1,080 to the workshop, $120 platform fee out of which the platform pays the $60 referral) and reach the customer in the chat", async () => {
    const { scenario, quote, escalationId } = await quotedScenario();
    expect(quote).toMatchObject({ version: 1, status: "PENDING", subtotalCents: 120_000, totalCents: 120_000, platformFeeCents: 12_000, mechanicFeeCents: 6_000, workshopShareCents: 108_000 });
    const messages = await app.prisma.chatMessage.findMany({ where: { sessionId: scenario.sessionId, kind: "SYSTEM" } });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ senderId: null, body: expect.stringContaining("$1,200.00") });
    expect(messages[0]!.deliveredBody).toBe(messages[0]!.body);
    expect((await app.prisma.escalation.findUniqueOrThrow({ where: { id: escalationId } })).status).toBe("QUOTED");
    const mine = await app.gql(`query ($id: ID!) { quote(id: $id) { totalCents lineItems { kind totalCents } } }`, { id: quote.id }, scenario.customer.token);
    expect(mine.data!.quote).toEqual({
      totalCents: 120_000,
      lineItems: [
        { kind: "PART", totalCents: 70_000 },
        { kind: "LABOR", totalCents: 50_000 },
      ],
    });
  });

  it("ignores totals from the client (there is no field for them) and names the bad line", async () => {
    const { workshop, escalationId } = await quotedScenario();
    const forged = await app.gql(CREATE_QUOTE, { escalationId, input: { ...REPAIR_1200, totalCents: 1 } }, workshop.advisor.token);
    expect(forged.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const bad = await app.gql(
      `mutation ($q: ID!, $input: QuoteInput!) { reviseQuote(quoteId: $q, input: $input) { id } }`,
      { q: (await app.prisma.repairQuote.findFirstOrThrow({ where: { escalationId } })).id, input: { lineItems: [{ kind: "PART", description: "x", quantity: -5, unitPriceCents: 100 }] } },
      workshop.advisor.token,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.lineItems[0].quantity" });
    expect(bad.body).not.toContain("-5");
  });

  it("only an advisor of the accepted workshop may quote", async () => {
    const scenario = await createEscalationScenario(app);
    const offered = await createMatchableWorkshop(app, { city: scenario.city });
    const { data } = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input: {} }, scenario.mechanic.token);
    const notYet = await app.gql(CREATE_QUOTE, { escalationId: data!.escalate.id, input: REPAIR_1200 }, offered.advisor.token);
    expect(notYet.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const stranger = await createMatchableWorkshop(app, { city: "Nowhere" });
    await app.gql(RESPOND, { offerId: data!.escalate.offers[0].id, accept: true }, offered.advisor.token);
    const other = await app.gql(CREATE_QUOTE, { escalationId: data!.escalate.id, input: REPAIR_1200 }, stranger.advisor.token);
    expect(other.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const mechanic = await app.gql(CREATE_QUOTE, { escalationId: data!.escalate.id, input: REPAIR_1200 }, scenario.mechanic.token);
    expect(mechanic.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("revisions make a new version and supersede the old one, until the customer acts", async () => {
    const { scenario, workshop, quote } = await quotedScenario();
    const revise = `mutation ($q: ID!, $input: QuoteInput!) { reviseQuote(quoteId: $q, input: $input) { id version previousVersionId totalCents status } }`;
    const cheaper = { ...REPAIR_1200, lineItems: [REPAIR_1200.lineItems[0]] };
    const v2 = await app.gql(revise, { q: quote.id, input: cheaper }, workshop.advisor.token);
    expect(v2.data!.reviseQuote).toMatchObject({ version: 2, previousVersionId: quote.id, totalCents: 70_000, status: "PENDING" });
    expect((await app.prisma.repairQuote.findUniqueOrThrow({ where: { id: quote.id } })).status).toBe("SUPERSEDED");
    expect(await app.prisma.chatMessage.count({ where: { sessionId: scenario.sessionId, kind: "SYSTEM" } })).toBe(2);

    const stale = await app.gql(APPROVE, { quoteId: quote.id }, scenario.customer.token);
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    await app.gql(APPROVE, { quoteId: v2.data!.reviseQuote.id }, scenario.customer.token);
    const late = await app.gql(revise, { q: v2.data!.reviseQuote.id, input: REPAIR_1200 }, workshop.advisor.token);
    expect(late.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });

  it("concurrent approvals: exactly one succeeds, the rest CONFLICT; history and audit record who and when", async () => {
    const { scenario, quote } = await quotedScenario();
    const attempts = await Promise.all(Array.from({ length: 6 }, () => app.gql(APPROVE, { quoteId: quote.id }, scenario.customer.token)));
    expect(
      attempts.filter((a) => a.data?.approveQuote?.status === "APPROVED"),
      app.logLines
        .filter((l) => l.includes("internal error"))
        .join("\n")
        .slice(0, 3000),
    ).toHaveLength(1);
    expect(attempts.filter((a) => a.errors?.[0]?.extensions?.code === "CONFLICT")).toHaveLength(5);
    const history = await app.prisma.quoteStatusChange.findMany({ where: { quoteId: quote.id }, orderBy: { createdAt: "asc" } });
    expect(history.map((h) => [h.fromStatus, h.toStatus])).toEqual([
      [null, "PENDING"],
      ["PENDING", "APPROVED"],
    ]);
    expect(history[1]!.actorId).toBe(scenario.customer.id);
    const audit = await app.prisma.auditLog.findMany({ where: { entityType: "RepairQuote", entityId: quote.id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["quote.pending", "quote.approved"]);
    expect(audit[1]).toMatchObject({ actorId: scenario.customer.id, actorRole: "CUSTOMER" });
  });

  it("only the quote's customer may approve or decline; others get NOT_FOUND or FORBIDDEN", async () => {
    const { scenario, workshop, quote } = await quotedScenario();
    const stranger = await createCustomer(app);
    expect((await app.gql(APPROVE, { quoteId: quote.id }, stranger.token)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await app.gql(APPROVE, { quoteId: quote.id }, workshop.advisor.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await app.gql(APPROVE, { quoteId: quote.id }, scenario.mechanic.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const declined = await app.gql(`mutation ($q: ID!) { declineQuote(quoteId: $q, reason: "too expensive") { status declineReason } }`, { q: quote.id }, scenario.customer.token);
    expect(declined.data!.declineQuote).toEqual({ status: "DECLINED", declineReason: "too expensive" });
  });

  it("an expired quote cannot be approved", async () => {
    const { scenario, quote } = await quotedScenario();
    await app.prisma.repairQuote.update({ where: { id: quote.id }, data: { validUntil: new Date(Date.now() - 1000) } });
    expect((await app.gql(APPROVE, { quoteId: quote.id }, scenario.customer.token)).errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "QUOTE_EXPIRED" });
    expect((await app.prisma.repairQuote.findUniqueOrThrow({ where: { id: quote.id } })).status).toBe("EXPIRED");
  });

  it("approving one quote of a compared set closes the others, and concurrent approvals across the set still let one win", async () => {
    const scenario = await createEscalationScenario(app);
    const workshops = await Promise.all([490, 480, 470].map((r) => createMatchableWorkshop(app, { city: scenario.city, ratingHundredths: r })));
    const { data } = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input: { quotesRequested: 3 } }, scenario.mechanic.token);
    const quotes: string[] = [];
    for (const workshop of workshops) {
      const offer = data!.escalate.offers.find((o: any) => o.workshop.id === workshop.id);
      await app.gql(RESPOND, { offerId: offer.id, accept: true }, workshop.advisor.token);
      const created = await app.gql(CREATE_QUOTE, { escalationId: data!.escalate.id, input: REPAIR_1200 }, workshop.advisor.token);
      quotes.push(created.data!.createQuote.id);
    }
    // A workshop never sees a competitor's quote.
    const visible = await app.gql(`query ($e: ID!) { quotes(escalationId: $e) { totalCount nodes { id } } }`, { e: data!.escalate.id }, workshops[0]!.advisor.token);
    expect(visible.data!.quotes).toEqual({ totalCount: 1, nodes: [{ id: quotes[0] }] });

    const attempts = await Promise.all(quotes.map((quoteId) => app.gql(APPROVE, { quoteId }, scenario.customer.token)));
    expect(attempts.filter((a) => !a.errors)).toHaveLength(1);
    const statuses = (await app.prisma.repairQuote.findMany({ where: { id: { in: quotes } } })).map((q) => q.status).sort();
    expect(statuses).toEqual(["APPROVED", "CLOSED", "CLOSED"]);
    // The other workshops' offers close with it, each audited with the status it left; the winner's stays ACCEPTED.
    const winner = (await app.prisma.repairQuote.findFirstOrThrow({ where: { id: { in: quotes }, status: "APPROVED" }, select: { workshopId: true } })).workshopId;
    const offers = await app.prisma.escalationOffer.findMany({ where: { escalationId: data!.escalate.id }, select: { id: true, workshopId: true, status: true } });
    expect(offers.map((o) => [o.workshopId === winner, o.status]).sort()).toEqual([
      [false, "CLOSED"],
      [false, "CLOSED"],
      [true, "ACCEPTED"],
    ]);
    const closed = offers.filter((o) => o.status === "CLOSED").map((o) => o.id);
    const audits = await app.prisma.auditLog.findMany({ where: { entityType: "EscalationOffer", entityId: { in: closed }, action: "escalation.offer.closed" }, select: { data: true } });
    expect(audits.map((a) => a.data)).toEqual([
      { escalationId: data!.escalate.id, from: "ACCEPTED", to: "CLOSED" },
      { escalationId: data!.escalate.id, from: "ACCEPTED", to: "CLOSED" },
    ]);
  });
});
