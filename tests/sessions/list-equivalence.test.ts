// The session list is hand-written SQL (SessionStore.list, the busiest read) beside its Prisma form
// (SessionStore.listViaPrisma, built on the policy's sessionScope). For every kind of caller, every
// ordering both ways, a filter and a narrowed selection, walking every page: the same rows, in the
// same order, with the same fields and relations, the same counts and cursors.
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SessionOrderField, type SessionWhere } from "../../src/modules/sessions/session.inputs.ts";
import { SessionStore, type SessionListQuery } from "../../src/modules/sessions/session.store.ts";
import type { Direction } from "../../src/modules/shared/pagination.ts";
import type { Viewer } from "../../src/platform/auth/viewer.ts";
import { createAdmin, createAdvisor, createCustomer, createMechanic, createPartner, createSession, createWorkshop } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";
import { asAnswered, walkStorePages } from "../support/pages.ts";

let app: TestApp;
let store: SessionStore;
const viewers: Record<string, Viewer> = {};

beforeAll(async () => {
  app = await startTestApp();
  store = new SessionStore(app.prisma, app.sql);
  const workshop = await createWorkshop(app);
  const advisor = await createAdvisor(app, workshop.id);
  const mechanic = await createMechanic(app);
  const customers = [
    await createCustomer(app, { firstName: "Avery", lastName: "Zimmer", city: "Austin" }),
    await createCustomer(app, { firstName: "Blake", lastName: "Young", city: "Boston" }),
    await createCustomer(app, { firstName: "avery", lastName: "Xu", city: "austin" }),
  ];
  // Equal request times and equal sort keys, so ties are broken by id on both sides.
  const at = new Date("2026-03-01T10:00:00.000Z");
  for (const [i, customer] of customers.entries()) {
    await createSession(app, { customerId: customer.id, requestedAt: at, concern: `Brakes squeal ${i}` });
    await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, requestedAt: new Date(at.getTime() + i * 60_000), vehicle: { make: i % 2 ? "Honda" : "Ford" } });
    await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "COMPLETED", requestedAt: at, escalatedToWorkshopId: workshop.id });
  }
  const otherMechanic = await createMechanic(app);
  await createSession(app, { customerId: customers[1]!.id, mechanicId: otherMechanic.id, status: "CANCELLED" });
  // A workshop offered escalations: an advisor sees a session while its offer is live (OFFERED) or
  // once the escalation is theirs (ACCEPTED, held through escalation.workshopId), never after
  // declining or letting the offer expire: the live-offer branch of the scope, on both sides.
  const offered = await createWorkshop(app);
  const offeredAdvisor = await createAdvisor(app, offered.id);
  for (const [i, offer] of (["OFFERED", "DECLINED", "EXPIRED", "ACCEPTED"] as const).entries()) {
    const session = await createSession(app, { customerId: customers[i % customers.length]!.id, mechanicId: mechanic.id, status: "COMPLETED", requestedAt: at, concern: `Offered ${offer}` });
    const accepted = offer === "ACCEPTED";
    await app.prisma.escalation.create({
      data: {
        sessionId: session.id,
        mechanicId: mechanic.id,
        workshopId: accepted ? offered.id : null,
        status: accepted ? "ACCEPTED" : "AWAITING_WORKSHOP",
        offers: { create: { workshopId: offered.id, status: offer, matchInputs: {}, matchReason: "Nearest workshop", expiresAt: new Date(at.getTime() + 3_600_000) } },
      },
    });
  }
  const viewer = (id: string, role: Viewer["role"], workshopId: string | null = null): Viewer => ({ id, role, workshopId });
  viewers.customer = viewer(customers[0]!.id, "CUSTOMER");
  viewers.mechanic = viewer(mechanic.id, "MECHANIC");
  viewers.advisor = viewer(advisor.id, "WORKSHOP_ADVISOR", workshop.id);
  viewers["offered advisor"] = viewer(offeredAdvisor.id, "WORKSHOP_ADVISOR", offered.id);
  viewers.partner = viewer((await createPartner(app)).id, "PARTNER");
  viewers.admin = viewer((await createAdmin(app)).id, "ADMIN");
}, 60_000);
afterAll(() => app.close());

/** Every page of a list, two rows at a time. */
const walk = (list: (query: SessionListQuery) => ReturnType<SessionStore["list"]>, query: Omit<SessionListQuery, "page">) => walkStorePages((page) => list({ ...query, page }));

const FILTER: SessionWhere = { OR: [{ status: ["COMPLETED"] }, { vehicle: { make: { equals: "honda" } } }], NOT: { concern: { contains: "squeal 2" } } };

describe.each(["customer", "mechanic", "advisor", "offered advisor", "partner", "admin"])("the session list for a %s", (who) => {
  const cases: [string, Omit<SessionListQuery, "page">][] = [];
  for (const order of Object.values(SessionOrderField)) {
    for (const direction of ["asc", "desc"] as Direction[]) cases.push([`${order} ${direction}`, { where: null, order, direction }]);
  }
  cases.push(["a filter", { where: FILTER, order: SessionOrderField.CUSTOMER_LAST_NAME, direction: "asc" }]);
  cases.push(["a customer filter", { where: { customer: { city: { startsWith: "AUS" } } }, order: SessionOrderField.REQUESTED_AT, direction: "desc" }]);
  cases.push(["a narrowed selection", { where: null, order: SessionOrderField.CUSTOMER_CITY, direction: "desc", fields: new Set(["id", "concern", "customer"]) }]);

  it.each(cases)("returns the same pages via SQL and via Prisma: %s", async (_label, query) => {
    const viewer = viewers[who]!;
    const viaSql = await walk((q) => store.list(viewer, q), query);
    const viaPrisma = await walk((q) => store.listViaPrisma(viewer, q), query);
    // Times as the answer writes them: the SQL path reads them as ISO text (Instants), Prisma as Dates.
    expect(asAnswered(viaSql)).toEqual(asAnswered(viaPrisma));
    if (who !== "partner") expect(viaSql[0]!.totalCount).toBeGreaterThan(0);
  });

  if (who === "offered advisor") {
    it("sees the sessions of its live offer and of the escalation it holds, not those it declined or let expire", async () => {
      const rows = (await walk((q) => store.list(viewers[who]!, q), { where: null, order: SessionOrderField.REQUESTED_AT, direction: "asc" })).flatMap((page) => page.nodes);
      expect(rows.map((row) => (row as { concern: string }).concern).sort()).toEqual(["Offered ACCEPTED", "Offered OFFERED"]);
    });
  }
});
