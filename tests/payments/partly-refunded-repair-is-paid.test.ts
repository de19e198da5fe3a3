// A repair whose payment was refunded in part is still paid for: what is left pays for the work.
// Its customer moves the drop-off, its workshop marks it complete and the customer reviews it,
// as for a repair paid in full; completing it pays no payee the refunded part again (settled at
// once: nothing moves; escrowed and captured early: the shares released are what the refund left).
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { BOOK, bookedDropOff, publishSlot } from "../factories/workshop-conversations.ts";
import { ESCROWING_REPAIRS, refundSpec, type PaymentsSpecWorld } from "../support/payments-app.ts";

let settling: PaymentsSpecWorld;
let escrowing: PaymentsSpecWorld;
refundSpec((world) => (settling = world));
refundSpec((world) => (escrowing = world), ESCROWING_REPAIRS);

const REFUND = `mutation ($p: ID!, $a: Int, $k: String!) { refundPayment(paymentId: $p, amountCents: $a, idempotencyKey: $k) { status refundedCents } }`;
const COMPLETE = `mutation ($q: ID!) { markRepairComplete(quoteId: $q) { id status } }`;
const REVIEW_WORKSHOP = `mutation ($q: ID!) { reviewWorkshop(quoteId: $q, input: { rating: 4 }) { id rating } }`;
const HOUR_MS = 3_600_000;

/** The payment's ledger balance of `account`, in cents (what is still owed to that payee). */
async function balanceOf({ app }: PaymentsSpecWorld, paymentId: string, account: "WORKSHOP_PAYABLE" | "MECHANIC_PAYABLE"): Promise<number> {
  return (await app.prisma.ledgerEntry.aggregate({ where: { paymentId, account }, _sum: { amountCents: true } }))._sum.amountCents ?? 0;
}

/** The payment's transfers, as sent and reversed. */
const transfersOf = ({ app }: PaymentsSpecWorld, paymentId: string) =>
  app.prisma.transfer.findMany({ where: { paymentId }, orderBy: { id: "asc" }, select: { recipient: true, amountCents: true, reversedCents: true, stripeTransferId: true } });

/** Moves the booking's slot start into the past, as the clock would: the car may be at the workshop, so the repair may be completed. */
async function slotStarts({ app }: PaymentsSpecWorld, bookingId: string): Promise<void> {
  const { slotId } = await app.prisma.dropOffBooking.findUniqueOrThrow({ where: { id: bookingId } });
  await app.prisma.dropOffSlot.update({ where: { id: slotId! }, data: { startsAt: new Date(Date.now() - 60_000) } });
}

describe("a repair whose payment was refunded in part", () => {
  it("is paid: its drop-off moves, it is completed and reviewed, and completing it pays nobody again", async () => {
    const { app, admin, payments } = settling;
    const { world, paymentId, bookingId } = await bookedDropOff(payments);
    expect((await app.gql(REFUND, { k: randomUUID(), p: paymentId, a: 20_000 }, admin.token)).data!.refundPayment).toEqual({ status: "PARTIALLY_REFUNDED", refundedCents: 20_000 });

    const moved = await app.gql(BOOK, { q: world.quoteId, s: await publishSlot(app, world.workshop.advisor.token, 48) }, world.customer.token);
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.bookDropOff).toMatchObject({ id: bookingId, status: "BOOKED" });

    await slotStarts(settling, bookingId);
    const before = { transfers: await transfersOf(settling, paymentId), workshop: await balanceOf(settling, paymentId, "WORKSHOP_PAYABLE") };
    const completed = await app.gql(COMPLETE, { q: world.quoteId }, world.workshop.advisor.token);
    expect(completed.errors).toBeUndefined();
    expect(completed.data!.markRepairComplete.status).toBe("COMPLETED");
    // The workshop (no payouts yet) is owed its share less the refund's part, 108,000 - 18,000; completion changes nothing of it.
    expect(before.workshop).toBe(90_000);
    expect({ transfers: await transfersOf(settling, paymentId), workshop: await balanceOf(settling, paymentId, "WORKSHOP_PAYABLE") }).toEqual(before);
    expect((await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).status).toBe("PARTIALLY_REFUNDED");

    const review = await app.gql(REVIEW_WORKSHOP, { q: world.quoteId }, world.customer.token);
    expect(review.errors).toBeUndefined();
    expect(review.data!.reviewWorkshop.rating).toBe(4);
  });

  it("escrowed and captured before its authorization lapsed: completing it releases to the workshop what the refund left of its share", async () => {
    const { app, admin, payments } = escrowing;
    const { world, paymentId, bookingId } = await bookedDropOff(payments);
    const account = `acct_ws_${randomUUID().slice(0, 8)}`;
    await app.prisma.workshop.update({ where: { id: world.workshop.id }, data: { stripeAccountId: account, payoutsEnabled: true } });
    const { createdAt } = await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } });
    await app.server.services.payments.captureAgingAuthorizations(new Date(createdAt.getTime() + 145 * HOUR_MS));
    expect((await app.gql(REFUND, { k: randomUUID(), p: paymentId, a: 20_000 }, admin.token)).data!.refundPayment.status).toBe("PARTIALLY_REFUNDED");
    // Held until the repair is complete: nothing was paid out.
    expect(await transfersOf(escrowing, paymentId)).toEqual([]);

    await slotStarts(escrowing, bookingId);
    const completed = await app.gql(COMPLETE, { q: world.quoteId }, world.workshop.advisor.token);
    expect(completed.errors).toBeUndefined();
    expect(completed.data!.markRepairComplete.status).toBe("COMPLETED");
    expect(await transfersOf(escrowing, paymentId)).toEqual([{ recipient: "WORKSHOP", amountCents: 90_000, reversedCents: 0, stripeTransferId: expect.any(String) }]);
    expect(await balanceOf(escrowing, paymentId, "WORKSHOP_PAYABLE")).toBe(0);
  });
});
