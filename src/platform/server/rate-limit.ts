import type { Redis } from "ioredis";
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { AppError, ErrorCode } from "../errors.ts";

export interface RateLimitConfig {
  /** Operations per minute for one signed-in account, and for one IP address. */
  perMinute: number;
  /** Sign-in and sign-up attempts per minute per IP, and sign-ins per account email: brute force is slow. */
  authPerMinute: number;
  /** Namespaces the counters in Redis (one per deployment). */
  keyPrefix: string;
}

/**
 * Request budgets per user, per IP and (stricter) per sign-in/sign-up attempt. In-process by
 * default; in Redis when the server has it, so every instance draws from the same budget.
 *
 * The general budget is drawn per operation at the edge. The attempt budget is drawn by the
 * account service itself, once per `signIn`/`signUp` it runs: reading the document at the edge
 * missed attempts hidden in fragments, aliases, batches and variable defaults.
 */
export class RateLimits implements AuthAttemptBudget {
  private readonly general: RateLimiterAbstract;
  private readonly auth: RateLimiterAbstract;

  constructor(config: RateLimitConfig, redis?: Redis) {
    const make = (name: string, points: number) =>
      redis
        ? new RateLimiterRedis({ storeClient: redis, keyPrefix: `${config.keyPrefix}:${name}`, points, duration: 60, insuranceLimiter: new RateLimiterMemory({ points, duration: 60 }) })
        : new RateLimiterMemory({ keyPrefix: name, points, duration: 60 });
    this.general = make("ops", config.perMinute);
    this.auth = make("auth", config.authPerMinute);
  }

  /**
   * Draws one operation from the caller's budgets: the account when signed in, and always the IP.
   * Over budget: RATE_LIMITED with the seconds to wait (sent as Retry-After).
   */
  async consume(caller: { ip: string; userId: string | null }): Promise<void> {
    const draws = [this.general.consume(`ip:${caller.ip}`)];
    if (caller.userId) draws.push(this.general.consume(`user:${caller.userId}`));
    await settle(draws);
  }

  /** Draws one sign-in or sign-up attempt from the strict budgets of its IP and of the email it names. */
  async chargeAttempt(attempt: { ip: string; email: unknown }): Promise<void> {
    const draws = [this.auth.consume(`ip:${attempt.ip}`)];
    if (typeof attempt.email === "string") draws.push(this.auth.consume(`email:${normalizeEmail(attempt.email)}`));
    await settle(draws);
  }
}

/** What the account service needs of the attempt budget (so it can be faked in service tests). */
export interface AuthAttemptBudget {
  /** Throws RATE_LIMITED when the IP's or the email's budget of attempts is spent. */
  chargeAttempt(attempt: { ip: string; email: unknown }): Promise<void>;
}

/** One budget per mailbox: case and surrounding spaces do not make a new one. */
const normalizeEmail = (email: string) => email.trim().toLowerCase();

async function settle(draws: Promise<RateLimiterRes>[]): Promise<void> {
  const results = await Promise.allSettled(draws);
  const refused = results.find((result): result is PromiseRejectedResult => result.status === "rejected");
  if (!refused) return;
  if (!(refused.reason instanceof RateLimiterRes)) throw refused.reason;
  const retryAfterSeconds = Math.max(1, Math.ceil(refused.reason.msBeforeNext / 1000));
  throw new AppError(ErrorCode.RATE_LIMITED, "Too many requests: slow down", { retryAfterSeconds, http: { status: 429, headers: new Map([["retry-after", String(retryAfterSeconds)]]) } });
}
