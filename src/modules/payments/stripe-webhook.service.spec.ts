import Stripe from "stripe";
import { describe, expect, it } from "vitest";
import { conflict } from "../../platform/errors.ts";
import { StripeWebhookService } from "./stripe-webhook.service.ts";

const SECRET = "whsec_spec";
const stripe = new Stripe("sk_test_spec");

/** The service with every collaborator but the settlement inert; `sync` is what settling an intent does. */
function serviceSettlingWith(sync: () => Promise<boolean>) {
  const processed: string[] = [];
  // The intent's payment is known: the event is handed to the settlement.
  const payments = {
    receiveEvent: async () => true,
    receiveIntentEvent: async () => ({ outcome: "pending", payment: { id: "pay_1", status: "PROCESSING" } }),
    markEventProcessed: async (id: string) => void processed.push(id),
  };
  const settlement = { syncPaymentIntent: sync };
  const inert = {} as never;
  const service = new StripeWebhookService(payments as never, settlement as never, inert, inert, inert, inert, inert, stripe, {
    stripe: { secretKey: "sk_test_spec", webhookSecret: SECRET },
  } as never);
  return { service, processed };
}

function signed(event: Record<string, unknown>): [Buffer, string] {
  const payload = JSON.stringify(event);
  return [Buffer.from(payload), stripe.webhooks.generateTestHeaderString({ payload, secret: SECRET })];
}

const succeeded = { id: "evt_1", object: "event", type: "payment_intent.succeeded", data: { object: { id: "pi_1", object: "payment_intent" } } };

describe("a Stripe event whose move the payment's machine refuses", () => {
  it("is acknowledged (200) with the refusal as its notice, and marked processed: a redelivery would be refused again", async () => {
    const { service, processed } = serviceSettlingWith(async () => {
      throw conflict("A refunded payment cannot be settled");
    });
    const answer = await service.handleWebhook(...signed(succeeded));
    expect(answer).toMatchObject({ status: 200, body: { received: true, ignored: "not applied: A refunded payment cannot be settled" } });
    expect(processed).toEqual(["evt_1"]);
  });

  it("still fails (a 5xx Stripe retries) when anything else goes wrong, such as the database being down", async () => {
    const { service, processed } = serviceSettlingWith(async () => {
      throw new Error("connection refused");
    });
    await expect(service.handleWebhook(...signed(succeeded))).rejects.toThrow("connection refused");
    expect(processed).toEqual([]);
  });
});

describe("an event about an intent whose dedupe statement raced a concurrent delivery's insert", () => {
  /** The service whose intent statement answers `raced`, and whose upsert then says `pending`. */
  function racedService(pending: boolean) {
    const calls: string[] = [];
    const payments = {
      receiveIntentEvent: async () => ({ outcome: "raced" }),
      receiveEvent: async () => (calls.push("receiveEvent"), pending),
      markEventProcessed: async () => void calls.push("mark"),
    };
    const settlement = { syncPaymentIntent: async (_intent: string, _cause: unknown, _action: unknown, read: unknown) => (calls.push(`sync ${read === undefined ? "unread" : "read"}`), true) };
    const inert = {} as never;
    const service = new StripeWebhookService(payments as never, settlement as never, inert, inert, inert, inert, inert, stripe, {
      stripe: { secretKey: "sk_test_spec", webhookSecret: SECRET },
    } as never);
    return { service, calls };
  }

  it("is a duplicate when the upsert finds it processed", async () => {
    const { service, calls } = racedService(false);
    expect(await service.handleWebhook(...signed(succeeded))).toEqual({ status: 200, body: { received: true, duplicate: true } });
    expect(calls).toEqual(["receiveEvent"]);
  });

  it("is processed (the payment read again by its handler) and marked when the upsert finds it pending", async () => {
    const { service, calls } = racedService(true);
    expect(await service.handleWebhook(...signed(succeeded))).toEqual({ status: 200, body: { received: true } });
    expect(calls).toEqual(["receiveEvent", "sync unread", "mark"]);
  });
});
