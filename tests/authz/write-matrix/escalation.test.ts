// The write-side privacy matrix of escalations (issue 17), from escalation.machine.ts's
// escalationMachine. No mutation moves an escalation by itself: matching holds and unmatches it
// (SYSTEM), and each person's move happens inside another aggregate's mutation (an advisor's
// answer, a quote written, approved or completed). So every move is attempted on the machine, as
// the token's holder and as the system, on an escalation built through the API (harness.ts,
// "Moves no mutation of their own makes"); the scenario names the mutation that makes it.
import { afterAll, beforeAll } from "vitest";
import { escalationMachine, type EscalationMove } from "../../../src/modules/escalations/escalation.machine.ts";
import { APPROVE, CREATE_QUOTE, createEscalationScenario, createMatchableWorkshop, ESCALATE, escalateAndAccept, REPAIR_1200 } from "../../factories/escalations.ts";
import { createAdmin, type CreatedUser } from "../../factories/index.ts";
import { APPROVE_PARTNER_QUOTE, CREATE_PARTNER_QUOTE, linesOf, partnerWorld } from "../../factories/partnerships.ts";
import { startTestApp, type TestApp } from "../../setup/test-app.ts";
import { describeWriteMatrix, onMachine, traceOf, type Arranged, type MoveScenario } from "./harness.ts";

let app: TestApp;
let admin: CreatedUser;
beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0" });
  admin = await createAdmin(app);
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

/**
 * A partnered mechanic's escalation whose partner's quote its partner and customer approved
 * (APPROVED), its parties (customer, mechanic, partner), and its partner's workshop (none).
 */
async function partnerEscalation(): Promise<{ id: string; workshopId: string | null; parties: Arranged["parties"] }> {
  const w = await partnerWorld(app, admin, { permissions: { quoteApprovalRequired: true } });
  const created = await app.gql(CREATE_PARTNER_QUOTE, { s: w.sessionId, input: linesOf(w.partnership) }, w.mechanic.token);
  if (created.errors) throw new Error(created.body);
  const quoteId: string = created.data!.createPartnerQuote.quote.id;
  for (const [query, variables, token] of [
    [APPROVE_PARTNER_QUOTE, { q: quoteId }, w.partner.token],
    [APPROVE, { quoteId }, w.customer.token],
  ] as const) {
    const approved = await app.gql(query, variables, token);
    if (approved.errors) throw new Error(approved.body);
  }
  const { escalationId } = await app.prisma.repairQuote.findUniqueOrThrow({ where: { id: quoteId }, select: { escalationId: true } });
  return { id: escalationId, workshopId: null, parties: { CUSTOMER: w.customer, MECHANIC: w.mechanic, PARTNER: w.partner } };
}

/** `move` on a fresh escalation (`build` makes it), made on the machine; `via` names what makes it in the product. */
function onEscalation(move: EscalationMove, stage: Stage, via: string, extra: Partial<MoveScenario> & Pick<Arranged, "partyless"> & { build?: typeof partnerEscalation } = {}): MoveScenario {
  const { build = () => escalation(stage), partyless, ...scenario } = extra;
  return {
    via,
    // The status the stage leaves the escalation in: the one status the scenario builds.
    from: [({ OFFERED: "AWAITING_WORKSHOP", ACCEPTED: "ACCEPTED", APPROVED: "APPROVED" } as const)[stage]],
    ...scenario,
    async arrange(): Promise<Arranged> {
      const { id, workshopId, parties } = await build();
      const data = move === "unmatch" ? { workshopId: null } : move === "hold" || move === "accept" ? { workshopId } : {};
      return {
        parties,
        partyless,
        trace: traceOf(app, id, async () => (await app.prisma.escalation.findUnique({ where: { id } }))?.status),
        ...onMachine(app, (actor) => app.prisma.$transaction((tx) => app.machines.escalation.move(tx, actor, id, move, { data }))),
      };
    },
  };
}

describeWriteMatrix(() => app, escalationMachine, {
  hold: onEscalation("hold", "OFFERED", "matching, after an escalation, an answer or an expiry"),
  unmatch: onEscalation("unmatch", "OFFERED", "matching, when no workshop is left"),
  accept: onEscalation("accept", "ACCEPTED", "respondToEscalation, or an auto-accept rule"),
  quote: onEscalation("quote", "ACCEPTED", "createQuote, reviseQuote, createPartnerQuote"),
  approve: onEscalation("approve", "ACCEPTED", "approveQuote"),
  reopen: onEscalation("reopen", "APPROVED", "its approved quote called off (terminatePartnership, refundPayment in full)"),
  // The fulfiller completes: the accepted workshop's advisor, or the partner of a partner's quote.
  complete: [
    onEscalation("complete", "APPROVED", "markRepairComplete", { label: "a workshop's repair", partyless: { PARTNER: "a workshop's repair has no partner: the partner's repair tries the partner" } }),
    onEscalation("complete", "APPROVED", "markRepairComplete", {
      label: "a partner's repair",
      build: partnerEscalation,
      partyless: { WORKSHOP_ADVISOR: "a partner's repair has no workshop: the workshop's repair tries the advisor" },
    }),
  ],
  widen: onEscalation("widen", "OFFERED", "requestAnotherQuote"),
});
