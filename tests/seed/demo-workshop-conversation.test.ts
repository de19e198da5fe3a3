// The demo world shows issue 18 through the API: Alice and Eastside's advisor have a conversation
// on her escalation, Eastside publishes free drop-off slots, and once Alice's quote is paid she
// books one and reads the address.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, seedDemoWorld } from "../../src/seed/seed.ts";
import { EASTSIDE_STREET_ADDRESS } from "../../src/seed/workshop-conversation.ts";
import { BOOK, CONVERSATION } from "../factories/workshop-conversations.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

let app: TestApp;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  app = await startTestApp();
  expect(await seedDemoWorld(app)).toBe(true);
  for (const local of ["customer.alice", "advisor.rivera", "mechanic.sam"]) {
    const signedIn = await app.gql(`mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`, { e: `${local}@demo.autodoctor.test`, p: DEMO_PASSWORD });
    tokens[local] = signedIn.data!.signIn.token;
  }
});
afterAll(() => app.close());

describe("the demo workshop conversation and drop-off", () => {
  it("lets Alice, the advisor and the referring mechanic read the conversation", async () => {
    const { escalations } = (await app.gql(`{ escalations { nodes { id } } }`, {}, tokens["customer.alice"])).data!;
    for (const token of Object.values(tokens)) {
      const read = await app.gql(CONVERSATION, { e: escalations.nodes[0].id }, token);
      expect(read.data!.workshopConversation.totalCount).toBe(3);
    }
  });

  it("offers free slots and, once the quote is paid, books one with Eastside's address", async () => {
    const quote = (await app.gql(`{ quotes { nodes { id } } }`, {}, tokens["customer.alice"])).data!.quotes.nodes[0];
    const slots = await app.gql(`query ($q: ID!) { dropOffSlots(quoteId: $q) { id } }`, { q: quote.id }, tokens["customer.alice"]);
    expect(slots.data!.dropOffSlots).toHaveLength(3);
    expect((await app.gql(BOOK, { q: quote.id, s: slots.data!.dropOffSlots[0].id }, tokens["customer.alice"])).errors?.[0]?.extensions?.reason).toBe("REPAIR_NOT_PAID");

    await app.gql(`mutation ($q: ID!) { approveQuote(quoteId: $q) { id } }`, { q: quote.id }, tokens["customer.alice"]);
    const id = randomUUID();
    const customerId = (await app.prisma.user.findFirstOrThrow({ where: { email: "customer.alice@demo.autodoctor.test" } })).id;
    await app.prisma.payment.create({
      data: { id, kind: "REPAIR", customerId, quoteId: quote.id, amountCents: 120_000, status: "SUCCEEDED", transferGroup: `payment_${id}`, idempotencyKey: `test:${id}` },
    });
    const booked = await app.gql(BOOK, { q: quote.id, s: slots.data!.dropOffSlots[0].id }, tokens["customer.alice"]);
    expect(booked.data!.bookDropOff).toMatchObject({ status: "BOOKED", workshopAddress: EASTSIDE_STREET_ADDRESS });
  });
});
