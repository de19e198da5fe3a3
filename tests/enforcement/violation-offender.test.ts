import { describe, expect, it } from "vitest";
import { createCustomer, createMechanic, createSession, type CreatedUser } from "../factories/index.ts";
import { acceptedEscalation, SEND_TO_WORKSHOP } from "../factories/workshop-conversations.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const VIOLATIONS = `query ($m: ID) { violations(mechanicId: $m) { nodes { offenderId offender { __typename id displayName ... on Mechanic { rating } ... on WorkshopAdvisor { workshopId } } } } }`;

/**
 * An admin reviewing a contact-sharing violation sees who shared the details, whoever they are:
 * the mechanic of a session chat, or the workshop advisor of a workshop conversation, each named
 * by `offender` (id and display name, and what their own type adds). Violations are admins' only.
 */
describe("a violation's offender", () => {
  it("names the workshop advisor who shared contact details in a workshop conversation", async () => {
    const world = await acceptedEscalation(app);
    const advisor = world.workshop.advisor;
    const sent = await app.gql(SEND_TO_WORKSHOP, { e: world.escalationId, body: "Easier to call me on 512 555 0143" }, advisor.token);
    expect(sent.data!.sendWorkshopMessage.flagged).toBe(true);
    const { displayName } = await app.prisma.advisorProfile.findUniqueOrThrow({ where: { userId: advisor.id } });

    const { data, errors } = await app.gql(VIOLATIONS, { m: advisor.id }, admin.token);
    expect(errors).toBeUndefined();
    expect(data!.violations.nodes).toEqual([{ offenderId: advisor.id, offender: { __typename: "WorkshopAdvisor", id: advisor.id, displayName, workshopId: world.workshop.id } }]);
  });

  it("still names the mechanic of a session chat, with a mechanic's fields", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app, { displayName: "Sam Offender" });
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
    await app.gql(`mutation ($s: ID!) { sendMessage(sessionId: $s, body: "text me on 512 555 0144") { flagged } }`, { s: session.id }, mechanic.token);
    const { data } = await app.gql(VIOLATIONS, { m: mechanic.id }, admin.token);
    expect(data!.violations.nodes).toEqual([{ offenderId: mechanic.id, offender: { __typename: "Mechanic", id: mechanic.id, displayName: "Sam Offender", rating: 0 } }]);
  });

  it("stays the admins' only: the advisor cannot list violations", async () => {
    const world = await acceptedEscalation(app);
    const { data, errors } = await app.gql(VIOLATIONS, { m: world.workshop.advisor.id }, world.workshop.advisor.token);
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
