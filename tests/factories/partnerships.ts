import { expect } from "vitest";
import type { TestApp } from "../setup/test-app.ts";
import { createCompletedSession } from "./escalations.ts";
import { createCustomer, createMechanic, createPartner, type CreatedUser } from "./index.ts";

export const APPLY = `mutation ($input: ApplyForPartnershipInput!) { applyForPartnership(input: $input) { id status type commissionBasisPoints activeNow inactiveReason } }`;
export const ACCEPT = `mutation ($id: ID!) { acceptPartnershipTerms(partnershipId: $id) { id status partnerAcceptedAt } }`;
export const VERIFY = `mutation ($id: ID!) { verifyPartnership(partnershipId: $id) { id status activeNow verifiedAt } }`;
export const UPSERT_PART = `mutation ($p: ID!, $input: CatalogPartInput!) { upsertCatalogPart(partnershipId: $p, input: $input) { id partNumber retailPriceCents marginBasisPoints } }`;
export const UPSERT_RATE = `mutation ($p: ID!, $input: LaborRateInput!) { upsertLaborRate(partnershipId: $p, input: $input) { id serviceCategory mechanicRateCents } }`;
export const CREATE_PARTNER_QUOTE = `mutation ($s: ID!, $input: PartnerQuoteInput!) { createPartnerQuote(sessionId: $s, input: $input) {
  quote { id status totalCents platformFeeCents mechanicFeeCents workshopShareCents partnerApprovedAt lineItems { kind description partNumber quantity unitPriceCents totalCents } }
  commission { totalCents platformFeeCents mechanicCommissionCents partnerShareCents commissionBasisPoints requiresPartnerApproval quotedThisMonthCents monthlyLimitCents } } }`;
export const APPROVE_PARTNER_QUOTE = `mutation ($q: ID!) { approvePartnerQuote(quoteId: $q) { id status partnerApprovedAt } }`;
export const REJECT_PARTNER_QUOTE = `mutation ($q: ID!, $r: String!) { rejectPartnerQuote(quoteId: $q, reason: $r) { id status partnerRejectReason } }`;

/** A partner organization; a workshop partner gets its own workshop. */
export async function createPartnerOrg(app: TestApp, options: { workshopId?: string; stripeAccountId?: string; payoutsEnabled?: boolean } = {}): Promise<CreatedUser> {
  const partner = await createPartner(app);
  await app.prisma.partnerProfile.update({
    where: { userId: partner.id },
    data: { workshopId: options.workshopId ?? null, stripeAccountId: options.stripeAccountId ?? null, payoutsEnabled: options.payoutsEnabled ?? false },
  });
  return partner;
}

export interface PartnershipTerms {
  type?: "WORKSHOP" | "SUPPLIER" | "NETWORK";
  commissionBasisPoints?: number | null;
  paymentTerms?: "NET_30" | "NET_60" | "IMMEDIATE";
  contractStartDate?: string;
  contractEndDate?: string | null;
  autoRenew?: boolean;
  permissions?: { canCreateQuotes?: boolean; quoteApprovalRequired?: boolean; autoApproveBelowCents?: number | null; maxQuoteAmountCents?: number };
}

const today = () => new Date().toISOString().slice(0, 10);

export function applyInput(partnerId: string, terms: PartnershipTerms = {}) {
  return {
    partnerId,
    type: terms.type ?? "SUPPLIER",
    commissionBasisPoints: terms.commissionBasisPoints ?? null,
    paymentTerms: terms.paymentTerms ?? "NET_30",
    contractStartDate: terms.contractStartDate ?? today(),
    contractEndDate: terms.contractEndDate ?? null,
    autoRenew: terms.autoRenew ?? false,
    permissions: { canCreateQuotes: true, quoteApprovalRequired: true, autoApproveBelowCents: null, maxQuoteAmountCents: 1_000_000, ...terms.permissions },
  };
}

async function ok<T = any>(app: TestApp, query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const result = await app.gql(query, variables, token);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}

/** apply (mechanic) -> accept (partner) -> verify (admin): an ACTIVE partnership with a small price list. */
export async function activePartnership(app: TestApp, parties: { mechanic: CreatedUser; partner: CreatedUser; admin: CreatedUser }, terms: PartnershipTerms = {}) {
  const applied = await ok(app, APPLY, { input: applyInput(parties.partner.id, terms) }, parties.mechanic.token);
  const id = applied.applyForPartnership.id as string;
  await ok(app, ACCEPT, { id }, parties.partner.token);
  await ok(app, VERIFY, { id }, parties.admin.token);
  const pads = await ok(app, UPSERT_PART, { p: id, input: part("BP-1", 4_000, 8_000) }, parties.partner.token);
  const rotor = await ok(app, UPSERT_PART, { p: id, input: part("BR-2", 6_000, 11_000) }, parties.partner.token);
  const rate = await ok(app, UPSERT_RATE, { p: id, input: { serviceCategory: "brakes", ratePerHourCents: 10_000, mechanicRateCents: 12_000, validFrom: "2020-01-01" } }, parties.partner.token);
  return { id, padsId: pads.upsertCatalogPart.id as string, rotorId: rotor.upsertCatalogPart.id as string, rateId: rate.upsertLaborRate.id as string };
}

export function part(partNumber: string, wholesale: number, retail: number, validFrom = "2020-01-01", validUntil: string | null = null) {
  return { partNumber, name: `Part ${partNumber}`, category: "brakes", wholesalePriceCents: wholesale, retailPriceCents: retail, availableQuantity: 10, leadTimeDays: 1, validFrom, validUntil };
}

/** A mechanic with a completed session for a fresh customer, a partner, and their ACTIVE partnership. */
export async function partnerWorld(app: TestApp, admin: CreatedUser, terms: PartnershipTerms = {}, partnerOptions: Parameters<typeof createPartnerOrg>[1] = {}) {
  const customer = await createCustomer(app);
  const mechanic = await createMechanic(app);
  const partner = await createPartnerOrg(app, partnerOptions);
  const session = await createCompletedSession(app, { customerId: customer.id, mechanicId: mechanic.id });
  const partnership = await activePartnership(app, { mechanic, partner, admin }, terms);
  return { customer, mechanic, partner, sessionId: session.id, partnership };
}

/** 2 pads at $80, 2 rotors at $110, 2 hours at $120/h: $620.00. */
export const linesOf = (p: { id: string; padsId: string; rotorId: string; rateId: string }) => ({
  partnershipId: p.id,
  parts: [
    { catalogPartId: p.padsId, quantity: 2 },
    { catalogPartId: p.rotorId, quantity: 2 },
  ],
  labor: [{ laborRateId: p.rateId, minutes: 120 }],
  notes: "Pads and rotors, front axle",
});

/** The world's mechanic quotes `customer` (a fresh completed session) under the world's partnership, and its partner approves: the quote's id. */
export async function approvedPartnerQuoteFor(app: TestApp, w: Awaited<ReturnType<typeof partnerWorld>>, customer: CreatedUser): Promise<string> {
  const session = await createCompletedSession(app, { customerId: customer.id, mechanicId: w.mechanic.id });
  const created = await ok(app, CREATE_PARTNER_QUOTE, { s: session.id, input: linesOf(w.partnership) }, w.mechanic.token);
  const quoteId = created.createPartnerQuote.quote.id as string;
  await ok(app, APPROVE_PARTNER_QUOTE, { q: quoteId }, w.partner.token);
  return quoteId;
}

/** `customer` complains about quote `quoteId` through the API: the complaint's id. */
export async function complainAbout(app: TestApp, quoteId: string, customer: CreatedUser): Promise<string> {
  const filed = await ok(app, `mutation ($q: ID!, $b: String!) { fileComplaint(quoteId: $q, body: $b) { id } }`, { q: quoteId, b: "The quoted rotors were never fitted." }, customer.token);
  return filed.fileComplaint.id as string;
}

/**
 * An application stored with terms the rules refuse today (`stored`, written straight to the row as
 * older data or a changed configuration leaves it), accepted by its partner, is not verified: the
 * admin's `verifyPartnership` answers CONFLICT with `message`, and the row stays PENDING.
 */
export async function expectVerifyRefusesStoredTerms(
  app: TestApp,
  admin: CreatedUser,
  terms: PartnershipTerms,
  stored: { commissionBasisPoints?: number; maxQuoteAmountCents?: number },
  message: string,
): Promise<void> {
  const mechanic = await createMechanic(app);
  const partner = await createPartnerOrg(app);
  const id = (await ok(app, APPLY, { input: applyInput(partner.id, terms) }, mechanic.token)).applyForPartnership.id as string;
  await app.prisma.partnership.update({ where: { id }, data: stored });
  await ok(app, ACCEPT, { id }, partner.token);
  const refused = await app.gql(VERIFY, { id }, admin.token);
  expect(refused.errors?.[0]).toMatchObject({ message, extensions: { code: "CONFLICT" } });
  expect(await app.prisma.partnership.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "PENDING", verifiedAt: null });
}
