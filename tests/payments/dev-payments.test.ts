// `npm run dev:payments` (scripts/dev-payments.ts) lets a front-end developer take a customer
// through paying without a Stripe account: the API runs against the local fake Stripe, and a
// control server does what the card form and Stripe's webhook would. Here the API is the test
// server pointed at the same fake, so the control server is spec'd against the real webhook path.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startDevStripe, type DevStripe } from "../../scripts/dev-payments.ts";
import { createCustomer, createMechanic, createSession } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

let dev: DevStripe;
let app: TestApp;
beforeAll(async () => {
  dev = await startDevStripe(() => app.server.url, 0);
  app = await startTestApp(dev.env);
});
afterAll(async () => {
  await app?.close();
  await dev?.close();
});

const PAY = `mutation ($s: ID!, $k: String!) { payDiagnostic(sessionId: $s, idempotencyKey: $k) { paymentId clientSecret } }`;
const PAYMENTS = `{ payments { nodes { id status amountCents } } }`;
const control = (path: string) => fetch(`${dev.controlUrl}${path}`, { method: "POST" });

describe("paying in development against the local fake Stripe", () => {
  it("a diagnostic the customer pays is SUCCEEDED once its PaymentIntent (from the client secret) is confirmed at the control server", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "COMPLETED", paid: false });
    const pay = await app.gql(PAY, { s: session.id, k: `dev-${session.id}` }, customer.token);
    const { paymentId, clientSecret } = pay.data!.payDiagnostic;
    expect((await app.gql(PAYMENTS, {}, customer.token)).data!.payments.nodes).toEqual([{ id: paymentId, status: "REQUIRES_PAYMENT_METHOD", amountCents: 2_500 }]);

    const intent = (clientSecret as string).split("_secret_")[0];
    const confirmed = await control(`/payment_intents/${intent}/confirm`);
    expect(confirmed.status).toBe(200);
    expect(await confirmed.json()).toMatchObject({ object: { id: intent, status: "succeeded" }, webhookStatus: 200 });
    expect((await app.gql(PAYMENTS, {}, customer.token)).data!.payments.nodes).toEqual([{ id: paymentId, status: "SUCCEEDED", amountCents: 2_500 }]);
  });

  it("answers 404 for a PaymentIntent or account the fake does not hold, and 400 for any other request", async () => {
    expect((await control("/payment_intents/pi_unknown/confirm")).status).toBe(404);
    expect((await control("/accounts/acct_unknown/onboard")).status).toBe(404);
    expect((await control("/refunds")).status).toBe(400);
    expect((await fetch(`${dev.controlUrl}/payment_intents/pi_unknown/confirm`)).status).toBe(400);
  });
});
