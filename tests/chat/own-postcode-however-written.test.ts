// A customer's own postcode with letters ("NW1 6XE") was not looked for at all: only a postcode's
// digits were, five or more, as a US ZIP code is written. Now one with letters is found however
// cased and with or without its space or a dash ("nw16xe", "NW1-6XE"), as a code of its own.
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

describe("the customer's own postcode", () => {
  it.each([["I'm near nw16xe"], ["nw1 6xe is close"], ["NW1-6XE near the station"]])("%j is masked and flagged", async (body) => {
    const { delivered, flaggedKinds } = await sent(body);
    expect(delivered).toContain("[hidden]");
    expect(delivered.toLowerCase()).not.toMatch(/nw1\s?-?6xe/);
    expect(flaggedKinds).toContain("ADDRESS");
  });

  it.each([["I live in NW1, near the park"], ["the part is NW16XE2 in the catalogue"], ["error 6XE on the dash"]])("%j stays as written", async (body) => {
    expect(await sent(body)).toEqual({ delivered: body, flaggedKinds: [] });
  });
});
