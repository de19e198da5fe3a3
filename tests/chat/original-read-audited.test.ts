// An admin's read of a chat message's original, where the monitor masked it, is on the audit log
// before the original is returned, as a read of a flagged field's original is: by every path that
// reaches a message (the chat, a violation, a live feed). An original nothing was hidden from is
// the delivered text itself, and reading it is not a read of hidden content.
import { describe, expect, it } from "vitest";
import { createAdmin, createCustomer, createMechanic, createSession } from "../factories/index.ts";
import { live, waitUntil } from "../setup/live.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const SEND = `mutation ($s: ID!, $body: String!) { sendMessage(sessionId: $s, body: $body) { message { id body } } }`;
const HISTORY = `query ($s: ID!) { messages(sessionId: $s) { nodes { id a: originalBody b: originalBody } } }`;
const VIOLATIONS = `query ($m: ID) { violations(mechanicId: $m) { nodes { message { id originalBody } } } }`;
const ADDED = `subscription ($s: ID!) { chatMessageAdded(sessionId: $s) { id originalBody } }`;

async function chat() {
  const customer = await createCustomer(app);
  const mechanic = await createMechanic(app);
  const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
  return { customer, mechanic, session, admin: await createAdmin(app) };
}

const readsOf = (messageId: string) => app.prisma.auditLog.findMany({ where: { action: "content.original.read", entityType: "ChatMessage", entityId: messageId } });

describe("an admin reading a chat message's original", () => {
  it("is audited once per operation for a masked message, with its sender as the subject, and not for a clean one", async () => {
    const { customer, session, admin } = await chat();
    const masked = await app.gql(SEND, { s: session.id, body: "If easier my cell is 303-555-0188." }, customer.token);
    const clean = await app.gql(SEND, { s: session.id, body: "The noise starts at 40 mph." }, customer.token);
    const maskedId = masked.data!.sendMessage.message.id as string;

    const read = await app.gql(HISTORY, { s: session.id }, admin.token);
    expect(read.data!.messages.nodes).toContainEqual({ id: maskedId, a: "If easier my cell is 303-555-0188.", b: "If easier my cell is 303-555-0188." });
    const rows = await readsOf(maskedId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actorId: admin.id, subjectUserId: customer.id, fields: ["originalBody"] });
    expect(await readsOf(clean.data!.sendMessage.message.id)).toEqual([]);
  });

  it("is audited through a violation and over a live feed", async () => {
    const { customer, mechanic, session, admin } = await chat();
    const feed = live(app.ws(admin.token), ADDED, { s: session.id });
    await waitUntil(() => app.server.services.chat.liveSubscriberCount(session.id) === 1);
    const sent = await app.gql(SEND, { s: session.id, body: "text me on 415 555 0132 instead" }, mechanic.token);
    const messageId = sent.data!.sendMessage.message.id as string;

    expect((await feed.next()).data!.chatMessageAdded).toEqual({ id: messageId, originalBody: "text me on 415 555 0132 instead" });
    await waitUntil(async () => (await readsOf(messageId)).length === 1);
    feed.unsubscribe();

    const violations = await app.gql(VIOLATIONS, { m: mechanic.id }, admin.token);
    expect(violations.data!.violations.nodes).toContainEqual({ message: { id: messageId, originalBody: "text me on 415 555 0132 instead" } });
    expect(await readsOf(messageId)).toHaveLength(2);
    expect(customer.id).not.toBe(mechanic.id);
  });
});
