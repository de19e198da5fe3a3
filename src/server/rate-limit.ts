import { getOperationAST, Kind, type DocumentNode } from "graphql";
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

/** Root fields that can be brute-forced; they get the strict budget. */
const AUTH_FIELDS = new Set(["signIn", "signUp"]);

/**
 * Request budgets per user, per IP and (stricter) per sign-in target. In-process by default; in
 * Redis when the server has it, so every instance draws from the same budget.
 */
export class RateLimits {
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
   * Draws one operation from the caller's budgets: the account when signed in, always the IP, and
   * for sign-in/sign-up the strict budget per IP and per email. Over budget: RATE_LIMITED with the
   * seconds to wait (sent as Retry-After).
   */
  async consume(caller: { ip: string; userId: string | null }, rootFields: string[], email?: unknown): Promise<void> {
    const draws = [this.general.consume(`ip:${caller.ip}`)];
    if (caller.userId) draws.push(this.general.consume(`user:${caller.userId}`));
    if (rootFields.some((field) => AUTH_FIELDS.has(field))) {
      draws.push(this.auth.consume(`ip:${caller.ip}`));
      if (typeof email === "string") draws.push(this.auth.consume(`email:${email.trim().toLowerCase()}`));
    }
    const results = await Promise.allSettled(draws);
    const refused = results.find((result): result is PromiseRejectedResult => result.status === "rejected");
    if (!refused) return;
    if (!(refused.reason instanceof RateLimiterRes)) throw refused.reason;
    const retryAfterSeconds = Math.max(1, Math.ceil(refused.reason.msBeforeNext / 1000));
    throw new AppError(ErrorCode.RATE_LIMITED, "Too many requests: slow down", { retryAfterSeconds, http: { status: 429, headers: new Map([["retry-after", String(retryAfterSeconds)]]) } });
  }
}

/** What a rate limit needs to know of an operation: its root fields, and the email a sign-in targets. */
export function describeForRateLimit(document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined) {
  const operation = getOperationAST(document, operationName);
  const rootFields: string[] = [];
  let email: unknown;
  for (const selection of operation?.selectionSet.selections ?? []) {
    if (selection.kind !== Kind.FIELD) continue;
    rootFields.push(selection.name.value);
    if (selection.name.value !== "signIn") continue;
    const value = selection.arguments?.find((argument) => argument.name.value === "email")?.value;
    if (value?.kind === Kind.STRING) email = value.value;
    if (value?.kind === Kind.VARIABLE) email = variables?.[value.name.value];
  }
  return { rootFields, email };
}
