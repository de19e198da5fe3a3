// Suspending or terminating a partnership (by a party, an admin or the system: here one upheld
// complaint suspends it) gives back the catalog stock its approved quotes reserved but nobody paid
// for; a paid quote keeps its parts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdmin, createCustomer, type CreatedUser } from "../factories/index.ts";
import { approvedPartnerQuoteFor, complainAbout, partnerWorld } from "../factories/partnerships.ts";
import { startPaymentsTestApp, type PaymentsTestApp } from "../support/payments-app.ts";

let payments: PaymentsTestApp;
let admin: CreatedUser;
beforeAll(async () => {
  payments = await startPaymentsTestApp({ ESCROW_THRESHOLD_CENTS: "10000000", PARTNERSHIP_COMPLAINTS_TO_SUSPEND: "1" });
  admin = await createAdmin(payments.app);
});
afterAll(() => payments.close());

const APPROVE = `mutation ($q: ID!) { approveQuote(quoteId: $q) { status } }`;
const PAY = `mutation ($q: ID!, $k: String!) { payQuote(quoteId: $q, idempotencyKey: $k) { paymentId } }`;

/** Stock left of the partnership's two parts (10 each to start; each quote takes 2 of each). */
const stockOf = async (w: Awaited<ReturnType<typeof partnerWorld>>) => {
  const parts = await payments.app.prisma.partnerCatalogPart.findMany({ where: { id: { in: [w.partnership.padsId, w.partnership.rotorId] } }, select: { availableQuantity: true } });
  return parts.map((p) => p.availableQuantity);
};

/** `customer` approves a partnered quote under `w`'s partnership: its stock is reserved. */
async function approved(w: Awaited<ReturnType<typeof partnerWorld>>, customer: CreatedUser): Promise<string> {
  const quoteId = await approvedPartnerQuoteFor(payments.app, w, customer);
  expect((await payments.app.gql(APPROVE, { q: quoteId }, customer.token)).data!.approveQuote.status).toBe("APPROVED");
  return quoteId;
}

describe("a partnership that stops", () => {
  it("on suspension releases the stock of its approved, unpaid quotes; a paid quote keeps its reservation", async () => {
    const { app } = payments;
    const w = await partnerWorld(app, admin, { type: "SUPPLIER" });
    const unpaid = await approved(w, w.customer);
    const payer = await createCustomer(app);
    const paid = await approved(w, payer);
    const pay = await app.gql(PAY, { q: paid, k: "paid-before-suspension" }, payer.token);
    await payments.confirmPayment(pay.data!.payQuote.paymentId);
    expect(await stockOf(w)).toEqual([6, 6]);

    await app.gql(`mutation ($id: ID!) { suspendPartnership(partnershipId: $id, reason: "Quality review") { status } }`, { id: w.partnership.id }, admin.token);
    expect(await stockOf(w)).toEqual([8, 8]);
    expect(await app.prisma.catalogStockReservation.count({ where: { quoteId: unpaid } })).toBe(0);
    expect(await app.prisma.catalogStockReservation.count({ where: { quoteId: paid } })).toBe(2);
  });

  it("on the system's suspension (upheld complaints) releases them too", async () => {
    const { app } = payments;
    const w = await partnerWorld(app, admin, { type: "SUPPLIER" });
    const quoteId = await approved(w, w.customer);
    const complaintId = await complainAbout(app, quoteId, w.customer);
    await app.gql(`mutation ($id: ID!) { resolveComplaint(id: $id, outcome: UPHELD) { id } }`, { id: complaintId }, admin.token);
    expect((await app.prisma.partnership.findUniqueOrThrow({ where: { id: w.partnership.id } })).status).toBe("SUSPENDED");
    expect(await stockOf(w)).toEqual([10, 10]);
  });

  it("on termination releases them too", async () => {
    const { app } = payments;
    const w = await partnerWorld(app, admin, { type: "SUPPLIER" });
    await approved(w, w.customer);
    expect(await stockOf(w)).toEqual([8, 8]);
    await app.gql(`mutation ($id: ID!) { terminatePartnership(partnershipId: $id, reason: "Contract ended") { status } }`, { id: w.partnership.id }, w.partner.token);
    expect(await stockOf(w)).toEqual([10, 10]);
  });
});
