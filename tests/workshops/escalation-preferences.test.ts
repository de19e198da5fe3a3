// Issue 18 item 2 (seed 003 "workshop onboarding for escalation preferences", "Workshop
// auto-accept rules"): a workshop's advisors set its escalation preferences and auto-accept rules
// through the API, and escalation matching applies them; an auto-accepted offer is the platform's
// (SYSTEM) answer, audited as such.
import { describe, expect, it } from "vitest";
import { createEscalationScenario, createMatchableWorkshop, ESCALATE } from "../factories/escalations.ts";
import { createAdmin, createCustomer, createMechanic } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const SETTINGS = `id acceptsEscalations maxOpenEscalations responseTimeoutMinutes autoAcceptRules { serviceCategory maxAmountCents }`;
const PREFERENCES = `mutation ($input: EscalationPreferencesInput!) { updateEscalationPreferences(input: $input) { ${SETTINGS} } }`;
const RULES = `mutation ($rules: [AutoAcceptRuleInput!]!) { setAutoAcceptRules(rules: $rules) { ${SETTINGS} } }`;
const MY_WORKSHOP = `query { myWorkshop { ${SETTINGS} } }`;

const errorOf = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => result.errors?.[0]?.extensions;

/** A completed brake diagnosis in a city of its own, and one workshop there with an advisor. */
async function brakeJobAndWorkshop() {
  const scenario = await createEscalationScenario(app);
  const workshop = await createMatchableWorkshop(app, { city: scenario.city, servicesOffered: ["brakes", "engine"] });
  return { scenario, workshop };
}

const escalate = (scenario: { sessionId: string; mechanic: { token: string } }, estimatedAmountCents: number) =>
  app.gql(ESCALATE, { sessionId: scenario.sessionId, input: { quotesRequested: 1, estimatedAmountCents } }, scenario.mechanic.token);

describe("escalation preferences and auto-accept rules, set by the workshop's advisors", () => {
  it("an advisor sets their own workshop's preferences and rules, each change audited", async () => {
    const { workshop } = await brakeJobAndWorkshop();
    const token = workshop.advisor.token;
    const preferences = await app.gql(PREFERENCES, { input: { maxOpenEscalations: 3, responseTimeoutMinutes: 45 } }, token);
    expect(preferences.data!.updateEscalationPreferences).toMatchObject({ id: workshop.id, acceptsEscalations: true, maxOpenEscalations: 3, responseTimeoutMinutes: 45 });

    const rules = await app.gql(
      RULES,
      {
        rules: [
          { serviceCategory: "Brakes", maxAmountCents: 60_000 },
          { serviceCategory: "tires", maxAmountCents: 30_000 },
        ],
      },
      token,
    );
    expect(rules.data!.setAutoAcceptRules.autoAcceptRules).toEqual([
      { serviceCategory: "brakes", maxAmountCents: 60_000 },
      { serviceCategory: "tires", maxAmountCents: 30_000 },
    ]);
    expect((await app.gql(MY_WORKSHOP, {}, token)).data!.myWorkshop.autoAcceptRules).toHaveLength(2);

    const audit = await app.prisma.auditLog.findMany({ where: { entityId: workshop.id }, orderBy: { createdAt: "asc" }, select: { action: true, actorId: true } });
    expect(audit).toEqual([
      { action: "workshop.preferences.updated", actorId: workshop.advisor.id },
      { action: "workshop.auto_accept_rules.replaced", actorId: workshop.advisor.id },
    ]);
  });

  it("refuses two rules for one category and names with contact details; only advisors set them, and only for their own workshop", async () => {
    const { workshop } = await brakeJobAndWorkshop();
    const other = await createMatchableWorkshop(app);
    const token = workshop.advisor.token;
    expect(
      errorOf(
        await app.gql(
          RULES,
          {
            rules: [
              { serviceCategory: "brakes", maxAmountCents: 1 },
              { serviceCategory: " BRAKES", maxAmountCents: 2 },
            ],
          },
          token,
        ),
      )?.code,
    ).toBe("BAD_USER_INPUT");
    expect(errorOf(await app.gql(RULES, { rules: [{ serviceCategory: "call 512-555-0142", maxAmountCents: 1 }] }, token))?.reason).toBe("CONTACT_DETAILS");
    for (const caller of [await createCustomer(app), await createMechanic(app), await createAdmin(app)]) {
      expect(errorOf(await app.gql(RULES, { rules: [] }, caller.token))?.code).toBe("FORBIDDEN");
      expect(errorOf(await app.gql(PREFERENCES, { input: { acceptsEscalations: false } }, caller.token))?.code).toBe("FORBIDDEN");
    }
    // The workshop is the advisor's own, never an argument: the other workshop is untouched.
    await app.gql(PREFERENCES, { input: { acceptsEscalations: false } }, token);
    expect((await app.prisma.workshop.findUniqueOrThrow({ where: { id: other.id } })).acceptsEscalations).toBe(true);
  });

  it("an offer the rules cover is accepted at once by the platform (SYSTEM), audited without a person", async () => {
    const { scenario, workshop } = await brakeJobAndWorkshop();
    await app.gql(RULES, { rules: [{ serviceCategory: "brakes", maxAmountCents: 60_000 }] }, workshop.advisor.token);

    const escalated = await escalate(scenario, 45_000);
    expect(escalated.errors).toBeUndefined();
    const escalation = escalated.data!.escalate;
    expect(escalation.status).toBe("ACCEPTED");
    expect(escalation.offers).toMatchObject([{ status: "ACCEPTED", autoAccepted: true, workshop: { id: workshop.id } }]);
    expect(escalation.offers[0].matchReason).toContain("auto-accepted (brakes up to 60000 cents)");
    const audit = await app.prisma.auditLog.findFirstOrThrow({ where: { entityId: escalation.offers[0].id, action: "escalation.offer.accepted" } });
    expect(audit).toMatchObject({ actorId: null, actorRole: null, data: { by: "SYSTEM", escalationId: escalation.id, autoAcceptRule: "brakes up to 60000 cents" } });
  });

  it("an estimate over the cap, or a category without a rule, waits for the advisor", async () => {
    const { scenario, workshop } = await brakeJobAndWorkshop();
    await app.gql(RULES, { rules: [{ serviceCategory: "brakes", maxAmountCents: 60_000 }] }, workshop.advisor.token);
    const escalated = await escalate(scenario, 60_001);
    expect(escalated.data!.escalate).toMatchObject({ status: "AWAITING_WORKSHOP", offers: [{ status: "OFFERED", autoAccepted: false }] });

    const engine = await brakeJobAndWorkshop();
    await app.prisma.diagnosticSession.update({ where: { id: engine.scenario.sessionId }, data: { recommendedServices: ["brakes", "engine"] } });
    await app.gql(RULES, { rules: [{ serviceCategory: "brakes", maxAmountCents: 60_000 }] }, engine.workshop.advisor.token);
    expect((await escalate(engine.scenario, 10_000)).data!.escalate.offers).toMatchObject([{ status: "OFFERED", autoAccepted: false }]);
  });

  it("matching honours the preferences: a workshop not taking escalations, or at its capacity, is not offered them", async () => {
    const { scenario, workshop } = await brakeJobAndWorkshop();
    await app.gql(PREFERENCES, { input: { acceptsEscalations: false } }, workshop.advisor.token);
    expect((await escalate(scenario, 10_000)).data!.escalate).toMatchObject({ status: "UNMATCHED", offers: [] });

    const full = await brakeJobAndWorkshop();
    await app.gql(PREFERENCES, { input: { maxOpenEscalations: 0 } }, full.workshop.advisor.token);
    await app.gql(RULES, { rules: [{ serviceCategory: "brakes", maxAmountCents: 60_000 }] }, full.workshop.advisor.token);
    // Auto-accept never takes an escalation past the workshop's capacity.
    expect((await escalate(full.scenario, 10_000)).data!.escalate).toMatchObject({ status: "UNMATCHED", offers: [] });
  });
});
