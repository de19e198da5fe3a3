import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { createCustomer, createMechanic, createSession } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";

const SEND = `mutation ($s: ID!, $body: String!) { sendMessage(sessionId: $s, body: $body) { flagged flaggedKinds } }`;

/** The British customer's details the own-details specs hide: Anna Kowalczyk, 221B Baker Street, NW1 6XE, London. */
export const ANNA = { firstName: "Anna", lastName: "Kowalczyk", addressLine1: "221B Baker Street", postalCode: "NW1 6XE", city: "London" } as const;

/**
 * A customer with ANNA's details and phone `phone` (stored as given: E.164 as sign-up stores it by
 * default, a typed form as numbers stored before round 54 are) in a session with a mechanic:
 * `send(body)` posts as the customer and returns `{ flagged, flaggedKinds }`; `delivered()` is what
 * the mechanic reads of each message, oldest first.
 */
export async function ownDetailsChat(app: TestApp, phone = "+447911123456") {
  const customer = await createCustomer(app, { ...ANNA, phone, email: `anna.k.${randomUUID()}@example.test` });
  const mechanic = await createMechanic(app);
  const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
  const send = async (body: string) => {
    const { data, errors } = await app.gql(SEND, { s: session.id, body }, customer.token);
    expect(errors).toBeUndefined();
    return data!.sendMessage as { flagged: boolean; flaggedKinds: string[] };
  };
  const delivered = async () => (await app.prisma.chatMessage.findMany({ where: { sessionId: session.id }, orderBy: { createdAt: "asc" } })).map((row) => row.deliveredBody);
  return { send, delivered };
}

/** What the mechanic reads of one `body` sent by `ownDetailsChat`'s customer (phone `phone`), and the kinds it was flagged for. */
export async function sentWithOwnDetails(app: TestApp, body: string, phone?: string): Promise<{ delivered: string; flaggedKinds: string[] }> {
  const chat = await ownDetailsChat(app, phone);
  const { flaggedKinds } = await chat.send(body);
  const [delivered] = await chat.delivered();
  return { delivered: delivered!, flaggedKinds };
}
