import { randomInt } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionPseudonym, type PseudonymSubject } from "../../src/authz/customer-access.ts";
import { createCompletedSession, createMatchableWorkshop, ESCALATE, RESPOND, type WorkshopWithAdvisor } from "../factories/escalations.ts";
import { createChatMessage, createCustomer, createMechanic, createSession, type CreatedUser } from "../factories/index.ts";
import { startTestApp, wsExecute, type TestApp } from "../setup/test-app.ts";

/**
 * Before a professional commits to a customer's request (a mechanic browsing the open requests, a
 * workshop offered an escalation it has not accepted) nothing it reads identifies the customer or
 * the car over time: the customer's id and the vehicle's id are pseudonyms of its own per session,
 * the VIN shows the model only (the serial number masked), on every path (lists, nesting, aliases
 * and fragments, single reads, the chat history, the escalation feed over graphql-ws). First name
 * (and, for a workshop, last initial and city) stay as the product shows them. Once the mechanic
 * claims the session, or the workshop accepts, it reads the real ids and the whole VIN.
 */
let app: TestApp;
let customer: CreatedUser;
let vehicle: { id: string; vin: string };
let mechanic: CreatedUser;
let otherMechanic: CreatedUser;
let requests: string[];
let escalatedSessionId: string;
let workshop: WorkshopWithAdvisor;
let escalationId: string;
let offerId: string;
const feed: unknown[] = [];

/** The model part of the canary VIN, as a viewer before commitment reads it. */
const modelPart = () => `${vehicle.vin.slice(0, 11)}******`;
const pseudonym = (viewer: CreatedUser, sessionId: string, subject: PseudonymSubject) => sessionPseudonym(app.config.pseudonymKey, viewer.id, sessionId, subject);

/** What must never reach a viewer before commitment: the customer's id, the vehicle's id and its whole VIN. */
function leaks(body: string): string[] {
  return [customer.id, vehicle.id, vehicle.vin].filter((value) => body.includes(value));
}

const CUSTOMER = "customer { id firstName }";
const VEHICLE = "vehicle { id vin make model year }";

beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0" });
  const city = `Pseudonymville ${randomInt(1e9)}`;
  customer = await createCustomer(app, { firstName: "Robin", city });
  vehicle = (await app.prisma.vehicle.create({
    data: { ownerId: customer.id, year: 2003, make: "Honda", model: "Accord", vin: `1HGCM82633A${String(randomInt(1e6)).padStart(6, "0")}` },
    select: { id: true, vin: true },
  })) as { id: string; vin: string };
  mechanic = await createMechanic(app);
  otherMechanic = await createMechanic(app);
  requests = [];
  for (const concern of ["Grinding when braking", "Engine light on"]) {
    const request = await createSession(app, { customerId: customer.id, paid: true, concern });
    await app.prisma.diagnosticSession.update({ where: { id: request.id }, data: { vehicleId: vehicle.id } });
    requests.push(request.id);
  }

  const escalated = await createCompletedSession(app, { customerId: customer.id, mechanicId: mechanic.id });
  await app.prisma.diagnosticSession.update({ where: { id: escalated.id }, data: { vehicleId: vehicle.id } });
  escalatedSessionId = escalated.id;
  await createChatMessage(app, { sessionId: escalatedSessionId, senderId: customer.id, body: "The pedal feels soft" });
  workshop = await createMatchableWorkshop(app, { city });
  const live = new Promise<void>((resolve, reject) => {
    app
      .ws(workshop.advisor.token)
      .subscribe(
        { query: `subscription { escalationCreated { id ${CUSTOMER} session { ${CUSTOMER} ${VEHICLE} } } }` },
        { next: (event) => (feed.push(event), resolve()), error: reject, complete: () => {} },
      );
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const escalation = await app.gql(ESCALATE, { sessionId: escalatedSessionId, input: { notes: "Check the master cylinder" } }, mechanic.token);
  escalationId = escalation.data!.escalate.id;
  offerId = escalation.data!.escalate.offers[0].id;
  await live;
});
afterAll(() => app.close());

describe("a mechanic browsing the open requests", () => {
  const OPEN_REQUESTS = `fragment Car on DiagnosticSession { ${VEHICLE} }
    { openSessionRequests(first: 100) { nodes { id ${CUSTOMER} ...Car again: customer { sameId: id } ... on DiagnosticSession { car: vehicle { vin } } } } }`;
  const ownRequests = async (viewer: CreatedUser) => {
    const { body, data, errors } = await app.gql(OPEN_REQUESTS, {}, viewer.token);
    expect(errors).toBeUndefined();
    return { body, nodes: (data!.openSessionRequests.nodes as any[]).filter((node) => requests.includes(node.id)) };
  };

  it("reads the customer's first name under a pseudonym per session, the car by its model, nothing that identifies either", async () => {
    const { body, nodes } = await ownRequests(mechanic);
    expect(leaks(body)).toEqual([]);
    expect(nodes).toHaveLength(2);
    for (const node of nodes) {
      expect(node.customer).toEqual({ id: pseudonym(mechanic, node.id, "customer"), firstName: "Robin" });
      expect(node.again).toEqual({ sameId: node.customer.id });
      expect(node.vehicle).toEqual({ id: pseudonym(mechanic, node.id, "vehicle"), vin: modelPart(), make: "Honda", model: "Accord", year: 2003 });
      expect(node.car).toEqual({ vin: modelPart() });
    }
    // Two requests of one customer (and one car) cannot be told to be hers.
    expect(nodes[0].customer.id).not.toBe(nodes[1].customer.id);
    expect(nodes[0].vehicle.id).not.toBe(nodes[1].vehicle.id);
  });

  it("reads the same pseudonym for a request each time, another mechanic another one", async () => {
    const [first, again, other] = [await ownRequests(mechanic), await ownRequests(mechanic), await ownRequests(otherMechanic)];
    expect(again.nodes).toEqual(first.nodes);
    expect(leaks(other.body)).toEqual([]);
    for (const node of other.nodes) {
      expect(first.nodes.find((mine) => mine.id === node.id).customer.id).not.toBe(node.customer.id);
    }
  });

  it("reads the real ids and the whole VIN once it claimed the request", async () => {
    const [claimed] = requests;
    const claim = await app.gql(`mutation ($id: ID!) { claimSession(id: $id) { id customer { id } vehicle { id vin } } }`, { id: claimed }, otherMechanic.token);
    expect(claim.errors).toBeUndefined();
    expect(claim.data!.claimSession).toEqual({ id: claimed, customer: { id: customer.id }, vehicle: { id: vehicle.id, vin: vehicle.vin } });
    const listed = await app.gql(`{ sessions { nodes { id customer { id } vehicle { id vin } } } }`, {}, otherMechanic.token);
    expect(listed.data!.sessions.nodes).toEqual([{ id: claimed, customer: { id: customer.id }, vehicle: { id: vehicle.id, vin: vehicle.vin } }]);
  });
});

describe("a workshop offered the escalation, before it accepts", () => {
  const paths = {
    escalation: `query ($e: ID!) { escalation(id: $e) { ${CUSTOMER} session { id ${CUSTOMER} ${VEHICLE} } } }`,
    escalations: `{ escalations { nodes { id ${CUSTOMER} session { id ${CUSTOMER} ${VEHICLE} } } } }`,
    openOffers: `{ openEscalationOffers { nodes { escalation { ${CUSTOMER} session { ${CUSTOMER} ${VEHICLE} } } } } }`,
    sessions: `{ sessions { nodes { id ${CUSTOMER} ${VEHICLE} } } }`,
    session: `query ($s: ID!) { session(id: $s) { ... on DiagnosticSession { person: customer { id } } ${VEHICLE} } }`,
    vehicles: `{ vehicles { id vin } }`,
    messages: `query ($s: ID!) { messages(sessionId: $s) { nodes { senderId senderRole body } } }`,
  };

  it("reads no stable identifier of the customer or the car on any path, over HTTP and graphql-ws", async () => {
    const client = app.ws(workshop.advisor.token);
    for (const [shape, query] of Object.entries(paths)) {
      const variables = { e: escalationId, s: escalatedSessionId };
      const http = await app.gql(query, variables, workshop.advisor.token);
      expect(http.errors, shape).toBeUndefined();
      expect(leaks(http.body), shape).toEqual([]);
      expect(leaks(JSON.stringify(await wsExecute(client, query, variables))), `${shape} over graphql-ws`).toEqual([]);
    }
    expect(feed).toHaveLength(1);
    expect(leaks(JSON.stringify(feed))).toEqual([]);
  });

  it("reads one pseudonym for the customer wherever it meets her in this session, her messages included", async () => {
    const customerId = pseudonym(workshop.advisor, escalatedSessionId, "customer");
    const seen = { id: customerId, firstName: "Robin" };
    const car = { id: pseudonym(workshop.advisor, escalatedSessionId, "vehicle"), vin: modelPart(), make: "Honda", model: "Accord", year: 2003 };
    const one = await app.gql(paths.escalation, { e: escalationId }, workshop.advisor.token);
    expect(one.data!.escalation).toEqual({ customer: seen, session: { id: escalatedSessionId, customer: seen, vehicle: car } });
    const listed = await app.gql(paths.escalations, {}, workshop.advisor.token);
    expect(listed.data!.escalations.nodes).toEqual([{ id: escalationId, customer: seen, session: { id: escalatedSessionId, customer: seen, vehicle: car } }]);
    const sessions = await app.gql(paths.sessions, {}, workshop.advisor.token);
    expect(sessions.data!.sessions.nodes).toEqual([{ id: escalatedSessionId, customer: seen, vehicle: car }]);
    expect((feed[0] as any).data.escalationCreated).toEqual({ id: escalationId, customer: seen, session: { customer: seen, vehicle: car } });
    const messages = await app.gql(paths.messages, { s: escalatedSessionId }, workshop.advisor.token);
    expect(messages.data!.messages.nodes).toEqual([{ senderId: customerId, senderRole: "CUSTOMER", body: "The pedal feels soft" }]);
    // The vehicle list holds the cars of sessions a workshop took on: none yet.
    expect((await app.gql(paths.vehicles, {}, workshop.advisor.token)).data!.vehicles).toEqual([]);
  });

  it("reads the real ids and the whole VIN once it accepted", async () => {
    expect((await app.gql(RESPOND, { offerId, accept: true }, workshop.advisor.token)).errors).toBeUndefined();
    const accepted = await app.gql(paths.escalation, { e: escalationId }, workshop.advisor.token);
    const real = { id: customer.id, firstName: "Robin" };
    expect(accepted.data!.escalation).toEqual({
      customer: real,
      session: { id: escalatedSessionId, customer: real, vehicle: { id: vehicle.id, vin: vehicle.vin, make: "Honda", model: "Accord", year: 2003 } },
    });
    const messages = await app.gql(paths.messages, { s: escalatedSessionId }, workshop.advisor.token);
    expect(messages.data!.messages.nodes[0].senderId).toBe(customer.id);
    expect((await app.gql(paths.vehicles, {}, workshop.advisor.token)).data!.vehicles).toEqual([{ id: vehicle.id, vin: vehicle.vin }]);
  });
});
