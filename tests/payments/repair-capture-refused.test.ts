// Completing an escrowed repair whose capture Stripe refuses: an authorization that lapsed before
// the repair was done (Stripe cancelled the intent), or a capture the card's issuer declines. The
// repair is not completed, the payment takes Stripe's status, audited with the workshop's attempt,
// and the workshop is told what happened with a stable code. Before, INTERNAL_SERVER_ERROR (F8).
import { describe, expect, it } from "vitest";
import { authorizedRepair } from "../factories/workshop-conversations.ts";
import { ESCROWING_REPAIRS, refundSpec, type PaymentsSpecWorld } from "../support/payments-app.ts";

let world: PaymentsSpecWorld;
refundSpec((started) => (world = started), ESCROWING_REPAIRS);

const COMPLETE = `mutation ($q: ID!) { markRepairComplete(quoteId: $q) { id status } }`;

const statusesOf = async (paymentId: string, quoteId: string) => ({
  payment: (await world.app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).status,
  quote: (await world.app.prisma.repairQuote.findUniqueOrThrow({ where: { id: quoteId } })).status,
});

describe("markRepairComplete when Stripe refuses the capture", () => {
  it("of an authorization that lapsed: CONFLICT REPAIR_NOT_PAID, the payment CANCELED (audited as the workshop's attempt), the repair still approved", async () => {
    const { app, payments } = world;
    const { world: repair, paymentId, intentId } = await authorizedRepair(payments);
    // Stripe cancels the authorization nobody captured in time; its event has not arrived yet.
    payments.stripe.lapse(intentId);

    const refused = await app.gql(COMPLETE, { q: repair.quoteId }, repair.workshop.advisor.token);
    expect(refused.errors?.[0]?.extensions).toEqual({ code: "CONFLICT", reason: "REPAIR_NOT_PAID" });
    expect(refused.errors?.[0]?.message).toMatch(/authorization .* lapsed/);
    expect(await statusesOf(paymentId, repair.quoteId)).toEqual({ payment: "CANCELED", quote: "APPROVED" });
    const audit = await app.prisma.auditLog.findFirstOrThrow({ where: { entityId: paymentId, action: "payment.canceled" } });
    expect(audit).toMatchObject({ actorId: repair.workshop.advisor.id, data: { from: "REQUIRES_CAPTURE", to: "CANCELED", source: "capture", quoteId: repair.quoteId } });

    // Asked again, the answer is the same: the customer pays the approved quote again first.
    const again = await app.gql(COMPLETE, { q: repair.quoteId }, repair.workshop.advisor.token);
    expect(again.errors?.[0]?.extensions).toEqual({ code: "CONFLICT", reason: "REPAIR_NOT_PAID" });
  });

  it("declined by the card's issuer: PAYMENT_PROVIDER_REFUSED with Stripe's code, audited, nothing changed; asked again, Stripe's answer for the key is the same", async () => {
    const { app, payments } = world;
    const { world: repair, paymentId, intentId } = await authorizedRepair(payments);
    payments.stripe.failNext(`POST /v1/payment_intents/${intentId}/capture`, "declined", 1);

    const refused = await app.gql(COMPLETE, { q: repair.quoteId }, repair.workshop.advisor.token);
    expect(refused.errors?.[0]?.extensions).toEqual({ code: "PAYMENT_PROVIDER_REFUSED", stripeCode: "card_declined" });
    expect(await statusesOf(paymentId, repair.quoteId)).toEqual({ payment: "REQUIRES_CAPTURE", quote: "APPROVED" });
    const audit = await app.prisma.auditLog.findFirstOrThrow({ where: { entityId: paymentId, action: "payment.capture_refused" } });
    expect(audit).toMatchObject({ actorId: repair.workshop.advisor.id, data: { quoteId: repair.quoteId, stripeCode: "card_declined" } });

    const again = await app.gql(COMPLETE, { q: repair.quoteId }, repair.workshop.advisor.token);
    expect(again.errors?.[0]?.extensions).toEqual({ code: "PAYMENT_PROVIDER_REFUSED", stripeCode: "card_declined" });
    expect(await statusesOf(paymentId, repair.quoteId)).toEqual({ payment: "REQUIRES_CAPTURE", quote: "APPROVED" });
  });
});
