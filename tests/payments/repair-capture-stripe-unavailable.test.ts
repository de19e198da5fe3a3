// Completing an escrowed repair captures its authorization at Stripe before the repair is marked
// complete. When Stripe cannot be reached for the capture, the workshop is told so with a stable
// code and nothing changes; the same request sent again completes the repair and captures once.
// Before, the answer was INTERNAL_SERVER_ERROR (finding F8).
import { describe, expect, it } from "vitest";
import { authorizedRepair } from "../factories/workshop-conversations.ts";
import { ESCROWING_REPAIRS, refundSpec, type PaymentsSpecWorld } from "../support/payments-app.ts";

let world: PaymentsSpecWorld;
refundSpec((started) => (world = started), ESCROWING_REPAIRS);

const COMPLETE = `mutation ($q: ID!) { markRepairComplete(quoteId: $q) { id status } }`;
/** The SDK's own attempts at one request (one and maxNetworkRetries 2): all of them fail. */
const EVERY_ATTEMPT = 3;

const capturesOf = (intentId: string) => world.payments.stripe.creations.filter((c) => c === `POST /v1/payment_intents/${intentId}/capture`).length;
const statusesOf = async (paymentId: string, quoteId: string) => ({
  payment: (await world.app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).status,
  quote: (await world.app.prisma.repairQuote.findUniqueOrThrow({ where: { id: quoteId } })).status,
});

describe("markRepairComplete while Stripe cannot capture the authorization", () => {
  it("answers SERVICE_UNAVAILABLE, retryable, and changes nothing; the same request later completes it with one capture", async () => {
    const { app, payments } = world;
    const { world: repair, paymentId, intentId } = await authorizedRepair(payments);
    payments.stripe.failNext(`POST /v1/payment_intents/${intentId}/capture`, "unavailable", EVERY_ATTEMPT);

    const refused = await app.gql(COMPLETE, { q: repair.quoteId }, repair.workshop.advisor.token);
    expect(refused.errors?.[0]?.extensions).toEqual({ code: "SERVICE_UNAVAILABLE", retryable: true });
    expect(refused.errors?.[0]?.message).toMatch(/^Stripe could not be reached to capture the payment/);
    expect(await statusesOf(paymentId, repair.quoteId)).toEqual({ payment: "REQUIRES_CAPTURE", quote: "APPROVED" });
    expect(payments.stripe.paymentIntents.get(intentId)!.status).toBe("requires_capture");

    const again = await app.gql(COMPLETE, { q: repair.quoteId }, repair.workshop.advisor.token);
    expect(again.errors).toBeUndefined();
    expect(again.data!.markRepairComplete.status).toBe("COMPLETED");
    expect(await statusesOf(paymentId, repair.quoteId)).toEqual({ payment: "SUCCEEDED", quote: "COMPLETED" });
    expect(capturesOf(intentId)).toBe(1);
  });

  it("whose capture Stripe made but whose answer was lost: the same request again completes it and Stripe captured once", async () => {
    const { app, payments } = world;
    const { world: repair, paymentId, intentId } = await authorizedRepair(payments);
    payments.stripe.failNext(`POST /v1/payment_intents/${intentId}/capture`, "lost", EVERY_ATTEMPT);

    const refused = await app.gql(COMPLETE, { q: repair.quoteId }, repair.workshop.advisor.token);
    expect(refused.errors?.[0]?.extensions).toEqual({ code: "SERVICE_UNAVAILABLE", retryable: true });
    expect((await statusesOf(paymentId, repair.quoteId)).quote).toBe("APPROVED");

    const again = await app.gql(COMPLETE, { q: repair.quoteId }, repair.workshop.advisor.token);
    expect(again.errors).toBeUndefined();
    expect(await statusesOf(paymentId, repair.quoteId)).toEqual({ payment: "SUCCEEDED", quote: "COMPLETED" });
    expect(capturesOf(intentId)).toBe(1);
  });
});
