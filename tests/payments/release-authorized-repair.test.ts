// An admin's full refund of an escrowed repair payment that is only authorized (REQUIRES_CAPTURE)
// releases the card's hold: the PaymentIntent is cancelled at Stripe (requested_by_customer, under
// the admin's idempotency key), nothing was captured so nothing is booked, the payment ends
// CANCELED and the quote CANCELLED (its upcoming drop-off with it), audited with the admin and the
// reason. Before, refundPayment answered CONFLICT "Only a settled payment can be refunded" and
// nothing could release the hold: the card was held for 6 days, captured by the payout job, then
// refunded, and the platform paid Stripe's fees twice.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { authorizedRepair, bookedDropOff, DROP_OFF_BOOKING } from "../factories/workshop-conversations.ts";
import { ledgerOf } from "../support/ledger.ts";
import { ESCROWING_REPAIRS, refundSpec, type PaymentsSpecWorld } from "../support/payments-app.ts";

let world: PaymentsSpecWorld;
refundSpec((started) => (world = started), ESCROWING_REPAIRS);

const REFUND = `mutation ($p: ID!, $a: Int, $r: String, $k: String!) { refundPayment(paymentId: $p, amountCents: $a, reason: $r, idempotencyKey: $k) { id status refundedCents } }`;

const statusesOf = async (paymentId: string, quoteId: string) => ({
  payment: (await world.app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).status,
  quote: (await world.app.prisma.repairQuote.findUniqueOrThrow({ where: { id: quoteId } })).status,
});
const cancelsOf = (intentId: string) => world.payments.stripe.creations.filter((request) => request === `POST /v1/payment_intents/${intentId}/cancel`);

describe("an admin's refund of an escrowed repair payment only authorized", () => {
  it("in full releases the hold: the intent cancelled at Stripe, nothing booked, the payment CANCELED, the quote CANCELLED and its drop-off cancelled, audited with the admin and reason", async () => {
    const { app, payments, admin } = world;
    const { world: repair, paymentId, intentId, bookingId } = await bookedDropOff(payments);

    const released = await app.gql(REFUND, { p: paymentId, r: "the customer called the repair off", k: randomUUID() }, admin.token);
    expect(released.data?.refundPayment, released.body).toEqual({ id: paymentId, status: "CANCELED", refundedCents: 0 });

    const intent = payments.stripe.paymentIntents.get(intentId)!;
    expect(intent).toMatchObject({ status: "canceled", cancellation_reason: "requested_by_customer", amount_capturable: 0 });
    expect(intent.canceled_at).toEqual(expect.any(Number));
    expect(cancelsOf(intentId)).toHaveLength(1);
    expect(await statusesOf(paymentId, repair.quoteId)).toEqual({ payment: "CANCELED", quote: "CANCELLED" });
    // Nothing was captured: no split, no refund, nothing to reverse.
    expect(await ledgerOf(app.prisma, paymentId)).toEqual({});
    expect(await app.prisma.refund.count({ where: { paymentId } })).toBe(0);
    expect([...payments.stripe.refunds.values()].filter((r) => r.payment_intent === intentId)).toEqual([]);

    const paymentAudit = await app.prisma.auditLog.findMany({ where: { entityId: paymentId, action: "payment.released" } });
    expect(paymentAudit).toHaveLength(1);
    expect(paymentAudit[0]).toMatchObject({ actorId: admin.id, data: { from: "REQUIRES_CAPTURE", to: "CANCELED", reason: "the customer called the repair off" } });
    const quoteAudit = await app.prisma.auditLog.findMany({ where: { entityId: repair.quoteId, action: "quote.cancelled" } });
    expect(quoteAudit).toHaveLength(1);
    expect(quoteAudit[0]).toMatchObject({ actorId: admin.id, data: { from: "APPROVED", to: "CANCELLED" } });

    const dropOff = await app.gql(DROP_OFF_BOOKING, { q: repair.quoteId }, repair.customer.token);
    expect(dropOff.data!.dropOffBooking).toEqual({ id: bookingId, status: "CANCELLED", workshopAddress: null, slot: null });
  });

  it("for the whole amount given explicitly releases it the same way", async () => {
    const { app, payments, admin } = world;
    const { world: repair, paymentId, intentId } = await authorizedRepair(payments);
    const { amountCents } = await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } });

    const released = await app.gql(REFUND, { p: paymentId, a: amountCents, k: randomUUID() }, admin.token);
    expect(released.data?.refundPayment, released.body).toEqual({ id: paymentId, status: "CANCELED", refundedCents: 0 });
    expect(payments.stripe.paymentIntents.get(intentId)!.status).toBe("canceled");
    expect(await statusesOf(paymentId, repair.quoteId)).toEqual({ payment: "CANCELED", quote: "CANCELLED" });
  });

  it("of part of it is refused (BAD_USER_INPUT on amountCents: only the whole authorization is released before capture), nothing asked of Stripe", async () => {
    const { app, payments, admin } = world;
    const { world: repair, paymentId, intentId } = await authorizedRepair(payments);

    const partial = await app.gql(REFUND, { p: paymentId, a: 1_000, k: randomUUID() }, admin.token);
    expect(partial.data ?? null).toBeNull();
    expect(partial.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "amountCents" });
    expect(partial.errors?.[0]?.message).toMatch(/only the whole authorization .* released before .* captured/i);
    expect(cancelsOf(intentId)).toEqual([]);
    expect(payments.stripe.paymentIntents.get(intentId)!.status).toBe("requires_capture");
    expect(await statusesOf(paymentId, repair.quoteId)).toEqual({ payment: "REQUIRES_CAPTURE", quote: "APPROVED" });
  });

  it("sent twice with one key (a double-click, a retry) releases once and answers both; another key then finds it cancelled (CONFLICT)", async () => {
    const { app, payments, admin } = world;
    const { world: repair, paymentId, intentId } = await authorizedRepair(payments);
    const key = randomUUID();

    const clicks = await Promise.all([0, 1].map(() => app.gql(REFUND, { p: paymentId, k: key }, admin.token)));
    for (const click of clicks) expect(click.data?.refundPayment, click.body).toEqual({ id: paymentId, status: "CANCELED", refundedCents: 0 });
    const retry = await app.gql(REFUND, { p: paymentId, k: key }, admin.token);
    expect(retry.data?.refundPayment, retry.body).toEqual({ id: paymentId, status: "CANCELED", refundedCents: 0 });

    expect(cancelsOf(intentId)).toHaveLength(1);
    expect(await app.prisma.auditLog.count({ where: { entityId: paymentId, action: "payment.released" } })).toBe(1);
    expect(await app.prisma.auditLog.count({ where: { entityId: repair.quoteId, action: "quote.cancelled" } })).toBe(1);

    const other = await app.gql(REFUND, { p: paymentId, k: randomUUID() }, admin.token);
    expect(other.errors?.[0]?.extensions).toEqual({ code: "CONFLICT", reason: "STATUS_CONFLICT", status: "CANCELED" });
    // The key names this release: used for another payment it is refused.
    const { paymentId: otherPayment } = await authorizedRepair(payments);
    const reused = await app.gql(REFUND, { p: otherPayment, k: key }, admin.token);
    expect(reused.errors?.[0]?.extensions).toEqual({ code: "CONFLICT", reason: "ALREADY_EXISTS" });
    expect((await app.prisma.payment.findUniqueOrThrow({ where: { id: otherPayment } })).status).toBe("REQUIRES_CAPTURE");
  });

  it("while Stripe is unavailable answers SERVICE_UNAVAILABLE (retryable) with nothing changed; the same request then releases once", async () => {
    const { app, payments, admin } = world;
    const { world: repair, paymentId, intentId } = await authorizedRepair(payments);
    payments.stripe.failNext(`POST /v1/payment_intents/${intentId}/cancel`, "unavailable", 3);
    const key = randomUUID();

    const failed = await app.gql(REFUND, { p: paymentId, k: key }, admin.token);
    expect(failed.errors?.[0]?.extensions).toMatchObject({ code: "SERVICE_UNAVAILABLE", retryable: true });
    expect(await statusesOf(paymentId, repair.quoteId)).toEqual({ payment: "REQUIRES_CAPTURE", quote: "APPROVED" });

    const again = await app.gql(REFUND, { p: paymentId, k: key }, admin.token);
    expect(again.data?.refundPayment, again.body).toEqual({ id: paymentId, status: "CANCELED", refundedCents: 0 });
    expect(cancelsOf(intentId)).toHaveLength(1);
  });

  it("captured at Stripe meanwhile (the payout job's capture not synced yet) refunds the settled payment in full instead", async () => {
    const { app, payments, admin } = world;
    const { world: repair, paymentId, intentId } = await authorizedRepair(payments);
    // Stripe captured it (the payout job's capture whose answer was lost): the row still says REQUIRES_CAPTURE.
    Object.assign(payments.stripe.paymentIntents.get(intentId)!, { status: "succeeded", amount_received: 120_000, amount_capturable: 0 });

    const refunded = await app.gql(REFUND, { p: paymentId, r: "repair called off", k: randomUUID() }, admin.token);
    expect(refunded.data?.refundPayment, refunded.body).toEqual({ id: paymentId, status: "REFUNDED", refundedCents: 120_000 });
    expect([...payments.stripe.refunds.values()].filter((r) => r.payment_intent === intentId)).toMatchObject([{ amount: 120_000 }]);
    expect((await app.prisma.repairQuote.findUniqueOrThrow({ where: { id: repair.quoteId } })).status).not.toBe("COMPLETED");
  });
});
