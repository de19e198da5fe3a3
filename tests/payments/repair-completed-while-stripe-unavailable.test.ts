// Once Stripe captured an escrowed repair's authorization the repair is marked complete, and what
// is left (settling the captured payment, transferring the held shares) calls Stripe again. When
// Stripe fails those calls, the repair is still completed and answered as such (the workshop cannot
// complete it twice): the unfinished part is audited as deferred and finished later, by the payout
// job or the payout run, each transfer made once. Before, INTERNAL_SERVER_ERROR for a completed
// repair (finding F8).
import { describe, expect, it } from "vitest";
import { authorizedRepair } from "../factories/workshop-conversations.ts";
import { ESCROWING_REPAIRS, refundSpec, type PaymentsSpecWorld } from "../support/payments-app.ts";

let world: PaymentsSpecWorld;
refundSpec((started) => (world = started), ESCROWING_REPAIRS);

const COMPLETE = `mutation ($q: ID!) { markRepairComplete(quoteId: $q) { id status } }`;
/** The SDK's own attempts at one request (one and maxNetworkRetries 2): all of them fail. */
const EVERY_ATTEMPT = 3;
const HOUR_MS = 3_600_000;

const paymentStatus = async (paymentId: string) => (await world.app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).status;
const workshopTransfers = (paymentId: string) => world.app.prisma.transfer.findMany({ where: { paymentId, recipient: "WORKSHOP" }, select: { amountCents: true, stripeTransferId: true } });
const transfersAtStripe = (paymentId: string) => [...world.payments.stripe.transfers.values()].filter((t) => t.transfer_group === `payment_${paymentId}`);

describe("markRepairComplete when Stripe fails after the capture", () => {
  it("to read the captured payment: the repair is completed, the settling audited as deferred; the payout job settles it and pays the workshop once", async () => {
    const { app, payments } = world;
    const { world: repair, paymentId, intentId } = await authorizedRepair(payments);
    payments.stripe.failNext(`GET /v1/payment_intents/${intentId}`, "unavailable", EVERY_ATTEMPT);

    const completed = await app.gql(COMPLETE, { q: repair.quoteId }, repair.workshop.advisor.token);
    expect(completed.errors).toBeUndefined();
    expect(completed.data!.markRepairComplete.status).toBe("COMPLETED");
    expect(payments.stripe.paymentIntents.get(intentId)!.status).toBe("succeeded");
    expect(await paymentStatus(paymentId)).toBe("REQUIRES_CAPTURE");
    const deferred = await app.prisma.auditLog.findFirstOrThrow({ where: { entityId: paymentId, action: "payment.settlement_deferred" } });
    expect(deferred.data).toMatchObject({ quoteId: repair.quoteId, message: expect.stringMatching(/\S/) });

    expect(await app.server.services.payments.settleDeferredCaptures()).toBe(1);
    expect(await paymentStatus(paymentId)).toBe("SUCCEEDED");
    expect(await workshopTransfers(paymentId)).toEqual([{ amountCents: 108_000, stripeTransferId: expect.any(String) }]);
    // Done once: the job finds nothing more to settle, and Stripe's own event for the capture books nothing again.
    expect(await app.server.services.payments.settleDeferredCaptures()).toBe(0);
    expect((await payments.webhook("payment_intent.succeeded", payments.stripe.paymentIntents.get(intentId)!)).status).toBe(200);
    expect(transfersAtStripe(paymentId).filter((t) => t.amount === 108_000)).toHaveLength(1);
  });

  it("to transfer the shares held since an early capture: the repair is completed, the payout audited as deferred; the payout run sends it once", async () => {
    const { app, payments, admin } = world;
    const { world: repair, paymentId } = await authorizedRepair(payments);
    const { createdAt } = await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } });
    await app.server.services.payments.captureAgingAuthorizations(new Date(createdAt.getTime() + 145 * HOUR_MS));
    expect(await paymentStatus(paymentId)).toBe("SUCCEEDED");
    payments.stripe.failNext("POST /v1/transfers", "unavailable", EVERY_ATTEMPT);

    const completed = await app.gql(COMPLETE, { q: repair.quoteId }, repair.workshop.advisor.token);
    expect(completed.errors).toBeUndefined();
    expect(completed.data!.markRepairComplete.status).toBe("COMPLETED");
    expect(await workshopTransfers(paymentId)).toEqual([{ amountCents: 108_000, stripeTransferId: null }]);
    const deferred = await app.prisma.auditLog.findFirstOrThrow({ where: { entityId: paymentId, action: "payment.payout_deferred" } });
    expect(deferred.data).toMatchObject({ quoteId: repair.quoteId, message: expect.stringMatching(/\S/) });

    const run = await app.gql(`mutation { runDuePayouts { failedCount } }`, {}, admin.token);
    expect(run.data!.runDuePayouts.failedCount).toBe(0);
    expect(await workshopTransfers(paymentId)).toEqual([{ amountCents: 108_000, stripeTransferId: expect.any(String) }]);
    expect(transfersAtStripe(paymentId).filter((t) => t.amount === 108_000)).toHaveLength(1);
  });
});
