// A workshop with nobody to answer (no advisor, or only suspended or banned ones) is no candidate:
// an offer to it would use up one of the customer's quotes and wait for nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEscalationScenario, createMatchableWorkshop, ESCALATE } from "../factories/escalations.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0" });
});
afterAll(() => app.close());

describe("matching skips workshops without an active advisor", () => {
  it("offers only the workshop an active advisor answers for, even when three were asked and the others rank higher", async () => {
    const scenario = await createEscalationScenario(app);
    const staffed = await createMatchableWorkshop(app, { city: scenario.city, ratingHundredths: 300 });
    const unstaffed = await createMatchableWorkshop(app, { city: scenario.city, ratingHundredths: 500, autoAccept: [{ serviceCategory: "brakes", maxAmountCents: 1_000_000 }] });
    await app.prisma.user.delete({ where: { id: unstaffed.advisor.id } });
    const suspended = await createMatchableWorkshop(app, { city: scenario.city, ratingHundredths: 490 });
    await app.prisma.user.update({ where: { id: suspended.advisor.id }, data: { status: "SUSPENDED", suspendedUntil: new Date(Date.now() + 86_400_000), statusReason: "test" } });
    const banned = await createMatchableWorkshop(app, { city: scenario.city, ratingHundredths: 480 });
    await app.prisma.user.update({ where: { id: banned.advisor.id }, data: { status: "BANNED", statusReason: "test" } });

    const escalated = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input: { quotesRequested: 3 } }, scenario.mechanic.token);
    expect(
      escalated.data!.escalate.offers.map((offer: { workshop: { id: string } }) => offer.workshop.id),
      escalated.body,
    ).toEqual([staffed.id]);
  });

  it("counts a workshop whose advisor's suspension has run out", async () => {
    const scenario = await createEscalationScenario(app);
    const workshop = await createMatchableWorkshop(app, { city: scenario.city });
    await app.prisma.user.update({ where: { id: workshop.advisor.id }, data: { status: "SUSPENDED", suspendedUntil: new Date(Date.now() - 60_000), statusReason: "test" } });
    const escalated = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input: {} }, scenario.mechanic.token);
    expect(
      escalated.data!.escalate.offers.map((offer: { workshop: { id: string } }) => offer.workshop.id),
      escalated.body,
    ).toEqual([workshop.id]);
  });

  it("is UNMATCHED (NO_WORKSHOP_IN_CITY) when the only workshop in the city has no active advisor", async () => {
    const scenario = await createEscalationScenario(app);
    const workshop = await createMatchableWorkshop(app, { city: scenario.city });
    await app.prisma.user.update({ where: { id: workshop.advisor.id }, data: { status: "BANNED", statusReason: "test" } });
    const escalated = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input: {} }, scenario.mechanic.token);
    expect(escalated.data!.escalate).toMatchObject({ status: "UNMATCHED", offers: [] });
  });
});
