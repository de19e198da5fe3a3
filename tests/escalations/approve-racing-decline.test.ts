import { describe, expect, it } from "vitest";
import type { Viewer } from "../../src/platform/auth/viewer.ts";
import { APPROVE, CREATE_QUOTE, createEscalationScenario, createMatchableWorkshop, ESCALATE, REPAIR_1200, RESPOND } from "../factories/escalations.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

/**
 * The customer approves one workshop's quote while another workshop's advisor declines its open
 * offer of the same escalation. Both take the escalation's row first (LOCK ORDER in
 * escalation.machine.ts), so one waits for the other: both succeed, or the decline finds its offer
 * closed (a plain CONFLICT); never a deadlock's CONCURRENT_CHANGE, and never a second's wait for
 * PostgreSQL to find one. The step-by-step test below pins, on the machines alone, that a SYSTEM
 * settle of a QUOTED escalation locks nothing, so even a transaction holding an offer first could
 * not deadlock with an approval there.
 */
let app: TestApp;
appSpec((world) => ({ app } = world));

async function quotedWithAnOpenOffer() {
  const scenario = await createEscalationScenario(app);
  const workshops = await Promise.all([0, 1].map(() => createMatchableWorkshop(app, { city: scenario.city })));
  const escalated = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input: { quotesRequested: 2 } }, scenario.mechanic.token);
  if (escalated.errors) throw new Error(escalated.body);
  const offers: { id: string; workshop: { id: string } }[] = escalated.data!.escalate.offers;
  const advisorOf = (offer: { workshop: { id: string } }) => workshops.find((w) => w.id === offer.workshop.id)!.advisor;
  const [quoting, open] = offers;
  await app.gql(RESPOND, { offerId: quoting!.id, accept: true }, advisorOf(quoting!).token);
  const quote = await app.gql(CREATE_QUOTE, { escalationId: escalated.data!.escalate.id, input: REPAIR_1200 }, advisorOf(quoting!).token);
  return {
    customer: scenario.customer,
    escalationId: escalated.data!.escalate.id as string,
    quotingWorkshopId: quoting!.workshop.id,
    quoteId: quote.data!.createQuote.id as string,
    offerId: open!.id,
    openWorkshopId: open!.workshop.id,
    advisor: advisorOf(open!),
  };
}

describe("approveQuote racing another workshop's decline", () => {
  it("both succeed, or the decline finds its offer closed (STATUS_CONFLICT); no deadlock", async () => {
    const outcomes: string[] = [];
    for (let round = 0; round < 4; round++) {
      const sets = await Promise.all(Array.from({ length: 5 }, quotedWithAnOpenOffer));
      const results = await Promise.all(
        sets.flatMap(({ customer, quoteId, offerId, advisor }) => [app.gql(APPROVE, { quoteId }, customer.token), app.gql(RESPOND, { offerId, accept: false, reason: "busy week" }, advisor.token)]),
      );
      outcomes.push(...results.map((r) => r.data?.approveQuote?.status ?? r.data?.respondToEscalation?.status ?? `${r.errors?.[0]?.extensions?.code}:${r.errors?.[0]?.extensions?.reason ?? ""}`));
    }
    expect(outcomes.filter((outcome) => !["APPROVED", "DECLINED", "CONFLICT:STATUS_CONFLICT"].includes(outcome))).toEqual([]);
    expect(outcomes.filter((outcome) => outcome === "APPROVED")).toHaveLength(20);
    // Building 4 x 5 sets is most of it: 12-14 s alone at load 12 on 2 cores, past 30 s beside another race file at load 15.
  }, 90_000);
});

/** A promise and the function that resolves it. */
function signal() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

// Two transactions held open at once: the embedded database serves one connection at a time, so
// only a real PostgreSQL (DATABASE_URL, as CI's second suite runs) can interleave them.
describe.skipIf(!process.env.DATABASE_URL)("the interleaving that would deadlock, step by step on the machines", () => {
  it("decline's offer lock, approve's escalation lock, then the decline's SYSTEM settle and the approval's offer close: both commit", async () => {
    const { customer, escalationId, quotingWorkshopId, offerId, openWorkshopId, advisor } = await quotedWithAnOpenOffer();
    const customerViewer: Viewer = { id: customer.id, role: "CUSTOMER", workshopId: null };
    const advisorViewer: Viewer = { id: advisor.id, role: "WORKSHOP_ADVISOR", workshopId: openWorkshopId };
    const declined = signal();
    const approved = signal();
    const decline = app.prisma.$transaction(async (tx) => {
      await app.machines.escalation.moveOffer(tx, advisorViewer, { id: offerId }, "decline", { data: { respondedAt: new Date() } });
      declined.resolve();
      await approved.promise;
      // The re-match's settleHolder: the escalation is QUOTED, so this SYSTEM accept moves nothing,
      // and must not wait for the approval's lock on the row either (the one-statement move's
      // status test applies before its FOR UPDATE, as the old UPDATE's did), or the approval's close
      // of this offer below and this wait deadlock.
      return app.machines.escalation.move(tx, "SYSTEM", escalationId, "accept", { data: { workshopId: quotingWorkshopId, unmatchedReason: null } });
    });
    const approve = app.prisma.$transaction(async (tx) => {
      await declined.promise;
      const moved = await app.machines.escalation.move(tx, customerViewer, escalationId, "approve", { data: { workshopId: quotingWorkshopId } });
      approved.resolve();
      await new Promise((resolve) => setTimeout(resolve, 100)); // the decline reaches its settle
      await app.machines.escalation.moveOffer(tx, "SYSTEM", { escalationId, workshopId: { not: quotingWorkshopId } }, "close", { cause: customerViewer });
      return moved;
    });
    const started = Date.now();
    const [declineOutcome, approveOutcome] = await Promise.allSettled([decline, approve]);
    expect({ decline: declineOutcome.status, approve: approveOutcome.status }).toEqual({ decline: "fulfilled", approve: "fulfilled" });
    expect(Date.now() - started).toBeLessThan(900); // no deadlock_timeout (1 s) spent finding a deadlock
    expect((await app.prisma.escalation.findUniqueOrThrow({ where: { id: escalationId } })).status).toBe("APPROVED");
    expect((await app.prisma.escalationOffer.findUniqueOrThrow({ where: { id: offerId } })).status).toBe("DECLINED");
  });
});
