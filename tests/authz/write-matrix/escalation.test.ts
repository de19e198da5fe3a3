// The write-side privacy matrix of escalations (issue 17), from escalation.machine.ts's
// escalationMachine. No mutation moves an escalation by itself: matching holds and unmatches it
// (SYSTEM), and each person's move happens inside another aggregate's mutation (an advisor's
// answer, a quote written, approved or completed). So every move is attempted on the machine, as
// the token's holder and as the system, on an escalation built through the API (harness.ts,
// "Moves no mutation of their own makes"); the scenario names the mutation that makes it.
import { afterAll, beforeAll } from "vitest";
import { escalationMachine, type EscalationMove } from "../../../src/modules/escalations/escalation.machine.ts";
import { APPROVE, CREATE_QUOTE, createEscalationScenario, createMatchableWorkshop, ESCALATE, escalateAndAccept, REPAIR_1200 } from "../../factories/escalations.ts";
import { startTestApp, type TestApp } from "../../setup/test-app.ts";
import { describeWriteMatrix, onMachine, type Arranged, type MoveScenario } from "./harness.ts";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0" });
});
afterAll(() => app.close());

/** How far the escalation is taken through the API: offered to one workshop, accepted by it, or its quote approved. */
type Stage = "OFFERED" | "ACCEPTED" | "APPROVED";

/** A fresh escalation at `stage`, its parties (customer, referring mechanic, the offered workshop's advisor). */
async function escalation(stage: Stage): Promise<{ id: string; workshopId: string; parties: Arranged["parties"] }> {
  const scenario = await createEscalationScenario(app);
  const workshop = await createMatchableWorkshop(app, { city: scenario.city });
  const parties = { CUSTOMER: scenario.customer, MECHANIC: scenario.mechanic, WORKSHOP_ADVISOR: workshop.advisor };
  if (stage === "OFFERED") {
    const escalated = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input: {} }, scenario.mechanic.token);
    if (escalated.errors) throw new Error(escalated.body);
    return { id: escalated.data!.escalate.id, workshopId: workshop.id, parties };
  }
  const { escalationId } = await escalateAndAccept(app, scenario, workshop);
  if (stage === "APPROVED") {
    const quoted = await app.gql(CREATE_QUOTE, { escalationId, input: REPAIR_1200 }, workshop.advisor.token);
    if (quoted.errors) throw new Error(quoted.body);
    const approved = await app.gql(APPROVE, { quoteId: quoted.data!.createQuote.id }, scenario.customer.token);
    if (approved.errors) throw new Error(approved.body);
  }
  return { id: escalationId, workshopId: workshop.id, parties };
}

/** `move` on a fresh escalation at `stage`, made on the machine; `via` names what makes it in the product. */
function onEscalation(move: EscalationMove, stage: Stage, via: string): MoveScenario {
  return {
    via,
    async arrange(): Promise<Arranged> {
      const { id, workshopId, parties } = await escalation(stage);
      const data = move === "unmatch" ? { workshopId: null } : move === "hold" || move === "accept" ? { workshopId } : {};
      return { parties, ...onMachine(app, (actor) => app.prisma.$transaction((tx) => app.machines.escalation.move(tx, actor, id, move, { data }))) };
    },
  };
}

describeWriteMatrix(() => app, escalationMachine, {
  hold: onEscalation("hold", "OFFERED", "matching, after an escalation, an answer or an expiry"),
  unmatch: onEscalation("unmatch", "OFFERED", "matching, when no workshop is left"),
  accept: onEscalation("accept", "ACCEPTED", "respondToEscalation, or an auto-accept rule"),
  quote: onEscalation("quote", "ACCEPTED", "createQuote, reviseQuote, createPartnerQuote"),
  approve: onEscalation("approve", "ACCEPTED", "approveQuote"),
  complete: onEscalation("complete", "APPROVED", "markRepairComplete"),
  widen: onEscalation("widen", "OFFERED", "requestAnotherQuote"),
});
