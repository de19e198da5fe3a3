import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEscalationScenario, createMatchableWorkshop, ESCALATE, RESPOND } from "../factories/escalations.ts";
import { createMechanic } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0" });
});
afterAll(() => app.close());

describe("escalate", () => {
  it("matches the best qualifying workshop, records why, and the workshop sees first name, last initial and city only", async () => {
    const scenario = await createEscalationScenario(app, { firstName: "Alice", lastName: "Zimmer" });
    const best = await createMatchableWorkshop(app, { city: scenario.city, ratingHundredths: 490 });
    await createMatchableWorkshop(app, { city: scenario.city, ratingHundredths: 400 });
    await createMatchableWorkshop(app, { city: "Elsewhere", ratingHundredths: 500 });

    const { data, errors } = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input: { notes: "OEM please", quotesRequested: 1 } }, scenario.mechanic.token);
    expect(errors).toBeUndefined();
    expect(data!.escalate.status).toBe("AWAITING_WORKSHOP");
    expect(data!.escalate.offers).toHaveLength(1);
    expect(data!.escalate.offers[0]).toMatchObject({ status: "OFFERED", workshop: { id: best.id } });
    expect(data!.escalate.offers[0].matchReason).toMatch(/highest rating \(4\.90\)/);

    const offer = await app.prisma.escalationOffer.findFirstOrThrow({ where: { escalationId: data!.escalate.id } });
    expect(offer.matchInputs).toMatchObject({ recommendedServices: ["brakes"] });

    const view = await app.gql(
      `query ($id: ID!) { escalation(id: $id) { notes session { concern diagnosis recommendedServices vehicle { make model } } customer { firstName lastInitial city } } }`,
      { id: data!.escalate.id },
      best.advisor.token,
    );
    expect(view.errors).toBeUndefined();
    expect(view.data!.escalation).toMatchObject({
      notes: "OEM please",
      session: { concern: expect.any(String), diagnosis: expect.stringMatching(/pads/), recommendedServices: ["brakes"], vehicle: { make: "Honda" } },
      customer: { firstName: "Alice", lastInitial: "Z", city: scenario.city },
    });
    const contact = await app.gql(`query ($id: ID!) { escalation(id: $id) { customer { phone email lastName address } } }`, { id: data!.escalate.id }, best.advisor.token);
    expect(contact.errors?.map((e) => e.extensions?.code)).toEqual(["FORBIDDEN", "FORBIDDEN", "FORBIDDEN", "FORBIDDEN"]);
  });

  it("is only for the session's mechanic, only on a completed session, and only once (concurrent attempts: one wins)", async () => {
    const scenario = await createEscalationScenario(app);
    await createMatchableWorkshop(app, { city: scenario.city });
    const other = await createMechanic(app);
    const notMine = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input: {} }, other.token);
    expect(notMine.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    await app.prisma.diagnosticSession.update({ where: { id: scenario.sessionId }, data: { status: "IN_PROGRESS" } });
    const early = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input: {} }, scenario.mechanic.token);
    expect(early.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    await app.prisma.diagnosticSession.update({ where: { id: scenario.sessionId }, data: { status: "COMPLETED" } });

    const attempts = await Promise.all(Array.from({ length: 5 }, () => app.gql(ESCALATE, { sessionId: scenario.sessionId, input: {} }, scenario.mechanic.token)));
    expect(
      attempts.filter((a) => !a.errors),
      JSON.stringify(attempts.map((a) => a.errors)),
    ).toHaveLength(1);
    expect(attempts.filter((a) => a.errors?.[0]?.extensions?.code === "CONFLICT")).toHaveLength(4);
    expect(await app.prisma.escalation.count({ where: { sessionId: scenario.sessionId } })).toBe(1);
  });

  it("validates input without echoing it", async () => {
    const scenario = await createEscalationScenario(app);
    const bad = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input: { quotesRequested: 4 } }, scenario.mechanic.token);
    expect(bad.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT", field: "input.quotesRequested" } });
  });

  it("prefers the customer's preferred workshop when it qualifies", async () => {
    const scenario = await createEscalationScenario(app);
    await createMatchableWorkshop(app, { city: scenario.city, ratingHundredths: 500 });
    const preferred = await createMatchableWorkshop(app, { city: scenario.city, ratingHundredths: 300 });
    await app.prisma.customerProfile.update({ where: { userId: scenario.customer.id }, data: { preferredWorkshopId: preferred.id } });
    const { data } = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input: {} }, scenario.mechanic.token);
    expect(data!.escalate.offers[0]).toMatchObject({ workshop: { id: preferred.id }, matchReason: "preferred workshop qualifies" });
  });

  it("re-matches on decline, excluding workshops already tried, and ends UNMATCHED when none is left", async () => {
    const scenario = await createEscalationScenario(app);
    const first = await createMatchableWorkshop(app, { city: scenario.city, ratingHundredths: 480 });
    const second = await createMatchableWorkshop(app, { city: scenario.city, ratingHundredths: 400 });
    const { data } = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input: {} }, scenario.mechanic.token);
    const escalationId = data!.escalate.id;

    const wrongWorkshop = await app.gql(RESPOND, { offerId: data!.escalate.offers[0].id, accept: true }, second.advisor.token);
    expect(wrongWorkshop.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");

    const declined = await app.gql(RESPOND, { offerId: data!.escalate.offers[0].id, accept: false, reason: "fully booked" }, first.advisor.token);
    expect(declined.data!.respondToEscalation.status).toBe("DECLINED");
    const offers = await app.prisma.escalationOffer.findMany({ where: { escalationId }, orderBy: { offeredAt: "asc" } });
    expect(offers.map((o) => [o.workshopId, o.status])).toEqual([
      [first.id, "DECLINED"],
      [second.id, "OFFERED"],
    ]);
    // The declining workshop no longer sees the escalation; the new one does.
    expect((await app.gql(`query ($id: ID!) { escalation(id: $id) { id } }`, { id: escalationId }, first.advisor.token)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await app.gql(`query ($id: ID!) { escalation(id: $id) { id } }`, { id: escalationId }, second.advisor.token)).data?.escalation.id).toBe(escalationId);

    const again = await app.gql(RESPOND, { offerId: offers[0]!.id, accept: true }, first.advisor.token);
    expect(again.errors?.[0]?.extensions?.code).toBe("CONFLICT");

    await app.gql(RESPOND, { offerId: offers[1]!.id, accept: false }, second.advisor.token);
    expect((await app.prisma.escalation.findUniqueOrThrow({ where: { id: escalationId } })).status).toBe("UNMATCHED");
  });

  it("expires unanswered offers after the workshop's response time and moves on", async () => {
    const scenario = await createEscalationScenario(app);
    const slow = await createMatchableWorkshop(app, { city: scenario.city, ratingHundredths: 490, responseTimeoutMinutes: 30 });
    const next = await createMatchableWorkshop(app, { city: scenario.city, ratingHundredths: 300 });
    const { data } = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input: {} }, scenario.mechanic.token);
    const escalationId = data!.escalate.id;

    expect(await app.server.services.escalations.expireStaleOffers(new Date(Date.now() + 29 * 60_000))).toBe(0);
    expect(await app.server.services.escalations.expireStaleOffers(new Date(Date.now() + 31 * 60_000))).toBeGreaterThanOrEqual(1);
    const offers = await app.prisma.escalationOffer.findMany({ where: { escalationId }, orderBy: { offeredAt: "asc" } });
    expect(offers.map((o) => [o.workshopId, o.status])).toEqual([
      [slow.id, "EXPIRED"],
      [next.id, "OFFERED"],
    ]);
    const late = await app.gql(RESPOND, { offerId: offers[0]!.id, accept: true }, slow.advisor.token);
    expect(late.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });

  it("applies auto-accept rules by service category and amount at matching time", async () => {
    const scenario = await createEscalationScenario(app);
    const auto = await createMatchableWorkshop(app, { city: scenario.city, autoAccept: [{ serviceCategory: "brakes", maxAmountCents: 60_000 }] });
    const small = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input: { estimatedAmountCents: 50_000 } }, scenario.mechanic.token);
    expect(small.data!.escalate).toMatchObject({ status: "ACCEPTED", offers: [{ status: "ACCEPTED", autoAccepted: true, workshop: { id: auto.id } }] });

    const big = await createEscalationScenario(app, { city: scenario.city });
    const large = await app.gql(ESCALATE, { sessionId: big.sessionId, input: { estimatedAmountCents: 90_000 } }, big.mechanic.token);
    expect(large.data!.escalate).toMatchObject({ status: "AWAITING_WORKSHOP", offers: [{ status: "OFFERED", autoAccepted: false }] });
  });

  it("offers a compared set to up to three workshops at once", async () => {
    const scenario = await createEscalationScenario(app);
    const workshops = await Promise.all([490, 480, 470, 460].map((rating) => createMatchableWorkshop(app, { city: scenario.city, ratingHundredths: rating })));
    const { data } = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input: { quotesRequested: 3 } }, scenario.mechanic.token);
    expect(data!.escalate.offers.map((o: any) => o.workshop.id).sort()).toEqual(
      workshops
        .slice(0, 3)
        .map((w) => w.id)
        .sort(),
    );
    // Each workshop sees only its own offer.
    const seen = await app.gql(`query ($id: ID!) { escalation(id: $id) { offers { workshop { id } } } }`, { id: data!.escalate.id }, workshops[1]!.advisor.token);
    expect(seen.data!.escalation.offers).toEqual([{ workshop: { id: workshops[1]!.id } }]);
    const outsider = await app.gql(`query ($id: ID!) { escalation(id: $id) { id } }`, { id: data!.escalate.id }, workshops[3]!.advisor.token);
    expect(outsider.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("respects workshop capacity", async () => {
    const scenario = await createEscalationScenario(app);
    const full = await createMatchableWorkshop(app, { city: scenario.city, ratingHundredths: 500, maxOpenEscalations: 1 });
    const spare = await createMatchableWorkshop(app, { city: scenario.city, ratingHundredths: 300 });
    const first = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input: {} }, scenario.mechanic.token);
    expect(first.data!.escalate.offers[0].workshop.id).toBe(full.id);
    const second = await createEscalationScenario(app, { city: scenario.city });
    const next = await app.gql(ESCALATE, { sessionId: second.sessionId, input: {} }, second.mechanic.token);
    expect(next.data!.escalate.offers[0].workshop.id).toBe(spare.id);
  });
});
