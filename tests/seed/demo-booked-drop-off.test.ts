// The demo world shows a booked drop-off (issue 18): Priya's alternator repair at Mile High Motor
// Works is approved and paid and its drop-off booked. The slot and the workshop's address are hers
// to read; Mile High's advisor sees the slot but not her contact details; nobody else sees either.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_BOOKING_ID, MILE_HIGH_STREET_ADDRESS } from "../../src/seed/booked-repair.ts";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemoWorld } from "../../src/seed/seed.ts";
import { BOOK } from "../factories/workshop-conversations.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

let app: TestApp;
const tokens: Record<string, string> = {};
let quoteId: string;
let slot: { id: string; startsAt: string };
beforeAll(async () => {
  app = await startTestApp();
  expect(await seedDemoWorld(app)).toBe(true);
  for (const account of DEMO_ACCOUNTS.filter((a) => !a.suspended)) {
    const signedIn = await app.gql(`mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`, { e: account.email, p: DEMO_PASSWORD });
    tokens[account.email.split("@")[0]!] = signedIn.data!.signIn.token;
  }
  quoteId = (await app.gql(`{ quotes { nodes { id status } } }`, {}, tokens["customer.priya"])).data!.quotes.nodes[0].id;
  const booked = await app.prisma.dropOffBooking.findUniqueOrThrow({ where: { id: DEMO_BOOKING_ID }, include: { slot: true } });
  slot = { id: booked.slotId!, startsAt: booked.slot!.startsAt.toISOString() };
});
afterAll(() => app.close());

const BOOKING = `query ($q: ID!) { dropOffBooking(quoteId: $q) { id status workshopAddress slot { id startsAt durationMinutes } } }`;
const CONTACT = `query ($q: ID!) { quote(id: $q) { customer { firstName phone email lastName address } escalation { customer { phone email lastName address } } } }`;
const PRIYA = { phone: "+13035550119", email: "customer.priya@demo.autodoctor.test", street: "1420 Race Street" };

describe("the demo booked drop-off", () => {
  it("shows Priya her approved, paid quote's booking: the slot and Mile High's address", async () => {
    const quotes = await app.gql(`{ quotes { nodes { id status totalCents } } }`, {}, tokens["customer.priya"]);
    expect(quotes.data!.quotes.nodes).toEqual([{ id: quoteId, status: "APPROVED", totalCents: 60_000 }]);
    const read = await app.gql(BOOKING, { q: quoteId }, tokens["customer.priya"]);
    expect(read.errors).toBeUndefined();
    expect(read.data!.dropOffBooking).toEqual({ id: DEMO_BOOKING_ID, status: "BOOKED", workshopAddress: MILE_HIGH_STREET_ADDRESS, slot: { ...slot, durationMinutes: 30 } });
    // Two more slots are free to move to.
    expect((await app.gql(`query ($q: ID!) { dropOffSlots(quoteId: $q) { id } }`, { q: quoteId }, tokens["customer.priya"])).data!.dropOffSlots).toHaveLength(2);
  });

  it("shows Mile High's advisor the slot, and none of Priya's contact details", async () => {
    const read = await app.gql(BOOKING, { q: quoteId }, tokens["advisor.kowalski"]);
    expect(read.data!.dropOffBooking).toMatchObject({ status: "BOOKED", slot });
    const contact = await app.gql(CONTACT, { q: quoteId }, tokens["advisor.kowalski"]);
    expect(contact.data!.quote.customer.firstName).toBe("Priya");
    expect(contact.errors?.map((e) => e.extensions?.code)).toEqual(Array(8).fill("FORBIDDEN"));
    for (const detail of Object.values(PRIYA)) expect(JSON.stringify([read, contact])).not.toContain(detail);
  });

  it("shows other customers and other workshops' advisors nothing (NOT_FOUND), mechanics and the partner nothing (FORBIDDEN)", async () => {
    const outsiders = DEMO_ACCOUNTS.filter((a) => !a.suspended && a.email !== PRIYA.email && !a.email.startsWith("advisor.kowalski@"));
    expect(outsiders.map((a) => a.email.split("@")[0])).toEqual(expect.arrayContaining(["customer.alice", "customer.ben", "customer.carmen", "advisor.rivera", "mechanic.maya", "partner.parts"]));
    for (const account of outsiders) {
      const read = await app.gql(BOOKING, { q: quoteId }, tokens[account.email.split("@")[0]!]);
      expect(read.data?.dropOffBooking ?? null, account.email).toBeNull();
      expect(read.errors?.[0]?.extensions?.code, account.email).toBe(account.role === "CUSTOMER" || account.role === "WORKSHOP_ADVISOR" ? "NOT_FOUND" : "FORBIDDEN");
      const seen = JSON.stringify(read);
      expect(seen, account.email).not.toContain(MILE_HIGH_STREET_ADDRESS);
      expect(seen, account.email).not.toContain(slot.id);
    }
  });

  it("answers the README's sample query for Priya as the README says", async () => {
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const sample = readme.slice(readme.indexOf("To see a booked\ndrop-off"));
    const query = /```graphql\n([\s\S]*?)```/.exec(sample)![1]!;
    const read = await app.gql(query, {}, tokens["customer.priya"]);
    expect(read.errors).toBeUndefined();
    expect(read.data!.quotes.nodes).toEqual([{ id: quoteId, status: "APPROVED", totalCents: 60_000, workshop: { name: "Mile High Motor Works" } }]);
    expect(read.data!.dropOffBooking).toEqual({ status: "BOOKED", workshopAddress: MILE_HIGH_STREET_ADDRESS, slot: { startsAt: slot.startsAt, endsAt: expect.any(String) } });
    expect(new Date(slot.startsAt).getUTCHours()).toBe(15);
  });

  it("is a live booking: Priya can move it to another free slot", async () => {
    const free = (await app.gql(`query ($q: ID!) { dropOffSlots(quoteId: $q) { id } }`, { q: quoteId }, tokens["customer.priya"])).data!.dropOffSlots;
    const moved = await app.gql(BOOK, { q: quoteId, s: free[0].id }, tokens["customer.priya"]);
    expect(moved.data!.bookDropOff).toMatchObject({ id: DEMO_BOOKING_ID, status: "BOOKED", workshopAddress: MILE_HIGH_STREET_ADDRESS, slot: { id: free[0].id } });
  });
});
