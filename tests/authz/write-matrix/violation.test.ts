// The write-side matrix of contact violations (issue 17), from VIOLATION_MACHINE: an admin
// confirms or dismisses an open violation through reviewViolation; every other role is refused.
import { VIOLATION_MACHINE, type ViolationMove } from "../../../src/modules/enforcement/violation.machine.ts";
import { penalisedMechanic } from "../../factories/enforcement.ts";
import type { CreatedUser } from "../../factories/index.ts";
import type { TestApp } from "../../setup/test-app.ts";
import { appSpec } from "../../support/app-spec.ts";
import { describeWriteMatrix, traceOf, type Arranged, type MoveScenario } from "./harness.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const REVIEW = `mutation ($id: ID!, $decision: ReviewDecision!) { reviewViolation(id: $id, decision: $decision) { id status } }`;

/** An open violation: a mechanic shared a phone number in their session's chat. */
function review(move: ViolationMove): MoveScenario {
  return {
    // Reviewed once: a dismissed violation is not confirmed or dismissed again.
    conflict: "DISMISSED",
    async arrange(from): Promise<Arranged> {
      const {
        customer,
        mechanic,
        violationIds: [id],
      } = await penalisedMechanic(app, 1);
      if (from === "DISMISSED" && (await app.gql(REVIEW, { id, decision: "DISMISS" }, admin.token)).errors) throw new Error("the dismissal failed");
      return {
        // The session's customer saw the message; the mechanic is the offender.
        parties: { CUSTOMER: customer, MECHANIC: mechanic },
        attempt: (token) => app.gql(REVIEW, { id, decision: move === "confirm" ? "CONFIRM" : "DISMISS" }, token),
        trace: traceOf(app, id!, async () => (await app.prisma.contactViolation.findUnique({ where: { id: id! } }))?.status),
      };
    },
  };
}

describeWriteMatrix(() => app, VIOLATION_MACHINE, { confirm: review("confirm"), dismiss: review("dismiss") });
