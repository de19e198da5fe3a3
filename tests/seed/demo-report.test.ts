// The demo world shows a solicitation report (issue 18): Ben has reported Jordan's live session,
// and admins find it open in their list and among the investigation triggers.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { detectContactDetails } from "../../src/domain/contacts/contact-detector.ts";
import { DEMO_SESSION_REPORTS, seedDemoWorld } from "../../src/seed/seed.ts";
import { createAdmin, type CreatedUser } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

let app: TestApp;
let admin: CreatedUser;
beforeAll(async () => {
  app = await startTestApp();
  expect(await seedDemoWorld(app)).toBe(true);
  admin = await createAdmin(app);
});
afterAll(() => app.close());

describe("the demo solicitation report", () => {
  it("is Ben's open report of Jordan's session, listed for admins as an investigation trigger", async () => {
    const ben = await app.prisma.user.findUniqueOrThrow({ where: { email: "customer.ben@demo.autodoctor.test" } });
    const jordan = await app.prisma.user.findUniqueOrThrow({ where: { email: "mechanic.jordan@demo.autodoctor.test" } });
    const session = await app.prisma.diagnosticSession.findFirstOrThrow({ where: { customerId: ben.id, mechanicId: jordan.id } });

    const listed = await app.gql(`{ solicitationReports(status: OPEN, first: 100) { nodes { id reporterId subjectType subjectId sessionId accusedId status } } }`, {}, admin.token);
    expect(listed.data!.solicitationReports.nodes).toEqual([
      { id: expect.any(String), reporterId: ben.id, subjectType: "SESSION", subjectId: session.id, sessionId: session.id, accusedId: jordan.id, status: "OPEN" },
    ]);
    const { id } = listed.data!.solicitationReports.nodes[0];
    const triggers = await app.gql(`{ investigationTriggers { openSolicitationReports { id } } }`, {}, admin.token);
    expect(triggers.data!.investigationTriggers.openSolicitationReports).toContainEqual({ id });
    expect(await app.prisma.auditLog.count({ where: { action: "solicitation_report.filed", entityId: id, actorId: ben.id, subjectUserId: jordan.id } })).toBe(1);
  });

  it("has details the content monitor finds nothing in", () => {
    for (const report of DEMO_SESSION_REPORTS) expect(detectContactDetails(report.detail).kinds).toEqual([]);
  });
});
