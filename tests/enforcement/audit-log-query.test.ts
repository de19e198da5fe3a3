// Admins read the audit log filtered by record, actor and time, page by page (issue 18 item 3).
import { describe, expect, it } from "vitest";
import { createAdmin, createMechanic, type CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const AUDIT = `query ($filter: AuditLogFilter, $first: Int, $after: String) {
  auditLog(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { action entityType entityId actorId data createdAt } }
}`;

describe("the admin audit-log query", () => {
  it("filters by record, actor and time range, newest first, cursor by cursor", async () => {
    const entityId = crypto.randomUUID();
    const actor = await createAdmin(app);
    const at = (minutes: number) => new Date(Date.UTC(2026, 0, 1, 12, minutes));
    await app.prisma.auditLog.createMany({
      data: [0, 1, 2, 3].map((i) => ({ actorId: i === 3 ? null : actor.id, action: `test.step${i}`, entityType: "TestRecord", entityId, fields: [], data: { i }, createdAt: at(i) })),
    });

    const all = await app.gql(AUDIT, { filter: { entityType: "TestRecord", entityId }, first: 3 }, admin.token);
    expect(all.data!.auditLog.totalCount).toBe(4);
    expect(all.data!.auditLog.nodes.map((n: { action: string }) => n.action)).toEqual(["test.step3", "test.step2", "test.step1"]);
    expect(all.data!.auditLog.nodes[0]).toMatchObject({ actorId: null, data: '{"i":3}' });
    const rest = await app.gql(AUDIT, { filter: { entityType: "TestRecord", entityId }, first: 3, after: all.data!.auditLog.pageInfo.endCursor }, admin.token);
    expect(rest.data!.auditLog.nodes.map((n: { action: string }) => n.action)).toEqual(["test.step0"]);
    expect(rest.data!.auditLog.pageInfo.hasNextPage).toBe(false);

    const byActorInRange = await app.gql(AUDIT, { filter: { actorId: actor.id, from: at(1).toISOString(), to: at(3).toISOString() } }, admin.token);
    expect(byActorInRange.data!.auditLog.nodes.map((n: { action: string }) => n.action)).toEqual(["test.step2", "test.step1"]);
  });

  it("refuses an id without its type, and everyone but admins", async () => {
    const id = await app.gql(AUDIT, { filter: { entityId: "x" } }, admin.token);
    expect(id.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    const mechanic = await createMechanic(app);
    expect((await app.gql(AUDIT, {}, mechanic.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
