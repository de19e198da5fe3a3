// Every change of a dispute's status, as Stripe reports it (charge.dispute.* webhooks), writes one
// audit row about the Dispute: no actor (the system), Stripe's event id, from and to. Redelivered
// and concurrent deliveries of an event, and a report that leaves the status as it was, write none.
import { randomUUID } from "node:crypto";
import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "../setup/test-app.ts";
import type { FakeStripe } from "../support/fake-stripe.ts";
import { diagnosticPayment, startPaymentsTestApp, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let app: TestApp;
let stripe: FakeStripe;
beforeAll(async () => {
  payments = await startPaymentsTestApp({ PAYOUT_INTERVAL_SECONDS: "0" });
  ({ app, stripe } = payments);
});
afterAll(() => payments.close());

/** Stripe moves the payment's dispute to `status` (creating it) and tells the server, `times` at once with one event id. */
async function report(intentId: string, event: string, status: Stripe.Dispute.Status, times = 1, eventId = `evt_${randomUUID().replaceAll("-", "")}`) {
  const object = stripe.dispute(intentId, { status });
  const delivered = await Promise.all(Array.from({ length: times }, () => payments.webhook(`charge.dispute.${event}`, object, eventId)));
  for (const { status: code } of delivered) expect(code).toBe(200);
  return eventId;
}

describe("a dispute's status changes", () => {
  it("are audited once each, with Stripe's event as the cause, through an inquiry, its closing, a dispute and its outcome", async () => {
    const { payment } = await diagnosticPayment(payments);
    await payments.confirmPayment(payment.id);
    const intentId = (await app.prisma.payment.findUniqueOrThrow({ where: { id: payment.id } })).stripePaymentIntentId!;

    const inquiry = await report(intentId, "created", "warning_needs_response", 4);
    // Stripe reviews the inquiry: the same status for the API, so nothing changed.
    await report(intentId, "updated", "warning_under_review");
    const closed = await report(intentId, "updated", "warning_closed");
    const opened = await report(intentId, "updated", "needs_response", 3);
    await report(intentId, "updated", "under_review");
    const won = await report(intentId, "closed", "won");
    // Stripe delivers the last event again, and reports the outcome once more under a new event.
    await report(intentId, "closed", "won", 2, won);
    await report(intentId, "updated", "won");

    const dispute = await app.prisma.dispute.findFirstOrThrow({ where: { paymentId: payment.id } });
    expect(dispute.status).toBe("WON");
    const rows = await app.prisma.auditLog.findMany({
      where: { entityType: "Dispute", entityId: dispute.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { action: true, actorId: true, actorRole: true, data: true },
    });
    const row = (action: string, eventId: string, from: string | null, to: string) => ({
      action,
      actorId: null,
      actorRole: null,
      data: expect.objectContaining({ source: "stripe", eventId, disputeId: dispute.stripeDisputeId, paymentId: payment.id, from, to }),
    });
    expect(rows).toEqual([
      row("dispute.inquiry", inquiry, null, "INQUIRY"),
      row("dispute.inquiry_closed", closed, "INQUIRY", "INQUIRY_CLOSED"),
      row("dispute.open", opened, "INQUIRY_CLOSED", "OPEN"),
      row("dispute.won", won, "OPEN", "WON"),
    ]);
  });
});
