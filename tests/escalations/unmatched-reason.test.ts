import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EscalateDocument, EscalationsDocument } from "../../client/generated/graphql.ts";
import { createEscalationScenario, createMatchableWorkshop, RESPOND } from "../factories/escalations.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/** An escalation that matches no workshop says why, to whoever may read its status. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0" });
});
afterAll(() => app.close());

const READ = `query ($id: ID!) { escalation(id: $id) { status unmatchedReason } }`;

describe("an UNMATCHED escalation's unmatchedReason", () => {
  it("NO_WORKSHOP_IN_CITY: nobody serves the customer's city; the mechanic and the customer both read it", async () => {
    const scenario = await createEscalationScenario(app);
    await createMatchableWorkshop(app, { city: "Somewhere Else", serviceArea: ["Another Place"] });
    const { data } = await app.gql(EscalateDocument, { sessionId: scenario.sessionId, input: {} }, scenario.mechanic.token);
    expect(data!.escalate).toMatchObject({ status: "UNMATCHED", unmatchedReason: "NO_WORKSHOP_IN_CITY", offers: [] });
    expect((await app.gql(READ, { id: data!.escalate.id }, scenario.customer.token)).data!.escalation).toEqual({ status: "UNMATCHED", unmatchedReason: "NO_WORKSHOP_IN_CITY" });
    const { data: list } = await app.gql(EscalationsDocument, { first: 5 }, scenario.mechanic.token);
    expect(list!.escalations.nodes).toEqual([expect.objectContaining({ status: "UNMATCHED", unmatchedReason: "NO_WORKSHOP_IN_CITY" })]);
  });

  it("NO_WORKSHOP_FOR_CATEGORIES: workshops serve the city, none does the recommended brakes", async () => {
    const scenario = await createEscalationScenario(app);
    await createMatchableWorkshop(app, { city: scenario.city, servicesOffered: ["engine", "tires"] });
    const { data } = await app.gql(EscalateDocument, { sessionId: scenario.sessionId, input: {} }, scenario.mechanic.token);
    expect(data!.escalate).toMatchObject({ status: "UNMATCHED", unmatchedReason: "NO_WORKSHOP_FOR_CATEGORIES" });
  });

  it("ALL_AT_CAPACITY: the only workshop that fits is full", async () => {
    const earlier = await createEscalationScenario(app);
    await createMatchableWorkshop(app, { city: earlier.city, maxOpenEscalations: 1 });
    expect((await app.gql(EscalateDocument, { sessionId: earlier.sessionId, input: {} }, earlier.mechanic.token)).data!.escalate.status).toBe("AWAITING_WORKSHOP");
    const scenario = await createEscalationScenario(app, { city: earlier.city });
    const { data } = await app.gql(EscalateDocument, { sessionId: scenario.sessionId, input: {} }, scenario.mechanic.token);
    expect(data!.escalate).toMatchObject({ status: "UNMATCHED", unmatchedReason: "ALL_AT_CAPACITY" });
  });

  it("ALL_DECLINED_OR_EXPIRED: every workshop that fits declined; null while a workshop holds it", async () => {
    const scenario = await createEscalationScenario(app);
    const workshop = await createMatchableWorkshop(app, { city: scenario.city });
    const { data } = await app.gql(EscalateDocument, { sessionId: scenario.sessionId, input: {} }, scenario.mechanic.token);
    expect(data!.escalate).toMatchObject({ status: "AWAITING_WORKSHOP", unmatchedReason: null });
    await app.gql(RESPOND, { offerId: data!.escalate.offers[0]!.id, accept: false, reason: "booked up" }, workshop.advisor.token);
    expect((await app.gql(READ, { id: data!.escalate.id }, scenario.mechanic.token)).data!.escalation).toEqual({ status: "UNMATCHED", unmatchedReason: "ALL_DECLINED_OR_EXPIRED" });
  });
});
