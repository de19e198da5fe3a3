// Admins find every audit row about one account (whose contact details were read, who was
// sanctioned) with the audit log's subjectUserId filter (issue 18 item 3).
import { describe, expect, it } from "vitest";
import { createCustomer, type CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const AUDIT = `query ($filter: AuditLogFilter) { auditLog(filter: $filter) { totalCount nodes { action subjectUserId } } }`;

describe("the audit log filtered by subject", () => {
  it("lists only the rows about that account", async () => {
    const [subject, other] = [await createCustomer(app), await createCustomer(app)];
    await app.prisma.auditLog.createMany({
      data: [subject, subject, other].map((user, i) => ({
        actorId: admin.id,
        action: `test.subject${i}`,
        entityType: "TestRecord",
        entityId: crypto.randomUUID(),
        subjectUserId: user.id,
        fields: [],
        data: {},
      })),
    });
    const read = await app.gql(AUDIT, { filter: { subjectUserId: subject.id } }, admin.token);
    expect(read.errors).toBeUndefined();
    expect(read.data!.auditLog.nodes.map((n: { action: string }) => n.action).sort()).toEqual(["test.subject0", "test.subject1"]);
    expect(read.data!.auditLog.nodes.every((n: { subjectUserId: string }) => n.subjectUserId === subject.id)).toBe(true);
  });

  it("refuses a subject that is not an account id", async () => {
    const read = await app.gql(AUDIT, { filter: { subjectUserId: "nobody" } }, admin.token);
    expect(read.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
  });
});
