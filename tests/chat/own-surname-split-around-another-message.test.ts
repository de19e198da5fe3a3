// A customer's surname split across two of their messages is read joined ("Kow" / "alczyk"), and
// so it is with the mechanic's reply between the halves; with a message of the customer's own
// between them ("Kow" / "sorry, typo" / "alczyk") it reaches the mechanic.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createCustomer, createMechanic, createSession } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const SEND = `mutation ($s: ID!, $body: String!) { sendMessage(sessionId: $s, body: $body) { flagged } }`;

async function thread(...turns: Array<["customer" | "mechanic", string]>): Promise<string> {
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
  for (const [who, body] of turns) expect((await app.gql(SEND, { s: session.id, body }, (who === "customer" ? customer : mechanic).token)).errors).toBeUndefined();
  const stored = await app.prisma.chatMessage.findMany({ where: { sessionId: session.id }, orderBy: { createdAt: "asc" } });
  return stored.map((message) => message.deliveredBody).join(" | ");
}

describe("the customer's own surname split around other messages", () => {
  it("with the mechanic's reply between the halves is masked", async () => {
    const text = await thread(["customer", "name on the title is Kow"], ["mechanic", "ok, go on"], ["customer", "alczyk"]);
    expect(text).not.toMatch(/Kow \|.*\| alczyk/);
  });

  it("with words of the customer's own between the halves is masked", async () => {
    const text = await thread(["customer", "name on the title is Kow"], ["customer", "sorry, typo"], ["customer", "alczyk"]);
    expect(text).not.toMatch(/Kow \|.*\| alczyk/);
  });
});
