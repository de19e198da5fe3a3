// A Russian customer's own surname is masked as written and transliterated ("Smirnova"), but not in
// its grammatical cases ("Смирнову спросите", "у Смирновой"), nor in another transliteration
// ("Smirnowa"), and their street transliterated ("Tverskaya 7") reaches the mechanic.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createCustomer, createMechanic, createSession } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const SEND = `mutation ($s: ID!, $body: String!) { sendMessage(sessionId: $s, body: $body) { flagged } }`;

/** What the mechanic reads of `bodies`, sent one after another by a customer Karina Смирнова of ул. Тверская 7, Moscow. */
async function delivered(...bodies: string[]): Promise<string> {
  const customer = await createCustomer(app, {
    firstName: "Karina",
    lastName: "Смирнова",
    phone: "+1 503 555 0162",
    addressLine1: "ул. Тверская, д. 7, кв. 12",
    postalCode: "125009",
    city: "Москва",
    email: `anna.k.${randomUUID()}@example.test`,
  });
  const mechanic = await createMechanic(app);
  const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
  for (const body of bodies) expect((await app.gql(SEND, { s: session.id, body }, customer.token)).errors).toBeUndefined();
  const stored = await app.prisma.chatMessage.findMany({ where: { sessionId: session.id }, orderBy: { createdAt: "asc" } });
  return stored.map((message) => message.deliveredBody).join(" | ");
}

describe("a Russian customer's own details in other forms", () => {
  // Not fixed in round 54: a surname's grammatical cases and other transliterations are not read yet.
  it.fails.each([["Смирнову спросите"], ["машина у Смирновой"], ["Smirnowa"], ["Tverskaya 7"]])("%j is masked", async (body) => {
    expect(await delivered(body)).toContain("[hidden]");
  });

  it("another street's name stays as written", async () => {
    expect(await delivered("машина стоит на Арбате")).toBe("машина стоит на Арбате");
  });
});
