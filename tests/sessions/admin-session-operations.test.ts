// Issue 18 item 7: an admin notes into a conversation as the platform, cancels (refunding a paid
// diagnostic in full) or reassigns a session, and finds the sessions stranded by a suspended or
// banned mechanic; every operation is audited and made through the session machine.
import { describe, expect, it } from "vitest";
import { bookDiagnostic, CLAIM, COMPLETE, payForDiagnostic, START } from "../factories/diagnostics.ts";
import { createCustomer, createMechanic, createSession, createVehicle, type CreatedUser } from "../factories/index.ts";
import { live, waitUntil } from "../setup/live.ts";
import type { TestApp } from "../setup/test-app.ts";
import { paymentsSpec, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let app: TestApp;
let admin: CreatedUser;
paymentsSpec((world) => ({ payments, app, admin } = world));

const NOTE = `mutation ($sessionId: ID!, $body: String!) { postPlatformNote(sessionId: $sessionId, body: $body) { id kind senderId senderRole body originalBody } }`;
const ADDED = `subscription ($sessionId: ID!) { chatMessageAdded(sessionId: $sessionId) { id kind senderRole body } }`;
const MESSAGES = `query ($sessionId: ID!) { messages(sessionId: $sessionId, first: 50) { nodes { id kind body } } }`;
const CANCEL = `mutation ($id: ID!, $reason: String!) { adminCancelSession(id: $id, reason: $reason) { id status cancelReason } }`;
const REASSIGN = `mutation ($id: ID!, $mechanicId: ID!, $reason: String!) { adminReassignSession(id: $id, mechanicId: $mechanicId, reason: $reason) { id status mechanic { id } } }`;
const STRANDED = `query { strandedSessions(first: 100) { totalCount nodes { id status mechanic { id } } } }`;
const SESSION = `query ($id: ID!) { session(id: $id) { id status cancelReason mechanic { id } } }`;

const errorOf = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => result.errors?.[0]?.extensions;
const WEEK_AHEAD = () => new Date(Date.now() + 7 * 86_400_000);

/** A session of a fresh customer, claimed by `mechanic` (fresh and approved unless given), paid. */
async function claimedSession(status: "ACCEPTED" | "IN_PROGRESS" | "COMPLETED", mechanic?: CreatedUser) {
  const customer = await createCustomer(app);
  const assigned = mechanic ?? (await createMechanic(app));
  const session = await createSession(app, { customerId: customer.id, mechanicId: assigned.id, status });
  return { customer, mechanic: assigned, id: session.id };
}

describe("a note into the conversation as the platform", () => {
  it("is a SYSTEM message without a sender, delivered live to the parties and kept in the history; audited", async () => {
    const { customer, mechanic, id } = await claimedSession("IN_PROGRESS");
    const feed = live(app.ws(customer.token), ADDED, { sessionId: id });
    await waitUntil(() => app.server.services.chat.liveSubscriberCount(id) === 1);

    const posted = await app.gql(NOTE, { sessionId: id, body: "AutoDoctor support here: your mechanic will join in a few minutes." }, admin.token);
    expect(posted.errors).toBeUndefined();
    const note = posted.data!.postPlatformNote;
    expect(note).toMatchObject({ kind: "SYSTEM", senderId: null, senderRole: null, body: "AutoDoctor support here: your mechanic will join in a few minutes." });
    expect((await feed.next()).data!.chatMessageAdded).toEqual({ id: note.id, kind: "SYSTEM", senderRole: null, body: note.body });
    feed.unsubscribe();
    expect((await app.gql(MESSAGES, { sessionId: id }, mechanic.token)).data!.messages.nodes).toContainEqual({ id: note.id, kind: "SYSTEM", body: note.body });
    expect(await app.prisma.auditLog.findFirst({ where: { entityId: id, action: "session.platform_note" } })).toMatchObject({ actorId: admin.id, data: { messageId: note.id } });
  });

  it("masks a contact detail like any written text (the original and its flag for admins), and is for admins only", async () => {
    const { customer, mechanic, id } = await claimedSession("ACCEPTED");
    const note = (await app.gql(NOTE, { sessionId: id, body: "Questions? Call 512-555-0142" }, admin.token)).data!.postPlatformNote;
    expect(note.body).toContain("[hidden]");
    expect(note.originalBody).toBe("Questions? [hidden]");
    expect(await app.prisma.contentFlag.findFirst({ where: { entityType: "ChatMessage", entityId: note.id } })).toMatchObject({ original: "Questions? Call 512-555-0142", authorRole: "ADMIN" });
    for (const caller of [customer, mechanic]) expect(errorOf(await app.gql(NOTE, { sessionId: id, body: "Hello" }, caller.token))?.code).toBe("FORBIDDEN");
  });
});

describe("sessions stranded by a suspended or banned mechanic", () => {
  it("lists the claimed and in-progress sessions of suspended and banned mechanics, not those of mechanics in good standing", async () => {
    const suspended = await createMechanic(app, { status: "SUSPENDED", suspendedUntil: WEEK_AHEAD() });
    const banned = await createMechanic(app, { status: "BANNED" });
    const served = await createMechanic(app, { status: "SUSPENDED", suspendedUntil: new Date(Date.now() - 60_000) });
    const a = await claimedSession("ACCEPTED", suspended);
    const b = await claimedSession("IN_PROGRESS", banned);
    const finished = await claimedSession("COMPLETED", banned);
    const lapsed = await claimedSession("IN_PROGRESS", served);
    const healthy = await claimedSession("IN_PROGRESS");

    const ids = (await app.gql(STRANDED, {}, admin.token)).data!.strandedSessions.nodes.map((n: { id: string }) => n.id);
    expect(ids).toEqual(expect.arrayContaining([a.id, b.id]));
    for (const other of [finished, lapsed, healthy]) expect(ids).not.toContain(other.id);
    expect(errorOf(await app.gql(STRANDED, {}, a.customer.token))?.code).toBe("FORBIDDEN");
  });
});

describe("reassigning a session to another mechanic", () => {
  it("hands a stranded session to an approved mechanic, who starts it; the absent one no longer reaches it; audited", async () => {
    const absent = await createMechanic(app, { status: "SUSPENDED", suspendedUntil: WEEK_AHEAD() });
    const { customer, id } = await claimedSession("IN_PROGRESS", absent);
    const next = await createMechanic(app);

    const reassigned = await app.gql(REASSIGN, { id, mechanicId: next.id, reason: "The mechanic was suspended mid-session" }, admin.token);
    expect(reassigned.data!.adminReassignSession).toEqual({ id, status: "ACCEPTED", mechanic: { id: next.id } });
    expect((await app.gql(START, { id }, next.token)).data!.startSession.status).toBe("IN_PROGRESS");
    expect((await app.gql(SESSION, { id }, customer.token)).data!.session.mechanic).toEqual({ id: next.id });
    expect(await app.prisma.auditLog.findFirst({ where: { entityId: id, action: "session.reassigned_by_admin" } })).toMatchObject({
      actorId: admin.id,
      data: { from: "IN_PROGRESS", fromMechanicId: absent.id, toMechanicId: next.id, reason: "The mechanic was suspended mid-session" },
    });
    const ids = (await app.gql(STRANDED, {}, admin.token)).data!.strandedSessions.nodes.map((n: { id: string }) => n.id);
    expect(ids).not.toContain(id);
  });

  it("refuses an unvetted mechanic (MECHANIC_NOT_VETTED), a suspended one, the current one, a closed session; only admins reassign", async () => {
    const { customer, mechanic, id } = await claimedSession("ACCEPTED");
    const reason = "Reassigned by support";
    const pending = await createMechanic(app, { vetting: "PENDING" });
    expect(errorOf(await app.gql(REASSIGN, { id, mechanicId: pending.id, reason }, admin.token))).toMatchObject({ code: "FORBIDDEN", reason: "MECHANIC_NOT_VETTED" });
    const suspended = await createMechanic(app, { status: "SUSPENDED", suspendedUntil: WEEK_AHEAD() });
    expect(errorOf(await app.gql(REASSIGN, { id, mechanicId: suspended.id, reason }, admin.token))?.code).toBe("CONFLICT");
    expect(errorOf(await app.gql(REASSIGN, { id, mechanicId: mechanic.id, reason }, admin.token))?.code).toBe("CONFLICT");
    expect(errorOf(await app.gql(REASSIGN, { id, mechanicId: customer.id, reason }, admin.token))?.code).toBe("NOT_FOUND");
    const completed = await claimedSession("COMPLETED");
    expect(errorOf(await app.gql(REASSIGN, { id: completed.id, mechanicId: (await createMechanic(app)).id, reason }, admin.token))?.code).toBe("CONFLICT");
    expect(errorOf(await app.gql(REASSIGN, { id, mechanicId: (await createMechanic(app)).id, reason }, customer.token))?.code).toBe("FORBIDDEN");
    expect((await app.prisma.diagnosticSession.findUniqueOrThrow({ where: { id } })).mechanicId).toBe(mechanic.id);
  });
});

describe("cancelling a session as an admin", () => {
  it("cancels a paid, claimed session with the reason its parties see, refunds the $25 in full and credits no mechanic; audited", async () => {
    const customer = await createCustomer(app);
    const vehicle = await createVehicle(app, customer.id);
    const id = await bookDiagnostic(app, customer, vehicle.id);
    const paymentId = await payForDiagnostic(payments, customer, id);
    const mechanic = await createMechanic(app);
    expect((await app.gql(CLAIM, { id }, mechanic.token)).errors).toBeUndefined();

    const cancelled = await app.gql(CANCEL, { id, reason: "The mechanic stopped responding" }, admin.token);
    expect(cancelled.data!.adminCancelSession).toEqual({ id, status: "CANCELLED", cancelReason: "The mechanic stopped responding" });
    expect((await app.gql(SESSION, { id }, customer.token)).data!.session).toMatchObject({ status: "CANCELLED", cancelReason: "The mechanic stopped responding" });
    expect(await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).toMatchObject({ status: "REFUNDED", refundedCents: 2_500 });
    expect(await app.prisma.ledgerEntry.count({ where: { paymentId, account: "MECHANIC_PAYABLE" } })).toBe(0);
    expect(await app.prisma.auditLog.findFirst({ where: { entityId: id, action: "session.cancelled_by_admin" } })).toMatchObject({
      actorId: admin.id,
      data: { from: "ACCEPTED", mechanicId: mechanic.id },
    });
    expect(errorOf(await app.gql(COMPLETE, { id, input: { diagnosis: "Too late", recommendedServices: ["brakes"] } }, mechanic.token))?.code).toBe("CONFLICT");
  });

  it("a completed or cancelled session cannot be cancelled again; only admins use it", async () => {
    const completed = await claimedSession("COMPLETED");
    expect(errorOf(await app.gql(CANCEL, { id: completed.id, reason: "Duplicate" }, admin.token))?.code).toBe("CONFLICT");
    const open = await claimedSession("ACCEPTED");
    for (const caller of [open.customer, open.mechanic]) expect(errorOf(await app.gql(CANCEL, { id: open.id, reason: "Duplicate" }, caller.token))?.code).toBe("FORBIDDEN");
  });
});
