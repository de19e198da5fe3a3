// A repair that is still paid for keeps its drop-off: a partial refund leaves the rest paying for
// it, and a dispute the platform wins gives the money back to the platform (the payment returns to
// SUCCEEDED). The booking stays BOOKED with the address shown, and no cancellation is written.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { CreatedUser } from "../factories/index.ts";
import { bookedDropOff, DROP_OFF_ADDRESS, DROP_OFF_BOOKING, type BookedDropOff } from "../factories/workshop-conversations.ts";
import type { TestApp } from "../setup/test-app.ts";
import { refundSpec, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let app: TestApp;
let admin: CreatedUser;
refundSpec((world) => ({ payments, app, admin } = world));

const REFUND = `mutation ($p: ID!, $a: Int, $k: String!) { refundPayment(paymentId: $p, amountCents: $a, idempotencyKey: $k) { status refundedCents } }`;

async function expectStillBooked({ world, slotId, bookingId }: BookedDropOff) {
  const read = await app.gql(DROP_OFF_BOOKING, { q: world.quoteId }, world.customer.token);
  expect(read.data!.dropOffBooking).toEqual({ id: bookingId, status: "BOOKED", workshopAddress: DROP_OFF_ADDRESS, slot: { id: slotId } });
  expect(await app.prisma.auditLog.count({ where: { entityId: bookingId, action: "booking.cancelled" } })).toBe(0);
}

describe("a repair still paid for keeps its drop-off", () => {
  it("after a partial refund", async () => {
    const booked = await bookedDropOff(payments);
    expect((await app.gql(REFUND, { k: randomUUID(), p: booked.paymentId, a: 20_000 }, admin.token)).data!.refundPayment).toEqual({ status: "PARTIALLY_REFUNDED", refundedCents: 20_000 });
    await expectStillBooked(booked);
  });

  it("after a dispute the platform wins", async () => {
    const booked = await bookedDropOff(payments);
    expect((await payments.webhook("charge.dispute.created", payments.stripe.dispute(booked.intentId, { status: "needs_response" }))).status).toBe(200);
    expect((await payments.webhook("charge.dispute.closed", payments.stripe.dispute(booked.intentId, { status: "won" }))).status).toBe(200);
    expect((await app.prisma.payment.findUniqueOrThrow({ where: { id: booked.paymentId } })).status).toBe("SUCCEEDED");
    await expectStillBooked(booked);
  });
});
