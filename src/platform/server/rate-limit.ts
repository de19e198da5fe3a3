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

/** The window every budget counts in. */
const WINDOW_SECONDS = 60;

/** The budgets a caller can spend, as `extensions.limit` names them, and what the message says of each. */
const BUDGETS = {
  ip: { what: "requests from this IP address", unit: "operations" },
  account: { what: "requests from this account", unit: "operations" },
  signInIp: { what: "sign-in and sign-up attempts from this IP address", unit: "attempts" },
  signInEmail: { what: "sign-in and sign-up attempts for this email", unit: "attempts" },
} as const;
type Budget = keyof typeof BUDGETS;

/** One draw from a budget: the budget's name and size, and the limiter's promise. */
interface Draw {
  budget: Budget;
  max: number;
  draw: Promise<RateLimiterRes>;
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

  /** `options.production`: refusals name the budget but not its size, as the query limits do. */
  constructor(
    private readonly config: RateLimitConfig,
    redis?: Redis,
    private readonly options: { production: boolean } = { production: false },
  ) {
    const make = (name: string, points: number) =>
      redis
        ? new RateLimiterRedis({
            storeClient: redis,
            keyPrefix: `${config.keyPrefix}:${name}`,
            points,
            duration: WINDOW_SECONDS,
            insuranceLimiter: new RateLimiterMemory({ points, duration: WINDOW_SECONDS }),
          })
        : new RateLimiterMemory({ keyPrefix: name, points, duration: WINDOW_SECONDS });
    this.general = make("ops", config.perMinute);
    this.auth = make("auth", config.authPerMinute);
  }

  /**
   * Draws one operation from the caller's budgets: the account when signed in, and always the IP.
   * Over budget: RATE_LIMITED naming the budget (refusal).
   */
  async consume(caller: { ip: string; userId: string | null }): Promise<void> {
    const max = this.config.perMinute;
    const draws: Draw[] = [{ budget: "ip", max, draw: this.general.consume(`ip:${caller.ip}`) }];
    if (caller.userId) draws.push({ budget: "account", max, draw: this.general.consume(`user:${caller.userId}`) });
    await this.settle(draws);
  }

  /** Draws one sign-in or sign-up attempt from the strict budgets of its IP and of the email it names. */
  async chargeAttempt(attempt: { ip: string; email: unknown }): Promise<void> {
    const max = this.config.authPerMinute;
    const draws: Draw[] = [{ budget: "signInIp", max, draw: this.auth.consume(`ip:${attempt.ip}`) }];
    if (typeof attempt.email === "string") draws.push({ budget: "signInEmail", max, draw: this.auth.consume(`email:${normalizeEmail(attempt.email)}`) });
    await this.settle(draws);
  }

  /**
   * Waits for every draw (listed from the widest budget, the IP, to the narrowest); when budgets
   * are spent, RATE_LIMITED naming the narrowest of them (the account's or email's over the IP's
   * it shares: one client spends both at once) in the message and `extensions.limit` (ip,
   * account, signInIp, signInEmail), its size (`max` per `windowSeconds`, outside production) and
   * the seconds to wait for every spent budget (`retryAfterSeconds`, sent as Retry-After too).
   */
  private async settle(draws: Draw[]): Promise<void> {
    const results = await Promise.allSettled(draws.map(({ draw }) => draw));
    const refused = results.flatMap((result, index) => (result.status === "rejected" ? [{ ...draws[index]!, reason: result.reason as unknown }] : []));
    const failure = refused.find(({ reason }) => !(reason instanceof RateLimiterRes));
    if (failure) throw failure.reason;
    if (!refused.length) return;
    const spent = refused.at(-1)!;
    const wait = Math.max(...refused.map(({ reason }) => (reason as RateLimiterRes).msBeforeNext));
    const retryAfterSeconds = Math.max(1, Math.ceil(wait / 1000));
    const { what, unit } = BUDGETS[spent.budget];
    const size = this.options.production ? {} : { max: spent.max, windowSeconds: WINDOW_SECONDS };
    const message = this.options.production ? `Too many ${what}: slow down` : `Too many ${what}: at most ${spent.max} ${unit} a minute`;
    throw new AppError(ErrorCode.RATE_LIMITED, message, {
      limit: spent.budget,
      ...size,
      retryAfterSeconds,
      http: { status: 429, headers: new Map([["retry-after", String(retryAfterSeconds)]]) },
    });
  }
}

/** What the account service needs of the attempt budget (so it can be faked in service tests). */
export interface AuthAttemptBudget {
  /** Throws RATE_LIMITED when the IP's or the email's budget of attempts is spent. */
  chargeAttempt(attempt: { ip: string; email: unknown }): Promise<void>;
}

/** One budget per mailbox: case and surrounding spaces do not make a new one. */
const normalizeEmail = (email: string) => email.trim().toLowerCase();
