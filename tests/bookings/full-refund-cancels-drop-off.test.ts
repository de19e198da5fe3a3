// A repair refunded in full is no longer paid for: its upcoming drop-off is cancelled by the
// system in the refund's transaction, so the slot is free again and the customer no longer reads
// the workshop's address. A partial refund, or a drop-off already under way, leaves it booked.
import { describe, expect, it } from "vitest";
import type { CreatedUser } from "../factories/index.ts";
import { approvedRepair, BOOK, publishSlot, SET_ADDRESS } from "../factories/workshop-conversations.ts";
import type { TestApp } from "../setup/test-app.ts";
import { refundSpec, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let app: TestApp;
let admin: CreatedUser;
refundSpec((world) => ({ payments, app, admin } = world));

const PAY_QUOTE = `mutation ($q: ID!, $k: String!) { payQuote(quoteId: $q, idempotencyKey: $k) { paymentId } }`;
const REFUND = `mutation ($p: ID!, $a: Int) { refundPayment(paymentId: $p, amountCents: $a) { status refundedCents } }`;
const BOOKING = `query ($q: ID!) { dropOffBooking(quoteId: $q) { id status workshopAddress slot { id } } }`;
const ADDRESS = "1200 Brake Lane, Austin";

/** A $1,200 repair paid through Stripe and its drop-off booked on a slot a day ahead: the payment, booking and slot ids. */
async function bookedRepair() {
  const world = await approvedRepair(app);
  const pay = await app.gql(PAY_QUOTE, { q: world.quoteId, k: `refund-drop-off-${world.quoteId}` }, world.customer.token);
  const paymentId = pay.data!.payQuote.paymentId as string;
  await payments.confirmPayment(paymentId);
  await app.gql(SET_ADDRESS, { a: ADDRESS }, world.workshop.advisor.token);
  const slotId = await publishSlot(app, world.workshop.advisor.token, 24);
  const booked = await app.gql(BOOK, { q: world.quoteId, s: slotId }, world.customer.token);
  expect(booked.data!.bookDropOff).toMatchObject({ status: "BOOKED", workshopAddress: ADDRESS });
  return { world, paymentId, slotId, bookingId: booked.data!.bookDropOff.id as string };
}

describe("a full refund of a repair's payment", () => {
  it("cancels its upcoming drop-off: the address is hidden, the slot free again, the cancellation audited with the refund", async () => {
    const { world, paymentId, slotId, bookingId } = await bookedRepair();
    expect((await app.gql(REFUND, { p: paymentId }, admin.token)).data!.refundPayment.status).toBe("REFUNDED");

    const read = await app.gql(BOOKING, { q: world.quoteId }, world.customer.token);
    expect(read.data!.dropOffBooking).toEqual({ id: bookingId, status: "CANCELLED", workshopAddress: null, slot: null });
    expect(JSON.stringify(read.body)).not.toContain("Brake Lane");
    expect(await app.prisma.dropOffSlot.findUniqueOrThrow({ where: { id: slotId }, select: { booking: { select: { id: true } } } })).toEqual({ booking: null });
    const audit = await app.prisma.auditLog.findMany({ where: { entityId: bookingId, action: "booking.cancelled" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.id, subjectUserId: world.customer.id, data: { to: "CANCELLED", slotId: null, amountCents: 120_000 } });
  });

  it("made in two parts cancels it with the second", async () => {
    const { world, paymentId } = await bookedRepair();
    await app.gql(REFUND, { p: paymentId, a: 20_000 }, admin.token);
    expect((await app.gql(BOOKING, { q: world.quoteId }, world.customer.token)).data!.dropOffBooking).toMatchObject({ status: "BOOKED", workshopAddress: ADDRESS });
    await app.gql(REFUND, { p: paymentId, a: 100_000 }, admin.token);
    expect((await app.gql(BOOKING, { q: world.quoteId }, world.customer.token)).data!.dropOffBooking).toMatchObject({ status: "CANCELLED", workshopAddress: null });
  });

  it("leaves a drop-off whose slot has started as it is (the car may be at the workshop)", async () => {
    const { world, paymentId, slotId } = await bookedRepair();
    await app.prisma.dropOffSlot.update({ where: { id: slotId }, data: { startsAt: new Date(Date.now() - 60_000) } });
    expect((await app.gql(REFUND, { p: paymentId }, admin.token)).data!.refundPayment.status).toBe("REFUNDED");
    expect((await app.gql(BOOKING, { q: world.quoteId }, world.customer.token)).data!.dropOffBooking).toMatchObject({ status: "BOOKED" });
  });
});
