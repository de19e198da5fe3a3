// Customers report off-platform solicitation on what they are party to (issue 18 item 3; seed 003
// warning signal "Customers reporting off-platform solicitation"); admins resolve the reports.
import { describe, expect, it } from "vitest";
import { createChatMessage, createCustomer, createMechanic, createSession, type CreatedUser } from "../factories/index.ts";
import { APPROVE_PARTNER_QUOTE, CREATE_PARTNER_QUOTE, linesOf, partnerWorld } from "../factories/partnerships.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const REPORT = `mutation ($input: ReportSolicitationInput!) { reportSolicitation(input: $input) { id subjectType subjectId sessionId accusedId detail status outcome } }`;
const RESOLVE = `mutation ($id: ID!, $o: ResolutionOutcome!, $n: String) { resolveSolicitationReport(id: $id, outcome: $o, note: $n) { id status outcome resolutionNote } }`;
const TRIGGERS = `{ investigationTriggers { openSolicitationReports { id } } }`;

async function sessionWithMechanic() {
  const customer = await createCustomer(app);
  const mechanic = await createMechanic(app);
  const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id });
  return { customer, mechanic, session };
}

describe("a customer's solicitation report", () => {
  it("names the session's mechanic, masks contact details in the detail, and is listed for admins as an investigation trigger", async () => {
    const { customer, mechanic, session } = await sessionWithMechanic();
    const reported = await app.gql(REPORT, { input: { subjectType: "SESSION", subjectId: session.id, detail: "He asked me to text 415 555 0142 to skip the fee" } }, customer.token);
    const report = reported.data!.reportSolicitation;
    expect(report).toMatchObject({ subjectType: "SESSION", subjectId: session.id, sessionId: session.id, accusedId: mechanic.id, status: "OPEN", outcome: null });
    expect(report.detail).not.toContain("555");
    expect(await app.prisma.contentFlag.count({ where: { entityType: "SolicitationReport", entityId: report.id } })).toBe(1);
    expect(await app.prisma.auditLog.count({ where: { action: "solicitation_report.filed", entityId: report.id, subjectUserId: mechanic.id } })).toBe(1);

    const triggers = await app.gql(TRIGGERS, {}, admin.token);
    expect(triggers.data!.investigationTriggers.openSolicitationReports).toContainEqual({ id: report.id });
    const listed = await app.gql(`{ solicitationReports(status: OPEN) { nodes { id accusedId } } }`, {}, admin.token);
    expect(listed.data!.solicitationReports.nodes).toContainEqual({ id: report.id, accusedId: mechanic.id });
  });

  it("on a message names its sender; on a quote, its author", async () => {
    const { customer, mechanic, session } = await sessionWithMechanic();
    const message = await createChatMessage(app, { sessionId: session.id, senderId: mechanic.id, body: "let's sort this out privately" });
    const onMessage = await app.gql(REPORT, { input: { subjectType: "MESSAGE", subjectId: message.id } }, customer.token);
    expect(onMessage.data!.reportSolicitation).toMatchObject({ subjectType: "MESSAGE", sessionId: session.id, accusedId: mechanic.id, detail: null });

    const w = await partnerWorld(app, admin, { type: "SUPPLIER" });
    const quote = (await app.gql(CREATE_PARTNER_QUOTE, { s: w.sessionId, input: linesOf(w.partnership) }, w.mechanic.token)).data!.createPartnerQuote.quote;
    await app.gql(APPROVE_PARTNER_QUOTE, { q: quote.id }, w.partner.token);
    const onQuote = await app.gql(REPORT, { input: { subjectType: "QUOTE", subjectId: quote.id } }, w.customer.token);
    expect(onQuote.data!.reportSolicitation).toMatchObject({ subjectType: "QUOTE", sessionId: w.sessionId, accusedId: w.mechanic.id });
  });

  it("is NOT_FOUND for a record the customer is not party to, and FORBIDDEN to professionals", async () => {
    const { mechanic, session } = await sessionWithMechanic();
    const stranger = await createCustomer(app);
    const message = await createChatMessage(app, { sessionId: session.id, senderId: mechanic.id, body: "hello" });
    for (const input of [
      { subjectType: "SESSION", subjectId: session.id },
      { subjectType: "MESSAGE", subjectId: message.id },
      { subjectType: "QUOTE", subjectId: "00000000-0000-4000-8000-000000000000" },
    ]) {
      expect((await app.gql(REPORT, { input }, stranger.token)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
    expect((await app.gql(REPORT, { input: { subjectType: "SESSION", subjectId: session.id } }, mechanic.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await app.prisma.solicitationReport.count({ where: { sessionId: session.id } })).toBe(0);
  });

  it("is one open report per customer and subject; once resolved, the customer may report again", async () => {
    const { customer, session } = await sessionWithMechanic();
    const input = { subjectType: "SESSION", subjectId: session.id };
    const first = (await app.gql(REPORT, { input }, customer.token)).data!.reportSolicitation;
    const duplicate = await app.gql(REPORT, { input }, customer.token);
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "ALREADY_EXISTS" });

    expect((await app.gql(RESOLVE, { id: first.id, o: "UPHELD" }, customer.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const resolved = await app.gql(RESOLVE, { id: first.id, o: "UPHELD", n: "Chat confirms it." }, admin.token);
    expect(resolved.data!.resolveSolicitationReport).toEqual({ id: first.id, status: "RESOLVED", outcome: "UPHELD", resolutionNote: "Chat confirms it." });
    expect((await app.gql(RESOLVE, { id: first.id, o: "DISMISSED" }, admin.token)).errors?.[0]?.extensions?.code).toBe("CONFLICT");

    expect((await app.gql(REPORT, { input }, customer.token)).data!.reportSolicitation.status).toBe("OPEN");
  });
});
