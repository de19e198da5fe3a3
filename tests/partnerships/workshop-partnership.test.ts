import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createCompletedSession } from "../factories/escalations.ts";
import { createAdmin, createCustomer, createMechanic, createWorkshop, FACTORY_PASSWORD, type CreatedUser } from "../factories/index.ts";
import { activePartnership, APPLY, applyInput, APPROVE_PARTNER_QUOTE, CREATE_PARTNER_QUOTE, linesOf } from "../factories/partnerships.ts";
import type { TestApp } from "../setup/test-app.ts";
import { unbalancedTransactions } from "../support/ledger.ts";
import { startPaymentsTestApp, type PaymentsTestApp } from "../support/payments-app.ts";

/**
 * WORKSHOP partnerships: an admin creates a partner account for a workshop
 * (`createStaffAccount(role: PARTNER, workshopId)`), a mechanic applies for a WORKSHOP partnership
 * with it and quotes from its price list; the quote is the workshop's, and so is the share.
 */
let payments: PaymentsTestApp;
let app: TestApp;
let admin: CreatedUser;
beforeAll(async () => {
  payments = await startPaymentsTestApp({ PAYOUT_INTERVAL_SECONDS: "0" });
  app = payments.app;
  admin = await createAdmin(app);
});
afterAll(() => payments.close());
afterEach(async () => expect(await unbalancedTransactions(app.prisma)).toEqual([]));

const CREATE_STAFF = `mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id role } }`;
const SIGN_IN = `mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token user { id } } }`;
const staff = (workshopId: string | null, email = `partner.${randomUUID().slice(0, 8)}@example.test`) => ({
  input: { role: "PARTNER", email, password: FACTORY_PASSWORD, displayName: "Brakes & Co parts desk", workshopId },
});

async function workshopPartner(workshopId: string): Promise<CreatedUser> {
  const variables = staff(workshopId);
  const created = await app.gql(CREATE_STAFF, variables, admin.token);
  expect(created.errors).toBeUndefined();
  const signIn = (await app.gql(SIGN_IN, { e: variables.input.email, p: FACTORY_PASSWORD })).data!.signIn;
  return { id: signIn.user.id, token: signIn.token } as CreatedUser;
}

describe("WORKSHOP partnerships", () => {
  it("a partner account created for a workshop belongs to it; an unknown or malformed workshop is refused and nothing is created", async () => {
    const workshop = await createWorkshop(app);
    const partner = await workshopPartner(workshop.id);
    expect((await app.prisma.partnerProfile.findUniqueOrThrow({ where: { userId: partner.id } })).workshopId).toBe(workshop.id);

    const unknown = staff("00000000-0000-4000-8000-000000000000");
    expect((await app.gql(CREATE_STAFF, unknown, admin.token)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const malformed = staff("not-a-workshop");
    expect((await app.gql(CREATE_STAFF, malformed, admin.token)).errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
    expect(await app.prisma.user.count({ where: { email: { in: [unknown.input.email, malformed.input.email] } } })).toBe(0);

    // Without a workshop it is a supplier-style partner, which a WORKSHOP partnership cannot use.
    const plain = (await app.gql(CREATE_STAFF, staff(null), admin.token)).data!.createStaffAccount;
    expect((await app.prisma.partnerProfile.findUniqueOrThrow({ where: { userId: plain.id } })).workshopId).toBeNull();
    const mechanic = await createMechanic(app);
    const refused = await app.gql(APPLY, { input: applyInput(plain.id, { type: "WORKSHOP" }) }, mechanic.token);
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.type" });
  });

  it("a mechanic applies for a WORKSHOP partnership, quotes through it, and the customer's payment books the share to the workshop's partner", async () => {
    const workshop = await createWorkshop(app, { name: "Brakes & Co" });
    const partner = await workshopPartner(workshop.id);
    const mechanic = await createMechanic(app);
    const partnership = await activePartnership(app, { mechanic, partner, admin }, { type: "WORKSHOP", paymentTerms: "IMMEDIATE", permissions: { quoteApprovalRequired: true } });
    expect((await app.prisma.partnership.findUniqueOrThrow({ where: { id: partnership.id } })).type).toBe("WORKSHOP");

    const customer = await createCustomer(app);
    const session = await createCompletedSession(app, { customerId: customer.id, mechanicId: mechanic.id });
    const created = await app.gql(CREATE_PARTNER_QUOTE, { s: session.id, input: linesOf(partnership) }, mechanic.token);
    expect(created.errors).toBeUndefined();
    const quote = created.data!.createPartnerQuote.quote;
    expect((await app.gql(APPROVE_PARTNER_QUOTE, { q: quote.id }, partner.token)).errors).toBeUndefined();

    // The customer sees the workshop that will do the repair.
    const seen = await app.gql(`query ($id: ID!) { quote(id: $id) { status totalCents workshop { id name } } }`, { id: quote.id }, customer.token);
    expect(seen.data!.quote).toEqual({ status: "PENDING", totalCents: 62_000, workshop: { id: workshop.id, name: "Brakes & Co" } });

    await app.gql(`mutation ($q: ID!) { approveQuote(quoteId: $q) { status } }`, { q: quote.id }, customer.token);
    const paymentId = (await app.gql(`mutation ($q: ID!, $k: String!) { payQuote(quoteId: $q, idempotencyKey: $k) { paymentId } }`, { q: quote.id, k: `ws-${quote.id}` }, customer.token)).data!
      .payQuote.paymentId;
    await payments.confirmPayment(paymentId);
    const share = await app.prisma.ledgerEntry.findFirstOrThrow({ where: { paymentId, account: "PARTNER_PAYABLE", amountCents: { gt: 0 } } });
    expect(share).toMatchObject({ userId: partner.id, workshopId: workshop.id, partnershipId: partnership.id, amountCents: 62_000 - quote.platformFeeCents });
    const earnings = await app.gql(`{ earnings { owedCents } }`, {}, partner.token);
    expect(earnings.data!.earnings.owedCents).toBe(62_000 - quote.platformFeeCents);
  });
});
