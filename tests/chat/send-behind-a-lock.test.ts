import { describe, expect, it } from "vitest";
import { createCustomer, createMechanic, createSession } from "../factories/index.ts";
import { type GraphQLResponse, type TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

/**
 * A send reads the sender's burst with the session's lock, in one statement, whose snapshot is
 * taken before it waits for the lock: a message committed by the lock's holder meanwhile is not
 * in that read. The send must still read it with the burst (ChatStore.lockForSend, createAfter).
 * On PostgreSQL the send waits for the row lock; on the embedded database (one connection) it
 * waits for the connection, and reads after the commit anyway.
 */

let app: TestApp;
serverSpec((started) => (app = started));

const SEND = `mutation ($sessionId: ID!, $body: String!) { sendMessage(sessionId: $sessionId, body: $body) { flagged flaggedKinds message { id body } } }`;
/** How long the lock's holder waits, at most, for the send to queue behind it. */
const QUEUE_WAIT_MS = 3_000;

describe("a send queued behind another writer of its session", () => {
  it("reads the part that writer committed, and masks the detail split over both", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
    const embedded = !app.config.database.url;

    let sent: Promise<GraphQLResponse> | null = null;
    const first = await app.prisma.$transaction(async (tx) => {
      // As a send holds it: the session row locked, the first part written.
      await tx.$queryRaw`SELECT id FROM "DiagnosticSession" WHERE id = ${session.id}::uuid FOR UPDATE`;
      const part = await tx.chatMessage.create({ data: { sessionId: session.id, senderId: mechanic.id, body: "the number is 303 555", deliveredBody: "the number is 303 555", flaggedKinds: [] } });
      sent = app.gql(SEND, { sessionId: session.id, body: "0178" }, mechanic.token);
      if (!embedded) {
        const deadline = Date.now() + QUEUE_WAIT_MS;
        // Until the send waits for this transaction's lock (pg_locks: pg_stat_activity is read once per transaction).
        for (;;) {
          const [row] = await tx.$queryRaw<{ blocked: number }[]>`SELECT count(*)::int AS blocked FROM pg_locks WHERE NOT granted AND pg_backend_pid() = ANY(pg_blocking_pids(pid))`;
          if (row!.blocked > 0 || Date.now() > deadline) break;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      }
      return part;
    });

    const answer = await sent!;
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.sendMessage).toMatchObject({ flagged: true, flaggedKinds: ["PHONE"], message: { body: "[hidden]" } });
    const earlier = await app.prisma.chatMessage.findUniqueOrThrow({ where: { id: first.id } });
    expect(earlier.deliveredBody).not.toContain("555");
    expect(earlier.editedAt).not.toBeNull();
    expect(await app.prisma.contactViolation.count({ where: { offenderId: mechanic.id } })).toBe(1);
  });
});
