import { describe, expect, it } from "vitest";
import { createCustomer, createMechanic, createSession, type CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const REPORT = `mutation ($input: ReportSolicitationInput!) { reportSolicitation(input: $input) { id detail } }`;
const REPORT_WITH_ORIGINAL = `mutation ($input: ReportSolicitationInput!) { reportSolicitation(input: $input) { id originalDetail } }`;
const LISTS = `{ solicitationReports(status: OPEN, first: 100) { nodes { id detail originalDetail } } investigationTriggers { openSolicitationReports { id originalDetail } } }`;
const RESOLVE = `mutation ($id: ID!) { resolveSolicitationReport(id: $id, outcome: DISMISSED, note: "Checked") { id detail originalDetail } }`;
const WRITTEN = "He asked me to text 415 555 0142 to skip the fee";

/** A customer's session with a mechanic, reported by the customer with `detail`. */
async function reported(detail: string | null) {
  const customer = await createCustomer(app);
  const mechanic = await createMechanic(app);
  const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id });
  const { data } = await app.gql(REPORT, { input: { subjectType: "SESSION", subjectId: session.id, detail } }, customer.token);
  return { customer, mechanic, report: data!.reportSolicitation as { id: string; detail: string | null } };
}

const originalReads = (flagOf: string) => app.prisma.auditLog.findMany({ where: { action: "content.original.read", entityType: "ContentFlag", entityId: flagOf } });

/**
 * An admin investigating a solicitation report reads what the customer wrote (`originalDetail`),
 * as they read a chat message's `originalBody`, wherever the report is listed; every read of a
 * masked original is audited, as ContentFlag.original is. Everyone else, the reporting customer
 * included, reads only the masked `detail`.
 */
describe("a solicitation report's original detail", () => {
  it("is what the customer wrote, for admins, in the list, the investigation triggers and the resolution; each read audited", async () => {
    const { report } = await reported(WRITTEN);
    expect(report.detail).not.toContain("0142");
    const flag = await app.prisma.contentFlag.findFirstOrThrow({ where: { entityType: "SolicitationReport", entityId: report.id } });

    const lists = await app.gql(LISTS, {}, admin.token);
    expect(lists.errors).toBeUndefined();
    expect(lists.data!.solicitationReports.nodes).toContainEqual({ id: report.id, detail: report.detail, originalDetail: WRITTEN });
    expect(lists.data!.investigationTriggers.openSolicitationReports).toContainEqual({ id: report.id, originalDetail: WRITTEN });
    const resolved = await app.gql(RESOLVE, { id: report.id }, admin.token);
    expect(resolved.data!.resolveSolicitationReport).toEqual({ id: report.id, detail: report.detail, originalDetail: WRITTEN });

    const reads = await originalReads(flag.id);
    expect(reads).toHaveLength(3);
    expect(reads[0]).toMatchObject({ actorId: admin.id, subjectUserId: flag.authorId, fields: ["original"] });
  });

  it("is the detail itself when nothing was masked, and null without a detail; nothing to audit", async () => {
    const clean = await reported("He was rude and kept pushing me to cancel the booking");
    const none = await reported(null);
    const { data } = await app.gql(LISTS, {}, admin.token);
    expect(data!.solicitationReports.nodes).toContainEqual({ id: clean.report.id, detail: clean.report.detail, originalDetail: clean.report.detail });
    expect(data!.solicitationReports.nodes).toContainEqual({ id: none.report.id, detail: null, originalDetail: null });
    expect(await app.prisma.auditLog.count({ where: { action: "content.original.read", actorId: admin.id, subjectUserId: { in: [clean.customer.id, none.customer.id] } } })).toBe(0);
  });

  it("is FORBIDDEN to everyone but admins, the reporting customer included, and never in their answer", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id });
    const own = await app.gql(REPORT_WITH_ORIGINAL, { input: { subjectType: "SESSION", subjectId: session.id, detail: WRITTEN } }, customer.token);
    expect(own.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(own.body).not.toContain("0142");
    for (const reader of [customer, mechanic]) {
      const { body, errors } = await app.gql(LISTS, {}, reader.token);
      expect(errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(body).not.toContain("0142");
    }
  });
});
