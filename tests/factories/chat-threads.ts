// Two-party threads to talk in, for the specs that read a conversation's messages as bursts: the
// session chat (customer and mechanic) and a workshop conversation (customer and advisor).
import { expect } from "vitest";
import type { TestApp } from "../setup/test-app.ts";
import { createCustomer, createMechanic, createSession, type CreatedUser } from "./index.ts";
import { acceptedEscalation, SEND_TO_WORKSHOP } from "./workshop-conversations.ts";

const SEND = `mutation ($s: ID!, $body: String!) { sendMessage(sessionId: $s, body: $body) { flagged flaggedKinds message { id } } }`;

/** Who sends a line: the professional of the thread (mechanic or advisor), or the customer. */
export type Party = "PRO" | "CUSTOMER";
/** One message of a conversation: who sends it and what. */
export type Line = [Party, string];

/** A thread to talk in. */
export interface ChatThread {
  pro: CreatedUser;
  customer: CreatedUser;
  /** Sends `body` as `sender`: the id of the stored message and the kinds the send was flagged with. */
  send(sender: CreatedUser, body: string): Promise<{ id: string; flaggedKinds: string[] }>;
}

/** A session in progress between a new customer and a new mechanic: its chat. */
export async function sessionChat(app: TestApp): Promise<ChatThread> {
  const customer = await createCustomer(app);
  const pro = await createMechanic(app);
  const session = await createSession(app, { customerId: customer.id, mechanicId: pro.id, status: "IN_PROGRESS" });
  return {
    pro,
    customer,
    async send(sender, body) {
      const sent = await app.gql(SEND, { s: session.id, body }, sender.token);
      expect(sent.errors).toBeUndefined();
      return { id: sent.data!.sendMessage.message.id, flaggedKinds: sent.data!.sendMessage.flaggedKinds };
    },
  };
}

/** An accepted escalation's workshop conversation between its customer and the workshop's advisor. */
export async function workshopConversation(app: TestApp): Promise<ChatThread> {
  const world = await acceptedEscalation(app);
  return {
    pro: world.workshop.advisor,
    customer: world.customer,
    async send(sender, body) {
      const sent = await app.gql(SEND_TO_WORKSHOP, { e: world.escalationId, body }, sender.token);
      expect(sent.errors).toBeUndefined();
      return { id: sent.data!.sendWorkshopMessage.message.id, flaggedKinds: sent.data!.sendWorkshopMessage.flaggedKinds };
    },
  };
}

/** Both kinds of thread, by name, for `describe.each`. */
export const CHAT_THREADS = { "the session chat": sessionChat, "a workshop conversation": workshopConversation } as const;

/** Sends the conversation in order: per message, who sent it, what, its stored id and the kinds its send was flagged with. */
export async function talk(thread: ChatThread, lines: readonly Line[]) {
  const sent = [];
  for (const [party, body] of lines) sent.push({ party, body, ...(await thread.send(party === "PRO" ? thread.pro : thread.customer, body)) });
  return sent;
}

/**
 * Expects a number dripped by `sender` over `sent` (talk's answer) caught as the chat catches a
 * drip: its last piece flagged PHONE, every piece (a message of the sender's with a letter or digit)
 * delivered as "[hidden]" but for a connective ("then", "and"), the earlier pieces edited and their
 * retroactive masks audited, and a professional penalised once, on the last piece (a customer's
 * own number is masked, not penalised).
 */
export async function expectDripCaught(app: TestApp, thread: ChatThread, sent: Awaited<ReturnType<typeof talk>>, sender: Party): Promise<void> {
  const drip = sent.filter((message) => message.party === sender && /[\p{L}\p{N}]/u.test(message.body));
  const last = drip[drip.length - 1]!;
  expect(last.flaggedKinds).toContain("PHONE");

  const stored = await app.prisma.chatMessage.findMany({ where: { id: { in: drip.map((message) => message.id) } } });
  const byId = new Map(stored.map((row) => [row.id, row]));
  for (const [i, piece] of drip.entries()) {
    const row = byId.get(piece.id)!;
    expect(row.deliveredBody.replace(/\b(?:then|and)\b/g, "").trim(), piece.body).toBe("[hidden]");
    expect(row.flaggedKinds, piece.body).toContain("PHONE");
    if (i < drip.length - 1) expect(row.editedAt, piece.body).not.toBeNull();
  }
  const edits = await app.prisma.auditLog.count({ where: { action: "chat.message.masked_retroactively", entityId: { in: drip.map((message) => message.id) } } });
  expect(edits).toBe(drip.length - 1);
  const offender = sender === "PRO" ? thread.pro : thread.customer;
  const violations = await app.prisma.contactViolation.findMany({ where: { offenderId: offender.id } });
  expect(violations.map((violation) => violation.messageId)).toEqual(sender === "PRO" ? [last.id] : []);
}

/**
 * Expects every message of `sent` (talk's answer for `lines`) delivered as written: none flagged,
 * none edited afterwards, and no one penalised for any of them.
 */
export async function expectDeliveredAsWritten(app: TestApp, sent: Awaited<ReturnType<typeof talk>>, lines: readonly Line[]): Promise<void> {
  for (const message of sent) expect(message.flaggedKinds, message.body).toEqual([]);
  const stored = await app.prisma.chatMessage.findMany({ where: { id: { in: sent.map((message) => message.id) } }, orderBy: { createdAt: "asc" } });
  expect(stored.map((row) => ({ deliveredBody: row.deliveredBody, editedAt: row.editedAt }))).toEqual(lines.map(([, body]) => ({ deliveredBody: body, editedAt: null })));
  expect(await app.prisma.contactViolation.count({ where: { messageId: { in: sent.map((message) => message.id) } } })).toBe(0);
}
