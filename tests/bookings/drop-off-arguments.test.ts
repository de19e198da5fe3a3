// The drop-off operations' arguments are checked at the edge (DropOffSlotInput, DropOffAddressArgs,
// DropOffQuoteArgs, BookDropOffArgs, DropOffBookingArgs): a slot of under 15 or over
// MAX_SLOT_MINUTES minutes, a street address under 5 or over 200 characters once trimmed, and an id
// that is not an RFC 4122 uuid (one the input guard's uuid shape lets through) are BAD_USER_INPUT
// naming the argument, before anything is looked up or stored.
import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { MAX_SLOT_MINUTES } from "../../src/modules/bookings/booking.inputs.ts";
import { createMatchableWorkshop } from "../factories/escalations.ts";
import { createCustomer, type CreatedUser } from "../factories/index.ts";
import { BOOK, CANCEL_BOOKING, PUBLISH_SLOT, SET_ADDRESS } from "../factories/workshop-conversations.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";
import { firstError, NOT_RFC_UUID, refusal } from "../support/edge-errors.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const errorOf = (operation: string, variables: Record<string, unknown>, caller: CreatedUser) => firstError(app, operation, variables, caller.token);

describe("drop-off operations' arguments", () => {
  it(`refuse a slot shorter than 15 or longer than ${MAX_SLOT_MINUTES} minutes, and publish none`, async () => {
    const workshop = await createMatchableWorkshop(app);
    const startsAt = new Date(Date.now() + 86_400_000).toISOString();
    expect(await errorOf(PUBLISH_SLOT, { input: { startsAt, durationMinutes: 14 } }, workshop.advisor)).toEqual(refusal("input.durationMinutes", "must be at least 15 minutes"));
    expect(await errorOf(PUBLISH_SLOT, { input: { startsAt, durationMinutes: MAX_SLOT_MINUTES + 1 } }, workshop.advisor)).toEqual(
      refusal("input.durationMinutes", `must be at most ${MAX_SLOT_MINUTES} minutes`),
    );
    expect(await app.prisma.dropOffSlot.count({ where: { workshopId: workshop.id } })).toBe(0);
  });

  it("refuse a street address under 5 or over 200 characters once trimmed", async () => {
    const workshop = await createMatchableWorkshop(app);
    expect(await errorOf(SET_ADDRESS, { a: "  12  " }, workshop.advisor)).toEqual(refusal("streetAddress", "is too short"));
    expect(await errorOf(SET_ADDRESS, { a: `1 ${"Long ".repeat(40)}Lane` }, workshop.advisor)).toEqual(refusal("streetAddress", "must be at most 200 characters"));
  });

  it("refuse a quote, slot or booking id that is not a uuid", async () => {
    const customer = await createCustomer(app);
    expect(await errorOf(`query ($q: ID!) { dropOffSlots(quoteId: $q) { id } }`, { q: NOT_RFC_UUID }, customer)).toEqual(refusal("quoteId", "must be a quote id"));
    expect(await errorOf(`query ($q: ID!) { dropOffBooking(quoteId: $q) { id } }`, { q: NOT_RFC_UUID }, customer)).toEqual(refusal("quoteId", "must be a quote id"));
    expect(await errorOf(BOOK, { q: NOT_RFC_UUID, s: randomUUID() }, customer)).toEqual(refusal("quoteId", "must be a quote id"));
    expect(await errorOf(BOOK, { q: randomUUID(), s: NOT_RFC_UUID }, customer)).toEqual(refusal("slotId", "must be a slot id"));
    expect(await errorOf(CANCEL_BOOKING, { b: NOT_RFC_UUID }, customer)).toEqual(refusal("bookingId", "must be a booking id"));
  });
});
