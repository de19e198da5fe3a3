// The escalation list is one statement (EscalationStore.pageEscalations, on the policy's
// escalationScopeSql) beside its Prisma form (pageEscalationsViaPrisma, on escalationScope). For
// every kind of caller, walking every page two rows at a time: the same rows, in the same order,
// with the same fields, counts and cursors; and the advisor's feed reads each row's session in the
// same statement, with the same session and customer a single read gives.
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escalationsOf, escalationsOfSql } from "../../src/modules/escalations/escalation.policy.ts";
import { EscalationStore } from "../../src/modules/escalations/escalation.store.ts";
import { SessionStore } from "../../src/modules/sessions/session.store.ts";
import { WorkshopStore } from "../../src/modules/workshops/workshop.store.ts";
import type { Viewer } from "../../src/platform/auth/viewer.ts";
import { createAdmin, createAdvisor, createCustomer, createMechanic, createPartner, createSession, createWorkshop, type CreatedUser } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";
import { asAnswered, walkStorePages } from "../support/pages.ts";

let app: TestApp;
let store: EscalationStore;
let sessionStore: SessionStore;
const viewers: Record<string, Viewer> = {};
let advisor: CreatedUser;

beforeAll(async () => {
  app = await startTestApp();
  sessionStore = new SessionStore(app.prisma, app.sql);
  store = new EscalationStore(app.prisma, app.sql, sessionStore, new WorkshopStore(app.prisma));
  const workshop = await createWorkshop(app);
  advisor = await createAdvisor(app, workshop.id);
  const other = await createWorkshop(app);
  const mechanic = await createMechanic(app);
  const otherMechanic = await createMechanic(app);
  const customers = [await createCustomer(app, { firstName: "Avery", lastName: "zimmer" }), await createCustomer(app, { firstName: "Blake" })];
  // Equal creation times, so ties are broken by id on both sides; offers of every kind, so the
  // advisor's scope sees the escalations it holds (current workshop, live offer) and not the others.
  const at = new Date("2026-03-01T10:00:00.000Z");
  const offers = ["OFFERED", "ACCEPTED", "DECLINED", "EXPIRED", null, "OFFERED"] as const;
  for (const [i, offer] of offers.entries()) {
    const by = i % 3 === 2 ? otherMechanic : mechanic;
    const session = await createSession(app, { customerId: customers[i % 2]!.id, mechanicId: by.id, status: "COMPLETED", concern: `Escalated ${i} ${offer}` });
    const offeredTo = i === 5 ? other.id : workshop.id;
    await app.prisma.escalation.create({
      data: {
        sessionId: session.id,
        mechanicId: by.id,
        workshopId: offer === "ACCEPTED" ? workshop.id : null,
        status: offer === "ACCEPTED" ? "ACCEPTED" : offer === null ? "UNMATCHED" : "AWAITING_WORKSHOP",
        createdAt: i < 4 ? at : new Date(at.getTime() + i * 60_000),
        offers: offer ? { create: { workshopId: offeredTo, status: offer, matchInputs: {}, matchReason: "Nearest workshop", expiresAt: new Date(at.getTime() + 3_600_000) } } : undefined,
      },
    });
  }
  const viewer = (id: string, role: Viewer["role"], workshopId: string | null = null): Viewer => ({ id, role, workshopId });
  viewers.customer = viewer(customers[0]!.id, "CUSTOMER");
  viewers.mechanic = viewer(mechanic.id, "MECHANIC");
  viewers.advisor = viewer(advisor.id, "WORKSHOP_ADVISOR", workshop.id);
  viewers["advisor without a workshop"] = viewer(advisor.id, "WORKSHOP_ADVISOR", null);
  viewers.partner = viewer((await createPartner(app)).id, "PARTNER");
  viewers.admin = viewer((await createAdmin(app)).id, "ADMIN");
}, 60_000);
afterAll(() => app.close());

describe.each(["customer", "mechanic", "advisor", "advisor without a workshop", "partner", "admin"])("the escalation list for a %s", (who) => {
  it("returns the same pages via SQL and via Prisma", async () => {
    const viewer = viewers[who]!;
    const viaSql = await walkStorePages((page) => store.pageEscalations(escalationsOfSql(viewer), page, null));
    const viaPrisma = await walkStorePages((page) => store.pageEscalationsViaPrisma(escalationsOf(viewer), page));
    expect(asAnswered(viaSql)).toEqual(asAnswered(viaPrisma));
    if (!["partner", "advisor without a workshop"].includes(who)) expect(viaSql[0]!.totalCount).toBeGreaterThan(0);
  });

  it("reads each row's session in the same statement as the session list reads it for the viewer", async () => {
    const viewer = viewers[who]!;
    const escalations = (await walkStorePages((page) => store.pageEscalations(escalationsOfSql(viewer), page, viewer))).flatMap((page) => page.nodes);
    const sessions = new Map(
      (
        await sessionStore.byIds(
          viewer,
          escalations.map((escalation) => escalation.sessionId),
        )
      ).map((session) => [session.id, session]),
    );
    expect(asAnswered(escalations.map((escalation) => escalation.preloaded?.session))).toEqual(asAnswered(escalations.map((escalation) => sessions.get(escalation.sessionId) ?? null)));
  });
});

describe("the advisor's escalation feed", () => {
  const FEED = `query ($after: String) { escalations(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    nodes { id status customer { firstName lastInitial city phone } session { id concern diagnosis vehicle { make model year } } } } }`;
  const ONE = `query ($id: ID!) { escalation(id: $id) { id status customer { firstName lastInitial city phone } session { id concern diagnosis vehicle { make model year } } } }`;

  it("lists the escalations its workshop holds, each as a single read answers it, the customer without contact details", async () => {
    const listed = [];
    let after: string | null = null;
    for (;;) {
      const res: { data?: any; errors?: any[] } = await app.gql(FEED, { after }, advisor.token);
      // The phone is outside the workshop's access: null with FORBIDDEN on every row, as in a single read.
      expect(new Set(res.errors!.map((error: { extensions?: { code?: string } }) => error.extensions?.code))).toEqual(new Set(["FORBIDDEN"]));
      listed.push(...res.data!.escalations.nodes);
      if (!res.data!.escalations.pageInfo.hasNextPage) break;
      after = res.data!.escalations.pageInfo.endCursor;
    }
    expect(listed.map((escalation) => escalation.session.concern).sort()).toEqual(["Escalated 0 OFFERED", "Escalated 1 ACCEPTED"]);
    for (const escalation of listed) {
      const one = await app.gql(ONE, { id: escalation.id }, advisor.token);
      expect(escalation).toEqual(one.data!.escalation);
      expect(escalation.customer).toMatchObject({ firstName: expect.any(String), phone: null });
    }
  });

  // The session is read with the fields asked for: the customer alone, or the session alone, still answers as a single read.
  it.each(["customer { firstName lastInitial city }", "session { concern requestedAt vehicle { make } mechanic { displayName } }"])("answers %s alone as a single read does", async (selection) => {
    const listed = await app.gql(`{ escalations(first: 10) { nodes { id ${selection} } } }`, {}, advisor.token);
    expect(listed.errors).toBeUndefined();
    for (const escalation of listed.data!.escalations.nodes) {
      const one = await app.gql(`query ($id: ID!) { escalation(id: $id) { id ${selection} } }`, { id: escalation.id }, advisor.token);
      expect(escalation).toEqual(one.data!.escalation);
    }
  });
});
