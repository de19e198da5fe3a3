// A solicitation report accuses a professional: a customer's report of their own session no
// mechanic has claimed, or of a message the platform posted (SYSTEM), has nobody to accuse and is
// refused (CONFLICT, reason NO_PROFESSIONAL_TO_REPORT) with nothing written.
import { describe, expect, it } from "vitest";
import { createCustomer, createMechanic, createSession, type CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const REPORT = `mutation ($input: ReportSolicitationInput!) { reportSolicitation(input: $input) { id accusedId } }`;
const NOTE = `mutation ($sessionId: ID!, $body: String!) { postPlatformNote(sessionId: $sessionId, body: $body) { id } }`;

/** The refusal, and no report, flag or audit row of the customer's. */
async function expectRefused(customer: CreatedUser, input: { subjectType: string; subjectId: string }) {
  const reported = await app.gql(REPORT, { input: { ...input, detail: "They asked me to pay cash" } }, customer.token);
  expect(reported.data).toBeNull();
  expect(reported.errors?.[0]).toMatchObject({
    message: "There is no mechanic or workshop advisor to report here",
    extensions: { code: "CONFLICT", reason: "NO_PROFESSIONAL_TO_REPORT" },
  });
  expect(await app.prisma.solicitationReport.count({ where: { reporterId: customer.id } })).toBe(0);
  expect(await app.prisma.auditLog.count({ where: { actorId: customer.id, action: "solicitation_report.filed" } })).toBe(0);
}

describe("a solicitation report with nobody to accuse", () => {
  it("is refused for the customer's own session no mechanic has claimed", async () => {
    const customer = await createCustomer(app);
    const session = await createSession(app, { customerId: customer.id, paid: true });
    await expectRefused(customer, { subjectType: "SESSION", subjectId: session.id });
  });

  it("is refused for a message the platform posted into the customer's session", async () => {
    const customer = await createCustomer(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: (await createMechanic(app)).id });
    const note = await app.gql(NOTE, { sessionId: session.id, body: "AutoDoctor support here: your mechanic will join shortly." }, admin.token);
    await expectRefused(customer, { subjectType: "MESSAGE", subjectId: note.data!.postPlatformNote.id });
  });
});
