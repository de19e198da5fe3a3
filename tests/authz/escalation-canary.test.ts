import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APPROVE, CREATE_QUOTE, createCompletedSession, createMatchableWorkshop, ESCALATE, REPAIR_1200, RESPOND, type WorkshopWithAdvisor } from "../factories/escalations.ts";
import { createCustomer, createMechanic, type CreatedUser } from "../factories/index.ts";
import { leakedCanaries, makeCanaries, type Canaries } from "../factories/privacy-world.ts";
import { startTestApp, wsExecute, type TestApp } from "../setup/test-app.ts";

/**
 * The privacy canary for escalations and quotes: workshops and mechanics reach the customer
 * through escalation -> session -> customer, escalation -> customer, quote -> customer and the
 * escalationCreated feed, and no canary contact value may come back on any of those paths.
 */
let app: TestApp;
let canaries: Canaries;
let mechanic: CreatedUser;
let workshop: WorkshopWithAdvisor;
let otherWorkshop: WorkshopWithAdvisor;
let escalationId: string;
let quoteId: string;
const feed: unknown[] = [];

const ALL = "id firstName lastInitial lastName city phone email address";
const queries = {
  escalationSessionCustomer: `query ($e: ID!) { escalation(id: $e) { session { customer { ${ALL} } } } }`,
  escalationCustomer: `query ($e: ID!) { escalation(id: $e) { customer { ${ALL} } offers { matchInputs matchReason } } }`,
  escalationList: `{ escalations { nodes { id notes customer { ${ALL} } session { customer { ${ALL} } } quotes { nodes { customer { ${ALL} } } } } } }`,
  quoteCustomer: `query ($q: ID!) { quote(id: $q) { customer { ${ALL} } escalation { customer { ${ALL} } } } }`,
  quoteList: `{ quotes { nodes { id customer { ${ALL} } } } }`,
  openOffers: `{ openEscalationOffers { nodes { matchInputs escalation { customer { ${ALL} } } } } }`,
};

beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0" });
  canaries = makeCanaries();
  const customer = await createCustomer(app, { firstName: "Robin", lastName: canaries.lastName, phone: canaries.phone, email: canaries.email, addressLine1: canaries.address, city: canaries.city });
  mechanic = await createMechanic(app);
  workshop = await createMatchableWorkshop(app, { city: canaries.city });
  otherWorkshop = await createMatchableWorkshop(app, { city: "Elsewhere" });
  const session = await createCompletedSession(app, { customerId: customer.id, mechanicId: mechanic.id });

  const client = app.ws(workshop.advisor.token);
  const live = new Promise<void>((resolve, reject) => {
    client.subscribe(
      { query: `subscription { escalationCreated { id customer { ${ALL} } session { customer { ${ALL} } } } }` },
      { next: (v) => (feed.push(v), resolve()), error: reject, complete: () => {} },
    );
  });
  await new Promise((r) => setTimeout(r, 300));
  const escalated = await app.gql(ESCALATE, { sessionId: session.id, input: { notes: "Needs pads" } }, mechanic.token);
  escalationId = escalated.data!.escalate.id;
  await live;
  await app.gql(RESPOND, { offerId: escalated.data!.escalate.offers[0].id, accept: true }, workshop.advisor.token);
  quoteId = (await app.gql(CREATE_QUOTE, { escalationId, input: REPAIR_1200 }, workshop.advisor.token)).data!.createQuote.id;
  // Approval posts more events; the customer's own view stays intact.
  await app.gql(APPROVE, { quoteId }, customer.token);
});
afterAll(() => app.close());

describe("escalations and quotes never carry the customer's contact details to workshops or mechanics", () => {
  it("over HTTP, through every path to the customer", async () => {
    for (const [caller, token] of Object.entries({ workshop: workshop.advisor.token, mechanic: mechanic.token, otherWorkshop: otherWorkshop.advisor.token })) {
      for (const [shape, query] of Object.entries(queries)) {
        const { body } = await app.gql(query, { e: escalationId, q: quoteId }, token);
        expect(leakedCanaries(body, canaries), `${caller} / ${shape}`).toEqual([]);
        // The mechanic may not read the city either (it is in the matcher's inputs, admins only).
        if (caller === "mechanic") expect(body.includes(canaries.city), `${caller} / ${shape} city`).toBe(false);
      }
    }
  });

  it("over graphql-ws, including the escalationCreated payload", async () => {
    expect(feed).toHaveLength(1);
    expect(JSON.stringify(feed)).toContain("Robin");
    expect(leakedCanaries(JSON.stringify(feed), canaries)).toEqual([]);
    const client = app.ws(mechanic.token);
    for (const query of Object.values(queries)) {
      const result = await wsExecute(client, query, { e: escalationId, q: quoteId });
      expect(leakedCanaries(JSON.stringify(result), canaries)).toEqual([]);
      expect(JSON.stringify(result).includes(canaries.city)).toBe(false);
    }
  });

  it("an advisor of another workshop gets no event at all", async () => {
    const events: unknown[] = [];
    app.ws(otherWorkshop.advisor.token).subscribe({ query: `subscription { escalationCreated { id } }` }, { next: (v) => events.push(v), error: () => {}, complete: () => {} });
    await new Promise((r) => setTimeout(r, 300));
    const customer = await createCustomer(app, { city: canaries.city });
    const m = await createMechanic(app);
    const session = await createCompletedSession(app, { customerId: customer.id, mechanicId: m.id });
    await app.gql(ESCALATE, { sessionId: session.id, input: {} }, m.token);
    await new Promise((r) => setTimeout(r, 300));
    expect(events).toEqual([]);
  });

  it("in the server's logs", () => {
    expect(leakedCanaries(app.logLines.join("\n"), canaries)).toEqual([]);
  });
});
