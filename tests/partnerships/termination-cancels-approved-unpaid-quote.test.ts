// Terminating a partnership cancels its open quotes: those awaiting the partner or the customer
// (withdrawn), and those the customer approved and nobody paid for (called off). Nobody will
// fulfil an approved quote of a terminated partnership and nobody can pay it, so it must not
// strand its customer: the quote is CANCELLED with the termination (audited, its stock given
// back, its history telling the customer why) and its escalation takes quotes again, as after a
// decline. A paid quote stays approved and is fulfilled.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createMatchableWorkshop } from "../factories/escalations.ts";
import { createCustomer, type CreatedUser } from "../factories/index.ts";
import { activePartnership, APPROVE_PARTNER_QUOTE, approvedPartnerQuoteFor, CREATE_PARTNER_QUOTE, createPartnerOrg, linesOf, partnerWorld } from "../factories/partnerships.ts";
import { paymentsSpec, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let admin: CreatedUser;
paymentsSpec((world) => ({ payments, admin } = world));

const APPROVE = `mutation ($q: ID!) { approveQuote(quoteId: $q) { status } }`;
const PAY = `mutation ($q: ID!, $k: String!) { payQuote(quoteId: $q, idempotencyKey: $k) { paymentId } }`;
const TERMINATE = `mutation ($id: ID!) { terminatePartnership(partnershipId: $id, reason: "Contract ended") { status } }`;
const QUOTE = `query ($q: ID!) { quote(id: $q) { status escalation { id status } statusHistory { fromStatus toStatus reason } } }`;
const ANOTHER = `mutation ($e: ID!) { requestAnotherQuote(escalationId: $e) { id status offers { status workshop { id } } } }`;

/** A NETWORK partnership's quote with catalog parts, approved by its partner and its customer (in a city of its own), unpaid. */
async function approvedUnpaid() {
  const { app } = payments;
  const w = await partnerWorld(app, admin, { type: "NETWORK" });
  const city = `Town ${randomUUID().slice(0, 8)}`;
  const customer = await createCustomer(app, { city });
  const quoteId = await approvedPartnerQuoteFor(app, w, customer);
  expect((await app.gql(APPROVE, { q: quoteId }, customer.token)).data!.approveQuote.status).toBe("APPROVED");
  return { w, customer, city, quoteId };
}

const stockOf = async (w: Awaited<ReturnType<typeof partnerWorld>>) => {
  const parts = await payments.app.prisma.partnerCatalogPart.findMany({ where: { id: { in: [w.partnership.padsId, w.partnership.rotorId] } }, select: { availableQuantity: true } });
  return parts.map((p) => p.availableQuantity);
};

describe("terminatePartnership with an approved, unpaid quote", () => {
  it("cancels the quote, audited, its stock given back, and the customer reads why", async () => {
    const { app } = payments;
    const { w, customer, quoteId } = await approvedUnpaid();
    expect(await stockOf(w)).toEqual([8, 8]);

    expect((await app.gql(TERMINATE, { id: w.partnership.id }, w.partner.token)).data!.terminatePartnership.status).toBe("TERMINATED");

    const read = (await app.gql(QUOTE, { q: quoteId }, customer.token)).data!.quote;
    expect(read.status).toBe("CANCELLED");
    expect(read.statusHistory.at(-1)).toEqual({ fromStatus: "APPROVED", toStatus: "CANCELLED", reason: "partnership terminated" });
    expect(await stockOf(w)).toEqual([10, 10]);
    expect(await app.prisma.catalogStockReservation.count({ where: { quoteId } })).toBe(0);
    const audited = await app.prisma.auditLog.findMany({ where: { entityId: quoteId, action: "quote.cancelled" } });
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({ actorId: w.partner.id, data: expect.objectContaining({ from: "APPROVED", to: "CANCELLED" }) });
    // Nothing left to pay: the quote is refused as cancelled, not as the partnership's.
    const pay = await app.gql(PAY, { q: quoteId, k: "after-termination-1" }, customer.token);
    expect(pay.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", status: "CANCELLED" });
  });

  it("lets the customer go on as after a decline: the escalation takes quotes again from a workshop or the mechanic", async () => {
    const { app } = payments;
    const { w, customer, city, quoteId } = await approvedUnpaid();
    await app.gql(TERMINATE, { id: w.partnership.id }, w.mechanic.token);
    const { escalation } = (await app.gql(QUOTE, { q: quoteId }, customer.token)).data!.quote;
    expect(escalation.status).toBe("QUOTED");

    const workshop = await createMatchableWorkshop(app, { city });
    const widened = await app.gql(ANOTHER, { e: escalation.id }, customer.token);
    expect(widened.errors).toBeUndefined();
    expect(widened.data!.requestAnotherQuote.offers).toEqual([expect.objectContaining({ workshop: { id: workshop.id } })]);
  });

  it("lets the mechanic quote the repair again under another partnership, which the customer approves", async () => {
    const { app } = payments;
    const { w, customer, quoteId } = await approvedUnpaid();
    await app.gql(TERMINATE, { id: w.partnership.id }, w.mechanic.token);
    const partner = await createPartnerOrg(app);
    const another = await activePartnership(app, { mechanic: w.mechanic, partner, admin });
    const { escalation } = await app.prisma.repairQuote.findUniqueOrThrow({ where: { id: quoteId }, select: { escalation: { select: { sessionId: true } } } });
    const requoted = await app.gql(CREATE_PARTNER_QUOTE, { s: escalation.sessionId, input: linesOf(another) }, w.mechanic.token);
    expect(requoted.errors).toBeUndefined();
    const newQuote = requoted.data!.createPartnerQuote.quote.id as string;
    expect((await app.gql(APPROVE_PARTNER_QUOTE, { q: newQuote }, partner.token)).errors).toBeUndefined();
    expect((await app.gql(APPROVE, { q: newQuote }, customer.token)).data!.approveQuote.status).toBe("APPROVED");
  });

  it("leaves a paid quote approved: it is fulfilled", async () => {
    const { app } = payments;
    const { w, customer, quoteId } = await approvedUnpaid();
    const pay = await app.gql(PAY, { q: quoteId, k: "paid-before-termination" }, customer.token);
    await payments.confirmPayment(pay.data!.payQuote.paymentId);
    await app.gql(TERMINATE, { id: w.partnership.id }, w.partner.token);
    expect((await app.gql(QUOTE, { q: quoteId }, customer.token)).data!.quote).toMatchObject({ status: "APPROVED", escalation: { status: "APPROVED" } });
    expect(await stockOf(w)).toEqual([8, 8]);
  });

  it("refunds in full a payment the customer confirms after the termination cancelled its quote", async () => {
    const { app } = payments;
    const { w, customer, quoteId } = await approvedUnpaid();
    const pay = await app.gql(PAY, { q: quoteId, k: "confirmed-late" }, customer.token);
    const paymentId = pay.data!.payQuote.paymentId as string;
    await app.gql(TERMINATE, { id: w.partnership.id }, w.partner.token);
    expect((await app.gql(QUOTE, { q: quoteId }, customer.token)).data!.quote.status).toBe("CANCELLED");

    await payments.confirmPayment(paymentId);
    const payment = await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } });
    expect(payment).toMatchObject({ status: "REFUNDED", refundedCents: payment.amountCents });
    expect(await app.prisma.auditLog.count({ where: { entityId: paymentId, action: "payment.refunded", data: { path: ["source"], equals: "quote-cancelled" } } })).toBe(1);
  });
});
