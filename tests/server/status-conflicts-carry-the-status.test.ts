// A change a record's status no longer allows is CONFLICT with `reason: STATUS_CONFLICT` and the
// record's `extensions.status`, whichever module's move it is: made twice, or made in a status it
// does not leave. Each move below is one that answered the bare CONFLICT code before.
import { describe, expect, it } from "vitest";
import { APPROVE, CREATE_QUOTE, createEscalationScenario, createMatchableWorkshop, ESCALATE, escalateAndAccept, REPAIR_1200, RESPOND } from "../factories/escalations.ts";
import { createCustomer, createMechanic, createSession, type CreatedUser } from "../factories/index.ts";
import { activePartnership, createPartnerOrg } from "../factories/partnerships.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const REVISE = `mutation ($q: ID!, $input: QuoteInput!) { reviseQuote(quoteId: $q, input: $input) { id } }`;
const COMPLETE_REPAIR = `mutation ($q: ID!) { markRepairComplete(quoteId: $q) { id } }`;
const VERIFY = `mutation ($id: ID!) { verifyPartnership(partnershipId: $id) { id } }`;
const RESUME = `mutation ($id: ID!) { resumePartnership(partnershipId: $id) { id } }`;
const TERMINATE = `mutation ($id: ID!) { terminatePartnership(partnershipId: $id, reason: "The shop closed") { id } }`;
const RESOLVE = `mutation ($id: ID!) { resolveMechanicAbsence(sessionId: $id, choice: REASSIGN) { id } }`;

type Answer = Awaited<ReturnType<TestApp["gql"]>>;
/** The refusal's code, reason and status, and that nothing else came back. */
function expectStatusConflict(answer: Answer, status: string) {
  expect(answer.data).toBeNull();
  expect(answer.errors?.[0]?.extensions).toEqual({ code: "CONFLICT", reason: "STATUS_CONFLICT", status });
}

/** A workshop's quote on an escalated repair, approved by its customer. */
async function approvedQuote() {
  const scenario = await createEscalationScenario(app);
  const workshop = await createMatchableWorkshop(app, { city: scenario.city });
  const { escalationId, offerId } = await escalateAndAccept(app, scenario, workshop);
  const created = await app.gql(CREATE_QUOTE, { escalationId, input: REPAIR_1200 }, workshop.advisor.token);
  const quoteId = created.data!.createQuote.id as string;
  expect((await app.gql(APPROVE, { quoteId }, scenario.customer.token)).errors).toBeUndefined();
  return { scenario, workshop, offerId, quoteId };
}

describe("quotes and escalations", () => {
  it("approving, revising or completing a quote its status does not allow names that status", async () => {
    const { scenario, workshop, quoteId } = await approvedQuote();
    expectStatusConflict(await app.gql(APPROVE, { quoteId }, scenario.customer.token), "APPROVED");
    expectStatusConflict(await app.gql(REVISE, { q: quoteId, input: REPAIR_1200 }, workshop.advisor.token), "APPROVED");
    await app.prisma.repairQuote.update({ where: { id: quoteId }, data: { status: "COMPLETED" } });
    expectStatusConflict(await app.gql(COMPLETE_REPAIR, { q: quoteId }, workshop.advisor.token), "COMPLETED");
  });

  it("answering an offer already answered names the offer's status", async () => {
    const { workshop, offerId } = await approvedQuote();
    expectStatusConflict(await app.gql(RESPOND, { offerId, accept: true }, workshop.advisor.token), "ACCEPTED");
    expectStatusConflict(await app.gql(RESPOND, { offerId, accept: false, reason: "Too busy" }, workshop.advisor.token), "ACCEPTED");
  });

  it("escalating a session not completed names its status; escalating it twice is ALREADY_EXISTS", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
    expectStatusConflict(await app.gql(ESCALATE, { sessionId: session.id, input: { quotesRequested: 1 } }, mechanic.token), "IN_PROGRESS");

    const { scenario } = await approvedQuote();
    const again = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input: { quotesRequested: 1 } }, scenario.mechanic.token);
    expect(again.errors?.[0]?.extensions).toEqual({ code: "CONFLICT", reason: "ALREADY_EXISTS" });
  });
});

describe("partnerships", () => {
  it("verifying, resuming or terminating one its status does not allow names that status", async () => {
    const mechanic = await createMechanic(app);
    const partner = await createPartnerOrg(app);
    const { id } = await activePartnership(app, { mechanic, partner, admin });
    expectStatusConflict(await app.gql(VERIFY, { id }, admin.token), "ACTIVE");
    expectStatusConflict(await app.gql(RESUME, { id }, admin.token), "ACTIVE");
    expect((await app.gql(TERMINATE, { id }, partner.token)).errors).toBeUndefined();
    expectStatusConflict(await app.gql(TERMINATE, { id }, mechanic.token), "TERMINATED");
    expectStatusConflict(await app.gql(RESUME, { id }, admin.token), "TERMINATED");
    expectStatusConflict(await app.gql(VERIFY, { id }, admin.token), "TERMINATED");
  });
});

describe("sessions", () => {
  it("resolving a mechanic's absence on a session nobody works on names its status, also once resolved", async () => {
    const customer = await createCustomer(app);
    const done = await createSession(app, { customerId: customer.id, mechanicId: (await createMechanic(app)).id, status: "COMPLETED" });
    expectStatusConflict(await app.gql(RESOLVE, { id: done.id }, customer.token), "COMPLETED");

    const suspended = await createMechanic(app, { status: "SUSPENDED", suspendedUntil: new Date(Date.now() + 86_400_000) });
    const stranded = await createSession(app, { customerId: customer.id, mechanicId: suspended.id, status: "IN_PROGRESS" });
    expect((await app.gql(RESOLVE, { id: stranded.id }, customer.token)).errors).toBeUndefined();
    expectStatusConflict(await app.gql(RESOLVE, { id: stranded.id }, customer.token), "REQUESTED");
  });
});
