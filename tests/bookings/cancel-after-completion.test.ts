// Once the workshop completed the repair, its drop-off is history: the customer no longer cancels it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BOOK, CANCEL_BOOKING, paidRepair, publishSlot, SET_ADDRESS } from "../factories/workshop-conversations.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0" });
});
afterAll(() => app.close());

const COMPLETE = `mutation ($q: ID!) { markRepairComplete(quoteId: $q) { id status } }`;

describe("cancelling the drop-off of a completed repair", () => {
  it("is refused with REPAIR_COMPLETED, and the booking stays booked", async () => {
    const world = await paidRepair(app);
    await app.gql(SET_ADDRESS, { a: "1200 Brake Lane, Austin" }, world.workshop.advisor.token);
    const booked = await app.gql(BOOK, { q: world.quoteId, s: await publishSlot(app, world.workshop.advisor.token, 24) }, world.customer.token);
    const bookingId = booked.data!.bookDropOff.id as string;
    // The slot starts (the clock moves on), the car is in, the workshop completes the repair.
    const booking = await app.prisma.dropOffBooking.findUniqueOrThrow({ where: { id: bookingId } });
    await app.prisma.dropOffSlot.update({ where: { id: booking.slotId! }, data: { startsAt: new Date(Date.now() - 60_000) } });
    expect((await app.gql(COMPLETE, { q: world.quoteId }, world.workshop.advisor.token)).data!.markRepairComplete.status).toBe("COMPLETED");

    const refused = await app.gql(CANCEL_BOOKING, { b: bookingId }, world.customer.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "REPAIR_COMPLETED" });
    expect((await app.prisma.dropOffBooking.findUniqueOrThrow({ where: { id: bookingId } })).status).toBe("BOOKED");
  });
});
