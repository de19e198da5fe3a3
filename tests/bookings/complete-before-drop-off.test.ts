// The workshop completes a repair only once the car could be there: not while the customer's
// drop-off for it is booked on a slot that has not started.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BOOK, CANCEL_BOOKING, paidRepair, publishSlot, SET_ADDRESS } from "../factories/workshop-conversations.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0" });
});
afterAll(() => app.close());

const COMPLETE = `mutation ($q: ID!) { markRepairComplete(quoteId: $q) { id status } }`;

/** A paid repair whose customer booked a drop-off `hoursAhead` hours from now: the world and the booking's id. */
async function bookedRepair(hoursAhead: number) {
  const world = await paidRepair(app);
  await app.gql(SET_ADDRESS, { a: "1200 Brake Lane, Austin" }, world.workshop.advisor.token);
  const booked = await app.gql(BOOK, { q: world.quoteId, s: await publishSlot(app, world.workshop.advisor.token, hoursAhead) }, world.customer.token);
  if (booked.errors) throw new Error(JSON.stringify(booked.errors));
  return { world, bookingId: booked.data!.bookDropOff.id as string };
}

describe("completing a repair with a drop-off", () => {
  it("is refused while the drop-off is booked on a slot that has not started, and nothing changes", async () => {
    const { world, bookingId } = await bookedRepair(24);
    const refused = await app.gql(COMPLETE, { q: world.quoteId }, world.workshop.advisor.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "DROP_OFF_UPCOMING" });
    expect((await app.prisma.repairQuote.findUniqueOrThrow({ where: { id: world.quoteId } })).status).toBe("APPROVED");
    expect((await app.gql(CANCEL_BOOKING, { b: bookingId }, world.customer.token)).data!.cancelDropOff.status).toBe("CANCELLED");
  });

  it("is allowed once the drop-off was cancelled, or its slot has started", async () => {
    const cancelled = await bookedRepair(24);
    await app.gql(CANCEL_BOOKING, { b: cancelled.bookingId }, cancelled.world.customer.token);
    expect((await app.gql(COMPLETE, { q: cancelled.world.quoteId }, cancelled.world.workshop.advisor.token)).data!.markRepairComplete.status).toBe("COMPLETED");

    const started = await bookedRepair(24);
    // The slot's start passes (the clock moves on).
    const booking = await app.prisma.dropOffBooking.findUniqueOrThrow({ where: { id: started.bookingId } });
    await app.prisma.dropOffSlot.update({ where: { id: booking.slotId! }, data: { startsAt: new Date(Date.now() - 60_000) } });
    expect((await app.gql(COMPLETE, { q: started.world.quoteId }, started.world.workshop.advisor.token)).data!.markRepairComplete.status).toBe("COMPLETED");
  });
});
