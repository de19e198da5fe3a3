// A repair whose escrowed authorization is cancelled or lapses is no longer paid for (the money was
// held, never taken): its upcoming drop-off is cancelled by the system in the transaction that makes
// the payment CANCELED, whether Stripe says so (`payment_intent.canceled`) or the platform finds
// out when its capture run comes too late. The slot is free again and the address hidden; the
// customer may pay the quote again and book again.
import { describe, expect, it } from "vitest";
import { BOOK, bookedDropOff, DROP_OFF_BOOKING, PAY_QUOTE } from "../factories/workshop-conversations.ts";
import type { TestApp } from "../setup/test-app.ts";
import { ESCROWING_REPAIRS, paymentsSpec, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let app: TestApp;
paymentsSpec((world) => ({ payments, app } = world), ESCROWING_REPAIRS);

const HOUR_MS = 3_600_000;
const statusOf = async (paymentId: string) => (await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { status: true } })).status;
const cancellations = (bookingId: string) => app.prisma.auditLog.findMany({ where: { entityId: bookingId, action: "booking.cancelled" } });
const slotHolder = async (slotId: string) => (await app.prisma.dropOffSlot.findUniqueOrThrow({ where: { id: slotId }, select: { booking: { select: { id: true } } } })).booking;

describe("a repair whose authorization is cancelled", () => {
  it("by Stripe (payment_intent.canceled) has its upcoming drop-off cancelled, audited with Stripe's event; the customer may pay and book again", async () => {
    const { world, paymentId, intentId, slotId, bookingId } = await bookedDropOff(payments);
    expect(await statusOf(paymentId)).toBe("REQUIRES_CAPTURE");
    const eventId = `evt_canceled_${bookingId}`;
    expect((await payments.webhook("payment_intent.canceled", payments.stripe.lapse(intentId), eventId)).status).toBe(200);

    expect(await statusOf(paymentId)).toBe("CANCELED");
    const read = await app.gql(DROP_OFF_BOOKING, { q: world.quoteId }, world.customer.token);
    expect(read.data!.dropOffBooking).toEqual({ id: bookingId, status: "CANCELLED", workshopAddress: null, slot: null });
    expect(read.body).not.toContain("Brake Lane");
    expect(await slotHolder(slotId)).toBeNull();
    const audit = await cancellations(bookingId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: null,
      subjectUserId: world.customer.id,
      data: { to: "CANCELLED", slotId: null, cause: "PAYMENT_CANCELED", paymentId, source: "stripe", eventId, reason: "automatic" },
    });

    // A new payment of the approved quote pays for the repair again: the freed slot can be booked again.
    const again = (await app.gql(PAY_QUOTE, { q: world.quoteId, k: `again-${world.quoteId}` }, world.customer.token)).data!.payQuote.paymentId as string;
    expect(again).not.toBe(paymentId);
    await payments.confirmPayment(again);
    expect((await app.gql(BOOK, { q: world.quoteId, s: slotId }, world.customer.token)).data!.bookDropOff).toMatchObject({ id: bookingId, status: "BOOKED" });
  });

  it("found by the platform's capture run (the authorization lapsed before it, its event not arrived yet) has its drop-off cancelled too", async () => {
    const { world, paymentId, intentId, slotId, bookingId } = await bookedDropOff(payments);
    payments.stripe.lapse(intentId); // Stripe's payment_intent.canceled is still on its way
    const { createdAt } = await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { createdAt: true } });
    await app.server.services.payments.captureAgingAuthorizations(new Date(createdAt.getTime() + 145 * HOUR_MS));

    expect(await statusOf(paymentId)).toBe("CANCELED");
    expect((await app.gql(DROP_OFF_BOOKING, { q: world.quoteId }, world.customer.token)).data!.dropOffBooking).toEqual({ id: bookingId, status: "CANCELLED", workshopAddress: null, slot: null });
    expect(await slotHolder(slotId)).toBeNull();
    const audit = await cancellations(bookingId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: null, data: { cause: "PAYMENT_CANCELED", paymentId, source: "authorization-expiry", quoteId: world.quoteId } });
  });
});
