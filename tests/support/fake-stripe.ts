import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Stripe from "stripe";

/**
 * A local fake of the parts of the Stripe HTTP API the server calls, so tests run the official
 * SDK end to end without the network: form-encoded bodies, `Idempotency-Key` (the same key and
 * path answer the same object), Stripe-shaped errors. Tests drive the money side with helpers
 * (`confirm`, `dispute`) and send signed webhooks with `signedEvent`.
 */
export interface FakeStripe {
  /** e.g. http://127.0.0.1:12345, for STRIPE_API_BASE. */
  url: string;
  webhookSecret: string;
  paymentIntents: Map<string, Record<string, any>>;
  transfers: Map<string, Record<string, any>>;
  refunds: Map<string, Record<string, any>>;
  accounts: Map<string, Record<string, any>>;
  disputes: Map<string, Record<string, any>>;
  /** Every request that created something (idempotent replays excluded), as "METHOD path". */
  creations: string[];
  /** The customer confirms: requires_capture for manual capture, otherwise succeeded with a charge. */
  confirm(paymentIntentId: string): Record<string, any>;
  /**
   * The cardholder disputes the intent's charge (one dispute per charge, as at Stripe): creates
   * its dispute or moves it to `status`; `amount` defaults to the charge's. Returns the dispute.
   */
  dispute(paymentIntentId: string, change: { status: Stripe.Dispute.Status; amount?: number }): Record<string, any>;
  /** A webhook body and its valid Stripe-Signature header. */
  signedEvent(type: string, object: Record<string, any>, id?: string): { payload: string; signature: string };
  close(): Promise<void>;
}

const id = (prefix: string) => `${prefix}_${randomBytes(8).toString("hex")}`;

/** Parses `a[b][c]=1&d=2` into nested objects, as Stripe does. */
function parseForm(body: string): Record<string, any> {
  const out: Record<string, any> = {};
  for (const [rawKey, value] of new URLSearchParams(body)) {
    const path = rawKey.replace(/\]/g, "").split("[");
    let node = out;
    path.forEach((key, i) => {
      if (i === path.length - 1) node[key] = value;
      else node = node[key] ??= {};
    });
  }
  return out;
}

export async function startFakeStripe(): Promise<FakeStripe> {
  const paymentIntents = new Map<string, Record<string, any>>();
  const transfers = new Map<string, Record<string, any>>();
  const refunds = new Map<string, Record<string, any>>();
  const accounts = new Map<string, Record<string, any>>();
  const disputes = new Map<string, Record<string, any>>();
  const idempotent = new Map<string, { status: number; body: unknown }>();
  const creations: string[] = [];
  const webhookSecret = `whsec_${randomBytes(12).toString("hex")}`;
  const stripe = new Stripe("sk_test_fake");

  const error = (status: number, message: string) => ({ status, body: { error: { type: "invalid_request_error", message } } });

  function route(method: string, path: string, params: Record<string, any>): { status: number; body: unknown } {
    let match: RegExpExecArray | null;
    if (method === "POST" && path === "/v1/payment_intents") {
      const intent = {
        id: id("pi"),
        object: "payment_intent",
        amount: Number(params.amount),
        amount_capturable: 0,
        amount_received: 0,
        currency: params.currency,
        capture_method: params.capture_method ?? "automatic",
        transfer_group: params.transfer_group ?? null,
        metadata: params.metadata ?? {},
        status: "requires_payment_method",
        latest_charge: null as string | null,
        client_secret: "",
      };
      intent.client_secret = `${intent.id}_secret_${randomBytes(6).toString("hex")}`;
      paymentIntents.set(intent.id, intent);
      creations.push(`POST ${path}`);
      return { status: 200, body: intent };
    }
    if ((match = /^\/v1\/payment_intents\/([^/]+)$/.exec(path)) && method === "GET") {
      const intent = paymentIntents.get(match[1]!);
      return intent ? { status: 200, body: intent } : error(404, "No such payment_intent");
    }
    if ((match = /^\/v1\/payment_intents\/([^/]+)\/(capture|cancel)$/.exec(path)) && method === "POST") {
      const intent = paymentIntents.get(match[1]!);
      if (!intent) return error(404, "No such payment_intent");
      if (match[2] === "capture") {
        if (intent.status !== "requires_capture") return error(400, "This PaymentIntent could not be captured");
        intent.status = "succeeded";
        intent.amount_received = intent.amount;
        intent.amount_capturable = 0;
      } else {
        intent.status = "canceled";
      }
      creations.push(`POST ${path}`);
      return { status: 200, body: intent };
    }
    if (method === "POST" && path === "/v1/transfers") {
      const transfer = {
        id: id("tr"),
        object: "transfer",
        amount: Number(params.amount),
        currency: params.currency,
        destination: params.destination,
        transfer_group: params.transfer_group ?? null,
        source_transaction: params.source_transaction ?? null,
        amount_reversed: 0,
        reversals: [] as unknown[],
      };
      transfers.set(transfer.id, transfer);
      creations.push(`POST ${path}`);
      return { status: 200, body: transfer };
    }
    if ((match = /^\/v1\/transfers\/([^/]+)\/reversals$/.exec(path)) && method === "POST") {
      const transfer = transfers.get(match[1]!);
      if (!transfer) return error(404, "No such transfer");
      const amount = Number(params.amount ?? transfer.amount - transfer.amount_reversed);
      if (amount > transfer.amount - transfer.amount_reversed) return error(400, "Reversal exceeds the transfer");
      const reversal = { id: id("trr"), object: "transfer_reversal", amount, transfer: transfer.id };
      transfer.amount_reversed += amount;
      transfer.reversals.push(reversal);
      creations.push(`POST ${path}`);
      return { status: 200, body: reversal };
    }
    if (method === "POST" && path === "/v1/refunds") {
      const intent = paymentIntents.get(params.payment_intent);
      if (!intent) return error(404, "No such payment_intent");
      const dispute = [...disputes.values()].find((d) => d.payment_intent === intent.id);
      if (dispute && ["needs_response", "under_review", "lost"].includes(dispute.status)) return error(400, `Charge ${intent.latest_charge} has been charged back; cannot issue a refund.`);
      const refund = { id: id("re"), object: "refund", amount: Number(params.amount ?? intent.amount), payment_intent: intent.id, status: "succeeded", metadata: params.metadata ?? {} };
      refunds.set(refund.id, refund);
      creations.push(`POST ${path}`);
      return { status: 200, body: refund };
    }
    if ((match = /^\/v1\/disputes\/([^/]+)$/.exec(path)) && method === "GET") {
      const dispute = disputes.get(match[1]!);
      return dispute ? { status: 200, body: dispute } : error(404, "No such dispute");
    }
    if ((match = /^\/v1\/accounts\/([^/]+)$/.exec(path)) && method === "GET") {
      const account = accounts.get(match[1]!);
      return account ? { status: 200, body: account } : error(404, "No such account");
    }
    return error(404, `Unrecognized request URL (${method}: ${path})`);
  }

  const server: Server = createServer(async (req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const url = new URL(req.url ?? "/", "http://fake");
    const method = req.method ?? "GET";
    const params = method === "GET" ? Object.fromEntries(url.searchParams) : parseForm(Buffer.concat(chunks).toString("utf8"));
    const key = req.headers["idempotency-key"];
    const cacheKey = typeof key === "string" && method === "POST" ? `${url.pathname}|${key}` : null;
    let result = cacheKey ? idempotent.get(cacheKey) : undefined;
    if (!result) {
      result = route(method, url.pathname, params);
      // Like Stripe, replay a snapshot: later changes to the object do not alter the replayed response.
      result = { status: result.status, body: JSON.parse(JSON.stringify(result.body)) };
      if (cacheKey) idempotent.set(cacheKey, result);
    }
    res.writeHead(result.status, { "content-type": "application/json", "request-id": id("req") });
    res.end(JSON.stringify(result.body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    webhookSecret,
    paymentIntents,
    transfers,
    refunds,
    accounts,
    disputes,
    creations,
    confirm(paymentIntentId) {
      const intent = paymentIntents.get(paymentIntentId);
      if (!intent) throw new Error(`no payment intent ${paymentIntentId}`);
      if (intent.capture_method === "manual") {
        intent.status = "requires_capture";
        intent.amount_capturable = intent.amount;
      } else {
        intent.status = "succeeded";
        intent.amount_received = intent.amount;
      }
      intent.latest_charge = id("ch");
      return intent;
    },
    dispute(paymentIntentId, change) {
      const intent = paymentIntents.get(paymentIntentId);
      if (!intent?.latest_charge) throw new Error(`no charge on payment intent ${paymentIntentId}`);
      let dispute = [...disputes.values()].find((d) => d.payment_intent === paymentIntentId);
      if (!dispute) {
        dispute = { id: id("du"), object: "dispute", amount: intent.amount, currency: intent.currency, charge: intent.latest_charge, payment_intent: paymentIntentId, reason: "fraudulent", status: change.status };
        disputes.set(dispute.id, dispute);
      }
      Object.assign(dispute, { status: change.status }, change.amount === undefined ? {} : { amount: change.amount });
      return { ...dispute };
    },
    signedEvent(type, object, eventId = id("evt")) {
      const payload = JSON.stringify({ id: eventId, object: "event", type, api_version: "2024-06-20", created: Math.floor(Date.now() / 1000), data: { object }, livemode: false });
      return { payload, signature: stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret }) };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
