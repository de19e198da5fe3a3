// A customer's house number in words before their street without its direction ("fifteen thirty seven
// harrison") reaches the mechanic, where "fifteen thirty seven SE Harrison" is masked.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createCustomer, createMechanic, createSession } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const SEND = `mutation ($s: ID!, $body: String!) { sendMessage(sessionId: $s, body: $body) { flagged } }`;

/** What the mechanic reads of `bodies`, sent one after another by a customer Anna Kowalczyk of 1537 SE Harrison Street. */
async function delivered(...bodies: string[]): Promise<string> {
  const customer = await createCustomer(app, {
    firstName: "Anna",
    lastName: "Kowalczyk",
    phone: "+1 503 555 0162",
    addressLine1: "1537 SE Harrison Street",
    postalCode: "97214",
    city: "Portland",
    email: `anna.k.${randomUUID()}@example.test`,
  });
  const mechanic = await createMechanic(app);
  const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
  for (const body of bodies) expect((await app.gql(SEND, { s: session.id, body }, customer.token)).errors).toBeUndefined();
  const stored = await app.prisma.chatMessage.findMany({ where: { sessionId: session.id }, orderBy: { createdAt: "asc" } });
  return stored.map((message) => message.deliveredBody).join(" | ");
}

describe("the customer's own house number written in words", () => {
  it.each([["fifteen thirty seven harrison"], ["we are at fifteen thirty seven harrison"]])("%j is masked", async (body) => {
    expect(await delivered(body)).not.toMatch(/fifteen thirty/i);
  });

  it("a number in words beside another street stays as written", async () => {
    expect(await delivered("fifteen thirty seven miles on Burnside before it died")).toBe("fifteen thirty seven miles on Burnside before it died");
  });
});
