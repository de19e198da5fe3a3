// The write-side matrix of contact violations (issue 17), from VIOLATION_MACHINE: an admin
// confirms or dismisses an open violation through reviewViolation; every other role is refused.
import { afterAll, beforeAll } from "vitest";
import { VIOLATION_MACHINE, type ViolationMove } from "../../../src/modules/enforcement/violation.machine.ts";
import { penalisedMechanic } from "../../factories/enforcement.ts";
import { startTestApp, type TestApp } from "../../setup/test-app.ts";
import { describeWriteMatrix, type Arranged, type MoveScenario } from "./harness.ts";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const REVIEW = `mutation ($id: ID!, $decision: ReviewDecision!) { reviewViolation(id: $id, decision: $decision) { id status } }`;

/** An open violation: a mechanic shared a phone number in their session's chat. */
function review(move: ViolationMove): MoveScenario {
  return {
    async arrange(): Promise<Arranged> {
      const {
        customer,
        mechanic,
        violationIds: [id],
      } = await penalisedMechanic(app, 1);
      return {
        // The session's customer saw the message; the mechanic is the offender.
        parties: { CUSTOMER: customer, MECHANIC: mechanic },
        attempt: (token) => app.gql(REVIEW, { id, decision: move === "confirm" ? "CONFIRM" : "DISMISS" }, token),
      };
    },
  };
}

describeWriteMatrix(() => app, VIOLATION_MACHINE, { confirm: review("confirm"), dismiss: review("dismiss") });
