// A customer's own last name typed in two consecutive messages ("Kow" then "alczyk", "K o w" then
// "a l c z y k") passed: each message alone holds nothing of theirs. The sender's
// burst (sideBurst) is read joined against what the platform stores of them, as the detector reads
// a detail split across messages: both pieces are masked for the mechanic, the earlier one
// retroactively, and the send is flagged. Pieces that make someone else's name or another number
// stay as written.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createCustomer, createMechanic, createSession } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const SEND = `mutation ($s: ID!, $body: String!) { sendMessage(sessionId: $s, body: $body) { flagged flaggedKinds } }`;

/** A customer with British details in a session with a mechanic; `send` posts as the customer, `delivered` is what the mechanic reads, oldest first. */
async function chat() {
  const customer = await createCustomer(app, {
    firstName: "Anna",
    lastName: "Kowalczyk",
    phone: "+44 7911 123456",
    addressLine1: "221B Baker Street",
    postalCode: "NW1 6XE",
    city: "London",
    email: `anna.k.${randomUUID()}@example.test`,
  });
  const mechanic = await createMechanic(app);
  const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
  const send = async (body: string) => {
    const { data, errors } = await app.gql(SEND, { s: session.id, body }, customer.token);
    expect(errors).toBeUndefined();
    return data!.sendMessage as { flagged: boolean; flaggedKinds: string[] };
  };
  const delivered = async () => (await app.prisma.chatMessage.findMany({ where: { sessionId: session.id }, orderBy: { createdAt: "asc" } })).map((row) => row.deliveredBody);
  return { send, delivered };
}

describe("the customer's own detail split across two of their messages", () => {
  it.each([
    ["Kow", "alczyk", "FULL_NAME"],
    ["Ko", "walczyk", "FULL_NAME"],
    ["K o w", "a l c z y k", "FULL_NAME"],
  ])("%j then %j is masked in both and flagged", async (first, second, kind) => {
    const { send, delivered } = await chat();
    expect(await send(first)).toEqual({ flagged: false, flaggedKinds: [] });
    const result = await send(second);
    expect(result.flagged).toBe(true);
    expect(result.flaggedKinds).toContain(kind);
    const [earlier, later] = await delivered();
    expect(earlier).toContain("[hidden]");
    expect(later).toContain("[hidden]");
    expect(`${earlier} ${later}`).not.toMatch(/Kow|alczyk|K o w|a l c|07911|123456/);
  });
});

describe("pieces that make no detail of the customer's", () => {
  it.each([
    ["Kow", "alski is my neighbour"],
    ["it's about 07911", "12 miles from me"],
    ["built 2011", "123456 miles on it"],
  ])("%j then %j stay as written", async (first, second) => {
    const { send, delivered } = await chat();
    await send(first);
    expect(await send(second)).toEqual({ flagged: false, flaggedKinds: [] });
    expect(await delivered()).toEqual([first, second]);
  });
});
