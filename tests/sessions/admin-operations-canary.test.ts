// Privacy canaries for issue 18 item 7: what admins' session operations put before a mechanic
// (a platform note, live and in the history; a session handed to them) never carries the
// customer's contact details, through aliases, fragments, lists and subscriptions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdmin, createCustomer, createMechanic, createSession, type CreatedUser } from "../factories/index.ts";
import { leakedCanaries, makeCanaries, type Canaries } from "../factories/privacy-world.ts";
import { live, waitUntil } from "../setup/live.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

let app: TestApp;
let canaries: Canaries;
let admin: CreatedUser;
let customer: CreatedUser;
beforeAll(async () => {
  app = await startTestApp();
  canaries = makeCanaries();
  admin = await createAdmin(app);
  customer = await createCustomer(app, { firstName: "Robin", lastName: canaries.lastName, phone: canaries.phone, email: canaries.email, addressLine1: canaries.address, city: canaries.city });
});
afterAll(() => app.close());

const ALL = "id firstName lastInitial lastName city phone email address";
const NOTE = `mutation ($sessionId: ID!, $body: String!) { postPlatformNote(sessionId: $sessionId, body: $body) { id } }`;
const REASSIGN = `mutation ($id: ID!, $mechanicId: ID!) { adminReassignSession(id: $id, mechanicId: $mechanicId, reason: "Support reassigned it") { id } }`;

describe("admins' session operations never hand a mechanic the customer's contact details", () => {
  it("a platform note quoting the customer's phone, email and address reaches the mechanic masked, live and in the history", async () => {
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
    const feed = live(app.ws(mechanic.token), `subscription ($s: ID!) { chatMessageAdded(sessionId: $s) { ...M also: id body } } fragment M on ChatMessage { body originalBody }`, { s: session.id });
    await waitUntil(() => app.server.services.chat.liveSubscriberCount(session.id) === 1);
    const body = `The customer's details on file: ${canaries.phone}, ${canaries.email}, ${canaries.address}`;
    expect((await app.gql(NOTE, { sessionId: session.id, body }, admin.token)).errors).toBeUndefined();

    const delivered = await feed.next();
    feed.unsubscribe();
    const history = await app.gql(`query ($s: ID!) { messages(sessionId: $s) { nodes { text: body ...M } } } fragment M on ChatMessage { body originalBody }`, { s: session.id }, mechanic.token);
    for (const answer of [delivered, history]) expect(leakedCanaries(JSON.stringify(answer), canaries)).toEqual([]);
    expect(JSON.stringify(delivered)).toContain("[hidden]");
  });

  it("a mechanic handed the session reads the customer by first name only, through the session, lists and aliases", async () => {
    const absent = await createMechanic(app, { status: "BANNED" });
    const next = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: absent.id, status: "ACCEPTED" });
    expect((await app.gql(REASSIGN, { id: session.id, mechanicId: next.id }, admin.token)).errors).toBeUndefined();

    const reads = [
      await app.gql(`query ($id: ID!) { session(id: $id) { customer { ${ALL} } who: customer { ...C } } } fragment C on Customer { ${ALL} }`, { id: session.id }, next.token),
      await app.gql(`{ sessions(first: 50) { nodes { id customer { ${ALL} } } } }`, {}, next.token),
    ];
    expect(reads[0]!.data!.session.customer.firstName).toBe("Robin");
    for (const read of reads) expect(leakedCanaries(JSON.stringify(read), canaries)).toEqual([]);
  });

  it("an unvetted mechanic's refusal says nothing about the request's customer", async () => {
    const pending = await createMechanic(app, { vetting: "PENDING" });
    const request = await createSession(app, { customerId: customer.id, paid: true });
    const refused = await app.gql(`mutation ($id: ID!) { claimSession(id: $id) { id customer { ${ALL} } } }`, { id: request.id }, pending.token);
    expect(refused.errors?.[0]?.extensions?.reason).toBe("MECHANIC_NOT_VETTED");
    expect(leakedCanaries(JSON.stringify(refused), canaries, ["phone", "email", "lastName", "address", "city"])).toEqual([]);
  });
});
