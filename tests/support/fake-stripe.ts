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
  /** Account links handed out, newest last (their `url` is where the payee would be sent). */
  accountLinks: Record<string, any>[];
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
  /** Stripe's refund from the Dashboard (no metadata): returns the refund and the charge as `charge.refunded` carries it. */
  refundInDashboard(paymentIntentId: string, amount?: number): { refund: Record<string, any>; charge: Record<string, any> };
  /**
   * From now on (`on`), a key reused with other parameters is refused as Stripe refuses it (400
   * `idempotency_error`) instead of replayed. Off by default: some specs confirm an intent twice,
   * which the fake answers with a new charge, so a resent transfer's parameters differ.
   */
  strictIdempotency(on: boolean): void;
  /**
   * Refunds created from now on start as `status` ("pending": a card or bank takes days, as
   * Stripe's refunds may; default "succeeded"). A pending refund counts as refunded on its charge.
   */
  refundsStartAs(status: "succeeded" | "pending"): void;
  /**
   * Stripe reports a pending refund failed (a closed card or account): status "failed" with
   * `failure_reason`, its amount back on the charge. Returns the refund as `refund.updated`,
   * `refund.failed` and `charge.refund.updated` carry it.
   */
  failRefund(refundId: string, failureReason?: string): Record<string, any>;
  /** A transfer reversal made in the Dashboard (no metadata); returns the transfer as `transfer.reversed` carries it. */
  reverseInDashboard(transferId: string, amount: number): Record<string, any>;
  /** The card was declined on confirmation: the intent asks for another payment method, with `last_payment_error`. */
  decline(paymentIntentId: string): Record<string, any>;
  /** Stripe cancels an authorization nobody captured in time (cancellation_reason "automatic"). */
  lapse(paymentIntentId: string): Record<string, any>;
  /** A bank payout of a connected account that failed: the payout object of `payout.failed`. */
  failedPayout(accountId: string, amount: number): Record<string, any>;
  /**
   * The payee completes Stripe's hosted onboarding for the account: details submitted, card
   * payments and transfers active, nothing currently due. Returns the account.
   */
  completeOnboarding(accountId: string): Record<string, any>;
  /**
   * The next `times` requests to `request` ("METHOD path", e.g. "POST /v1/refunds") fail as
   * Stripe's do. "unavailable": a 500 `api_error` before the request is applied, so nothing is
   * made and nothing is kept for its idempotency key (the same key may be sent again). "lost": the
   * request is applied (and its answer kept for its key), but the connection drops before the
   * answer arrives, as when the network fails after Stripe acted. "declined": the card's issuer
   * declines it (402 `card_error`, code `card_declined`): nothing is made, and as Stripe keeps the
   * answer of a request it ran, the same idempotency key is answered the same decline from then
   * on. The SDK itself retries an unavailable or lost request twice (maxNetworkRetries), so
   * `times` below 3 of those is absorbed by the SDK; it never retries a decline.
   */
  failNext(request: string, failure: FailureKind, times: number): void;
  /** A webhook body and its valid Stripe-Signature header; `account` for an event of a connected account. */
  signedEvent(type: string, object: Record<string, any>, id?: string, account?: string): { payload: string; signature: string };
  close(): Promise<void>;
}

/** How `failNext` makes a request fail (see there). */
export type FailureKind = "unavailable" | "lost" | "declined";

/** The statuses from which Stripe cancels a PaymentIntent (its API reference, "Cancel a PaymentIntent"). */
const CANCELLABLE = ["requires_payment_method", "requires_capture", "requires_confirmation", "requires_action", "processing"];
/** The `cancellation_reason`s a caller may give (Stripe sets `automatic` and the invoice ones itself). */
const CANCELLATION_REASONS = ["duplicate", "fraudulent", "requested_by_customer", "abandoned"];

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
  const accountLinks: Record<string, any>[] = [];
  const idempotent = new Map<string, { status: number; body: unknown; params: string }>();
  const creations: string[] = [];
  const webhookSecret = `whsec_${randomBytes(12).toString("hex")}`;
  const stripe = new Stripe("sk_test_fake");

  // Stripe answers an object it does not know with 404 and code "resource_missing" (its error codes reference).
  const error = (status: number, message: string, param?: string, code: string | undefined = status === 404 ? "resource_missing" : undefined) => ({
    status,
    body: { error: { type: "invalid_request_error", message, ...(param ? { param } : {}), ...(code ? { code } : {}) } },
  });
  const failures = new Map<string, { failure: FailureKind; times: number }>();
  const now = () => Math.floor(Date.now() / 1000);
  const list = (url: string, data: unknown[]) => ({ object: "list", data, has_more: false, url });
  let clock = 0;
  /** Strictly increasing `created` within the fake, so lists sort as Stripe's do. */
  const created = () => Math.max(now(), ++clock);

  /** Cancels an intent as Stripe does: `canceled` now, with its reason, an authorization's capturable amount released. */
  function cancel(intent: Record<string, any>, reason: string | null) {
    Object.assign(intent, { status: "canceled", cancellation_reason: reason, canceled_at: now(), amount_capturable: 0 });
  }

  let refundStatus: "succeeded" | "pending" = "succeeded";
  let strict = false;
  function makeRefund(intent: Record<string, any>, amount: number, metadata: Record<string, any>, reason: string | null) {
    const refund = {
      id: id("re"),
      object: "refund",
      amount,
      currency: intent.currency,
      charge: intent.latest_charge,
      payment_intent: intent.id,
      status: refundStatus,
      reason,
      metadata,
      created: created(),
    };
    refunds.set(refund.id, refund);
    intent.amount_refunded = (intent.amount_refunded ?? 0) + amount;
    return refund;
  }
  const chargeOf = (intent: Record<string, any>) => ({
    id: intent.latest_charge,
    object: "charge",
    amount: intent.amount,
    amount_captured: intent.amount_received,
    amount_refunded: intent.amount_refunded ?? 0,
    refunded: (intent.amount_refunded ?? 0) >= intent.amount,
    currency: intent.currency,
    payment_intent: intent.id,
    status: "succeeded",
  });
  const requirementsDue = ["business_profile.url", "external_account", "individual.dob.day", "individual.first_name", "individual.last_name", "tos_acceptance.date"];

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
        canceled_at: null as number | null,
        cancellation_reason: null as string | null,
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
        // Stripe's code for an intent in the wrong state, as when its authorization lapsed (lapse) before the capture.
        if (intent.status !== "requires_capture")
          return error(400, `This PaymentIntent could not be captured because it has a status of ${intent.status}.`, undefined, "payment_intent_unexpected_state");
        intent.status = "succeeded";
        intent.amount_received = intent.amount;
        intent.amount_capturable = 0;
      } else {
        if (!CANCELLABLE.includes(intent.status)) return error(400, `You cannot cancel this PaymentIntent because it has a status of ${intent.status}.`, undefined, "payment_intent_unexpected_state");
        if (params.cancellation_reason !== undefined && !CANCELLATION_REASONS.includes(params.cancellation_reason))
          return error(400, `Invalid cancellation_reason: must be one of ${CANCELLATION_REASONS.join(", ")}`, "cancellation_reason");
        // As Stripe's: the reason is the caller's or none, and an authorization's capturable amount is released.
        cancel(intent, params.cancellation_reason ?? null);
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
        reversed: false,
        reversals: { object: "list", data: [] as Record<string, any>[], has_more: false, url: "" },
        created: created(),
      };
      transfer.reversals.url = `/v1/transfers/${transfer.id}/reversals`;
      transfers.set(transfer.id, transfer);
      creations.push(`POST ${path}`);
      return { status: 200, body: transfer };
    }
    if ((match = /^\/v1\/transfers\/([^/]+)\/reversals$/.exec(path)) && method === "POST") {
      const transfer = transfers.get(match[1]!);
      if (!transfer) return error(404, "No such transfer");
      const amount = Number(params.amount ?? transfer.amount - transfer.amount_reversed);
      if (amount > transfer.amount - transfer.amount_reversed) return error(400, "Reversal exceeds the transfer");
      const reversal = { id: id("trr"), object: "transfer_reversal", amount, currency: transfer.currency, transfer: transfer.id, metadata: params.metadata ?? {}, created: created() };
      transfer.amount_reversed += amount;
      transfer.reversed = transfer.amount_reversed >= transfer.amount;
      transfer.reversals.data.unshift(reversal);
      creations.push(`POST ${path}`);
      return { status: 200, body: reversal };
    }
    if ((match = /^\/v1\/transfers\/([^/]+)\/reversals$/.exec(path)) && method === "GET") {
      const transfer = transfers.get(match[1]!);
      return transfer ? { status: 200, body: list(path, transfer.reversals.data) } : error(404, `No such transfer: '${match[1]}'`);
    }
    if ((match = /^\/v1\/transfers\/([^/]+)$/.exec(path)) && method === "GET") {
      const transfer = transfers.get(match[1]!);
      return transfer ? { status: 200, body: transfer } : error(404, `No such transfer: '${match[1]}'`);
    }
    if (method === "GET" && path === "/v1/transfers") {
      // Newest first, as Stripe lists them; filtered by transfer group and destination as Stripe filters them.
      const data = [...transfers.values()]
        .filter((t) => (!params.transfer_group || t.transfer_group === params.transfer_group) && (!params.destination || t.destination === params.destination))
        .sort((a, b) => b.created - a.created);
      return { status: 200, body: list(path, data) };
    }
    if (method === "GET" && path === "/v1/refunds") {
      // Newest first, as Stripe lists them.
      const data = [...refunds.values()].filter((r) => !params.payment_intent || r.payment_intent === params.payment_intent).sort((a, b) => b.created - a.created);
      return { status: 200, body: list(path, data) };
    }
    if ((match = /^\/v1\/refunds\/([^/]+)$/.exec(path)) && method === "GET") {
      const refund = refunds.get(match[1]!);
      return refund ? { status: 200, body: refund } : error(404, `No such refund: '${match[1]}'`);
    }
    if (method === "POST" && path === "/v1/accounts") {
      if (params.type !== "express" && params.type !== "standard" && params.type !== "custom") return error(400, "Invalid type: must be one of custom, express, or standard", "type");
      const account = {
        id: id("acct"),
        object: "account",
        type: params.type,
        country: params.country ?? "US",
        email: params.email ?? null,
        business_type: params.business_type ?? null,
        capabilities: Object.fromEntries(Object.keys(params.capabilities ?? {}).map((name) => [name, "inactive"])),
        charges_enabled: false,
        payouts_enabled: false,
        details_submitted: false,
        requirements: {
          currently_due: [...requirementsDue],
          eventually_due: [...requirementsDue],
          past_due: [...requirementsDue],
          pending_verification: [],
          disabled_reason: "requirements.past_due",
          current_deadline: null,
          errors: [],
        },
        metadata: params.metadata ?? {},
        created: created(),
      };
      accounts.set(account.id, account);
      creations.push(`POST ${path}`);
      return { status: 200, body: account };
    }
    if (method === "POST" && path === "/v1/account_links") {
      if (!params.account) return error(400, "Missing required param: account.", "account");
      if (!accounts.has(params.account)) return error(400, `No such account: '${params.account}'`, "account");
      if (params.type !== "account_onboarding" && params.type !== "account_update") return error(400, "Invalid type: must be one of account_onboarding or account_update", "type");
      for (const param of ["refresh_url", "return_url"]) if (!params[param]) return error(400, `Missing required param: ${param}.`, param);
      const link = {
        object: "account_link",
        created: now(),
        expires_at: now() + 300,
        url: `https://connect.stripe.com/setup/e/${params.account}/${randomBytes(9).toString("hex")}`,
        account: params.account,
        refresh_url: params.refresh_url,
        return_url: params.return_url,
        type: params.type,
      };
      accountLinks.push(link);
      creations.push(`POST ${path}`);
      const { account: _a, refresh_url: _r, return_url: _t, type: _y, ...shown } = link;
      return { status: 200, body: shown };
    }
    if (method === "POST" && path === "/v1/refunds") {
      const intent = paymentIntents.get(params.payment_intent);
      if (!intent) return error(404, `No such payment_intent: '${params.payment_intent}'`, "payment_intent", "resource_missing");
      const dispute = [...disputes.values()].find((d) => d.payment_intent === intent.id);
      if (dispute && ["needs_response", "under_review", "lost"].includes(dispute.status)) return error(400, `Charge ${intent.latest_charge} has been charged back; cannot issue a refund.`);
      const amount = Number(params.amount ?? intent.amount - (intent.amount_refunded ?? 0));
      if (amount > intent.amount - (intent.amount_refunded ?? 0)) return error(400, `Refund amount ($${(amount / 100).toFixed(2)}) is greater than unrefunded amount on charge`, "amount");
      const refund = makeRefund(intent, amount, params.metadata ?? {}, params.reason ?? null);
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
    const request = `${method} ${url.pathname}`;
    const injected = failures.get(request);
    if (injected && --injected.times <= 0) failures.delete(request);
    if (injected?.failure === "unavailable") {
      res.writeHead(500, { "content-type": "application/json", "request-id": id("req") });
      res.end(JSON.stringify({ error: { type: "api_error", message: "An unknown error occurred" } }));
      return;
    }
    const key = req.headers["idempotency-key"];
    const cacheKey = typeof key === "string" && method === "POST" ? `${url.pathname}|${key}` : null;
    let result = cacheKey ? idempotent.get(cacheKey) : undefined;
    // Like Stripe, refuse a key reused with other parameters (400, type idempotency_error), when strict.
    if (strict && result && result.params !== JSON.stringify(params)) {
      res.writeHead(400, { "content-type": "application/json", "request-id": id("req") });
      const message = `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${String(key)}' if you meant to execute a different request.`;
      res.end(JSON.stringify({ error: { type: "idempotency_error", message } }));
      return;
    }
    if (!result && injected?.failure === "declined") {
      const declined = { error: { type: "card_error", code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." } };
      result = { status: 402, body: declined, params: JSON.stringify(params) };
      if (cacheKey) idempotent.set(cacheKey, result);
    }
    if (!result) {
      const routed = route(method, url.pathname, params);
      // Like Stripe, replay a snapshot: later changes to the object do not alter the replayed response.
      result = { status: routed.status, body: JSON.parse(JSON.stringify(routed.body)), params: JSON.stringify(params) };
      if (cacheKey) idempotent.set(cacheKey, result);
    }
    if (injected?.failure === "lost") {
      res.socket?.destroy();
      return;
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
    accountLinks,
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
        dispute = {
          id: id("du"),
          object: "dispute",
          amount: intent.amount,
          currency: intent.currency,
          charge: intent.latest_charge,
          payment_intent: paymentIntentId,
          reason: "fraudulent",
          status: change.status,
        };
        disputes.set(dispute.id, dispute);
      }
      Object.assign(dispute, { status: change.status }, change.amount === undefined ? {} : { amount: change.amount });
      return { ...dispute };
    },
    strictIdempotency(on) {
      strict = on;
    },
    refundsStartAs(status) {
      refundStatus = status;
    },
    failRefund(refundId, failureReason = "expired_or_canceled_card") {
      const refund = refunds.get(refundId)!;
      if (refund.status !== "pending") throw new Error(`refund ${refundId} is ${refund.status}: only a pending refund fails`);
      Object.assign(refund, { status: "failed", failure_reason: failureReason });
      const intent = paymentIntents.get(refund.payment_intent)!;
      intent.amount_refunded -= refund.amount;
      return { ...refund };
    },
    refundInDashboard(paymentIntentId, amount) {
      const intent = paymentIntents.get(paymentIntentId);
      if (!intent?.latest_charge || intent.status !== "succeeded") throw new Error(`no captured charge on payment intent ${paymentIntentId}`);
      const refund = makeRefund(intent, amount ?? intent.amount - (intent.amount_refunded ?? 0), {}, "requested_by_customer");
      return { refund: { ...refund }, charge: chargeOf(intent) };
    },
    reverseInDashboard(transferId, amount) {
      const transfer = transfers.get(transferId);
      if (!transfer || amount > transfer.amount - transfer.amount_reversed) throw new Error(`cannot reverse ${amount} of ${transferId}`);
      const reversal = { id: id("trr"), object: "transfer_reversal", amount, currency: transfer.currency, transfer: transfer.id, metadata: {}, created: created() };
      transfer.amount_reversed += amount;
      transfer.reversed = transfer.amount_reversed >= transfer.amount;
      transfer.reversals.data.unshift(reversal);
      return JSON.parse(JSON.stringify(transfer));
    },
    decline(paymentIntentId) {
      const intent = paymentIntents.get(paymentIntentId);
      if (!intent) throw new Error(`no payment intent ${paymentIntentId}`);
      intent.status = "requires_payment_method";
      intent.last_payment_error = { type: "card_error", code: "card_declined", decline_code: "insufficient_funds", message: "Your card has insufficient funds." };
      return { ...intent };
    },
    lapse(paymentIntentId) {
      const intent = paymentIntents.get(paymentIntentId);
      if (intent?.status !== "requires_capture") throw new Error(`payment intent ${paymentIntentId} holds no authorization`);
      cancel(intent, "automatic");
      return { ...intent };
    },
    failedPayout(accountId, amount) {
      if (!accounts.has(accountId)) throw new Error(`no account ${accountId}`);
      return {
        id: id("po"),
        object: "payout",
        amount,
        currency: "usd",
        status: "failed",
        failure_code: "account_closed",
        failure_message: "The bank account has been closed.",
        destination: id("ba"),
        created: created(),
      };
    },
    completeOnboarding(accountId) {
      const account = accounts.get(accountId);
      if (!account) throw new Error(`no account ${accountId}`);
      Object.assign(account, {
        details_submitted: true,
        charges_enabled: true,
        payouts_enabled: true,
        capabilities: Object.fromEntries(Object.keys(account.capabilities).map((name) => [name, "active"])),
        requirements: { ...account.requirements, currently_due: [], eventually_due: [], past_due: [], disabled_reason: null },
      });
      return JSON.parse(JSON.stringify(account));
    },
    signedEvent(type, object, eventId = id("evt"), account) {
      const payload = JSON.stringify({
        id: eventId,
        object: "event",
        type,
        api_version: "2024-06-20",
        created: Math.floor(Date.now() / 1000),
        data: { object },
        livemode: false,
        ...(account ? { account } : {}),
      });
      return { payload, signature: stripe.webhooks.generateTestHeaderString({ payload, secret: webhookSecret }) };
    },
    failNext(request, failure, times) {
      failures.set(request, { failure, times });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
