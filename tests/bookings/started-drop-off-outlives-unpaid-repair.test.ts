// A drop-off whose slot has started may have the car at the workshop: a repair that stops being
// paid for (its authorization cancelled, a dispute lost) leaves it BOOKED, with the address still
// shown to its customer, and writes no cancellation. The money side is settled all the same.
import { describe, expect, it } from "vitest";
import { bookedDropOff, DROP_OFF_ADDRESS, DROP_OFF_BOOKING, type BookedDropOff } from "../factories/workshop-conversations.ts";
import { ESCROWING_REPAIRS, paymentsSpec, type PaymentsSpecWorld } from "../support/payments-app.ts";

let escrowing: PaymentsSpecWorld;
let settling: PaymentsSpecWorld;
paymentsSpec((world) => (escrowing = world), ESCROWING_REPAIRS);
paymentsSpec((world) => (settling = world));

/** A booked drop-off whose slot started a minute ago. */
async function startedDropOff({ payments, app }: PaymentsSpecWorld): Promise<BookedDropOff> {
  const booked = await bookedDropOff(payments);
  await app.prisma.dropOffSlot.update({ where: { id: booked.slotId }, data: { startsAt: new Date(Date.now() - 60_000) } });
  return booked;
}

async function expectUntouched({ app }: PaymentsSpecWorld, { world, slotId, bookingId }: BookedDropOff) {
  const read = await app.gql(DROP_OFF_BOOKING, { q: world.quoteId }, world.customer.token);
  expect(read.data!.dropOffBooking).toEqual({ id: bookingId, status: "BOOKED", workshopAddress: DROP_OFF_ADDRESS, slot: { id: slotId } });
  expect(await app.prisma.auditLog.count({ where: { entityId: bookingId, action: "booking.cancelled" } })).toBe(0);
}

describe("a drop-off whose slot has started", () => {
  it("stays booked when the repair's authorization is cancelled", async () => {
    const booked = await startedDropOff(escrowing);
    const { payments, app } = escrowing;
    expect((await payments.webhook("payment_intent.canceled", payments.stripe.lapse(booked.intentId))).status).toBe(200);
    expect((await app.prisma.payment.findUniqueOrThrow({ where: { id: booked.paymentId } })).status).toBe("CANCELED");
    await expectUntouched(escrowing, booked);
  });

  it("stays booked when the repair's dispute is lost", async () => {
    const booked = await startedDropOff(settling);
    const { payments, app } = settling;
    expect((await payments.webhook("charge.dispute.closed", payments.stripe.dispute(booked.intentId, { status: "lost" }))).status).toBe(200);
    expect(await app.prisma.ledgerEntry.count({ where: { paymentId: booked.paymentId, transactionKey: { startsWith: "dispute-lost:" } } })).toBeGreaterThan(0);
    await expectUntouched(settling, booked);
  });
});
