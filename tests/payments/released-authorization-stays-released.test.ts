// An authorization an admin released (refundPayment on an escrowed repair only authorized) stays
// released: Stripe's `payment_intent.canceled` for it, and its redeliveries, change nothing more
// (no second audit row, nothing booked); the payout job's capture run never captures it; and the
// workshop's markRepairComplete answers a clear CONFLICT rather than capturing anything.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { authorizedRepair, type AuthorizedRepair } from "../factories/workshop-conversations.ts";
import { ledgerOf } from "../support/ledger.ts";
import { ESCROWING_REPAIRS, refundSpec, type PaymentsSpecWorld } from "../support/payments-app.ts";

let world: PaymentsSpecWorld;
refundSpec((started) => (world = started), ESCROWING_REPAIRS);

const REFUND = `mutation ($p: ID!, $k: String!) { refundPayment(paymentId: $p, reason: "no repair", idempotencyKey: $k) { status } }`;
const COMPLETE = `mutation ($q: ID!) { markRepairComplete(quoteId: $q) { id status } }`;
const HOUR_MS = 3_600_000;

/** An escrowed repair whose authorization an admin released. */
async function releasedRepair(): Promise<AuthorizedRepair> {
  const repair = await authorizedRepair(world.payments);
  const released = await world.app.gql(REFUND, { p: repair.paymentId, k: randomUUID() }, world.admin.token);
  if (released.data?.refundPayment?.status !== "CANCELED") throw new Error(`not released: ${released.body}`);
  return repair;
}
const paymentAudit = (paymentId: string) => world.app.prisma.auditLog.findMany({ where: { entityId: paymentId }, select: { action: true }, orderBy: { createdAt: "asc" } });

describe("an authorization an admin released", () => {
  it("is not changed again by Stripe's payment_intent.canceled, nor by its redelivery", async () => {
    const { app, payments } = world;
    const { world: repair, paymentId, intentId } = await releasedRepair();
    const before = await paymentAudit(paymentId);
    const event = payments.stripe.paymentIntents.get(intentId)!;

    for (const eventId of [`evt_rel_${paymentId}`, `evt_rel_${paymentId}`, `evt_rel2_${paymentId}`]) {
      expect((await payments.webhook("payment_intent.canceled", event, eventId)).status).toBe(200);
    }
    expect(await paymentAudit(paymentId)).toEqual(before);
    expect(before.filter((row) => row.action === "payment.released")).toHaveLength(1);
    expect(before.some((row) => row.action === "payment.canceled")).toBe(false);
    expect((await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).status).toBe("CANCELED");
    expect((await app.prisma.repairQuote.findUniqueOrThrow({ where: { id: repair.quoteId } })).status).toBe("CANCELLED");
    expect(await ledgerOf(app.prisma, paymentId)).toEqual({});
  });

  it("is never captured by the payout job's capture run", async () => {
    const { app, payments } = world;
    const { paymentId, intentId } = await releasedRepair();
    const { createdAt } = await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { createdAt: true } });

    await app.server.services.payments.captureAgingAuthorizations(new Date(createdAt.getTime() + 145 * HOUR_MS));
    expect(payments.stripe.creations).not.toContain(`POST /v1/payment_intents/${intentId}/capture`);
    expect(payments.stripe.paymentIntents.get(intentId)!.status).toBe("canceled");
    expect((await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).status).toBe("CANCELED");
    expect(await ledgerOf(app.prisma, paymentId)).toEqual({});
  });

  it("cannot be completed by the workshop: markRepairComplete answers CONFLICT, the repair's quote is cancelled, nothing captured", async () => {
    const { app, payments } = world;
    const { world: repair, intentId } = await releasedRepair();

    const refused = await app.gql(COMPLETE, { q: repair.quoteId }, repair.workshop.advisor.token);
    expect(refused.data ?? null).toBeNull();
    expect(refused.errors?.[0]?.extensions).toEqual({ code: "CONFLICT", reason: "STATUS_CONFLICT", status: "CANCELLED" });
    expect(payments.stripe.creations).not.toContain(`POST /v1/payment_intents/${intentId}/capture`);
  });
});
