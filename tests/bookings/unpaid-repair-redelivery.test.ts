// Stripe delivers an event at least once, and again after a failure: the event that ended a
// repair's payment (a cancelled authorization, a lost dispute) cancels its drop-off once. Its
// second delivery, the same event processed again after an earlier delivery failed midway, or a
// new event saying the same thing, changes nothing and writes no second audit row, even once the
// customer has paid again and booked again.
import { describe, expect, it } from "vitest";
import { BOOK, bookedDropOff, DROP_OFF_BOOKING, PAY_QUOTE } from "../factories/workshop-conversations.ts";
import { ESCROWING_REPAIRS, paymentsSpec, type PaymentsSpecWorld } from "../support/payments-app.ts";

let escrowing: PaymentsSpecWorld;
let settling: PaymentsSpecWorld;
paymentsSpec((world) => (escrowing = world), ESCROWING_REPAIRS);
paymentsSpec((world) => (settling = world));

/** The booking as its customer reads it, and every audit row of it and of the payment. */
async function snapshot({ app }: PaymentsSpecWorld, quoteId: string, customerToken: string, bookingId: string, paymentId: string) {
  return {
    booking: (await app.gql(DROP_OFF_BOOKING, { q: quoteId }, customerToken)).data!.dropOffBooking,
    row: await app.prisma.dropOffBooking.findUniqueOrThrow({ where: { id: bookingId } }),
    audit: await app.prisma.auditLog.findMany({ where: { entityId: { in: [bookingId, paymentId] } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } }),
  };
}

describe("a redelivered event that ended a repair's payment", () => {
  it("payment_intent.canceled: delivered again, processed again after a failed delivery, or sent anew after the customer booked again, changes nothing", async () => {
    const { payments, app } = escrowing;
    const { world, paymentId, intentId, slotId, bookingId } = await bookedDropOff(payments);
    const canceled = payments.stripe.lapse(intentId);
    const eventId = `evt_canceled_${bookingId}`;
    expect((await payments.webhook("payment_intent.canceled", canceled, eventId)).status).toBe(200);
    const once = await snapshot(escrowing, world.quoteId, world.customer.token, bookingId, paymentId);
    expect(once.booking).toMatchObject({ status: "CANCELLED", workshopAddress: null });

    expect((await payments.webhook("payment_intent.canceled", canceled, eventId)).body).toEqual({ received: true, duplicate: true });
    // The first delivery failed after its transaction committed (before the event was marked processed): processed again.
    await app.prisma.stripeEvent.update({ where: { id: eventId }, data: { processedAt: null } });
    expect((await payments.webhook("payment_intent.canceled", canceled, eventId)).body).toEqual({ received: true });
    expect(await snapshot(escrowing, world.quoteId, world.customer.token, bookingId, paymentId)).toEqual(once);

    // Paid again and booked again: the old payment's cancellation, sent again as a new event, leaves the new booking alone.
    const again = (await app.gql(PAY_QUOTE, { q: world.quoteId, k: `again-${world.quoteId}` }, world.customer.token)).data!.payQuote.paymentId as string;
    await payments.confirmPayment(again);
    expect((await app.gql(BOOK, { q: world.quoteId, s: slotId }, world.customer.token)).data!.bookDropOff).toMatchObject({ status: "BOOKED" });
    const rebooked = await snapshot(escrowing, world.quoteId, world.customer.token, bookingId, paymentId);
    expect((await payments.webhook("payment_intent.canceled", canceled)).status).toBe(200);
    expect(await snapshot(escrowing, world.quoteId, world.customer.token, bookingId, paymentId)).toEqual(rebooked);
    expect(await app.prisma.auditLog.count({ where: { entityId: bookingId, action: "booking.cancelled" } })).toBe(1);
  });

  it("charge.dispute.closed (lost): delivered again, or sent anew, changes nothing", async () => {
    const { payments, app } = settling;
    const { world, paymentId, intentId, bookingId } = await bookedDropOff(payments);
    const lost = payments.stripe.dispute(intentId, { status: "lost" });
    const eventId = `evt_lost_${bookingId}`;
    expect((await payments.webhook("charge.dispute.closed", lost, eventId)).status).toBe(200);
    const once = await snapshot(settling, world.quoteId, world.customer.token, bookingId, paymentId);
    expect(once.booking).toMatchObject({ status: "CANCELLED", workshopAddress: null });

    expect((await payments.webhook("charge.dispute.closed", lost, eventId)).body).toEqual({ received: true, duplicate: true });
    expect((await payments.webhook("charge.dispute.closed", lost)).status).toBe(200);
    expect(await snapshot(settling, world.quoteId, world.customer.token, bookingId, paymentId)).toEqual(once);
    expect(await app.prisma.auditLog.count({ where: { entityId: bookingId, action: "booking.cancelled" } })).toBe(1);
  });
});
