// Issue 18: after a workshop accepts an escalation, the customer and that workshop's advisors
// talk on the platform, live and resumable, masked and penalised like the session chat; the
// referring mechanic reads along; everyone else finds nothing there.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEscalationScenario, createMatchableWorkshop, ESCALATE } from "../factories/escalations.ts";
import { createAdmin, createAdvisor, createCustomer, createMechanic, createPartner } from "../factories/index.ts";
import { acceptedEscalation, CONVERSATION, CONVERSATION_FEED, SEND_TO_WORKSHOP } from "../factories/workshop-conversations.ts";
import { live, receivesNothing, waitUntil } from "../setup/live.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0" });
});
afterAll(() => app.close());

const codeOf = (response: { errors?: ReadonlyArray<{ extensions?: Record<string, any> }> | null }) => response.errors?.[0]?.extensions?.code;
const SESSION_HISTORY = `query ($s: ID!) { messages(sessionId: $s) { totalCount nodes { body } } }`;

/** Subscribes to a conversation and waits until the server listens. */
async function following(token: string, world: { sessionId: string; escalationId: string; workshop: { id: string } }, workshopId?: string) {
  const channel = `${world.sessionId}/${world.workshop.id}`;
  const before = app.server.services.chat.liveSubscriberCount(channel);
  const feed = live(app.ws(token), CONVERSATION_FEED, { e: world.escalationId, w: workshopId });
  await waitUntil(() => app.server.services.chat.liveSubscriberCount(channel) > before, 5_000, "the subscription to start");
  return feed;
}

describe("the workshop conversation", () => {
  it("delivers the customer's and the advisor's messages live to both and to the referring mechanic", async () => {
    const world = await acceptedEscalation(app);
    const feeds = [await following(world.customer.token, world), await following(world.workshop.advisor.token, world), await following(world.mechanic.token, world)];

    const question = await app.gql(SEND_TO_WORKSHOP, { e: world.escalationId, body: "When could you look at the brakes?" }, world.customer.token);
    expect(question.errors).toBeUndefined();
    expect(question.data!.sendWorkshopMessage).toMatchObject({ flagged: false, message: { workshopId: world.workshop.id, senderRole: "CUSTOMER" } });
    const answer = await app.gql(SEND_TO_WORKSHOP, { e: world.escalationId, body: "Tomorrow morning works; the quote follows today." }, world.workshop.advisor.token);
    expect(answer.errors).toBeUndefined();

    for (const feed of feeds) {
      expect((await feed.next()).data!.workshopMessageAdded).toMatchObject({ id: question.data!.sendWorkshopMessage.message.id, senderRole: "CUSTOMER", workshopId: world.workshop.id });
      expect((await feed.next()).data!.workshopMessageAdded).toMatchObject({ id: answer.data!.sendWorkshopMessage.message.id, senderRole: "WORKSHOP_ADVISOR" });
    }
  });

  it("is a thread of its own: the session chat does not show it, and its feed does not carry the session chat", async () => {
    const world = await acceptedEscalation(app);
    const feed = await following(world.customer.token, world);
    await app.gql(SEND_TO_WORKSHOP, { e: world.escalationId, body: "Only for the workshop" }, world.customer.token);
    expect((await feed.next()).data!.workshopMessageAdded.body).toBe("Only for the workshop");
    const sessionChat = await app.gql(SESSION_HISTORY, { s: world.sessionId }, world.customer.token);
    expect(sessionChat.data!.messages.nodes.map((m: { body: string }) => m.body)).not.toContain("Only for the workshop");
    // A SYSTEM notice in the session chat (a quote) never reaches the conversation's feed.
    await app.server.services.chat.publish([
      {
        id: crypto.randomUUID(),
        sessionId: world.sessionId,
        workshopId: null,
        senderId: null,
        senderRole: null,
        kind: "SYSTEM",
        body: "notice",
        deliveredBody: "notice",
        flaggedKinds: [],
        createdAt: new Date().toISOString(),
        editedAt: null,
      },
    ]);
    expect(await receivesNothing(feed)).toBe(true);
  });

  it("resumes by cursor: `after` the last message received returns exactly what was missed", async () => {
    const world = await acceptedEscalation(app);
    for (const body of ["one", "two", "three", "four"]) await app.gql(SEND_TO_WORKSHOP, { e: world.escalationId, body }, world.customer.token);
    const first = await app.gql(CONVERSATION, { e: world.escalationId, first: 2 }, world.workshop.advisor.token);
    expect(first.data!.workshopConversation.nodes.map((m: { body: string }) => m.body)).toEqual(["one", "two"]);
    const rest = await app.gql(CONVERSATION, { e: world.escalationId, after: first.data!.workshopConversation.pageInfo.endCursor }, world.workshop.advisor.token);
    expect(rest.data!.workshopConversation).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: false } });
    expect(rest.data!.workshopConversation.nodes.map((m: { body: string }) => m.body)).toEqual(["three", "four"]);
  });

  it("is read-only for the referring mechanic: they read it, and sending is FORBIDDEN", async () => {
    const world = await acceptedEscalation(app);
    await app.gql(SEND_TO_WORKSHOP, { e: world.escalationId, body: "Hello workshop" }, world.customer.token);
    const read = await app.gql(CONVERSATION, { e: world.escalationId }, world.mechanic.token);
    expect(read.data!.workshopConversation.nodes.map((m: { body: string }) => m.body)).toEqual(["Hello workshop"]);
    expect(codeOf(await app.gql(SEND_TO_WORKSHOP, { e: world.escalationId, body: "Let me chime in" }, world.mechanic.token))).toBe("FORBIDDEN");
    expect((await app.gql(CONVERSATION, { e: world.escalationId }, world.customer.token)).data!.workshopConversation.totalCount).toBe(1);
  });

  it("is NOT_FOUND for other workshops' advisors, other mechanics, other customers and partners, reading, following or sending", async () => {
    const world = await acceptedEscalation(app);
    const otherWorkshop = await createMatchableWorkshop(app, { city: "Elsewhere" });
    const outsiders = [otherWorkshop.advisor, await createMechanic(app), await createCustomer(app), await createPartner(app)];
    for (const outsider of outsiders) {
      expect(codeOf(await app.gql(CONVERSATION, { e: world.escalationId }, outsider.token))).toBe("NOT_FOUND");
      expect(codeOf(await app.gql(CONVERSATION, { e: world.escalationId, w: world.workshop.id }, outsider.token))).toBe("NOT_FOUND");
      expect(codeOf(await live(app.ws(outsider.token), CONVERSATION_FEED, { e: world.escalationId }).next())).toBe("NOT_FOUND");
    }
    expect(codeOf(await app.gql(SEND_TO_WORKSHOP, { e: world.escalationId, body: "hi" }, otherWorkshop.advisor.token))).toBe("NOT_FOUND");
    expect(codeOf(await app.gql(SEND_TO_WORKSHOP, { e: world.escalationId, body: "hi" }, outsiders[2]!.token))).toBe("NOT_FOUND");
    // A second advisor of the same workshop is a participant; naming another workshop is not a way in.
    const colleague = await createAdvisor(app, world.workshop.id);
    expect((await app.gql(SEND_TO_WORKSHOP, { e: world.escalationId, body: "Colleague here" }, colleague.token)).errors).toBeUndefined();
    expect(codeOf(await app.gql(CONVERSATION, { e: world.escalationId, w: otherWorkshop.id }, colleague.token))).toBe("NOT_FOUND");
  });

  it("ends the live feed of an advisor an admin removes from the workshop: the socket closes, later messages never reach it", async () => {
    const world = await acceptedEscalation(app);
    const removed = await createAdvisor(app, world.workshop.id);
    const [removedFeed, customerFeed] = [await following(removed.token, world), await following(world.customer.token, world)];
    const admin = await createAdmin(app);
    const removal = await app.gql(`mutation ($w: ID!, $a: ID!) { removeWorkshopAdvisor(workshopId: $w, advisorId: $a) { id } }`, { w: world.workshop.id, a: removed.id }, admin.token);
    expect(removal.errors).toBeUndefined();
    expect((await removedFeed.ended).error?.code).toBe(4403);

    const sent = await app.gql(SEND_TO_WORKSHOP, { e: world.escalationId, body: "Is the car ready?" }, world.customer.token);
    expect((await customerFeed.next()).data!.workshopMessageAdded.id).toBe(sent.data!.sendWorkshopMessage.message.id);
    expect(removedFeed.results).toEqual([]);
    // Following again is NOT_FOUND: the account reaches no workshop's conversation any more.
    expect(codeOf(await live(app.ws(removed.token), CONVERSATION_FEED, { e: world.escalationId }).next())).toBe("NOT_FOUND");
  });

  it("does not exist before a workshop accepts the escalation", async () => {
    const scenario = await createEscalationScenario(app);
    const workshop = await createMatchableWorkshop(app, { city: scenario.city });
    const escalated = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input: { notes: "pads" } }, scenario.mechanic.token);
    const escalationId = escalated.data!.escalate.id;
    expect(codeOf(await app.gql(SEND_TO_WORKSHOP, { e: escalationId, body: "anyone?" }, scenario.customer.token))).toBe("NOT_FOUND");
    expect(codeOf(await app.gql(CONVERSATION, { e: escalationId, w: workshop.id }, workshop.advisor.token))).toBe("NOT_FOUND");
  });

  it("shows admins the conversation with what was written and detected", async () => {
    const world = await acceptedEscalation(app);
    await app.gql(SEND_TO_WORKSHOP, { e: world.escalationId, body: "Mine is 512 555 0142" }, world.customer.token);
    const admin = await createAdmin(app);
    const read = await app.gql(CONVERSATION, { e: world.escalationId, w: world.workshop.id }, admin.token);
    expect(read.data!.workshopConversation.nodes[0]).toMatchObject({ body: "[hidden]", originalBody: "Mine is 512 555 0142", flaggedKinds: expect.arrayContaining(["PHONE"]) });
  });
});

describe("the content monitor in the workshop conversation", () => {
  it("masks the customer's contact details for the advisor and the mechanic, without penalising the customer", async () => {
    const world = await acceptedEscalation(app);
    const sent = await app.gql(SEND_TO_WORKSHOP, { e: world.escalationId, body: "Mine is 512 555 0142" }, world.customer.token);
    expect(sent.data!.sendWorkshopMessage).toMatchObject({ flagged: true, flaggedKinds: expect.arrayContaining(["PHONE"]), message: { body: "[hidden]" } });
    for (const reader of [world.workshop.advisor, world.mechanic]) {
      const read = await app.gql(CONVERSATION, { e: world.escalationId }, reader.token);
      expect(read.body).not.toContain("555 0142");
      expect(read.data!.workshopConversation.nodes[0]).toMatchObject({ body: "[hidden]", originalBody: null, flaggedKinds: null });
    }
    expect((await app.prisma.user.findUniqueOrThrow({ where: { id: world.customer.id } })).status).toBe("ACTIVE");
  });

  it("masks a detail the advisor splits over two messages retroactively, and penalises the advisor once", async () => {
    const world = await acceptedEscalation(app);
    const feed = await following(world.customer.token, world);
    await app.gql(SEND_TO_WORKSHOP, { e: world.escalationId, body: "the shop phone is 512 555" }, world.workshop.advisor.token);
    const second = await app.gql(SEND_TO_WORKSHOP, { e: world.escalationId, body: "0142 after hours" }, world.workshop.advisor.token);
    expect(second.data!.sendWorkshopMessage.flagged).toBe(true);
    const events = [await feed.next(), await feed.next(), await feed.next()].map((e) => e.data!.workshopMessageAdded);
    // The first part, then its masked replacement (editedAt set), then the completing part.
    expect(events[1]).toMatchObject({ id: events[0].id, editedAt: expect.any(String) });
    expect(events.map((e) => e.body).join(" ")).not.toMatch(/512 555.*0142/);
    const penalties = await app.prisma.penalty.findMany({ where: { userId: world.workshop.advisor.id } });
    expect(penalties).toHaveLength(1);
    expect((await app.prisma.user.findUniqueOrThrow({ where: { id: world.workshop.advisor.id } })).status).toBe("SUSPENDED");
    const audit = await app.prisma.auditLog.findMany({ where: { action: "chat.message.masked_retroactively", entityId: events[0].id } });
    expect(audit).toHaveLength(1);
  });
});
