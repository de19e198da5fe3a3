// The write-side privacy matrix of escalation offers (issue 17), from escalation.machine.ts's
// offerMachine: the offered workshop's advisor accepts or declines through respondToEscalation;
// expiry (the expiry timer) and closing (a side effect of approving another workshop's quote) are
// the system's alone, attempted on the machine (harness.ts, "Moves no mutation of their own makes").
import { afterAll, beforeAll } from "vitest";
import { offerMachine, type OfferMove } from "../../../src/modules/escalations/escalation.machine.ts";
import { createEscalationScenario, createMatchableWorkshop, ESCALATE, RESPOND } from "../../factories/escalations.ts";
import { startTestApp, type TestApp } from "../../setup/test-app.ts";
import { describeWriteMatrix, onMachine, traceOf, type Arranged, type MoveScenario } from "./harness.ts";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0" });
});
afterAll(() => app.close());

/** A fresh escalation offered to one workshop: the open offer, and its parties (the escalation's customer and mechanic, the offered advisor). */
async function openOffer(): Promise<{ id: string; parties: Arranged["parties"] }> {
  const scenario = await createEscalationScenario(app);
  const workshop = await createMatchableWorkshop(app, { city: scenario.city });
  const escalated = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input: {} }, scenario.mechanic.token);
  if (escalated.errors) throw new Error(escalated.body);
  return { id: escalated.data!.escalate.offers[0].id, parties: { CUSTOMER: scenario.customer, MECHANIC: scenario.mechanic, WORKSHOP_ADVISOR: workshop.advisor } };
}

/** The offer's trace: its status and the audit rows naming it. */
const offerTrace = (id: string) => traceOf(app, id, async () => (await app.prisma.escalationOffer.findUnique({ where: { id } }))?.status);

/** The advisor's answer, through respondToEscalation; answering twice is refused CONFLICT. */
const answer = (accept: boolean): MoveScenario => ({
  conflict: "DECLINED",
  async arrange(from) {
    const { id, parties } = await openOffer();
    const respond = (token: string | undefined, yes = accept) => app.gql(RESPOND, { offerId: id, accept: yes, reason: yes ? null : "Fully booked" }, token);
    if (from === "DECLINED" && (await respond(parties.WORKSHOP_ADVISOR!.token, false)).errors) throw new Error("the decline failed");
    return { parties, attempt: (token) => respond(token), trace: offerTrace(id) };
  },
});

/** The system's move on a fresh open offer, made on the machine. */
const bySystem = (move: OfferMove, via: string): MoveScenario => ({
  via,
  from: ["OFFERED"],
  async arrange() {
    const { id, parties } = await openOffer();
    return {
      parties,
      trace: offerTrace(id),
      ...onMachine(app, (actor) => app.prisma.$transaction((tx) => app.machines.escalation.moveOffer(tx, actor, { id }, move, { data: { respondedAt: new Date() } }))),
    };
  },
});

describeWriteMatrix(() => app, offerMachine, {
  accept: answer(true),
  decline: answer(false),
  expire: bySystem("expire", "the expiry timer"),
  close: bySystem("close", "approveQuote of another workshop's quote"),
});
