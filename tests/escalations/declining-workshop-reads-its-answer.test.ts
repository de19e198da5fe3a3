import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEscalationScenario, createMatchableWorkshop, ESCALATE } from "../factories/escalations.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * A workshop that declines an offer no longer holds the escalation (authz/scopes.ts), yet the answer
 * to its decline is its own offer, DECLINED, read in a well-formed answer without errors: the offer's
 * escalation, which the declined offer no longer lets it reach, reads as null rather than failing the
 * whole answer (`data: null`). Accepting, it reads the escalation it now holds.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0", LOG_LEVEL: "warn" });
});
afterAll(() => app.close());

const ANSWER_WITH_ITS_ESCALATION = `mutation ($offerId: ID!, $accept: Boolean!, $reason: String) {
  respondToEscalation(offerId: $offerId, accept: $accept, reason: $reason) { id status declineReason workshop { id } escalation { id status session { id } } }
}`;

/** An escalation offered to one workshop of the customer's city (a second one is left for the re-match). */
async function offeredToOne() {
  const scenario = await createEscalationScenario(app);
  const first = await createMatchableWorkshop(app, { city: scenario.city, ratingHundredths: 490 });
  const next = await createMatchableWorkshop(app, { city: scenario.city, ratingHundredths: 400 });
  const escalated = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input: { quotesRequested: 1 } }, scenario.mechanic.token);
  expect(escalated.errors).toBeUndefined();
  const escalation = escalated.data!.escalate;
  expect(escalation.offers).toHaveLength(1);
  return { escalationId: escalation.id as string, offerId: escalation.offers[0].id as string, first, next };
}

describe("a workshop answering an offer and selecting its escalation", () => {
  it("declining, reads its own DECLINED offer with the escalation null and no error, and nothing of the escalation after", async () => {
    const { escalationId, offerId, first } = await offeredToOne();

    const declined = await app.gql(ANSWER_WITH_ITS_ESCALATION, { offerId, accept: false, reason: "Fully booked" }, first.advisor.token);
    expect(declined.errors).toBeUndefined();
    expect(declined.data).toEqual({ respondToEscalation: { id: offerId, status: "DECLINED", declineReason: "Fully booked", workshop: { id: first.id }, escalation: null } });

    // The decline was made: the escalation moved on, and the workshop no longer reads it.
    expect((await app.prisma.escalationOffer.findUniqueOrThrow({ where: { id: offerId } })).status).toBe("DECLINED");
    const after = await app.gql(`query ($id: ID!) { escalation(id: $id) { id } }`, { id: escalationId }, first.advisor.token);
    expect(after.errors?.map((e) => e.extensions?.code)).toEqual(["NOT_FOUND"]);
  });

  it("accepting, reads the escalation it now holds", async () => {
    const { escalationId, offerId, first } = await offeredToOne();
    const accepted = await app.gql(ANSWER_WITH_ITS_ESCALATION, { offerId, accept: true }, first.advisor.token);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.respondToEscalation).toMatchObject({ id: offerId, status: "ACCEPTED", escalation: { id: escalationId, status: "ACCEPTED" } });
  });
});
