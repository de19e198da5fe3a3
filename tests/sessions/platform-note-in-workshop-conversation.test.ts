// An admin posts a note as the platform into a workshop conversation (issue 18 item 7): the
// customer and the workshop's advisor read it there, not in the session chat; a conversation of
// another session is NOT_FOUND, a workshop named without its escalation BAD_USER_INPUT, and nothing is written.
import { describe, expect, it } from "vitest";
import { createAdmin } from "../factories/index.ts";
import { acceptedEscalation, CONVERSATION } from "../factories/workshop-conversations.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const NOTE = `mutation ($s: ID!, $b: String!, $e: ID, $w: ID) { postPlatformNote(sessionId: $s, body: $b, escalationId: $e, workshopId: $w) { id body workshopId senderRole } }`;
const MESSAGES = `query ($s: ID!) { messages(sessionId: $s) { totalCount } }`;

describe("a platform note in a workshop conversation", () => {
  it("reaches the customer and the workshop there, not the session chat, audited", async () => {
    const [admin, world] = [await createAdmin(app), await acceptedEscalation(app)];
    const posted = await app.gql(NOTE, { s: world.sessionId, b: "Please keep arrangements in this conversation.", e: world.escalationId }, admin.token);
    expect(posted.errors).toBeUndefined();
    expect(posted.data!.postPlatformNote).toMatchObject({ body: "Please keep arrangements in this conversation.", workshopId: world.workshop.id, senderRole: null });

    for (const reader of [world.customer, world.workshop.advisor]) {
      const read = await app.gql(CONVERSATION, { e: world.escalationId }, reader.token);
      expect(read.data!.workshopConversation.nodes.map((n: { body: string }) => n.body)).toContain("Please keep arrangements in this conversation.");
    }
    expect((await app.gql(MESSAGES, { s: world.sessionId }, world.customer.token)).data!.messages.totalCount).toBe(0);
    const audit = await app.prisma.auditLog.findFirstOrThrow({ where: { action: "session.platform_note", entityId: world.sessionId } });
    expect(audit.data).toMatchObject({ workshopId: world.workshop.id });
  });

  it("is NOT_FOUND for a conversation of another session, and writes nothing", async () => {
    const [admin, one, other] = [await createAdmin(app), await acceptedEscalation(app), await acceptedEscalation(app)];
    const refused = await app.gql(NOTE, { s: one.sessionId, b: "note", e: other.escalationId }, admin.token);
    expect(refused.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(await app.prisma.chatMessage.count({ where: { sessionId: { in: [one.sessionId, other.sessionId] }, kind: "SYSTEM" } })).toBe(0);
  });

  it("needs its escalation when a workshop is named: BAD_USER_INPUT on workshopId, and nothing reaches the session chat", async () => {
    const [admin, world] = [await createAdmin(app), await acceptedEscalation(app)];
    const refused = await app.gql(NOTE, { s: world.sessionId, b: "For the workshop only", w: world.workshop.id }, admin.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "workshopId" });
    expect(await app.prisma.chatMessage.count({ where: { sessionId: world.sessionId, kind: "SYSTEM" } })).toBe(0);
  });
});
