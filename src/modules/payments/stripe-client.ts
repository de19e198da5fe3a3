import Stripe from "stripe";
import type { Config } from "../../app/config.ts";
import { AppError, ErrorCode } from "../../platform/errors.ts";

/**
 * The official Stripe SDK. STRIPE_API_BASE points it at another host (tests use a local fake of
 * the Stripe HTTP API); idempotency keys are always passed explicitly, derived from our rows.
 */
export function createStripeClient(config: NonNullable<Config["stripe"]>): Stripe {
  const base = config.apiBase ? new URL(config.apiBase) : undefined;
  const protocol = base?.protocol === "http:" ? "http" : "https";
  return new Stripe(config.secretKey, {
    ...(base ? { host: base.hostname, port: base.port || (protocol === "http" ? 80 : 443), protocol } : {}),
    maxNetworkRetries: 2,
    timeout: 20_000,
    telemetry: false,
  });
}

/** The Stripe client, or PAYMENTS_NOT_CONFIGURED when this server runs without Stripe. */
export function requireStripe(stripe: Stripe | null): Stripe {
  if (!stripe) throw new AppError(ErrorCode.PAYMENTS_NOT_CONFIGURED, "Payments are not configured on this server");
  return stripe;
}
