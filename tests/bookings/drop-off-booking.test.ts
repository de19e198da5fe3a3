// Issue 18: after paying the repair, the customer books a drop-off slot the workshop published;
// the booking reveals the workshop's address to that customer only; every change is audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CREATE_QUOTE, REPAIR_1200 } from "../factories/escalations.ts";
import { createMechanic } from "../factories/index.ts";
import { acceptedEscalation, BOOK, CANCEL_BOOKING, paidRepair, publishSlot, PUBLISH_SLOT, SET_ADDRESS } from "../factories/workshop-conversations.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0" });
});
afterAll(() => app.close());

const codeOf = (response: { errors?: ReadonlyArray<{ extensions?: Record<string, any> }> | null }) => response.errors?.[0]?.extensions?.code;
const reasonOf = (response: { errors?: ReadonlyArray<{ extensions?: Record<string, any> }> | null }) => response.errors?.[0]?.extensions?.reason;
const SLOTS = `query ($q: ID!) { dropOffSlots(quoteId: $q) { id startsAt durationMinutes endsAt } }`;
const BOOKING = `query ($q: ID!) { dropOffBooking(quoteId: $q) { id status workshopAddress slot { id } } }`;
const ADDRESS = "1200 Brake Lane, Austin";

async function paidWithAddress() {
  const world = await paidRepair(app);
  expect((await app.gql(SET_ADDRESS, { a: ADDRESS }, world.workshop.advisor.token)).data!.setDropOffAddress).toBe(true);
  return world;
}

describe("drop-off slots", () => {
  it("are published by the workshop's advisor and listed, free and soonest first, to the quote's customer", async () => {
    const world = await paidWithAddress();
    const later = await publishSlot(app, world.workshop.advisor.token, 48);
    const sooner = await publishSlot(app, world.workshop.advisor.token, 24);
    const listed = await app.gql(SLOTS, { q: world.quoteId }, world.customer.token);
    expect(listed.data!.dropOffSlots.map((s: { id: string }) => s.id)).toEqual([sooner, later]);
    expect(listed.data!.dropOffSlots[0].durationMinutes).toBe(60);
    await app.gql(BOOK, { q: world.quoteId, s: sooner }, world.customer.token);
    expect((await app.gql(SLOTS, { q: world.quoteId }, world.customer.token)).data!.dropOffSlots.map((s: { id: string }) => s.id)).toEqual([later]);
  });

  it("must start in the future, once per start time, and only advisors publish them", async () => {
    const world = await acceptedEscalation(app);
    const past = await app.gql(PUBLISH_SLOT, { input: { startsAt: new Date(Date.now() - 60_000).toISOString(), durationMinutes: 60 } }, world.workshop.advisor.token);
    expect(codeOf(past)).toBe("BAD_USER_INPUT");
    const startsAt = new Date(Date.now() + 86_400_000).toISOString();
    expect((await app.gql(PUBLISH_SLOT, { input: { startsAt, durationMinutes: 30 } }, world.workshop.advisor.token)).errors).toBeUndefined();
    expect(reasonOf(await app.gql(PUBLISH_SLOT, { input: { startsAt, durationMinutes: 30 } }, world.workshop.advisor.token))).toBe("ALREADY_EXISTS");
    expect(codeOf(await app.gql(PUBLISH_SLOT, { input: { startsAt, durationMinutes: 30 } }, world.customer.token))).toBe("FORBIDDEN");
  });
});

describe("booking a drop-off", () => {
  it("is refused until the repair quote is paid", async () => {
    const world = await acceptedEscalation(app);
    const quote = await app.gql(CREATE_QUOTE, { escalationId: world.escalationId, input: REPAIR_1200 }, world.workshop.advisor.token);
    const slot = await publishSlot(app, world.workshop.advisor.token, 24);
    const refused = await app.gql(BOOK, { q: quote.data!.createQuote.id, s: slot }, world.customer.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "REPAIR_NOT_PAID" });
  });

  it("reveals the workshop's address and the slot to the customer, and never books a slot twice", async () => {
    const world = await paidWithAddress();
    const slot = await publishSlot(app, world.workshop.advisor.token, 24);
    const booked = await app.gql(BOOK, { q: world.quoteId, s: slot }, world.customer.token);
    expect(booked.data!.bookDropOff).toMatchObject({ status: "BOOKED", workshopAddress: ADDRESS, slot: { id: slot } });

    // Another paid customer of the same workshop cannot take the slot.
    const other = await paidRepair(app, { city: world.city }, world.workshop);
    const taken = await app.gql(BOOK, { q: other.quoteId, s: slot }, other.customer.token);
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "DROP_OFF_SLOT_TAKEN" });
    // Nor does anyone book on a quote that is not theirs, or a slot of another workshop.
    expect(codeOf(await app.gql(BOOK, { q: world.quoteId, s: slot }, other.customer.token))).toBe("NOT_FOUND");
    const elsewhere = await paidRepair(app);
    const foreignSlot = await publishSlot(app, elsewhere.workshop.advisor.token, 30);
    expect(codeOf(await app.gql(BOOK, { q: world.quoteId, s: foreignSlot }, world.customer.token))).toBe("NOT_FOUND");
  });

  it("shows the booking to the workshop's advisor, and nothing to the referring mechanic or other mechanics", async () => {
    const world = await paidWithAddress();
    await app.gql(BOOK, { q: world.quoteId, s: await publishSlot(app, world.workshop.advisor.token, 24) }, world.customer.token);
    expect((await app.gql(BOOKING, { q: world.quoteId }, world.workshop.advisor.token)).data!.dropOffBooking.status).toBe("BOOKED");
    for (const mechanic of [world.mechanic, await createMechanic(app)]) {
      const read = await app.gql(BOOKING, { q: world.quoteId }, mechanic.token);
      expect(codeOf(read)).toBe("FORBIDDEN");
      expect(read.body).not.toContain(ADDRESS);
    }
  });

  it("moves to another slot, cancels (freeing the slot and hiding the address) and books again, each change audited", async () => {
    const world = await paidWithAddress();
    const [first, second, third] = [
      await publishSlot(app, world.workshop.advisor.token, 24),
      await publishSlot(app, world.workshop.advisor.token, 25),
      await publishSlot(app, world.workshop.advisor.token, 26),
    ];
    const booked = await app.gql(BOOK, { q: world.quoteId, s: first }, world.customer.token);
    const id = booked.data!.bookDropOff.id;
    expect((await app.gql(BOOK, { q: world.quoteId, s: second }, world.customer.token)).data!.bookDropOff).toMatchObject({ id, status: "BOOKED", slot: { id: second } });
    const cancelled = await app.gql(CANCEL_BOOKING, { b: id }, world.customer.token);
    expect(cancelled.data!.cancelDropOff).toMatchObject({ id, status: "CANCELLED", workshopAddress: null, slot: null });
    expect(codeOf(await app.gql(CANCEL_BOOKING, { b: id }, world.customer.token))).toBe("CONFLICT");
    expect((await app.gql(BOOK, { q: world.quoteId, s: third }, world.customer.token)).data!.bookDropOff).toMatchObject({ id, status: "BOOKED", workshopAddress: ADDRESS });
    // The slots given up are free again.
    const free = (await app.gql(SLOTS, { q: world.quoteId }, world.customer.token)).data!.dropOffSlots.map((s: { id: string }) => s.id);
    expect(free).toEqual([first, second]);

    const audit = await app.prisma.auditLog.findMany({ where: { entityType: "DropOffBooking", entityId: id }, orderBy: { createdAt: "asc" } });
    expect(audit.map((row) => row.action)).toEqual(["booking.booked", "booking.rescheduled", "booking.cancelled", "booking.booked"]);
    expect(audit.every((row) => row.actorId === world.customer.id)).toBe(true);
  });

  it("cannot be moved or cancelled once its slot has started", async () => {
    const world = await paidWithAddress();
    const slot = await publishSlot(app, world.workshop.advisor.token, 1);
    const id = (await app.gql(BOOK, { q: world.quoteId, s: slot }, world.customer.token)).data!.bookDropOff.id;
    const viewer = { id: world.customer.id, role: "CUSTOMER" as const, workshopId: null };
    const inTwoHours = new Date(Date.now() + 2 * 3_600_000);
    await expect(app.server.services.bookings.cancel(viewer, id, inTwoHours)).rejects.toMatchObject({ message: "The drop-off has already started" });
    const later = await publishSlot(app, world.workshop.advisor.token, 5);
    await expect(app.server.services.bookings.book(viewer, world.quoteId, later, inTwoHours)).rejects.toMatchObject({ message: "The drop-off has already started" });
  });
});
