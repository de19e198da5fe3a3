import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { createAdmin, type CreatedUser } from "../factories/index.ts";
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

/**
 * The hooks a spec file against the payments server shares: the server and an admin before its
 * tests (handed to `started`, which keeps them: `paymentsSpec((world) => ({ payments, app, admin }
 * = world))`), the server closed after them.
 */
export function paymentsSpec(started: (world: PaymentsSpecWorld) => void): void {
  let payments: PaymentsTestApp | undefined;
  beforeAll(async () => {
    payments = await startPaymentsTestApp();
    started({ payments, app: payments.app, admin: await createAdmin(payments.app) });
  });
  afterAll(() => payments?.close());
}

/**
 * A payments spec (paymentsSpec) for refunds: after each test, a ledger in which every
 * transaction still sums to zero, whatever the refund did.
 */
export function refundSpec(started: (world: PaymentsSpecWorld) => void): void {
  let app: TestApp | undefined;
  paymentsSpec((world) => {
    app = world.app;
    started(world);
  });
  afterEach(async () => {
    expect(await unbalancedTransactions(app!.prisma)).toEqual([]);
  });
}
