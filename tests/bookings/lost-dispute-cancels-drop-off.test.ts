// A repair whose payment's dispute the platform loses is no longer paid for: Stripe gave the
// customer the money back, the split is written off and the payment stays DISPUTED (no completion
// or payout accepts it). Its upcoming drop-off is cancelled by the system in the transaction that
// books the loss, audited with Stripe's event and the dispute.
import type Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { bookedDropOff, DROP_OFF_BOOKING } from "../factories/workshop-conversations.ts";
import type { TestApp } from "../setup/test-app.ts";
import { refundSpec, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let app: TestApp;
refundSpec((world) => ({ payments, app } = world));

const cancellations = (bookingId: string) => app.prisma.auditLog.findMany({ where: { entityId: bookingId, action: "booking.cancelled" } });

/** Stripe moves the intent's dispute to `status` and delivers `charge.dispute.<event>`; the dispute. */
async function dispute(intentId: string, event: string, status: Stripe.Dispute.Status, eventId?: string) {
  const object = payments.stripe.dispute(intentId, { status });
  expect((await payments.webhook(`charge.dispute.${event}`, object, eventId)).status).toBe(200);
  return object;
}

describe("a dispute the platform loses", () => {
  it("cancels the repair's upcoming drop-off when Stripe closes it lost: address hidden, slot free, audited with the event and the dispute", async () => {
    const { world, paymentId, intentId, slotId, bookingId } = await bookedDropOff(payments);
    await dispute(intentId, "created", "needs_response");
    const eventId = `evt_lost_${bookingId}`;
    const lost = await dispute(intentId, "closed", "lost", eventId);

    expect((await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).status).toBe("DISPUTED");
    const read = await app.gql(DROP_OFF_BOOKING, { q: world.quoteId }, world.customer.token);
    expect(read.data!.dropOffBooking).toEqual({ id: bookingId, status: "CANCELLED", workshopAddress: null, slot: null });
    expect(read.body).not.toContain("Brake Lane");
    expect((await app.prisma.dropOffSlot.findUniqueOrThrow({ where: { id: slotId }, select: { booking: true } })).booking).toBeNull();
    const audit = await cancellations(bookingId);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actorId: null,
      subjectUserId: world.customer.id,
      data: { to: "CANCELLED", slotId: null, cause: "DISPUTE_LOST", paymentId, source: "stripe", eventId, disputeId: lost.id, amountCents: 120_000 },
    });
  });

  it("cancels it when the loss is the first of the dispute's events to arrive (withdrawal and loss booked together)", async () => {
    const { world, intentId, bookingId } = await bookedDropOff(payments);
    await dispute(intentId, "closed", "lost");

    expect((await app.gql(DROP_OFF_BOOKING, { q: world.quoteId }, world.customer.token)).data!.dropOffBooking).toMatchObject({ status: "CANCELLED", workshopAddress: null });
    expect(await cancellations(bookingId)).toHaveLength(1);
  });
});
