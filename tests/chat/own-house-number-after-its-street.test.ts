// A customer's own house number written after its street ("Baker Street 221B", "Baker St, no.
// 221B") reached the mechanic (the plain "221B Baker Street" was missed too, own-details.spec.ts): a street named by an
// everyday word ("Baker") was read only with the number right before it, and a house number's
// letter ("221B") kept the number from its street. (Another house on the same street, "2211" or
// "22", is not the customer's: own-details.spec.ts; the detector masks any street address anyway.)
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createCustomer, createMechanic, createSession } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const SEND = `mutation ($s: ID!, $body: String!) { sendMessage(sessionId: $s, body: $body) { flagged flaggedKinds message { body } } }`;

/** What the mechanic reads of `body` sent by a customer with British details (phone `phone`), and the kinds it was flagged for. */
async function sent(body: string, phone = "+44 7911 123456") {
  const customer = await createCustomer(app, {
    firstName: "Anna",
    lastName: "Kowalczyk",
    phone,
    addressLine1: "221B Baker Street",
    postalCode: "NW1 6XE",
    city: "London",
    email: `anna.k.${randomUUID()}@example.test`,
  });
  const mechanic = await createMechanic(app);
  const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
  const { data, errors } = await app.gql(SEND, { s: session.id, body }, customer.token);
  expect(errors).toBeUndefined();
  const stored = await app.prisma.chatMessage.findFirstOrThrow({ where: { sessionId: session.id } });
  return { delivered: stored.deliveredBody, flaggedKinds: data!.sendMessage.flaggedKinds as string[] };
}

describe("the customer's own house number beside its street", () => {
  it.each([["I'm at Baker Street 221B"], ["Baker St, no. 221B, blue door"], ["see you at Baker St 221B"], ["Baker Street 221B it is"]])("%j is masked and flagged", async (body) => {
    const { delivered, flaggedKinds } = await sent(body);
    expect(delivered).toContain("[hidden]");
    expect(delivered).not.toMatch(/221/);
    expect(flaggedKinds).toContain("ADDRESS");
  });

  it.each([["the baker charged 221 for it"], ["Baker Street station, 221 steps up"]])("%j stays as written", async (body) => {
    expect(await sent(body)).toEqual({ delivered: body, flaggedKinds: [] });
  });
});
