// A customer's surname in its "-es" plural ("the Ruizes own two cars") reaches the mechanic, where the
// possessive ("Ruiz's car") and an "-s" plural ("the Kowalczyks") are masked.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createCustomer, createMechanic, createSession } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const SEND = `mutation ($s: ID!, $body: String!) { sendMessage(sessionId: $s, body: $body) { flagged } }`;

/** What the mechanic reads of `bodies`, sent one after another by a customer Anna Ruiz of 1537 SE Harrison Street. */
async function delivered(...bodies: string[]): Promise<string> {
  const customer = await createCustomer(app, {
    firstName: "Anna",
    lastName: "Ruiz",
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

describe("the customer's own surname in the plural", () => {
  it.each([["the Ruizes own two cars"], ["Ruizes"], ["RUIZES"]])("%j is masked", async (body) => {
    expect(await delivered(body)).not.toMatch(/ruiz/i);
  });

  it("a word that only starts with the surname's letters stays as written", async () => {
    expect(await delivered("the ruined gasket is the leak")).toBe("the ruined gasket is the leak");
  });
});
