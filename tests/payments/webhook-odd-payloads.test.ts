import { randomBytes } from "node:crypto";
import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { BODY_TOO_LARGE } from "../../src/platform/server/graphql-http.ts";
import type { TestApp } from "../setup/test-app.ts";
import { paymentsSpec, type PaymentsTestApp } from "../support/payments-app.ts";

/**
 * Signed deliveries a careless sender could make (Stripe itself never would): the webhook's dedupe
 * statement is hand-written SQL now, so an event id or type full of SQL metacharacters must be
 * stored as the text it is, once, and touch nothing else; a body too large, or a signed body that is
 * no event at all, gets a clear 4xx with nothing stored, never a 500 (which Stripe would retry for
 * days) nor internals.
 */
let payments: PaymentsTestApp;
let app: TestApp;
paymentsSpec((world) => ({ payments, app } = world));

/** POSTs `payload` with a valid signature for it. */
async function post(payload: string) {
  const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: app.config.stripe!.webhookSecret! });
  const response = await fetch(`${app.server.url}/webhooks/stripe`, { method: "POST", headers: { "content-type": "application/json", "stripe-signature": signature }, body: payload });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) };
}

const event = (fields: Record<string, unknown>) =>
  JSON.stringify({ object: "event", api_version: "2024-06-20", created: 1, data: { object: { id: "cus_1", object: "customer" } }, livemode: false, ...fields });

describe("event ids and types with SQL metacharacters", () => {
  it("are stored as given, once; a redelivery is a duplicate; no other event is touched", async () => {
    const before = await payments.webhook("customer.created", { id: "cus_sentinel", object: "customer" }, "evt_sentinel");
    expect(before.status).toBe(200);
    const ids = [`evt_'); DELETE FROM "StripeEvent"; --`, `evt_' OR '1'='1`, `evt_$1 \\ "quoted" %_*`, `evt_ünï☃de`];
    for (const id of ids) {
      const type = `customer.created'); DROP TABLE "Payment"; --`;
      const first = await post(event({ id, type }));
      expect({ id, status: first.status, body: first.body }).toEqual({ id, status: 200, body: { received: true, ignored: `event type ${type} is not handled` } });
      expect((await post(event({ id, type }))).body).toEqual({ received: true, duplicate: true });
      expect(await app.prisma.stripeEvent.findMany({ where: { id }, select: { id: true, type: true, processedAt: true } })).toEqual([{ id, type, processedAt: expect.any(Date) }]);
    }
    expect(await app.prisma.stripeEvent.count({ where: { id: "evt_sentinel", processedAt: { not: null } } })).toBe(1);
    expect(await app.prisma.payment.count()).toBeGreaterThanOrEqual(0);
    expect(app.logLines.some((line) => line.includes("stripe webhook failed"))).toBe(false);
  });
});

describe("bodies that are no event", () => {
  it("a body over 1 MB is refused with 413 and a JSON error; nothing is stored", async () => {
    const id = "evt_huge_body";
    const huge = await post(event({ id, type: "customer.created", padding: "x".repeat(1_100_000) }));
    expect(huge.status).toBe(413);
    expect(huge.body).toEqual({ errors: [{ message: BODY_TOO_LARGE, extensions: { code: "BAD_REQUEST" } }] });
    expect(await app.prisma.stripeEvent.count({ where: { id } })).toBe(0);
  });

  it("a signed body without a usable event id or type is a 400, nothing stored, never a 500", async () => {
    const bodies: Record<string, string> = {
      "no id": event({ type: "customer.created" }),
      "a null id": event({ id: null, type: "customer.created" }),
      "a numeric id": event({ id: 42, type: "customer.created" }),
      "an object id": event({ id: { evil: true }, type: "customer.created" }),
      "an empty id": event({ id: "", type: "customer.created" }),
      "an id past any index row (8 kB, incompressible)": event({ id: `evt_${randomBytes(6000).toString("base64")}`, type: "customer.created" }),
      "an id with a NUL": event({ id: "evt_nul\u0000byte", type: "customer.created" }),
      "no type": event({ id: "evt_no_type" }),
      "a numeric type": event({ id: "evt_numeric_type", type: 7 }),
      null: "null",
      "an array": "[]",
      "a string": '"evt_just_a_string"',
    };
    const stored = await app.prisma.stripeEvent.count();
    const answers: Record<string, unknown> = {};
    for (const [label, body] of Object.entries(bodies)) {
      const answer = await post(body);
      answers[label] = { status: answer.status, body: answer.body };
    }
    expect(answers).toEqual(Object.fromEntries(Object.keys(bodies).map((label) => [label, { status: 400, body: { error: "malformed event" } }])));
    expect(await app.prisma.stripeEvent.count()).toBe(stored);
    expect(app.logLines.some((line) => line.includes("stripe webhook failed"))).toBe(false);
  });
});
