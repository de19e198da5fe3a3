// The customer's own phone number was found wherever its last seven digits stood inside a longer
// run of digits: a part's number ending in them ("0 261 123 456" for 07911 123456) or a figure
// with thousands commas ("2011, 112,345 miles" for 07911 112345) were masked and flagged as the
// customer's phone. Digits are now read as the detector reads a phone: whole numbers of a run,
// 7 digits or more, that are the end of a way the stored number is dialled, and never across a
// thousands comma.
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

describe("numbers that only hold the phone's last digits", () => {
  it.each([
    ["ECU 0 261 123 456 is the one fitted", "+44 7911 123456"],
    ["Bosch part 0 261 123 456 needed", "+44 7911 123456"],
    ["it's a 2011, 112,345 miles", "+44 7911 112345"],
    ["mileage 1,112,345 km on the clock", "+44 7911 112345"],
  ])("%j stays as written (phone %s)", async (body, phone) => {
    expect(await sent(body, phone)).toEqual({ delivered: body, flaggedKinds: [] });
  });
});

describe("the phone number written as it is dialled", () => {
  it.each([["07911 112345"], ["+44 7911 112345"], ["(0)7911 112 345"], ["7911112345"], ["0044 7911 112345"]])("%j is masked and flagged", async (body) => {
    const { delivered, flaggedKinds } = await sent(body, "+44 7911 112345");
    expect(delivered).not.toMatch(/112/);
    expect(flaggedKinds).toContain("PHONE");
  });
});
