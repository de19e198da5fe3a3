// Guard (held when attacked): a shared fan-out frame equals each subscriber's own execution across aliases,
// fragments, __typename, @include/@skip with variables and operation names, through a split contact detail
// and its retroactive mask; the mechanic suspended by the completing message gets neither the mask nor the completion.
import { execute, parse } from "graphql";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import type { Viewer } from "../../src/platform/auth/viewer.ts";
import { createAdmin, createCustomer, createMechanic, createSession, type CreatedUser } from "../factories/index.ts";
import { waitUntil } from "../setup/live.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const SEND = `mutation ($sessionId: ID!, $body: String!) { sendMessage(sessionId: $sessionId, body: $body) { message { id } flagged } }`;
const DOC = `subscription S($sessionId: ID!, $o: Boolean!) { m: chatMessageAdded(sessionId: $sessionId) { __typename id b: body ...F originalBody @include(if: $o) flaggedKinds @skip(if: $o) } }
fragment F on ChatMessage { senderRole editedAt kind }
subscription T($sessionId: ID!) { chatMessageAdded(sessionId: $sessionId) { id body } }`;

type Reader = CreatedUser & { role: Viewer["role"] };
async function raw(reader: Reader, operationName: string, variables: Record<string, unknown>) {
  const socket = new WebSocket(app.wsUrl, "graphql-transport-ws");
  const frames: string[] = [];
  await new Promise<void>((resolve, reject) => {
    socket.on("message", (text) => {
      const message = JSON.parse(String(text));
      if (message.type === "connection_ack") resolve();
      else if (message.type === "next" || message.type === "error") frames.push(String(text));
    });
    socket.once("close", (code) => reject(new Error(`closed ${code}`)));
    socket.once("open", () => socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${reader.token}` } })));
  });
  const id = "same-id";
  socket.send(JSON.stringify({ id, type: "subscribe", payload: { query: DOC, operationName, variables } }));
  return { reader, operationName, variables, id, frames, close: () => socket.close() };
}

const as = (role: Viewer["role"], user: CreatedUser): Reader => ({ ...user, role });

describe("the live fan-out, attacked with documents that differ in form", () => {
  it("every frame is the subscriber's own execution; the suspended offender gets nothing after its penalty", async () => {
    const customer = as("CUSTOMER", await createCustomer(app));
    const mechanic = as("MECHANIC", await createMechanic(app));
    const admin = as("ADMIN", await createAdmin(app));
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
    const subs: Awaited<ReturnType<typeof raw>>[] = [];
    for (const reader of [customer, mechanic, admin])
      for (const [op, vars] of [
        ["S", { sessionId: session.id, o: false }],
        ["S", { sessionId: session.id, o: true }],
        ["T", { sessionId: session.id }],
      ] as const)
        subs.push(await raw(reader, op, vars));
    await waitUntil(() => app.server.services.chat.liveSubscriberCount(session.id) === subs.length, 5_000, "subscriptions");

    expect((await app.gql(SEND, { sessionId: session.id, body: "ok so it is 303 555" }, mechanic.token)).data!.sendMessage.flagged).toBe(false);
    await waitUntil(() => subs.every((s) => s.frames.length === 1), 5_000, "first frames");
    const completed = await app.gql(SEND, { sessionId: session.id, body: "0178" }, mechanic.token);
    expect(completed.errors).toBeUndefined();
    const others = subs.filter((s) => s.reader !== mechanic);
    await waitUntil(() => others.every((s) => s.frames.length === 3), 5_000, "edit and completion");
    await new Promise((resolve) => setTimeout(resolve, 500));

    const rows = await app.prisma.chatMessage.findMany({ where: { sessionId: session.id }, orderBy: { createdAt: "asc" } });
    for (const s of subs) {
      const viewer = { id: s.reader.id, role: s.reader.role, workshopId: null };
      for (const [i, frame] of s.frames.entries()) {
        const parsed = JSON.parse(frame);
        if (parsed.type !== "next") continue;
        const got = parsed.payload;
        const root = got.data?.m ?? got.data?.chatMessageAdded;
        const row = rows.find((r) => r.id === root?.id)!;
        const event = {
          id: row.id,
          sessionId: row.sessionId,
          workshopId: null,
          senderId: row.senderId,
          senderRole: "MECHANIC",
          kind: row.kind,
          body: row.body,
          deliveredBody: i === 0 ? row.body : row.deliveredBody,
          flaggedKinds: i === 0 ? [] : row.flaggedKinds,
          createdAt: row.createdAt.toISOString(),
          editedAt: i === 0 ? null : (row.editedAt?.toISOString() ?? null),
        };
        const own = await execute({
          schema: app.server.schema,
          document: parse(DOC),
          operationName: s.operationName,
          rootValue: event,
          variableValues: s.variables,
          contextValue: { viewer, requestId: "probe", reads: app.server.services.audit.reads(viewer) },
        });
        expect(got, `${s.reader.role} ${s.operationName} ${JSON.stringify(s.variables)} frame ${i}`).toEqual(JSON.parse(JSON.stringify(own)));
      }
    }
    // The offender was suspended by the completing message: its sockets get neither the edit nor the completion.
    for (const s of subs.filter((s) => s.reader === mechanic)) expect(s.frames.filter((f) => JSON.parse(f).type === "next").length, s.operationName).toBe(1);
    for (const s of subs) s.close();
  });
});
