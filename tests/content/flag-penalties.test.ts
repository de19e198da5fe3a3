import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptedEscalation, CREATE_QUOTE_TEXTS, REPAIR_1200 } from "../factories/escalations.ts";
import { createAdmin, createCustomer, createMechanic, createSession, createVehicle } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * A contact detail in a written field walks its author's penalty ladder like a chat message:
 * mechanics, workshop advisors and partners are penalised at once (one write, one offence); a
 * phrase-only hit is flagged for review without a penalty; customers are masked, not penalised.
 * Admin review (confirm/dismiss) works on these flags as on chat messages.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0" });
});
afterAll(() => app.close());

const COMPLETE = `mutation ($id: ID!, $input: CompleteSessionInput!) { completeSession(id: $id, input: $input) { id diagnosis } }`;
const REVIEW = `mutation ($id: ID!, $d: ReviewDecision!) { reviewViolation(id: $id, decision: $d) { id status penalty { kind reversedAt } } }`;
const VIOLATIONS = `query ($m: ID) { violations(mechanicId: $m) { nodes { id kinds status message { id } content { entityType entityId field masked original authorRole } penalty { kind } } } }`;

const standing = (id: string) => app.prisma.user.findUniqueOrThrow({ where: { id }, select: { status: true, violationCount: true, statusReason: true } });

describe("a mechanic's diagnosis with a phone number", () => {
  it("suspends the mechanic at once; the admin sees the field and original; dismissing lifts the suspension", async () => {
    const admin = await createAdmin(app);
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: (await createCustomer(app)).id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
    const done = await app.gql(COMPLETE, { id: session.id, input: { diagnosis: "Worn pads. Cheaper direct: 512 555 0143", recommendedServices: ["brakes"] } }, mechanic.token);
    expect(done.errors).toBeUndefined();
    expect(done.data!.completeSession.diagnosis).toBe("Worn pads. [hidden]");
    expect(await standing(mechanic.id)).toMatchObject({ status: "SUSPENDED", violationCount: 1 });
    expect((await app.gql(`{ me { id } }`, {}, mechanic.token)).errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", status: "SUSPENDED" });

    const listed = await app.gql(VIOLATIONS, { m: mechanic.id }, admin.token);
    expect(listed.errors).toBeUndefined();
    const [violation] = listed.data!.violations.nodes;
    expect(violation).toMatchObject({
      status: "OPEN",
      kinds: ["PHONE"],
      message: null,
      content: {
        entityType: "DiagnosticSession",
        entityId: session.id,
        field: "input.diagnosis",
        masked: "Worn pads. [hidden]",
        original: "Worn pads. Cheaper direct: 512 555 0143",
        authorRole: "MECHANIC",
      },
      penalty: { kind: "WARNING_SUSPENSION_7_DAYS" },
    });
    expect(await app.prisma.auditLog.count({ where: { action: "content.original.read", actorId: admin.id } })).toBe(1);
    expect(await app.prisma.auditLog.count({ where: { action: "content.contact_violation.detected", subjectUserId: mechanic.id } })).toBe(1);

    const dismissed = await app.gql(REVIEW, { id: violation.id, d: "DISMISS" }, admin.token);
    expect(dismissed.data!.reviewViolation).toMatchObject({ status: "DISMISSED", penalty: { kind: "WARNING_SUSPENSION_7_DAYS" } });
    expect(dismissed.data!.reviewViolation.penalty.reversedAt).toBeTruthy();
    // Reviewed under the name it was detected under: a written field's, not a chat message's.
    expect(await app.prisma.auditLog.findMany({ where: { entityId: violation.id, action: { endsWith: ".contact_violation.dismissed" } }, select: { action: true } })).toEqual([
      { action: "content.contact_violation.dismissed" },
    ]);
    expect(await standing(mechanic.id)).toMatchObject({ status: "ACTIVE", violationCount: 0 });
    expect((await app.gql(`{ me { id } }`, {}, mechanic.token)).errors).toBeUndefined();
  });
});

describe("a workshop advisor's quote", () => {
  it("with contact details in its notes and a line suspends the advisor once: one write, one offence", async () => {
    const admin = await createAdmin(app);
    const world = await acceptedEscalation(app);
    const input = {
      ...REPAIR_1200,
      notes: "Questions about the parts? 512 555 0143",
      lineItems: [{ ...REPAIR_1200.lineItems[0]!, description: "Pads, mail sam@example.test" }, REPAIR_1200.lineItems[1]!],
    };
    const quoted = await app.gql(CREATE_QUOTE_TEXTS, { e: world.escalationId, input }, world.workshop.advisor.token);
    expect(quoted.errors).toBeUndefined();
    expect(quoted.data!.createQuote.notes).toBe("Questions about the parts? [hidden]");
    expect(await standing(world.workshop.advisor.id)).toMatchObject({ status: "SUSPENDED", violationCount: 1 });
    const violations = await app.prisma.contactViolation.findMany({ where: { offenderId: world.workshop.advisor.id }, include: { penalty: true, contentFlag: true } });
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ kinds: ["EMAIL", "PHONE"], penalty: { kind: "WARNING_SUSPENSION_7_DAYS" }, contentFlag: { entityType: "RepairQuote", authorRole: "WORKSHOP_ADVISOR" } });
    expect(await app.prisma.contentFlag.count({ where: { entityId: quoted.data!.createQuote.id } })).toBe(2);

    const confirmed = await app.gql(REVIEW, { id: violations[0]!.id, d: "CONFIRM" }, admin.token);
    expect(confirmed.data!.reviewViolation).toMatchObject({ status: "CONFIRMED", penalty: { reversedAt: null } });
    expect(await app.prisma.auditLog.count({ where: { entityId: violations[0]!.id, action: "content.contact_violation.confirmed" } })).toBe(1);
    expect((await standing(world.workshop.advisor.id)).status).toBe("SUSPENDED");
  });

  it("with only an off-platform phrase is flagged for review without a penalty", async () => {
    const world = await acceptedEscalation(app);
    const quoted = await app.gql(CREATE_QUOTE_TEXTS, { e: world.escalationId, input: { ...REPAIR_1200, notes: "Happy to discuss, just call me" } }, world.workshop.advisor.token);
    expect(quoted.errors).toBeUndefined();
    // The request is hidden with its sentence, but with no detail it is only reviewed, never penalised.
    expect(quoted.data!.createQuote.notes).toBe("[hidden]");
    expect(await standing(world.workshop.advisor.id)).toMatchObject({ status: "ACTIVE", violationCount: 0 });
    const violations = await app.prisma.contactViolation.findMany({ where: { offenderId: world.workshop.advisor.id }, include: { penalty: true } });
    expect(violations).toMatchObject([{ status: "OPEN", kinds: ["OFF_PLATFORM_REQUEST"], penalty: null }]);
  });
});

describe("a customer's concern with their own phone number", () => {
  it("is masked and flagged for admins, without a violation or penalty", async () => {
    const customer = await createCustomer(app);
    const vehicle = await createVehicle(app, customer.id);
    const requested = await app.gql(
      `mutation ($input: RequestSessionInput!) { requestSession(input: $input) { id concern } }`,
      { input: { vehicleId: vehicle.id, concern: "Brakes squeal. Easier by phone: 512 555 0143" } },
      customer.token,
    );
    // "Easier by phone" offers another channel: hidden with its sentence, as every request for contact is.
    expect(requested.data!.requestSession.concern).toBe("Brakes squeal. [hidden]");
    expect(await app.prisma.contentFlag.findMany({ where: { authorId: customer.id } })).toMatchObject([
      { entityType: "DiagnosticSession", field: "input.concern", authorRole: "CUSTOMER", kinds: ["OFF_PLATFORM_REQUEST", "PHONE"] },
    ]);
    expect(await app.prisma.contactViolation.count({ where: { offenderId: customer.id } })).toBe(0);
    expect((await standing(customer.id)).status).toBe("ACTIVE");
  });
});
