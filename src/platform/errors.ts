import { GraphQLError } from "graphql";

/** Stable codes a client can switch on; every error a client sees carries one in `extensions.code`. */
export const ErrorCode = {
  UNAUTHENTICATED: "UNAUTHENTICATED",
  FORBIDDEN: "FORBIDDEN",
  NOT_FOUND: "NOT_FOUND",
  BAD_USER_INPUT: "BAD_USER_INPUT",
  CONFLICT: "CONFLICT",
  /** A request the transport cannot serve: a malformed body, or a subscription sent over HTTP (use graphql-ws). */
  BAD_REQUEST: "BAD_REQUEST",
  /** Over a query limit: depth, aliases, tokens, directives or cost. */
  QUERY_TOO_COMPLEX: "QUERY_TOO_COMPLEX",
  /** Over a request budget; `extensions.retryAfterSeconds` (and the Retry-After header) say when to retry. */
  RATE_LIMITED: "RATE_LIMITED",
  /** graphql-ws: more operations running at once on one connection than WS_MAX_SUBSCRIPTIONS_PER_SOCKET. */
  TOO_MANY_SUBSCRIPTIONS: "TOO_MANY_SUBSCRIPTIONS",
  /** PERSISTED_OPERATIONS=only: send a published operation by documentId. */
  PERSISTED_QUERY_REQUIRED: "PERSISTED_QUERY_REQUIRED",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  /** Payments need STRIPE_SECRET_KEY; without it every payment mutation answers this. */
  PAYMENTS_NOT_CONFIGURED: "PAYMENTS_NOT_CONFIGURED",
  /** A partnered mechanic's quote would take this month's quoted total over the partnership's limit. */
  PARTNERSHIP_LIMIT_REACHED: "PARTNERSHIP_LIMIT_REACHED",
  /** The partnership is pending, suspended, terminated, not yet started or past its end date; `extensions.reason` says which. */
  PARTNERSHIP_NOT_ACTIVE: "PARTNERSHIP_NOT_ACTIVE",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const HTTP_STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  BAD_REQUEST: 400,
  QUERY_TOO_COMPLEX: 400,
  RATE_LIMITED: 429,
  TOO_MANY_SUBSCRIPTIONS: 429,
  PERSISTED_QUERY_REQUIRED: 400,
  SERVICE_UNAVAILABLE: 503,
  PAYMENTS_NOT_CONFIGURED: 503,
  PARTNERSHIP_LIMIT_REACHED: 409,
  PARTNERSHIP_NOT_ACTIVE: 409,
  INTERNAL_SERVER_ERROR: 500,
};

/**
 * An error meant for the client: its message and extensions are safe to show. Anything else that
 * escapes a resolver is masked as INTERNAL_SERVER_ERROR by the server's error formatter.
 */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
    this.name = "AppError";
  }

  /** The status to use when the error ends a whole HTTP request (for example a bad token). */
  get httpStatus(): number {
    return HTTP_STATUS[this.extensions.code as ErrorCode];
  }
}

export const unauthenticated = (message = "Sign in to continue") => new AppError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = "Not allowed", extensions?: Record<string, unknown>) => new AppError(ErrorCode.FORBIDDEN, message, extensions);
/** The same answer whether the record does not exist or the caller may not see it: no existence oracle. */
export const notFound = (what: string) => new AppError(ErrorCode.NOT_FOUND, `${what} not found`);
export const badInput = (message: string, field?: string) => new AppError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {});
export const conflict = (message: string) => new AppError(ErrorCode.CONFLICT, message);
/** The database (or another dependency) is down or restarting: the same request may succeed when retried. */
export const serviceUnavailable = () => new AppError(ErrorCode.SERVICE_UNAVAILABLE, "Service temporarily unavailable, retry shortly", { retryable: true });
