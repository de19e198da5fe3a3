// A mechanic's `escalate` on a session they quoted under a partnership is refused with what is true:
// the session is quoted under a partnership (its quotes sit on an escalation row no workshop was
// offered), not "already escalated". A session escalated to workshops still says that. Before
// (round 52's attack), both said "This session was already escalated".
import { describe, expect, it } from "vitest";
import { createEscalationScenario, createMatchableWorkshop, ESCALATE } from "../factories/escalations.ts";
import type { CreatedUser } from "../factories/index.ts";
import { CREATE_PARTNER_QUOTE, linesOf, partnerWorld } from "../factories/partnerships.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

describe("escalating a session that already has an escalation row", () => {
  it("quoted under a partnership: CONFLICT ALREADY_EXISTS saying the session is quoted under a partnership, nothing offered", async () => {
    const w = await partnerWorld(app, admin);
    const quoted = await app.gql(CREATE_PARTNER_QUOTE, { s: w.sessionId, input: linesOf(w.partnership) }, w.mechanic.token);
    expect(quoted.errors).toBeUndefined();

    const escalated = await app.gql(ESCALATE, { sessionId: w.sessionId, input: { quotesRequested: 1 } }, w.mechanic.token);
    expect(escalated.errors?.[0]).toMatchObject({
      message: "This session is quoted under a partnership, so it cannot be escalated to workshops",
      extensions: { code: "CONFLICT", reason: "ALREADY_EXISTS" },
    });
    expect(await app.prisma.escalationOffer.count({ where: { escalation: { sessionId: w.sessionId } } })).toBe(0);
  });

  it("escalated to workshops: CONFLICT ALREADY_EXISTS saying it was already escalated", async () => {
    const scenario = await createEscalationScenario(app);
    await createMatchableWorkshop(app, { city: scenario.city });
    const input = { quotesRequested: 1 };
    expect((await app.gql(ESCALATE, { sessionId: scenario.sessionId, input }, scenario.mechanic.token)).errors).toBeUndefined();

    const again = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input }, scenario.mechanic.token);
    expect(again.errors?.[0]).toMatchObject({ message: "This session was already escalated", extensions: { code: "CONFLICT", reason: "ALREADY_EXISTS" } });
  });
});
