// The chat history page (ChatStore.page through ChatService.history) against the messages as
// stored, read with Prisma: for each reader of a session chat, every page two messages at a time,
// the same messages in (createdAt, id) order, each field as the privacy rule says (the delivered,
// masked text for everyone; the original and the detected kinds for admins only), the same cursors
// and counts; and a narrowed selection answers each field as the full one does.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeCursor } from "../../src/modules/shared/pagination.ts";
import { createAdmin, createChatMessage, createCustomer, createMechanic, createSession, type CreatedUser } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";
import { dataOf, walkPages, type Connection } from "../support/pages.ts";

const COMMON = "id sessionId workshopId senderId senderRole kind body createdAt editedAt cursor";
const history = (fields: string) =>
  `query ($sessionId: ID!, $after: String) { messages(sessionId: $sessionId, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${fields} } } }`;

let app: TestApp;
let sessionId: string;
const readers: Record<string, CreatedUser> = {};

beforeAll(async () => {
  app = await startTestApp();
  const customer = await createCustomer(app);
  const mechanic = await createMechanic(app);
  const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
  sessionId = session.id;
  Object.assign(readers, { customer, mechanic, admin: await createAdmin(app) });
  // Ties on createdAt (broken by id), a masked message, and one edited after delivery.
  const at = new Date("2026-03-01T10:00:00.123Z");
  const messages = [
    { senderId: customer.id, body: "Hello", createdAt: at },
    { senderId: mechanic.id, body: "call me on 555 0100", deliveredBody: "call me on [hidden]", flaggedKinds: ["PHONE" as const], createdAt: at },
    { senderId: customer.id, body: "The brakes squeal", createdAt: new Date(at.getTime() + 1) },
    { senderId: mechanic.id, body: "my mail is me at example dot com", deliveredBody: "my mail is [hidden]", flaggedKinds: ["EMAIL" as const], createdAt: new Date(at.getTime() + 60_000) },
    { senderId: customer.id, body: "ok", createdAt: new Date(at.getTime() + 120_000) },
  ];
  for (const message of messages) await createChatMessage(app, { sessionId, ...message });
  const edited = await app.prisma.chatMessage.findFirstOrThrow({ where: { sessionId, flaggedKinds: { isEmpty: false } }, orderBy: { createdAt: "desc" } });
  await app.prisma.chatMessage.update({ where: { id: edited.id }, data: { editedAt: new Date(at.getTime() + 180_000) } });
}, 60_000);
afterAll(() => app.close());

/** The session chat as stored, each message as `admin` or not reads it, written by hand from the rule. */
async function expected(admin: boolean) {
  const rows = await app.prisma.chatMessage.findMany({ where: { sessionId, workshopId: null }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { sender: { select: { role: true } } } });
  return rows.map((row) => ({
    id: row.id,
    sessionId: row.sessionId,
    workshopId: null,
    senderId: row.senderId,
    senderRole: row.sender?.role ?? null,
    kind: row.kind,
    body: row.deliveredBody,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    cursor: encodeCursor({ value: row.createdAt.toISOString(), id: row.id }),
    ...(admin ? { originalBody: row.body, flaggedKinds: row.flaggedKinds } : {}),
  }));
}

async function walk(fields: string, token: string) {
  return walkPages((after) => app.gql<{ messages: Connection<Record<string, unknown>> }>(history(fields), { sessionId, after }, token).then((response) => dataOf(response).messages));
}

describe.each(["customer", "mechanic", "admin"])("the session chat's history for its %s", (who) => {
  const admin = who === "admin";
  const full = admin ? `${COMMON} originalBody flaggedKinds` : COMMON;

  it("lists every message as stored, masked as the rule says, with the same cursors and counts", async () => {
    const stored = await expected(admin);
    const { nodes, totalCounts } = await walk(full, readers[who]!.token);
    expect(nodes).toEqual(stored);
    expect(new Set(totalCounts)).toEqual(new Set([stored.length]));
    expect(
      stored.filter((message) => message.body.includes("[hidden]")),
      "the seed's masked messages",
    ).toHaveLength(2);
  });

  it("answers a narrowed selection's fields as the full one does", async () => {
    const { nodes: wide } = await walk(full, readers[who]!.token);
    const { nodes: narrow } = await walk("body createdAt kind", readers[who]!.token);
    expect(narrow).toEqual(wide.map(({ body, createdAt, kind }) => ({ body, createdAt, kind })));
  });
});

it("refuses the original text and the detected kinds to the session's parties", async () => {
  for (const who of ["customer", "mechanic"]) {
    const response = await app.gql(history("id originalBody"), { sessionId, after: null }, readers[who]!.token);
    expect(response.errors?.[0]?.extensions?.code, who).toBe("FORBIDDEN");
    expect(JSON.stringify(response.data ?? null)).not.toContain("555 0100");
  }
});
