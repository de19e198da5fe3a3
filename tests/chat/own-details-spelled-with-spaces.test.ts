// A customer's own last name or street spelled with spaces between its letters ("K o w a l c z y k",
// "k-o-w-a-l-c-z-y-k") reached the mechanic: the guard read the words as written, where the
// detector's normaliser joins letters typed apart. Names and streets are now read in the
// normalised text too, so any spacing the normaliser undoes is undone for the customer's own details.
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

describe("the customer's own name or street spelled with spaces between the letters", () => {
  it.each([
    ["Car is under K o w a l c z y k", "FULL_NAME"],
    ["k-o-w-a-l-c-z-y-k at the dealer", "FULL_NAME"],
  ])("%j is masked and flagged", async (body, kind) => {
    const { delivered, flaggedKinds } = await sent(body);
    expect(delivered).toContain("[hidden]");
    expect(delivered).not.toMatch(/K o w|k-o-w/);
    expect(flaggedKinds).toContain(kind);
  });

  it.each([["K o w a l s k i is my neighbour"], ["the light says A B S and E S P"], ["a b a k e r y van hit me"]])("%j stays as written", async (body) => {
    expect(await sent(body)).toEqual({ delivered: body, flaggedKinds: [] });
  });
});
