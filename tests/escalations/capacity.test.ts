import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEscalationScenario, createMatchableWorkshop, ESCALATE, RESPOND, type EscalationScenario } from "../factories/escalations.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * A workshop's maxOpenEscalations holds under concurrency: every path that offers an escalation
 * (escalate, compare-3, re-matching after a decline or an expiry, auto-accept) counts and inserts
 * atomically, so simultaneous matches cannot all see the same free slot. Meaningful on real
 * PostgreSQL with a pool; on the embedded database transactions run one at a time anyway.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0", LOG_LEVEL: "warn" });
});
afterAll(() => app.close());

const CONCURRENT = 8;

async function scenarios(city: string, count = CONCURRENT): Promise<EscalationScenario[]> {
  return Promise.all(Array.from({ length: count }, () => createEscalationScenario(app, { city })));
}

function escalateAll(all: EscalationScenario[], input: Record<string, unknown> = {}) {
  return Promise.all(all.map((s) => app.gql(ESCALATE, { sessionId: s.sessionId, input }, s.mechanic.token)));
}

/** Offers that occupy the workshop: offered or accepted, on an escalation still open. */
function liveOffers(workshopId: string) {
  return app.prisma.escalationOffer.findMany({
    where: { workshopId, status: { in: ["OFFERED", "ACCEPTED"] }, escalation: { status: { in: ["AWAITING_WORKSHOP", "ACCEPTED", "QUOTED"] } } },
    select: { escalationId: true, status: true, autoAccepted: true },
  });
}

describe("workshop capacity under concurrent escalations", () => {
  it("simultaneous escalations give a capacity-1 workshop exactly one; the rest go to the next workshop", async () => {
    const city = `Racetown ${crypto.randomUUID().slice(0, 6)}`;
    const single = await createMatchableWorkshop(app, { city, ratingHundredths: 500, maxOpenEscalations: 1 });
    const roomy = await createMatchableWorkshop(app, { city, ratingHundredths: 300, maxOpenEscalations: 50 });

    const results = await escalateAll(await scenarios(city));
    expect(
      results.filter((r) => r.errors),
      JSON.stringify(results.map((r) => r.errors)),
    ).toHaveLength(0);
    const holders = results.map((r) => r.data!.escalate.offers.map((o: any) => o.workshop.id));
    expect(holders.filter(([id]) => id === single.id)).toHaveLength(1);
    expect(holders.filter(([id]) => id === roomy.id)).toHaveLength(CONCURRENT - 1);
    expect(await liveOffers(single.id)).toHaveLength(1);
  });

  it("with no other workshop, exactly one is offered and the others are UNMATCHED without an offer", async () => {
    const city = `Racetown ${crypto.randomUUID().slice(0, 6)}`;
    const single = await createMatchableWorkshop(app, { city, maxOpenEscalations: 1 });

    const results = await escalateAll(await scenarios(city));
    const escalations = results.map((r) => r.data!.escalate);
    expect(escalations.filter((e) => e.status === "AWAITING_WORKSHOP")).toHaveLength(1);
    expect(escalations.filter((e) => e.status === "UNMATCHED" && e.offers.length === 0)).toHaveLength(CONCURRENT - 1);
    expect(await liveOffers(single.id)).toHaveLength(1);
  });

  it("auto-accepted offers count too: one auto-accept into a capacity-1 workshop", async () => {
    const city = `Racetown ${crypto.randomUUID().slice(0, 6)}`;
    const auto = await createMatchableWorkshop(app, { city, maxOpenEscalations: 1, autoAccept: [{ serviceCategory: "brakes", maxAmountCents: 100_000 }] });

    const results = await escalateAll(await scenarios(city), { estimatedAmountCents: 40_000 });
    const escalations = results.map((r) => r.data!.escalate);
    expect(escalations.filter((e) => e.status === "ACCEPTED")).toHaveLength(1);
    expect(escalations.filter((e) => e.status === "UNMATCHED")).toHaveLength(CONCURRENT - 1);
    expect(await liveOffers(auto.id)).toEqual([expect.objectContaining({ status: "ACCEPTED", autoAccepted: true })]);
  });

  it("compared sets (three workshops each) never push any workshop over its capacity", async () => {
    const city = `Racetown ${crypto.randomUUID().slice(0, 6)}`;
    const workshops = await Promise.all([500, 490, 480, 470].map((ratingHundredths) => createMatchableWorkshop(app, { city, ratingHundredths, maxOpenEscalations: 2 })));

    const results = await escalateAll(await scenarios(city), { quotesRequested: 3 });
    expect(results.filter((r) => r.errors)).toHaveLength(0);
    const offered = results.reduce((sum, r) => sum + r.data!.escalate.offers.length, 0);
    // Four workshops with two slots each: eight offers in all, however the sets were split.
    expect(offered).toBe(8);
    for (const workshop of workshops) expect(await liveOffers(workshop.id)).toHaveLength(2);
  });

  it("re-matching after simultaneous declines and an expiry sweep gives the next workshop only what it can hold", async () => {
    const city = `Racetown ${crypto.randomUUID().slice(0, 6)}`;
    const first = await createMatchableWorkshop(app, { city, ratingHundredths: 500, maxOpenEscalations: 50 });
    const next = await createMatchableWorkshop(app, { city, ratingHundredths: 300, maxOpenEscalations: 1 });
    // One at a time, so every escalation starts at the first workshop.
    const offerIds: string[] = [];
    for (const scenario of await scenarios(city)) {
      const { data } = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input: {} }, scenario.mechanic.token);
      expect(data!.escalate.offers[0].workshop.id).toBe(first.id);
      offerIds.push(data!.escalate.offers[0].id);
    }
    // Half the offers are declined while the other half run out and are swept, all at once.
    const lapsed = offerIds.slice(CONCURRENT / 2);
    await app.prisma.escalationOffer.updateMany({ where: { id: { in: lapsed } }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const answers = await Promise.all([
      ...offerIds.slice(0, CONCURRENT / 2).map((offerId) => app.gql(RESPOND, { offerId, accept: false }, first.advisor.token)),
      app.server.services.escalations.expireStaleOffers(),
    ]);
    expect(answers.slice(0, CONCURRENT / 2).filter((a: any) => a.errors)).toHaveLength(0);

    expect(await liveOffers(next.id)).toHaveLength(1);
    const statuses = await app.prisma.escalation.groupBy({ by: ["status"], where: { offers: { some: { id: { in: offerIds } } } }, _count: { _all: true } });
    expect(Object.fromEntries(statuses.map((s) => [s.status, s._count._all]))).toEqual({ AWAITING_WORKSHOP: 1, UNMATCHED: CONCURRENT - 1 });
  });
});
