// The write-side matrix of drop-off bookings (issue 18), from bookingMachine: only the quote's
// customer books again, reschedules or cancels; every other role is refused before any row is read.
import { afterAll, beforeAll } from "vitest";
import { bookingMachine, type BookingMove } from "../../../src/modules/bookings/booking.machine.ts";
import { BOOK, CANCEL_BOOKING, paidRepair, publishSlot } from "../../factories/workshop-conversations.ts";
import { startTestApp, type TestApp } from "../../setup/test-app.ts";
import { describeWriteMatrix, traceOf, type Arranged, type MoveScenario } from "./harness.ts";

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0" });
});
afterAll(() => app.close());

/**
 * A booked drop-off (cancelled first for `book`, and for `cancel`'s CONFLICT test), and a free
 * slot of the same workshop to move to. A cancelled booking is booked again and a booked one
 * rescheduled by the same mutation, so `book` and `reschedule` have no status to be refused from.
 */
function scenario(move: BookingMove): MoveScenario {
  return {
    ...(move === "cancel" ? { conflict: "CANCELLED" } : {}),
    async arrange(from): Promise<Arranged> {
      const world = await paidRepair(app);
      const booked = await app.gql(BOOK, { q: world.quoteId, s: await publishSlot(app, world.workshop.advisor.token, 24) }, world.customer.token);
      const bookingId = booked.data!.bookDropOff.id as string;
      if (move === "book" || from === "CANCELLED") await app.gql(CANCEL_BOOKING, { b: bookingId }, world.customer.token);
      const nextSlot = await publishSlot(app, world.workshop.advisor.token, 48);
      return {
        parties: { CUSTOMER: world.customer, MECHANIC: world.mechanic, WORKSHOP_ADVISOR: world.workshop.advisor },
        trace: traceOf(app, bookingId, async () => (await app.prisma.dropOffBooking.findUnique({ where: { id: bookingId } }))?.status),
        attempt: (token) => (move === "cancel" ? app.gql(CANCEL_BOOKING, { b: bookingId }, token) : app.gql(BOOK, { q: world.quoteId, s: nextSlot }, token)),
      };
    },
  };
}

describeWriteMatrix(() => app, bookingMachine, { book: scenario("book"), reschedule: scenario("reschedule"), cancel: scenario("cancel") });
