// A `payment_intent.payment_failed` delivered after the payment succeeded (a first card declined,
// its event late behind the second card's success: Stripe sends an event per attempt and does not
// deliver events in order) is audited as what it is, `payment.earlier_attempt_declined`, once, and
// changes nothing. Before (round 52's attack), it wrote `payment.failed` on a settled payment.
import { describe, expect, it } from "vitest";
import { diagnosticPayment, paymentsSpec, type PaymentsSpecWorld } from "../support/payments-app.ts";

let world: PaymentsSpecWorld;
paymentsSpec((started) => (world = started));

const declinesOf = (paymentId: string) =>
  world.app.prisma.auditLog.findMany({
    where: { entityType: "Payment", entityId: paymentId, action: { in: ["payment.failed", "payment.earlier_attempt_declined"] } },
    select: { action: true, data: true },
  });

describe("a decline delivered after the payment succeeded", () => {
  it("is audited payment.earlier_attempt_declined, once however often it is delivered, and the payment stays SUCCEEDED with its split", async () => {
    const { payments, app } = world;
    const { payment } = await diagnosticPayment(payments);
    const intentId = payment.stripePaymentIntentId!;
    // The first card is declined; its event is held back while the second card pays.
    const declined = payments.stripe.decline(intentId);
    await payments.confirmPayment(payment.id);
    const eventId = `evt_late_decline_${payment.id}`;

    for (let delivery = 0; delivery < 2; delivery++) expect((await payments.webhook("payment_intent.payment_failed", declined, eventId)).status).toBe(200);

    expect(await declinesOf(payment.id)).toEqual([
      {
        action: "payment.earlier_attempt_declined",
        data: { source: "stripe", status: "SUCCEEDED", code: "card_declined", declineCode: "insufficient_funds", message: "Your card has insufficient funds.", eventId },
      },
    ]);
    expect(await app.prisma.payment.findUniqueOrThrow({ where: { id: payment.id } })).toMatchObject({ status: "SUCCEEDED", refundedCents: 0 });
    expect(await app.prisma.ledgerEntry.count({ where: { paymentId: payment.id, transactionKey: `payment:${payment.id}` } })).toBe(3);
  });

  it("before the payment succeeded it is still payment.failed", async () => {
    const { payments } = world;
    const { payment } = await diagnosticPayment(payments);
    expect((await payments.webhook("payment_intent.payment_failed", payments.stripe.decline(payment.stripePaymentIntentId!))).status).toBe(200);
    expect((await declinesOf(payment.id)).map((row) => row.action)).toEqual(["payment.failed"]);
  });
});
