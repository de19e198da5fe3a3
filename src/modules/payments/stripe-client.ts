import Stripe from "stripe";
import type { Config } from "../../app/config.ts";
import { AppError, ErrorCode, ErrorReason } from "../../platform/errors.ts";

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

/**
 * What a client is told when Stripe fails `what` (e.g. "refund the payment"), for a call made
 * before anything that depends on it is stored; `outcome` says what that left (default: nothing
 * was booked): SERVICE_UNAVAILABLE, `retryable`, when Stripe could not be reached, answered 5xx or
 * limited the rate (the same request, sent again with the same idempotency key, does it at most
 * once); PAYMENT_PROVIDER_REFUSED, with Stripe's `stripeCode`, when Stripe refused the request
 * itself (invalid_request_error, or card_error: a decline); CONFLICT (reason CONCURRENT_CHANGE)
 * when Stripe refused an idempotency key it already holds for a request with other parameters
 * (another request under the same key came first). Anything else (a bad API key, a bug) is
 * returned as it is: an internal error.
 */
export function stripeFailure(error: unknown, what: string, outcome = "nothing was booked"): unknown {
  if (error instanceof Stripe.errors.StripeIdempotencyError) {
    return new AppError(ErrorCode.CONFLICT, `Stripe holds another request under this request's idempotency key, so it did not ${what} and ${outcome}`, {
      reason: ErrorReason.CONCURRENT_CHANGE,
    });
  }
  if (isStripeUnavailable(error)) {
    return new AppError(ErrorCode.SERVICE_UNAVAILABLE, `Stripe could not be reached to ${what}, so ${outcome}: retry the same request shortly (it is done once)`, { retryable: true });
  }
  if (isStripeRefusal(error)) {
    return new AppError(ErrorCode.PAYMENT_PROVIDER_REFUSED, `Stripe refused to ${what}, so ${outcome}`, { stripeCode: error.code ?? null });
  }
  return error;
}

/** Stripe could not be reached, answered 5xx or limited the rate: the same request may succeed later. */
export const isStripeUnavailable = (error: unknown): boolean =>
  error instanceof Stripe.errors.StripeConnectionError || error instanceof Stripe.errors.StripeAPIError || error instanceof Stripe.errors.StripeRateLimitError;

/** Stripe refused the request itself (invalid_request_error, or card_error: a decline); it would refuse it again as it is. */
export const isStripeRefusal = (error: unknown): error is Stripe.errors.StripeInvalidRequestError | Stripe.errors.StripeCardError =>
  error instanceof Stripe.errors.StripeInvalidRequestError || error instanceof Stripe.errors.StripeCardError;
