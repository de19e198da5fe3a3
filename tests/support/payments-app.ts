import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import type { Payment } from "../../src/platform/db/generated/client.ts";
import { APPROVE, CREATE_QUOTE, createEscalationScenario, createMatchableWorkshop, escalateAndAccept, REPAIR_1200 } from "../factories/escalations.ts";
import { createAdmin, createCustomer, createMechanic, createSession, type CreatedUser } from "../factories/index.ts";
import { APPROVE_PARTNER_QUOTE, CREATE_PARTNER_QUOTE, linesOf, partnerWorld } from "../factories/partnerships.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";
import { startFakeStripe, type FakeStripe } from "./fake-stripe.ts";
import { unbalancedTransactions } from "./ledger.ts";

export interface PaymentsTestApp {
  app: TestApp;
  stripe: FakeStripe;
  /** Delivers a signed Stripe webhook to the server, as Stripe would. */
  webhook(type: string, object: Record<string, any>, eventId?: string, account?: string): Promise<{ status: number; body: any }>;
  /** The customer confirms the payment's intent at Stripe, and Stripe tells the server. */
  confirmPayment(paymentId: string): Promise<void>;
  close(): Promise<void>;
}

/** The real server with payments configured against the local Stripe fake. */
export async function startPaymentsTestApp(env: Record<string, string> = {}): Promise<PaymentsTestApp> {
  const stripe = await startFakeStripe();
  const app = await startTestApp({
    STRIPE_SECRET_KEY: "sk_test_fake",
    STRIPE_WEBHOOK_SECRET: stripe.webhookSecret,
    STRIPE_API_BASE: stripe.url,
    ESCROW_THRESHOLD_CENTS: "500000",
    ESCALATION_EXPIRY_INTERVAL_SECONDS: "0",
    ...env,
  });
  const webhook = async (type: string, object: Record<string, any>, eventId?: string, account?: string) => {
    const { payload, signature } = stripe.signedEvent(type, object, eventId, account);
    const response = await fetch(`${app.server.url}/webhooks/stripe`, { method: "POST", headers: { "content-type": "application/json", "stripe-signature": signature }, body: payload });
    return { status: response.status, body: await response.json() };
  };
  return {
    app,
    stripe,
    webhook,
    async confirmPayment(paymentId) {
      const payment = await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } });
      const delivered = await webhook("payment_intent.succeeded", stripe.confirm(payment.stripePaymentIntentId!));
      if (delivered.status !== 200) throw new Error(`webhook answered ${delivered.status}`);
    },
    async close() {
      await app.close();
      await stripe.close();
    },
  };
}

/** What a payments spec works with: the payments server, its TestApp and an admin. */
export interface PaymentsSpecWorld {
  payments: PaymentsTestApp;
  app: TestApp;
  admin: CreatedUser;
}

/** Settings of a payments server that escrows the factories' $1,200 repairs: authorized when paid, captured on completion. */
export const ESCROWING_REPAIRS = { ESCROW_THRESHOLD_CENTS: "100000" };

/**
 * The hooks a spec file against the payments server shares: the server (with `env` besides the
 * payments settings) and an admin before its tests (handed to `started`, which keeps them:
 * `paymentsSpec((world) => ({ payments, app, admin } = world))`), the server closed after them.
 * Called twice, a file gets two servers (one escrowing repairs, one settling them at once).
 */
export function paymentsSpec(started: (world: PaymentsSpecWorld) => void, env: Record<string, string> = {}): void {
  let payments: PaymentsTestApp | undefined;
  beforeAll(async () => {
    payments = await startPaymentsTestApp(env);
    started({ payments, app: payments.app, admin: await createAdmin(payments.app) });
  });
  afterAll(() => payments?.close());
}

/**
 * A payments spec (paymentsSpec) for refunds, and anything else that reverses money: after each
 * test, a ledger in which every transaction still sums to zero, whatever the reversal did.
 */
export function refundSpec(started: (world: PaymentsSpecWorld) => void, env: Record<string, string> = {}): void {
  let app: TestApp | undefined;
  paymentsSpec((world) => {
    app = world.app;
    started(world);
  }, env);
  afterEach(async () => {
    expect(await unbalancedTransactions(app!.prisma)).toEqual([]);
  });
}

/** A diagnostic payment as `diagnosticPayment` leaves it: the intent created at Stripe, not confirmed. */
export interface DiagnosticPayment {
  customer: CreatedUser;
  mechanic: CreatedUser;
  /** The mechanic's connected account (`acct_me_...`). */
  account: string;
  payment: Payment;
}

/**
 * A session's diagnostic (the session `status`, default COMPLETED), paid for by its customer
 * through `payDiagnostic` (the intent created at the Stripe fake, not confirmed:
 * `payments.confirmPayment(payment.id)` confirms it). Its mechanic takes payouts on a new connected
 * account (`payoutsEnabled`, default true), which the fake knows as charges- and payouts-enabled
 * when `registered` (default false: Stripe is only told of it by later events).
 */
export async function diagnosticPayment(
  payments: PaymentsTestApp,
  options: { payoutsEnabled?: boolean; registered?: boolean; status?: "COMPLETED" | "IN_PROGRESS" } = {},
): Promise<DiagnosticPayment & { sessionId: string }> {
  const { app, stripe } = payments;
  const customer = await createCustomer(app);
  const mechanic = await createMechanic(app);
  const account = `acct_me_${randomUUID().slice(0, 8)}`;
  if (options.registered) stripe.accounts.set(account, { id: account, object: "account", charges_enabled: true, payouts_enabled: true, requirements: { currently_due: [] } });
  await app.prisma.mechanicProfile.update({ where: { userId: mechanic.id }, data: { stripeAccountId: account, payoutsEnabled: options.payoutsEnabled ?? true } });
  const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: options.status ?? "COMPLETED", paid: false });
  const pay = await app.gql(`mutation ($s: ID!, $k: String!) { payDiagnostic(sessionId: $s, idempotencyKey: $k) { paymentId } }`, { s: session.id, k: `diag-${session.id}` }, customer.token);
  if (pay.errors) throw new Error(pay.body);
  const payment = await app.prisma.payment.findUniqueOrThrow({ where: { id: pay.data!.payDiagnostic.paymentId } });
  return { customer, mechanic, account, payment, sessionId: session.id };
}

const PAY_QUOTE = `mutation ($q: ID!, $k: String!) { payQuote(quoteId: $q, idempotencyKey: $k) { paymentId } }`;

/**
 * An escalated repair quoted as `input` (default REPAIR_1200: $1,200), approved, paid and settled;
 * its workshop and escalating mechanic take payouts, so the workshop's share and the referral are
 * transferred at settlement. The payment's id.
 */
export async function paidEscalatedRepair(payments: PaymentsTestApp, input: object = REPAIR_1200): Promise<string> {
  const { app } = payments;
  const scenario = await createEscalationScenario(app);
  const workshop = await createMatchableWorkshop(app, { city: scenario.city, stripeAccountId: `acct_ws_${randomUUID().slice(0, 8)}`, payoutsEnabled: true });
  await app.prisma.mechanicProfile.update({ where: { userId: scenario.mechanic.id }, data: { stripeAccountId: `acct_me_${randomUUID().slice(0, 8)}`, payoutsEnabled: true } });
  const { escalationId } = await escalateAndAccept(app, scenario, workshop);
  const quote = await app.gql(CREATE_QUOTE, { escalationId, input }, workshop.advisor.token);
  if (quote.errors) throw new Error(quote.body);
  await app.gql(APPROVE, { quoteId: quote.data!.createQuote.id }, scenario.customer.token);
  const paymentId = (await app.gql(PAY_QUOTE, { q: quote.data!.createQuote.id, k: `repair-${escalationId}` }, scenario.customer.token)).data!.payQuote.paymentId as string;
  await payments.confirmPayment(paymentId);
  return paymentId;
}

/**
 * A partnered mechanic's $620 supplier repair (factories' linesOf; seed 000's revised model: $93
 * fee, the $62 commission out of it, $527 to the partner) approved by the partner and the customer,
 * paid and settled; the partner (IMMEDIATE terms) and the mechanic take payouts, so both shares
 * are transferred at settlement. The payment's id.
 */
export async function paidPartneredRepair(payments: PaymentsTestApp, admin: CreatedUser): Promise<string> {
  const { app } = payments;
  const w = await partnerWorld(app, admin, { type: "SUPPLIER", paymentTerms: "IMMEDIATE" }, { stripeAccountId: `acct_pa_${randomUUID().slice(0, 8)}`, payoutsEnabled: true });
  await app.prisma.mechanicProfile.update({ where: { userId: w.mechanic.id }, data: { stripeAccountId: `acct_me_${randomUUID().slice(0, 8)}`, payoutsEnabled: true } });
  const quote = (await app.gql(CREATE_PARTNER_QUOTE, { s: w.sessionId, input: linesOf(w.partnership) }, w.mechanic.token)).data!.createPartnerQuote.quote;
  await app.gql(APPROVE_PARTNER_QUOTE, { q: quote.id }, w.partner.token);
  await app.gql(APPROVE, { quoteId: quote.id }, w.customer.token);
  const paymentId = (await app.gql(PAY_QUOTE, { q: quote.id, k: `partner-${quote.id}` }, w.customer.token)).data!.payQuote.paymentId as string;
  await payments.confirmPayment(paymentId);
  return paymentId;
}
