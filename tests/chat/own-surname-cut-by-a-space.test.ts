// A customer's own surname or street cut by a space inside one message reaches the mechanic: split
// across two messages it is read joined, but "Kow alczyk", "K owalczyk" and "Harri son Street 1537" in
// one message pass, and "Kowal czyk" shows "czyk".
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

describe("the customer's own surname or street cut by a space in one message", () => {
  it.each([["Kow alczyk"], ["K owalczyk"], ["the Kowal czyk family"], ["Harri son Street 1537"]])("%j is masked", async (body) => {
    const text = await delivered(body);
    expect(text).toContain("[hidden]");
    expect(text).not.toMatch(/alczyk|owalczyk|czyk|Harri son/);
  });

  it("two everyday words stay as written", async () => {
    expect(await delivered("Kow bell rings, alright")).toBe("Kow bell rings, alright");
  });
});
