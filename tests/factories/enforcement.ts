import { expect } from "vitest";
import type { TestApp } from "../setup/test-app.ts";
import { createCustomer, createMechanic, createSession, liftSuspension, type CreatedUser } from "./index.ts";

const SEND = `mutation ($sessionId: ID!, $body: String!) { sendMessage(sessionId: $sessionId, body: $body) { flagged } }`;

/**
 * A mechanic (a new one, or `mechanic`) penalised `offences` times for sharing a phone number in
 * their session's chat, through the API (each suspension lifted before the next offence, as if it
 * ran out); the violations oldest first, and the session's customer, who saw the messages.
 */
export async function penalisedMechanic(app: TestApp, offences: number, mechanic?: CreatedUser): Promise<{ customer: CreatedUser; mechanic: CreatedUser; violationIds: string[] }> {
  const customer = await createCustomer(app);
  mechanic ??= await createMechanic(app);
  const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
  for (let i = 0; i < offences; i++) {
    if (i > 0) await liftSuspension(app, mechanic.id);
    const sent = await app.gql(SEND, { sessionId: session.id, body: `call me on 415 555 01${30 + i}` }, mechanic.token);
    expect(sent.data?.sendMessage.flagged).toBe(true);
  }
  const violations = await app.prisma.contactViolation.findMany({ where: { offenderId: mechanic.id }, orderBy: { createdAt: "asc" }, select: { id: true } });
  return { customer, mechanic, violationIds: violations.map((v) => v.id) };
}
