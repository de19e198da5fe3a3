import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { createCustomer, createMechanic, createSession } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";

const SEND = `mutation ($s: ID!, $body: String!) { sendMessage(sessionId: $s, body: $body) { flagged flaggedKinds } }`;

/** The British customer's details the own-details specs hide by default: Anna Kowalczyk, 221B Baker Street, NW1 6XE, London, +44 7911 123456. */
export const ANNA = { firstName: "Anna", lastName: "Kowalczyk", addressLine1: "221B Baker Street", postalCode: "NW1 6XE", city: "London", phone: "+447911123456" } as const;

/** An American customer's details: Anna Kowalczyk, 1537 SE Harrison Street, Portland 97214, +1 503 555 0162 (as typed before round 54). */
export const ANNA_IN_PORTLAND = { addressLine1: "1537 SE Harrison Street", postalCode: "97214", city: "Portland", phone: "+1 503 555 0162" } as const;

/** The customer's stored details a spec sets over ANNA's (a phone as given: E.164 as sign-up stores it, or a typed form as numbers stored before round 54 are). */
export type OwnDetailsCustomer = { [K in keyof typeof ANNA]?: string };

/**
 * A customer with ANNA's details, `customer` over them, in a session with a mechanic:
 * `send(body, from?)` posts as the customer (or the mechanic) and returns `{ flagged, flaggedKinds }`;
 * `delivered()` is what the other side reads of each message, oldest first.
 */
export async function ownDetailsChat(app: TestApp, customer: OwnDetailsCustomer = {}) {
  const owner = await createCustomer(app, { ...ANNA, ...customer, email: `anna.k.${randomUUID()}@example.test` });
  const mechanic = await createMechanic(app);
  const session = await createSession(app, { customerId: owner.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
  const send = async (body: string, from: "customer" | "mechanic" = "customer") => {
    const { data, errors } = await app.gql(SEND, { s: session.id, body }, (from === "customer" ? owner : mechanic).token);
    expect(errors).toBeUndefined();
    return data!.sendMessage as { flagged: boolean; flaggedKinds: string[] };
  };
  const delivered = async () => (await app.prisma.chatMessage.findMany({ where: { sessionId: session.id }, orderBy: { createdAt: "asc" } })).map((row) => row.deliveredBody);
  return { send, delivered };
}

/** What the mechanic reads of one `body` sent by `ownDetailsChat`'s customer (phone `phone`), and the kinds it was flagged for. */
export async function sentWithOwnDetails(app: TestApp, body: string, phone?: string): Promise<{ delivered: string; flaggedKinds: string[] }> {
  const chat = await ownDetailsChat(app, phone === undefined ? {} : { phone });
  const { flaggedKinds } = await chat.send(body);
  const [delivered] = await chat.delivered();
  return { delivered: delivered!, flaggedKinds };
}

/** What is read of a thread of `turns` ([who, body], in order) with `customer`'s details over ANNA's: every message as delivered, joined with " | ". */
export async function deliveredThread(app: TestApp, customer: OwnDetailsCustomer, ...turns: Array<["customer" | "mechanic", string]>): Promise<string> {
  const chat = await ownDetailsChat(app, customer);
  for (const [who, body] of turns) await chat.send(body, who);
  return (await chat.delivered()).join(" | ");
}
