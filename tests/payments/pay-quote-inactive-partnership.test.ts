// payQuote refuses a quote written under a partnership that is no longer active: nobody stands
// behind its price list any more. CONFLICT with the partnership's state as the reason.
import { describe, expect, it } from "vitest";
import { type CreatedUser } from "../factories/index.ts";
import { approvedPartnerQuoteFor, partnerWorld } from "../factories/partnerships.ts";
import { paymentsSpec, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let admin: CreatedUser;
paymentsSpec((world) => ({ payments, admin } = world));

const APPROVE = `mutation ($q: ID!) { approveQuote(quoteId: $q) { status } }`;
const PAY = `mutation ($q: ID!, $k: String!) { payQuote(quoteId: $q, idempotencyKey: $k) { paymentId } }`;
const SUSPEND = `mutation ($id: ID!) { suspendPartnership(partnershipId: $id, reason: "Quality review") { status } }`;
const TERMINATE = `mutation ($id: ID!) { terminatePartnership(partnershipId: $id, reason: "Contract ended") { status } }`;

/** A partnered quote its customer approved (its stock reserved), unpaid. */
async function approvedUnpaid() {
  const { app } = payments;
  const w = await partnerWorld(app, admin, { type: "SUPPLIER" });
  const quoteId = await approvedPartnerQuoteFor(app, w, w.customer);
  expect((await app.gql(APPROVE, { q: quoteId }, w.customer.token)).data!.approveQuote.status).toBe("APPROVED");
  return { w, quoteId };
}

describe("payQuote under a partnership no longer active", () => {
  it("is CONFLICT PARTNERSHIP_SUSPENDED once the partner suspended it; once resumed it pays, reserving the parts the suspension gave back", async () => {
    const { app } = payments;
    const { w, quoteId } = await approvedUnpaid();
    await app.gql(SUSPEND, { id: w.partnership.id }, w.partner.token);
    const refused = await app.gql(PAY, { q: quoteId, k: "suspended-1" }, w.customer.token);
    expect(refused.errors?.[0]).toMatchObject({
      message: "This quote's partnership is suspended: it cannot be paid until the partnership is resumed",
      extensions: { code: "CONFLICT", reason: "PARTNERSHIP_SUSPENDED" },
    });
    expect(await app.prisma.payment.count({ where: { quoteId } })).toBe(0);

    await app.gql(`mutation ($id: ID!) { resumePartnership(partnershipId: $id) { status } }`, { id: w.partnership.id }, w.partner.token);
    expect(await app.prisma.catalogStockReservation.count({ where: { quoteId } })).toBe(0);
    expect((await app.gql(PAY, { q: quoteId, k: "resumed-1" }, w.customer.token)).data?.payQuote.paymentId).toBeTruthy();
    expect(await app.prisma.catalogStockReservation.count({ where: { quoteId } })).toBe(2);
    const parts = await app.prisma.partnerCatalogPart.findMany({ where: { id: { in: [w.partnership.padsId, w.partnership.rotorId] } }, select: { availableQuantity: true } });
    expect(parts.map((p) => p.availableQuantity)).toEqual([8, 8]);
  });

  it("is CONFLICT once either party terminated it: the termination cancelled the unpaid quote", async () => {
    const { app } = payments;
    const { w, quoteId } = await approvedUnpaid();
    await app.gql(TERMINATE, { id: w.partnership.id }, w.mechanic.token);
    const refused = await app.gql(PAY, { q: quoteId, k: "terminated-1" }, w.customer.token);
    expect(refused.errors?.[0]).toMatchObject({ message: "Only an approved quote can be paid", extensions: { code: "CONFLICT", status: "CANCELLED" } });
    expect(await app.prisma.payment.count({ where: { quoteId } })).toBe(0);
  });
});
