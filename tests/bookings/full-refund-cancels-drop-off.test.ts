// A repair refunded in full is no longer paid for: its upcoming drop-off is cancelled by the
// system in the refund's transaction, so the slot is free again and the customer no longer reads
// the workshop's address. A partial refund, or a drop-off already under way, leaves it booked.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { CreatedUser } from "../factories/index.ts";
import { bookedDropOff, DROP_OFF_ADDRESS as ADDRESS, DROP_OFF_BOOKING as BOOKING } from "../factories/workshop-conversations.ts";
import type { TestApp } from "../setup/test-app.ts";
import { refundSpec, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let app: TestApp;
let admin: CreatedUser;
refundSpec((world) => ({ payments, app, admin } = world));

const REFUND = `mutation ($p: ID!, $a: Int, $k: String!) { refundPayment(paymentId: $p, amountCents: $a, idempotencyKey: $k) { status refundedCents } }`;
/** A $1,200 repair paid through Stripe and its drop-off booked on a slot a day ahead. */
const bookedRepair = () => bookedDropOff(payments);

describe("a full refund of a repair's payment", () => {
  it("cancels its upcoming drop-off: the address is hidden, the slot free again, the cancellation audited with the refund", async () => {
    const { world, paymentId, slotId, bookingId } = await bookedRepair();
    expect((await app.gql(REFUND, { k: randomUUID(), p: paymentId }, admin.token)).data!.refundPayment.status).toBe("REFUNDED");

    const read = await app.gql(BOOKING, { q: world.quoteId }, world.customer.token);
    expect(read.data!.dropOffBooking).toEqual({ id: bookingId, status: "CANCELLED", workshopAddress: null, slot: null });
    expect(JSON.stringify(read.body)).not.toContain("Brake Lane");
    expect(await app.prisma.dropOffSlot.findUniqueOrThrow({ where: { id: slotId }, select: { booking: { select: { id: true } } } })).toEqual({ booking: null });
    const audit = await app.prisma.auditLog.findMany({ where: { entityId: bookingId, action: "booking.cancelled" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: admin.id, subjectUserId: world.customer.id, data: { to: "CANCELLED", slotId: null, amountCents: 120_000, cause: "REFUNDED_IN_FULL", paymentId } });
  });

  it("made in two parts cancels it with the second", async () => {
    const { world, paymentId } = await bookedRepair();
    await app.gql(REFUND, { k: randomUUID(), p: paymentId, a: 20_000 }, admin.token);
    expect((await app.gql(BOOKING, { q: world.quoteId }, world.customer.token)).data!.dropOffBooking).toMatchObject({ status: "BOOKED", workshopAddress: ADDRESS });
    await app.gql(REFUND, { k: randomUUID(), p: paymentId, a: 100_000 }, admin.token);
    expect((await app.gql(BOOKING, { q: world.quoteId }, world.customer.token)).data!.dropOffBooking).toMatchObject({ status: "CANCELLED", workshopAddress: null });
  });

  it("leaves a drop-off whose slot has started as it is (the car may be at the workshop)", async () => {
    const { world, paymentId, slotId } = await bookedRepair();
    await app.prisma.dropOffSlot.update({ where: { id: slotId }, data: { startsAt: new Date(Date.now() - 60_000) } });
    expect((await app.gql(REFUND, { k: randomUUID(), p: paymentId }, admin.token)).data!.refundPayment.status).toBe("REFUNDED");
    expect((await app.gql(BOOKING, { q: world.quoteId }, world.customer.token)).data!.dropOffBooking).toMatchObject({ status: "BOOKED" });
  });
});
