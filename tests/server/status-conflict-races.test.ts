// Concurrent requests for one change: one wins, and every loser gets the very answer the same
// request gets once the winner committed (code, reason and status), whether it lost in the
// database or arrived after. Before, a loser's answer depended on where it lost.
import { describe, expect, it } from "vitest";
import { APPROVE, CREATE_QUOTE, createEscalationScenario, createMatchableWorkshop, ESCALATE, escalateAndAccept, REPAIR_1200 } from "../factories/escalations.ts";
import { createCustomer, createMechanic, createSession } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

let app: TestApp;
appSpec((world) => ({ app } = world));

const RESOLVE = `mutation ($id: ID!, $choice: MechanicAbsenceChoice!) { resolveMechanicAbsence(sessionId: $id, choice: $choice) { id } }`;
const PARALLEL = 10;

type Answer = Awaited<ReturnType<TestApp["gql"]>>;

/** One winner; every loser's extensions equal `sequential`'s (the answer made after the race). */
function expectOneWinnerAndSameRefusals(answers: Answer[], sequential: Answer) {
  expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
  const refusal = sequential.errors?.[0]?.extensions;
  expect(refusal?.code).toBe("CONFLICT");
  for (const answer of answers.filter((a) => a.errors)) expect(answer.errors?.[0]?.extensions).toEqual(refusal);
}

describe(`${PARALLEL} concurrent requests for one change`, () => {
  it("approveQuote: every loser is STATUS_CONFLICT APPROVED", async () => {
    const scenario = await createEscalationScenario(app);
    const workshop = await createMatchableWorkshop(app, { city: scenario.city });
    const { escalationId } = await escalateAndAccept(app, scenario, workshop);
    const quoteId = (await app.gql(CREATE_QUOTE, { escalationId, input: REPAIR_1200 }, workshop.advisor.token)).data!.createQuote.id as string;
    const answers = await Promise.all(Array.from({ length: PARALLEL }, () => app.gql(APPROVE, { quoteId }, scenario.customer.token)));
    const sequential = await app.gql(APPROVE, { quoteId }, scenario.customer.token);
    expect(sequential.errors?.[0]?.extensions).toEqual({ code: "CONFLICT", reason: "STATUS_CONFLICT", status: "APPROVED" });
    expectOneWinnerAndSameRefusals(answers, sequential);
  });

  it("escalate: every loser is ALREADY_EXISTS", async () => {
    const scenario = await createEscalationScenario(app);
    await createMatchableWorkshop(app, { city: scenario.city });
    const escalate = () => app.gql(ESCALATE, { sessionId: scenario.sessionId, input: { quotesRequested: 1 } }, scenario.mechanic.token);
    const answers = await Promise.all(Array.from({ length: PARALLEL }, escalate));
    const sequential = await escalate();
    expect(sequential.errors?.[0]?.extensions).toEqual({ code: "CONFLICT", reason: "ALREADY_EXISTS" });
    expectOneWinnerAndSameRefusals(answers, sequential);
  });

  it("resolveMechanicAbsence: every loser is STATUS_CONFLICT with the status the winner left", async () => {
    const customer = await createCustomer(app);
    const suspended = await createMechanic(app, { status: "SUSPENDED", suspendedUntil: new Date(Date.now() + 86_400_000) });
    const session = await createSession(app, { customerId: customer.id, mechanicId: suspended.id, status: "IN_PROGRESS" });
    const answers = await Promise.all(Array.from({ length: PARALLEL }, () => app.gql(RESOLVE, { id: session.id, choice: "REASSIGN" }, customer.token)));
    const sequential = await app.gql(RESOLVE, { id: session.id, choice: "REASSIGN" }, customer.token);
    expect(sequential.errors?.[0]?.extensions).toEqual({ code: "CONFLICT", reason: "STATUS_CONFLICT", status: "REQUESTED" });
    expectOneWinnerAndSameRefusals(answers, sequential);
  });
});
