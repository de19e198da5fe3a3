import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdmin, type CreatedUser } from "../factories/index.ts";
import { APPROVE_PARTNER_QUOTE, CREATE_PARTNER_QUOTE, linesOf, partnerWorld } from "../factories/partnerships.ts";
import { startPaymentsTestApp, type PaymentsTestApp } from "../support/payments-app.ts";

/**
 * A large partnered repair (over the escrow threshold) is authorized when the customer pays and
 * captured when the partner, who fulfils it, marks it done. Supplier and network quotes have no
 * workshop, so the partner is the one who can.
 */
let payments: PaymentsTestApp;
let admin: CreatedUser;
beforeAll(async () => {
  payments = await startPaymentsTestApp({ ESCROW_THRESHOLD_CENTS: "50000" });
  admin = await createAdmin(payments.app);
});
afterAll(() => payments.close());

const COMPLETE = `mutation ($q: ID!) { markRepairComplete(quoteId: $q) { id status } }`;

describe("escrow on partnered repairs", () => {
  it("authorizes at payment, and captures when the supplier partner marks the repair complete", async () => {
    const { app, stripe } = payments;
    const w = await partnerWorld(app, admin, { type: "SUPPLIER" });
    const quote = (await app.gql(CREATE_PARTNER_QUOTE, { s: w.sessionId, input: linesOf(w.partnership) }, w.mechanic.token)).data!.createPartnerQuote.quote;
    await app.gql(APPROVE_PARTNER_QUOTE, { q: quote.id }, w.partner.token);
    expect((await app.gql(`mutation ($q: ID!) { approveQuote(quoteId: $q) { status } }`, { q: quote.id }, w.customer.token)).data!.approveQuote.status).toBe("APPROVED");

    const pay = await app.gql(`mutation ($q: ID!) { payQuote(quoteId: $q, idempotencyKey: "escrow-1") { paymentId manualCapture } }`, { q: quote.id }, w.customer.token);
    expect(pay.data!.payQuote.manualCapture).toBe(true);
    const paymentId = pay.data!.payQuote.paymentId;
    const payment = await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } });
    expect((await payments.webhook("payment_intent.amount_capturable_updated", stripe.confirm(payment.stripePaymentIntentId!))).status).toBe(200);
    expect((await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).status).toBe("REQUIRES_CAPTURE");

    // Neither the mechanic nor another partner can mark it done; the partner can.
    expect((await app.gql(COMPLETE, { q: quote.id }, w.mechanic.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const stranger = await partnerWorld(app, admin, { type: "SUPPLIER" });
    expect((await app.gql(COMPLETE, { q: quote.id }, stranger.partner.token)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await app.gql(COMPLETE, { q: quote.id }, w.partner.token)).data!.markRepairComplete.status).toBe("COMPLETED");

    expect((await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).status).toBe("SUCCEEDED");
    const ledger = await app.prisma.ledgerEntry.findMany({ where: { paymentId } });
    expect(ledger.reduce((sum, entry) => sum + entry.amountCents, 0)).toBe(0);
    // Seed 000's revised model: the platform pays the 10% commission out of its 15% fee.
    expect(
      ledger
        .filter((entry) => entry.kind === "COMMISSION")
        .map((entry) => [entry.account, entry.amountCents])
        .sort(),
    ).toEqual([
      ["MECHANIC_PAYABLE", 6_200],
      ["PLATFORM_REVENUE", -6_200],
    ]);
  });
});
