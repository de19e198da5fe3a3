import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { customerSignUpInput, SIGN_UP } from "../factories/accounts.ts";
import { diagnose, PAY_DIAGNOSTIC, REQUEST_SESSION } from "../factories/diagnostics.ts";
import { APPROVE, CREATE_QUOTE, createMatchableWorkshop, ESCALATE, REPAIR_1200, RESPOND } from "../factories/escalations.ts";
import { createAdmin, FACTORY_PASSWORD, uniqueNameWord, type CreatedUser } from "../factories/index.ts";
import { activePartnership, APPROVE_PARTNER_QUOTE, CREATE_PARTNER_QUOTE, linesOf } from "../factories/partnerships.ts";
import type { TestApp } from "../setup/test-app.ts";
import type { FakeStripe } from "../support/fake-stripe.ts";
import { unbalancedTransactions } from "../support/ledger.ts";
import { startPaymentsTestApp, type PaymentsTestApp } from "../support/payments-app.ts";

/**
 * Issue 14's done-when: a new mechanic, a new workshop advisor (for a workshop without a Stripe
 * account) and a new partner each go from sign-up or staff creation to PAID OUT using only
 * GraphQL operations and Stripe's webhooks: onboarding through Stripe Connect (an Express
 * account, a hosted onboarding link), the payout status kept in sync by `account.updated`, and
 * their shares transferred once payouts are enabled (owed shares by the payout run).
 */
let payments: PaymentsTestApp;
let app: TestApp;
let stripe: FakeStripe;
let admin: CreatedUser;
beforeAll(async () => {
  payments = await startPaymentsTestApp({
    PAYOUT_INTERVAL_SECONDS: "0",
    STRIPE_CONNECT_REFRESH_URL: "https://app.example.test/payouts/refresh",
    STRIPE_CONNECT_RETURN_URL: "https://app.example.test/payouts/done",
  });
  ({ app, stripe } = payments);
  admin = await createAdmin(app);
});
afterAll(() => payments.close());
afterEach(async () => expect(await unbalancedTransactions(app.prisma)).toEqual([]));

const SIGN_IN = `mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token user { id } } }`;
const CREATE_STAFF = `mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { id role } }`;
const ADD_VEHICLE = `mutation ($input: AddVehicleInput!) { addVehicle(input: $input) { id } }`;
const ONBOARD = `mutation { startPayoutOnboarding { url expiresAt } }`;
const ACCOUNT = `{ payoutAccount { connected chargesEnabled payoutsEnabled requirementsDue } }`;
const ADMIN_ACCOUNT = `query ($u: ID, $w: ID) { payeePayoutAccount(userId: $u, workshopId: $w) { connected chargesEnabled payoutsEnabled requirementsDue } }`;
const EARNINGS = `{ earnings { totalCents paidOutCents owedCents } }`;
const RUN_DUE = `mutation { runDuePayouts { transferCount amountCents failedCount } }`;

async function ok<T = any>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const result = await app.gql(query, variables, token);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}
const email = (who: string) => `${who}.${randomUUID().slice(0, 8)}@example.test`;

async function signUpMechanic(): Promise<CreatedUser> {
  const { signUp } = await ok(SIGN_UP, { input: { role: "MECHANIC", email: email("mechanic"), password: FACTORY_PASSWORD, displayName: "Sam the mechanic" } });
  // A new mechanic claims paid sessions once an admin has vetted them (issue 18).
  await ok(`mutation ($id: ID!) { approveMechanic(mechanicId: $id) { id } }`, { id: signUp.user.id }, admin.token);
  return { id: signUp.user.id, token: signUp.token } as CreatedUser;
}

/** A customer signs up in `city`, adds a car, books and pays a diagnostic (Stripe's webhook confirms it); the mechanic diagnoses it. */
async function diagnosedSession(mechanic: CreatedUser, city: string) {
  const { signUp } = await ok(SIGN_UP, { input: customerSignUpInput({ city }) });
  const customer = { id: signUp.user.id, token: signUp.token } as CreatedUser;
  const vehicleId = (await ok(ADD_VEHICLE, { input: { make: "Honda", model: "Civic", year: 2018 } }, customer.token)).addVehicle.id;
  const sessionId = (await ok(REQUEST_SESSION, { input: { vehicleId, concern: "Grinding noise from the front brakes" } }, customer.token)).requestSession.id as string;
  const paymentId = (await ok(PAY_DIAGNOSTIC, { s: sessionId, k: `diag-${sessionId}` }, customer.token)).payDiagnostic.paymentId as string;
  await payments.confirmPayment(paymentId);
  await diagnose(app, mechanic, sessionId);
  return { customer, sessionId };
}

/** Stripe's hosted onboarding, as the payee would go through it: the link, then Stripe's account.updated. */
async function onboard(token: string): Promise<string> {
  const before = stripe.accounts.size;
  const link = (await ok(ONBOARD, {}, token)).startPayoutOnboarding;
  expect(link.url).toMatch(/^https:\/\/connect\.stripe\.com\/setup\/e\/acct_/);
  expect(new Date(link.expiresAt).getTime()).toBeGreaterThan(Date.now());
  expect(stripe.accounts.size).toBe(before + 1);
  const issued = stripe.accountLinks.at(-1)!;
  expect(issued).toMatchObject({ type: "account_onboarding", refresh_url: "https://app.example.test/payouts/refresh", return_url: "https://app.example.test/payouts/done" });
  const accountId = issued.account as string;
  expect(stripe.accounts.get(accountId)).toMatchObject({ type: "express", payouts_enabled: false });

  // Before onboarding is finished: connected, not payable, with what Stripe still needs.
  const pending = (await ok(ACCOUNT, {}, token)).payoutAccount;
  expect(pending).toMatchObject({ connected: true, chargesEnabled: false, payoutsEnabled: false });
  expect(pending.requirementsDue).toContain("external_account");
  // Asking again (the refresh URL) gives a new link to the same account.
  await ok(ONBOARD, {}, token);
  expect(stripe.accounts.size).toBe(before + 1);
  expect(stripe.accountLinks.at(-1)!.account).toBe(accountId);

  expect((await payments.webhook("account.updated", stripe.completeOnboarding(accountId))).status).toBe(200);
  expect((await ok(ACCOUNT, {}, token)).payoutAccount).toEqual({ connected: true, chargesEnabled: true, payoutsEnabled: true, requirementsDue: [] });
  return accountId;
}

const paidTo = (accountId: string) => [...stripe.transfers.values()].filter((t) => t.destination === accountId).reduce((sum, t) => sum + t.amount - t.amount_reversed, 0);

describe("payee onboarding to payout, through the API only", () => {
  it("a new mechanic: signs up, earns a diagnostic fee before onboarding (owed), onboards, and the payout run pays it", async () => {
    const mechanic = await signUpMechanic();
    expect((await ok(ACCOUNT, {}, mechanic.token)).payoutAccount).toEqual({ connected: false, chargesEnabled: false, payoutsEnabled: false, requirementsDue: [] });

    await diagnosedSession(mechanic, "Austin");
    expect((await ok(EARNINGS, {}, mechanic.token)).earnings).toEqual({ totalCents: 2_250, paidOutCents: 0, owedCents: 2_250 });

    const accountId = await onboard(mechanic.token);
    expect((await ok(ADMIN_ACCOUNT, { u: mechanic.id }, admin.token)).payeePayoutAccount).toMatchObject({ connected: true, payoutsEnabled: true });
    expect((await ok(RUN_DUE, {}, admin.token)).runDuePayouts).toMatchObject({ failedCount: 0 });
    expect((await ok(EARNINGS, {}, mechanic.token)).earnings).toEqual({ totalCents: 2_250, paidOutCents: 2_250, owedCents: 0 });
    expect(paidTo(accountId)).toBe(2_250);
  });

  it("a new workshop advisor created by an admin onboards the workshop; the workshop's repair share is paid when the customer pays", async () => {
    const city = `Onboardville ${uniqueNameWord()}`; // a customer signs up in it: a city holds no digit
    const workshop = await createMatchableWorkshop(app, { city }); // a workshop with no Stripe account yet
    const advisorEmail = email("advisor");
    await ok(CREATE_STAFF, { input: { role: "WORKSHOP_ADVISOR", email: advisorEmail, password: FACTORY_PASSWORD, displayName: "Alex Advisor", workshopId: workshop.id } }, admin.token);
    const advisor = (await ok(SIGN_IN, { e: advisorEmail, p: FACTORY_PASSWORD })).signIn;

    const accountId = await onboard(advisor.token);
    expect((await ok(ADMIN_ACCOUNT, { w: workshop.id }, admin.token)).payeePayoutAccount).toMatchObject({ connected: true, payoutsEnabled: true });
    // The workshop's other advisors see the same account: it is the workshop's.
    expect((await ok(ACCOUNT, {}, workshop.advisor.token)).payoutAccount).toMatchObject({ connected: true, payoutsEnabled: true });

    const mechanic = await signUpMechanic();
    const { customer, sessionId } = await diagnosedSession(mechanic, city);
    const escalation = (await ok(ESCALATE, { sessionId, input: { quotesRequested: 1 } }, mechanic.token)).escalate;
    await ok(RESPOND, { offerId: escalation.offers[0].id, accept: true }, advisor.token);
    const quoteId = (await ok(CREATE_QUOTE, { escalationId: escalation.id, input: REPAIR_1200 }, advisor.token)).createQuote.id;
    await ok(APPROVE, { quoteId }, customer.token);
    const paymentId = (await ok(`mutation ($q: ID!, $k: String!) { payQuote(quoteId: $q, idempotencyKey: $k) { paymentId } }`, { q: quoteId, k: `repair-${quoteId}` }, customer.token)).payQuote
      .paymentId;
    await payments.confirmPayment(paymentId);

    expect(paidTo(accountId)).toBe(108_000);
    expect((await ok(EARNINGS, {}, advisor.token)).earnings).toEqual({ totalCents: 108_000, paidOutCents: 108_000, owedCents: 0 });
  });

  it("a new partner created by an admin onboards, and is paid its share of a partnered repair", async () => {
    const partnerEmail = email("partner");
    await ok(CREATE_STAFF, { input: { role: "PARTNER", email: partnerEmail, password: FACTORY_PASSWORD, displayName: "Parts Direct" } }, admin.token);
    const partner = (await ok(SIGN_IN, { e: partnerEmail, p: FACTORY_PASSWORD })).signIn;
    const partnerUser = { id: partner.user.id, token: partner.token } as CreatedUser;
    const accountId = await onboard(partner.token);

    const mechanic = await signUpMechanic();
    const partnership = await activePartnership(app, { mechanic, partner: partnerUser, admin }, { type: "SUPPLIER", paymentTerms: "IMMEDIATE", permissions: { quoteApprovalRequired: true } });
    const { customer, sessionId } = await diagnosedSession(mechanic, "Austin");
    const quote = (await ok(CREATE_PARTNER_QUOTE, { s: sessionId, input: linesOf(partnership) }, mechanic.token)).createPartnerQuote.quote;
    await ok(APPROVE_PARTNER_QUOTE, { q: quote.id }, partner.token);
    await ok(APPROVE, { quoteId: quote.id }, customer.token);
    const paymentId = (await ok(`mutation ($q: ID!, $k: String!) { payQuote(quoteId: $q, idempotencyKey: $k) { paymentId } }`, { q: quote.id, k: `partner-${quote.id}` }, customer.token)).payQuote
      .paymentId;
    await payments.confirmPayment(paymentId);

    const share = quote.totalCents - quote.platformFeeCents;
    expect(paidTo(accountId)).toBe(share);
    expect((await ok(EARNINGS, {}, partner.token)).earnings).toEqual({ totalCents: share, paidOutCents: share, owedCents: 0 });
  });

  it("customers cannot onboard, and admins read payees only", async () => {
    const { signUp } = await ok(SIGN_UP, { input: customerSignUpInput() });
    expect((await app.gql(ONBOARD, {}, signUp.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await app.gql(ADMIN_ACCOUNT, { u: signUp.user.id }, admin.token)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await app.gql(ADMIN_ACCOUNT, {}, admin.token)).errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
