// A repair payment refunded in full before the repair is complete no longer pays for anything, as
// a diagnostic refunded in full no longer pays for its session: the approved quote is called off
// in the refund's transaction (CANCELLED, audited with the payment and the cause), the catalog
// stock it reserved is given back, and its escalation takes quotes again, so the customer goes on
// as after a decline. It is the same whoever refunds (an admin's refundPayment, a refund made in
// Stripe's Dashboard). A partial refund leaves the repair to do, and a completed repair keeps its
// refund as a refund.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { acceptedEscalation, APPROVE, CREATE_QUOTE, createMatchableWorkshop, REPAIR_1200 } from "../factories/escalations.ts";
import { createCustomer, type CreatedUser } from "../factories/index.ts";
import { approvedPartnerQuoteFor, partnerWorld } from "../factories/partnerships.ts";
import { refundSpec, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let admin: CreatedUser;
refundSpec((world) => ({ payments, admin } = world));

const PAY = `mutation ($q: ID!, $k: String!) { payQuote(quoteId: $q, idempotencyKey: $k) { paymentId status } }`;
const REFUND = `mutation ($p: ID!, $a: Int, $k: String!) { refundPayment(paymentId: $p, amountCents: $a, idempotencyKey: $k) { status refundedCents } }`;
const COMPLETE = `mutation ($q: ID!) { markRepairComplete(quoteId: $q) { status } }`;
const QUOTE = `query ($q: ID!) { quote(id: $q) { status escalation { id status } statusHistory { fromStatus toStatus reason } } }`;
const ANOTHER = `mutation ($e: ID!) { requestAnotherQuote(escalationId: $e) { offers { workshop { id } } } }`;

/** A partnered quote with catalog parts (2 pads, 2 rotors of 10 each), approved by its customer (in a city of its own) and paid: settled at once. */
async function paidPartnerRepair() {
  const { app } = payments;
  const w = await partnerWorld(app, admin, { type: "NETWORK", paymentTerms: "IMMEDIATE" });
  const city = `Town ${randomUUID().slice(0, 8)}`;
  const customer = await createCustomer(app, { city });
  const quoteId = await approvedPartnerQuoteFor(app, w, customer);
  expect((await app.gql(APPROVE, { quoteId }, customer.token)).errors).toBeUndefined();
  const paymentId = (await app.gql(PAY, { q: quoteId, k: `pay-${quoteId}` }, customer.token)).data!.payQuote.paymentId as string;
  await payments.confirmPayment(paymentId);
  return { w, customer, city, quoteId, paymentId };
}

const refundAll = (paymentId: string) => payments.app.gql(REFUND, { p: paymentId, a: null, k: randomUUID() }, admin.token);

const stockOf = async (w: Awaited<ReturnType<typeof partnerWorld>>) => {
  const parts = await payments.app.prisma.partnerCatalogPart.findMany({ where: { id: { in: [w.partnership.padsId, w.partnership.rotorId] } }, select: { availableQuantity: true } });
  return parts.map((p) => p.availableQuantity);
};

describe("a repair payment refunded in full before the repair is complete", () => {
  it("calls the quote off: CANCELLED, audited with the payment, its stock given back, nothing left to pay or complete", async () => {
    const { app } = payments;
    const { w, customer, quoteId, paymentId } = await paidPartnerRepair();
    expect(await stockOf(w)).toEqual([8, 8]);

    expect((await refundAll(paymentId)).data!.refundPayment).toEqual({ status: "REFUNDED", refundedCents: 62_000 });

    const quote = (await app.gql(QUOTE, { q: quoteId }, customer.token)).data!.quote;
    expect(quote.status).toBe("CANCELLED");
    expect(quote.statusHistory.at(-1)).toEqual({ fromStatus: "APPROVED", toStatus: "CANCELLED", reason: "the repair's payment was refunded in full" });
    expect(await app.prisma.catalogStockReservation.count({ where: { quoteId } })).toBe(0);
    expect(await stockOf(w)).toEqual([10, 10]);
    const audited = await app.prisma.auditLog.findMany({ where: { entityId: quoteId, action: "quote.cancelled" } });
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({ actorId: admin.id, data: expect.objectContaining({ from: "APPROVED", to: "CANCELLED", paymentId, cause: "REFUNDED_IN_FULL" }) });

    const again = await app.gql(PAY, { q: quoteId, k: `pay-again-${quoteId}` }, customer.token);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", status: "CANCELLED" });
    const complete = await app.gql(COMPLETE, { q: quoteId }, w.partner.token);
    expect(complete.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", status: "CANCELLED" });
  });

  it("lets the customer go on as after a decline: the escalation takes quotes again", async () => {
    const { app } = payments;
    const { customer, city, quoteId, paymentId } = await paidPartnerRepair();
    await refundAll(paymentId);
    const { escalation } = (await app.gql(QUOTE, { q: quoteId }, customer.token)).data!.quote;
    expect(escalation.status).toBe("QUOTED");
    const workshop = await createMatchableWorkshop(app, { city });
    const widened = await app.gql(ANOTHER, { e: escalation.id }, customer.token);
    expect(widened.errors).toBeUndefined();
    expect(widened.data!.requestAnotherQuote.offers).toEqual([{ workshop: { id: workshop.id } }]);
  });

  it("of a workshop's quote lets its workshop quote the repair again", async () => {
    const { app } = payments;
    const { customer, workshop, escalationId } = await acceptedEscalation(app);
    const quoteId = (await app.gql(CREATE_QUOTE, { escalationId, input: REPAIR_1200 }, workshop.advisor.token)).data!.createQuote.id as string;
    await app.gql(APPROVE, { quoteId }, customer.token);
    const paymentId = (await app.gql(PAY, { q: quoteId, k: `pay-${quoteId}` }, customer.token)).data!.payQuote.paymentId as string;
    await payments.confirmPayment(paymentId);

    await refundAll(paymentId);
    expect((await app.gql(QUOTE, { q: quoteId }, customer.token)).data!.quote).toMatchObject({ status: "CANCELLED", escalation: { status: "QUOTED" } });
    const requoted = await app.gql(CREATE_QUOTE, { escalationId, input: REPAIR_1200 }, workshop.advisor.token);
    expect(requoted.errors).toBeUndefined();
    expect((await app.gql(APPROVE, { quoteId: requoted.data!.createQuote.id }, customer.token)).data!.approveQuote.status).toBe("APPROVED");
  });

  it("calls it off the same when the refund is made in Stripe's Dashboard", async () => {
    const { app, stripe } = payments;
    const { w, customer, quoteId, paymentId } = await paidPartnerRepair();
    const { stripePaymentIntentId } = await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } });
    const { charge } = stripe.refundInDashboard(stripePaymentIntentId!);
    expect((await payments.webhook("charge.refunded", charge)).status).toBe(200);
    expect((await payments.webhook("charge.refunded", charge)).status).toBe(200); // redelivered: nothing more

    expect((await app.gql(QUOTE, { q: quoteId }, customer.token)).data!.quote).toMatchObject({ status: "CANCELLED", escalation: { status: "QUOTED" } });
    expect(await stockOf(w)).toEqual([10, 10]);
    const audited = await app.prisma.auditLog.findMany({ where: { entityId: quoteId, action: "quote.cancelled" } });
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({ actorId: null, data: expect.objectContaining({ paymentId, cause: "REFUNDED_IN_FULL" }) });
  });
});

describe("a repair payment refunded", () => {
  it("in part leaves the repair approved, to be done and completed", async () => {
    const { app } = payments;
    const { w, customer, quoteId, paymentId } = await paidPartnerRepair();
    await app.gql(REFUND, { p: paymentId, a: 10_000, k: randomUUID() }, admin.token);
    expect((await app.gql(QUOTE, { q: quoteId }, customer.token)).data!.quote).toMatchObject({ status: "APPROVED", escalation: { status: "APPROVED" } });
    expect(await stockOf(w)).toEqual([8, 8]);
    expect((await app.gql(COMPLETE, { q: quoteId }, w.partner.token)).data!.markRepairComplete.status).toBe("COMPLETED");
  });

  it("in full once the repair is complete keeps the refund as a refund: the repair stays COMPLETED", async () => {
    const { app } = payments;
    const { w, customer, quoteId, paymentId } = await paidPartnerRepair();
    expect((await app.gql(COMPLETE, { q: quoteId }, w.partner.token)).data!.markRepairComplete.status).toBe("COMPLETED");
    expect((await refundAll(paymentId)).data!.refundPayment.status).toBe("REFUNDED");
    expect((await app.gql(QUOTE, { q: quoteId }, customer.token)).data!.quote).toMatchObject({ status: "COMPLETED", escalation: { status: "COMPLETED" } });
    expect(await stockOf(w)).toEqual([8, 8]);
  });
});
