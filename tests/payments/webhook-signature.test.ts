import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import type { TestApp } from "../setup/test-app.ts";
import { paymentsSpec, type PaymentsTestApp } from "../support/payments-app.ts";

/**
 * A delivery whose signature does not hold for its exact bytes is refused with 400 before anything
 * is stored: a signature of another body, one too old to replay, one made with another secret,
 * none at all. The event is then unknown: its genuine delivery later is processed, not a duplicate.
 */
let payments: PaymentsTestApp;
let app: TestApp;
paymentsSpec((world) => ({ payments, app } = world));

async function post(payload: string, signature: string | undefined) {
  const response = await fetch(`${app.server.url}/webhooks/stripe`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(signature === undefined ? {} : { "stripe-signature": signature }) },
    body: payload,
  });
  return { status: response.status, body: await response.json() };
}

describe("a signature that does not hold", () => {
  it("another body's, a stale one, another secret's, a malformed header, none: 400, nothing stored; the genuine delivery then processes the event", async () => {
    const eventId = "evt_signature_probe";
    const { payload, signature } = payments.stripe.signedEvent("customer.created", { id: "cus_probe", object: "customer" }, eventId);
    const secret = app.config.stripe!.webhookSecret!;
    const tampered = payload.replace("cus_probe", "cus_other");
    const attempts: Record<string, [string, string | undefined]> = {
      "another body": [tampered, signature],
      "five minutes and more old": [payload, Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: Math.floor(Date.now() / 1000) - 600 })],
      "another secret": [payload, Stripe.webhooks.generateTestHeaderString({ payload, secret: "whsec_not_ours" })],
      "a header with no v1": [payload, signature.replace(/,v1=.*/, "")],
      "a header of garbage": [payload, '\'; DROP TABLE "StripeEvent"; --'],
      none: [payload, undefined],
    };
    const answers: Record<string, unknown> = {};
    for (const [label, [body, header]] of Object.entries(attempts)) answers[label] = await post(body, header);
    expect(answers).toEqual(Object.fromEntries(Object.keys(attempts).map((label) => [label, { status: 400, body: { error: "invalid signature" } }])));
    expect(await app.prisma.stripeEvent.count({ where: { id: eventId } })).toBe(0);

    expect(await post(payload, signature)).toEqual({ status: 200, body: { received: true, ignored: "event type customer.created is not handled" } });
    expect(await post(payload, signature)).toEqual({ status: 200, body: { received: true, duplicate: true } });
    expect(await app.prisma.stripeEvent.findMany({ where: { id: eventId }, select: { type: true, processedAt: true } })).toEqual([{ type: "customer.created", processedAt: expect.any(Date) }]);
  });
});
