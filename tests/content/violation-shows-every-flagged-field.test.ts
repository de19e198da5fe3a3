import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEscalationScenario, createMatchableWorkshop, escalateAndAccept, REPAIR_1200 } from "../factories/escalations.ts";
import { createAdmin, createCustomer, createMechanic, createSession, type CreatedUser } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * One write is one offence however many of its fields held contact details, and the admin
 * reviewing that violation sees every flagged field of the write (`contents`: path, kinds, masked
 * text; each original only through the audited `original`), not just the one the offence was
 * recorded against (`content`, kept for existing clients, deprecated). A chat violation has none.
 */
let app: TestApp;
let admin: CreatedUser;
beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0" });
  admin = await createAdmin(app);
});
afterAll(() => app.close());

const CREATE_QUOTE = `mutation ($e: ID!, $input: QuoteInput!) { createQuote(escalationId: $e, input: $input) { id } }`;
const CONTENTS = `query ($m: ID) { violations(mechanicId: $m) { nodes { kinds content { id field } contents { id entityType entityId field kinds masked authorRole writeId } } } }`;
const NOTES = "Questions about the parts? 512 555 0143";
const LINE = "Pads, mail sam@example.test";

/** An advisor whose quote puts a phone number in its notes and an email address in its first line: one write, two flagged fields. */
async function advisorQuotedWithTwoFlaggedFields() {
  const scenario = await createEscalationScenario(app);
  const workshop = await createMatchableWorkshop(app, { city: scenario.city });
  const { escalationId } = await escalateAndAccept(app, scenario, workshop);
  const input = { ...REPAIR_1200, notes: NOTES, lineItems: [{ ...REPAIR_1200.lineItems[0]!, description: LINE }, REPAIR_1200.lineItems[1]!] };
  const quoted = await app.gql(CREATE_QUOTE, { e: escalationId, input }, workshop.advisor.token);
  expect(quoted.errors).toBeUndefined();
  return { advisor: workshop.advisor, quoteId: quoted.data!.createQuote.id as string };
}

describe("a violation of a write that flagged several fields", () => {
  it("lists every flagged field of the write for the admin, the deprecated single flag among them", async () => {
    const { advisor, quoteId } = await advisorQuotedWithTwoFlaggedFields();

    const { data, errors } = await app.gql(CONTENTS, { m: advisor.id }, admin.token);
    expect(errors).toBeUndefined();
    const [violation] = data!.violations.nodes;
    expect(violation.kinds).toEqual(["EMAIL", "PHONE"]);
    const common = { entityType: "RepairQuote", entityId: quoteId, authorRole: "WORKSHOP_ADVISOR" };
    expect(violation.contents).toHaveLength(2);
    expect(violation.contents).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ ...common, field: "input.notes", kinds: ["PHONE"], masked: "Questions about the parts? [hidden]" }),
        expect.objectContaining({ ...common, field: "input.lineItems.0.description", kinds: ["EMAIL"] }),
      ]),
    );
    expect(new Set(violation.contents.map((flag: { writeId: string }) => flag.writeId)).size).toBe(1);
    expect(violation.contents.map((flag: { id: string }) => flag.id)).toContain(violation.content.id);
    expect(JSON.stringify(violation.contents)).not.toMatch(/0143|sam@example/);
  });

  it("gives each field's original only through its audited read", async () => {
    const { advisor } = await advisorQuotedWithTwoFlaggedFields();

    const { data, errors } = await app.gql(`query ($m: ID) { violations(mechanicId: $m) { nodes { contents { id field original } } } }`, { m: advisor.id }, admin.token);
    expect(errors).toBeUndefined();
    const contents = data!.violations.nodes[0].contents as { id: string; field: string; original: string }[];
    expect(Object.fromEntries(contents.map((flag) => [flag.field, flag.original]))).toEqual({ "input.notes": NOTES, "input.lineItems.0.description": LINE });
    const reads = await app.prisma.auditLog.findMany({ where: { action: "content.original.read", actorId: admin.id, entityId: { in: contents.map((flag) => flag.id) } } });
    expect(reads.map((read) => read.entityId).sort()).toEqual(contents.map((flag) => flag.id).sort());
    expect(reads.every((read) => read.subjectUserId === advisor.id)).toBe(true);
  });

  it("is empty for a chat message's violation", async () => {
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: (await createCustomer(app)).id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
    await app.gql(`mutation ($s: ID!) { sendMessage(sessionId: $s, body: "text me on 512 555 0144") { flagged } }`, { s: session.id }, mechanic.token);

    const { data, errors } = await app.gql(CONTENTS, { m: mechanic.id }, admin.token);
    expect(errors).toBeUndefined();
    expect(data!.violations.nodes).toEqual([{ kinds: ["OFF_PLATFORM_REQUEST", "PHONE"], content: null, contents: [] }]);
  });

  it("stays the admins' only: the advisor gets neither the violation's fields nor the flags' writes", async () => {
    const { advisor } = await advisorQuotedWithTwoFlaggedFields();
    // Suspended by the offence: sign them back in, as after the suspension ran out.
    await app.prisma.user.update({ where: { id: advisor.id }, data: { status: "ACTIVE", suspendedUntil: null, statusReason: null } });
    for (const query of [CONTENTS, `{ contentFlags(first: 10) { nodes { writeId } } }`]) {
      const { data, errors, body } = await app.gql(query, { m: advisor.id }, advisor.token);
      expect(data).toBeNull();
      expect(errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(body).not.toMatch(/0143|sam@example/);
    }
  });
});
