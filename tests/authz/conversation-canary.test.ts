// The privacy canary for issue 18's payloads: the workshop conversation (over HTTP and graphql-ws)
// and the drop-off booking. A customer whose contact details are canaries writes them into the
// conversation and books a drop-off; no canary may reach the workshop's advisors, the referring
// mechanic, or anyone else, through any field, alias, fragment, error or live event.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMatchableWorkshop } from "../factories/escalations.ts";
import { createPartner, type CreatedUser } from "../factories/index.ts";
import { leakedCanaries, makeCanaries, type Canaries } from "../factories/privacy-world.ts";
import { BOOK, CONVERSATION_FEED, paidRepair, publishSlot, SEND_TO_WORKSHOP } from "../factories/workshop-conversations.ts";
import { live, waitUntil } from "../setup/live.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

let app: TestApp;
let canaries: Canaries;
let world: Awaited<ReturnType<typeof paidRepair>>;
let outsiders: CreatedUser[];
const liveResults: unknown[] = [];

const ALL_FIELDS = `id sessionId workshopId senderId senderRole kind body createdAt editedAt cursor originalBody flaggedKinds`;
const READS = {
  history: `query ($e: ID!) { workshopConversation(escalationId: $e) { totalCount nodes { ${ALL_FIELDS} } } }`,
  aliasesAndFragments: `query ($e: ID!) { a: workshopConversation(escalationId: $e, first: 1) { nodes { ...M } } b: workshopConversation(escalationId: $e) { nodes { ...M } } } fragment M on ChatMessage { text: body original: originalBody }`,
  booking: `query ($q: ID!) { dropOffBooking(quoteId: $q) { id quoteId status workshopAddress updatedAt slot { id startsAt endsAt } } }`,
  slots: `query ($q: ID!) { dropOffSlots(quoteId: $q) { id startsAt } }`,
};

beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0" });
  canaries = makeCanaries();
  world = await paidRepair(app, { firstName: "Robin", lastName: canaries.lastName, phone: canaries.phone, email: canaries.email, addressLine1: canaries.address, city: canaries.city });
  outsiders = [(await createMatchableWorkshop(app, { city: canaries.city })).advisor, await createPartner(app)];

  const channel = `${world.sessionId}/${world.workshop.id}`;
  for (const reader of [world.workshop.advisor, world.mechanic]) {
    const feed = live(app.ws(reader.token), CONVERSATION_FEED.replace("editedAt", ALL_FIELDS), { e: world.escalationId });
    liveResults.push(feed.results);
  }
  await waitUntil(() => app.server.services.chat.liveSubscriberCount(channel) >= 2, 5_000, "the readers' subscriptions");

  // The customer types their phone, e-mail and address (a surname on its own is the detector's
  // business: tests/chat/detect-own-name.test.ts); the last name is still checked on every path.
  for (const body of [`My number is ${canaries.phone}`, `mail ${canaries.email}`, `I live at ${canaries.address}`, "Front brakes squeal, see you soon"]) {
    await app.gql(SEND_TO_WORKSHOP, { e: world.escalationId, body }, world.customer.token);
  }
  await app.gql(BOOK, { q: world.quoteId, s: await publishSlot(app, world.workshop.advisor.token, 24) }, world.customer.token);
  await waitUntil(() => (liveResults as unknown[][]).every((results) => results.length >= 4), 5_000, "the live events");
});
afterAll(() => app.close());

describe("the workshop conversation and the drop-off never carry the customer's contact details", () => {
  it("over HTTP, to the workshop's advisor and the referring mechanic", async () => {
    for (const reader of [world.workshop.advisor, world.mechanic]) {
      for (const [name, query] of Object.entries(READS)) {
        const response = await app.gql(query, { e: world.escalationId, q: world.quoteId }, reader.token);
        expect({ reader: reader.id, name, leaked: leakedCanaries(response.body, canaries) }).toEqual({ reader: reader.id, name, leaked: [] });
      }
    }
    // The advisor does read the conversation (the canary test is not vacuous).
    const advisorView = await app.gql(READS.history, { e: world.escalationId }, world.workshop.advisor.token);
    expect(advisorView.data!.workshopConversation.totalCount).toBe(4);
  });

  it("over graphql-ws, in every live event", () => {
    for (const results of liveResults as unknown[][]) {
      expect(results.length).toBeGreaterThanOrEqual(4);
      expect(leakedCanaries(JSON.stringify(results), canaries)).toEqual([]);
    }
  });

  it("in the errors strangers get", async () => {
    for (const outsider of outsiders) {
      for (const query of Object.values(READS)) {
        const response = await app.gql(query, { e: world.escalationId, q: world.quoteId }, outsider.token);
        expect(response.errors).toBeDefined();
        expect(leakedCanaries(response.body, canaries)).toEqual([]);
      }
      const refused = await live(app.ws(outsider.token), CONVERSATION_FEED, { e: world.escalationId }).next();
      expect(refused.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    }
  });

  it("in the server's logs", () => {
    expect(leakedCanaries(app.logLines.join("\n"), canaries, ["phone", "email", "address"])).toEqual([]);
  });
});
