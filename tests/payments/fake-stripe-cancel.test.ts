// The local fake of Stripe (tests/support/fake-stripe.ts, also what `npm run dev:payments` runs)
// cancels a PaymentIntent as Stripe's API reference documents it (POST /v1/payment_intents/{id}/cancel):
// from requires_payment_method, requires_capture, requires_confirmation, requires_action or
// processing; the intent becomes `canceled` with `canceled_at` and the caller's
// `cancellation_reason` (one of duplicate, fraudulent, requested_by_customer, abandoned), an
// authorization's `amount_capturable` released; a succeeded or canceled intent cannot be cancelled
// (`payment_intent_unexpected_state`). Before, the fake set no `canceled_at` and took any reason.
import Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeStripe, type FakeStripe } from "../support/fake-stripe.ts";

let fake: FakeStripe;
let stripe: Stripe;
beforeAll(async () => {
  fake = await startFakeStripe();
  const { hostname, port } = new URL(fake.url);
  stripe = new Stripe("sk_test_fake", { host: hostname, port, protocol: "http", maxNetworkRetries: 0 });
});
afterAll(() => fake?.close());

/** A $1,200 intent captured manually, authorized by the customer. */
async function authorized(): Promise<string> {
  const intent = await stripe.paymentIntents.create({ amount: 120_000, currency: "usd", capture_method: "manual" });
  fake.confirm(intent.id);
  return intent.id;
}
const refusalOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: Stripe.errors.StripeError) => ({ type: error.type, code: error.code ?? null, param: error.param ?? null }),
  );

describe("the fake Stripe's PaymentIntent cancel", () => {
  it("releases an authorization: canceled, canceled_at, the caller's cancellation_reason, nothing capturable", async () => {
    const id = await authorized();
    const before = Math.floor(Date.now() / 1000);
    const canceled = await stripe.paymentIntents.cancel(id, { cancellation_reason: "requested_by_customer" });
    expect(canceled).toMatchObject({ id, status: "canceled", cancellation_reason: "requested_by_customer", amount_capturable: 0, amount_received: 0 });
    expect(canceled.canceled_at).toBeGreaterThanOrEqual(before);
    expect(await stripe.paymentIntents.retrieve(id)).toMatchObject({ status: "canceled", canceled_at: canceled.canceled_at });
  });

  it("cancels an intent not yet confirmed, with no reason when none is given", async () => {
    const { id } = await stripe.paymentIntents.create({ amount: 2_500, currency: "usd" });
    expect(await stripe.paymentIntents.cancel(id)).toMatchObject({ status: "canceled", cancellation_reason: null, canceled_at: expect.any(Number) });
  });

  it("refuses a succeeded or canceled intent with payment_intent_unexpected_state, and a reason Stripe does not take", async () => {
    const captured = await authorized();
    await stripe.paymentIntents.capture(captured);
    expect(await refusalOf(stripe.paymentIntents.cancel(captured))).toEqual({ type: "StripeInvalidRequestError", code: "payment_intent_unexpected_state", param: null });

    const canceled = await authorized();
    await stripe.paymentIntents.cancel(canceled);
    expect(await refusalOf(stripe.paymentIntents.cancel(canceled))).toEqual({ type: "StripeInvalidRequestError", code: "payment_intent_unexpected_state", param: null });
    expect(await refusalOf(stripe.paymentIntents.capture(canceled))).toMatchObject({ code: "payment_intent_unexpected_state" });

    const held = await authorized();
    expect(await refusalOf(stripe.paymentIntents.cancel(held, { cancellation_reason: "automatic" as Stripe.PaymentIntentCancelParams.CancellationReason }))).toEqual({
      type: "StripeInvalidRequestError",
      code: null,
      param: "cancellation_reason",
    });
    expect((await stripe.paymentIntents.retrieve(held)).status).toBe("requires_capture");
  });

  it("an authorization Stripe lets lapse is canceled automatically, with canceled_at", async () => {
    const id = await authorized();
    expect(fake.lapse(id)).toMatchObject({ status: "canceled", cancellation_reason: "automatic", canceled_at: expect.any(Number) });
  });
});
