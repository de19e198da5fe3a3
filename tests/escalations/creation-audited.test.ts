// An escalation and its offers are audited from their first status, as every later move is: an
// escalation as reaching AWAITING_WORKSHOP (matching) or QUOTED (a partnered mechanic's quote), by
// the mechanic; each offer as offered by matching (no actor), with the status it starts in.
import { describe, expect, it } from "vitest";
import { createEscalationScenario, createMatchableWorkshop, ESCALATE } from "../factories/escalations.ts";
import type { CreatedUser } from "../factories/index.ts";
import { CREATE_PARTNER_QUOTE, linesOf, partnerWorld } from "../factories/partnerships.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

const rowsOf = (entityType: string, entityId: string) =>
  app.prisma.auditLog.findMany({ where: { entityType, entityId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { action: true, actorId: true, data: true } });

describe("a new escalation and its offers", () => {
  it("escalated to workshops: the escalation by its mechanic, each offer by matching", async () => {
    const scenario = await createEscalationScenario(app);
    const workshops = [await createMatchableWorkshop(app, { city: scenario.city }), await createMatchableWorkshop(app, { city: scenario.city })];
    const escalated = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input: { quotesRequested: 2 } }, scenario.mechanic.token);
    expect(escalated.errors).toBeUndefined();
    const { id, offers } = escalated.data!.escalate;
    expect(offers).toHaveLength(workshops.length);
    expect(await rowsOf("Escalation", id)).toEqual(
      expect.arrayContaining([{ action: "escalation.awaiting_workshop", actorId: scenario.mechanic.id, data: expect.objectContaining({ from: null, to: "AWAITING_WORKSHOP" }) }]),
    );
    for (const offer of offers) {
      expect(await rowsOf("EscalationOffer", offer.id)).toEqual([
        { action: "escalation.offer.offered", actorId: null, data: expect.objectContaining({ escalationId: id, from: null, to: "OFFERED" }) },
      ]);
    }
  });

  it("quoted by a partnered mechanic: the escalation is audited as quoted by them", async () => {
    const world = await partnerWorld(app, admin);
    const created = await app.gql(CREATE_PARTNER_QUOTE, { s: world.sessionId, input: linesOf(world.partnership) }, world.mechanic.token);
    expect(created.errors).toBeUndefined();
    const { escalationId } = await app.prisma.repairQuote.findUniqueOrThrow({ where: { id: created.data!.createPartnerQuote.quote.id }, select: { escalationId: true } });
    expect(await rowsOf("Escalation", escalationId)).toEqual([{ action: "escalation.quoted", actorId: world.mechanic.id, data: expect.objectContaining({ from: null, to: "QUOTED" }) }]);
  });
});
