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
  /** Over a query limit: depth, aliases, tokens, directives, cost or the values its variables hold. */
  QUERY_TOO_COMPLEX: "QUERY_TOO_COMPLEX",
  /** Over a request budget; `extensions.limit` says which, `extensions.retryAfterSeconds` (and the Retry-After header) when to retry. */
  RATE_LIMITED: "RATE_LIMITED",
  /** graphql-ws: more operations running at once on one connection than WS_MAX_SUBSCRIPTIONS_PER_SOCKET. */
  TOO_MANY_SUBSCRIPTIONS: "TOO_MANY_SUBSCRIPTIONS",
  /** PERSISTED_OPERATIONS=only: send a published operation by documentId. */
  PERSISTED_QUERY_REQUIRED: "PERSISTED_QUERY_REQUIRED",
  SERVICE_UNAVAILABLE: "SERVICE_UNAVAILABLE",
  /** Payments need STRIPE_SECRET_KEY; without it every payment mutation answers this. */
  PAYMENTS_NOT_CONFIGURED: "PAYMENTS_NOT_CONFIGURED",
  /** Stripe refused a money operation (a refund of a charge it no longer has, or already refunded there); nothing was booked. */
  PAYMENT_PROVIDER_REFUSED: "PAYMENT_PROVIDER_REFUSED",
  /** A partnered mechanic's quote would take this month's quoted total over the partnership's limit. */
  PARTNERSHIP_LIMIT_REACHED: "PARTNERSHIP_LIMIT_REACHED",
  /** The partnership is pending, suspended, terminated, not yet started or past its end date; `extensions.reason` says which. */
  PARTNERSHIP_NOT_ACTIVE: "PARTNERSHIP_NOT_ACTIVE",
  INTERNAL_SERVER_ERROR: "INTERNAL_SERVER_ERROR",
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** What each code means, for the schema's `ErrorCode` enum (app/schema.ts): clients generate their switch from it. */
export const ERROR_CODE_DESCRIPTIONS: Readonly<Record<ErrorCode, string>> = {
  UNAUTHENTICATED: "No valid token: sign in (HTTP 401).",
  FORBIDDEN: "Signed in, but this role or account may not do this; `extensions.reason` may say why.",
  NOT_FOUND: "No such record, or not one the caller may see: the two are never told apart.",
  BAD_USER_INPUT: "An argument breaks its rule; `extensions.field` names it, `extensions.reason` may say why.",
  CONFLICT: "The record is not in a state that allows this (already done, changed meanwhile, expired); `extensions.reason` may say why.",
  BAD_REQUEST: "A request the transport cannot serve: a malformed body, or a subscription sent over HTTP (use graphql-ws).",
  QUERY_TOO_COMPLEX: "Over a query limit: depth, aliases, tokens, directives, cost or the values its variables hold (inputValues); `extensions.limit` says which.",
  RATE_LIMITED: "Over a request budget; `extensions.limit` says which (ip, account, signInIp, signInEmail), `extensions.retryAfterSeconds` when to retry.",
  TOO_MANY_SUBSCRIPTIONS: "More operations at once on one graphql-ws connection than allowed.",
  PERSISTED_QUERY_REQUIRED: "Only published operations are accepted: send one by documentId.",
  SERVICE_UNAVAILABLE: "The database or another dependency is down or restarting: retry the same request shortly.",
  PAYMENTS_NOT_CONFIGURED: "Payments are not configured on this server.",
  PAYMENT_PROVIDER_REFUSED: "Stripe refused the money operation, so nothing was booked; `extensions.stripeCode` is Stripe's error code when it gave one. Retrying as is will be refused again.",
  PARTNERSHIP_LIMIT_REACHED: "The quote would take this month's quoted total over the partnership's limit.",
  PARTNERSHIP_NOT_ACTIVE: "The partnership cannot be quoted under today; `extensions.reason` is its PartnershipInactiveReason.",
  INTERNAL_SERVER_ERROR: "Something unexpected; the details are in the server's log only.",
};

/**
 * Why an expected business failure happened, in `extensions.reason` beside the code, with what each
 * means: a client handles these (refuses to show a form, offers a retry) rather than showing the
 * message. The schema declares them as the `ErrorReason` enum with these descriptions; a
 * partnership's inactive reasons are its `PartnershipInactiveReason` values.
 */
export const ERROR_REASON_DESCRIPTIONS = {
  CONTACT_DETAILS: "BAD_USER_INPUT: a name-like field holds contact details.",
  MEDIA_HOST: "BAD_USER_INPUT: a media URL outside the platform's media hosts.",
  UNREADABLE_SELECTION:
    "FORBIDDEN (UNAUTHENTICATED signed out): a mutation selects a field the caller's role may never read, or calls beside other root fields one it may not call (`extensions.coordinate`, e.g. `EscalationOffer.matchInputs`); it was refused before it ran, so nothing changed.",
  ALREADY_EXISTS:
    "CONFLICT: the record already exists; also an idempotency key sent again for another request than the one it made (another payment, refund or release): send that request with a new key.",
  STATUS_CONFLICT: "CONFLICT: the record's status does not allow this change (it was made already, or another change came first); `extensions.status` is the status it is in.",
  QUOTE_EXPIRED: "CONFLICT: the quote's validity ended; ask the workshop for a new one.",
  QUOTING_NOT_PERMITTED: "FORBIDDEN: the partnership does not let this mechanic create quotes.",
  ACCOUNT_SUSPENDED: "FORBIDDEN: the account is suspended until `extensions.until`; `extensions.statusReason` says why.",
  ACCOUNT_BANNED: "FORBIDDEN: the account is banned; `extensions.statusReason` says why.",
  CONCURRENT_CHANGE: "CONFLICT: a concurrent change won; retrying the same request may succeed.",
  UNKNOWN_REFERENCE: "BAD_USER_INPUT: the input refers to a record that does not exist.",
  DIAGNOSTIC_NOT_PAID: "CONFLICT: the session's diagnostic is not paid (yet, or any more): a request opens to mechanics once the customer pays it, and a claimed session is worked on only while paid.",
  PAYMENT_DISPUTED:
    "CONFLICT: the session's diagnostic payment is disputed at the customer's bank (a chargeback Stripe has not decided); the session is not claimed, started or completed until it is: won, the work goes on; lost, the session is cancelled.",
  REPAIR_NOT_PAID:
    "CONFLICT: the repair quote is not paid (authorized or settled) yet, or its authorization lapsed before it was captured; the customer pays it before its drop-off is booked or the repair is marked complete.",
  DROP_OFF_SLOT_TAKEN: "CONFLICT: another booking holds that drop-off slot; pick another from `dropOffSlots`.",
  DROP_OFF_ADDRESS_NOT_SET: "CONFLICT: the workshop has no drop-off address yet; set it (`setDropOffAddress`) before publishing drop-off slots.",
  DROP_OFF_UPCOMING: "CONFLICT: the customer's drop-off for this repair is booked on a slot that has not started, so the car is not at the workshop yet; complete the repair once it was dropped off.",
  REPAIR_COMPLETED: "CONFLICT: the repair is completed, so its drop-off can no longer be cancelled.",
  DROP_OFF_SLOT_OVERLAPS: "CONFLICT: the workshop already has a drop-off slot overlapping that window; publish one that starts after it ends, or ends before it starts.",
  MECHANIC_NOT_VETTED: "FORBIDDEN: the mechanic is not approved by an admin yet (or was rejected); `extensions.vettingStatus` and `vettingReason` say where it stands.",
  WORK_NOT_COMPLETED: "CONFLICT: the session or repair is not completed and paid yet, so it cannot be reviewed.",
  OUT_OF_STOCK: "CONFLICT: a partner catalog part of the quote has too little stock left; `extensions.partNumber` and `extensions.availableQuantity` say which and how many.",
  QUOTE_LIMIT_REACHED: "CONFLICT: the customer already asked the most workshops allowed (3) for quotes on this escalation.",
  NO_WORKSHOP_AVAILABLE: "CONFLICT: no further workshop serves this escalation's city and services with capacity now.",
  ALREADY_ESCALATED: "CONFLICT: the session was already escalated; its workshop choice can no longer change.",
  PARTNERSHIP_SUSPENDED: "CONFLICT: the quote was written under a partnership that is suspended now; it cannot be paid until the partnership is resumed.",
  PARTNERSHIP_TERMINATED: "CONFLICT: the quote was written under a partnership that is terminated; it cannot be paid.",
  NO_WORKSHOP_TO_REVIEW:
    "CONFLICT: the repair was done under a SUPPLIER or NETWORK partnership, by no workshop of the platform, so there is no workshop to rate; the mechanic who quoted it is rated through the session (reviewMechanic).",
  NO_PROFESSIONAL_TO_REPORT: "CONFLICT: the reported session or message has no mechanic or workshop advisor to accuse (a session no mechanic claimed, a message the platform posted).",
} as const;
export type ErrorReason = keyof typeof ERROR_REASON_DESCRIPTIONS;

/** The reasons by name (`ErrorReason.QUOTE_EXPIRED`), from the descriptions above. */
export const ErrorReason = Object.fromEntries(Object.keys(ERROR_REASON_DESCRIPTIONS).map((reason) => [reason, reason])) as { readonly [R in ErrorReason]: R };

/** The schema's names of the ErrorCode and ErrorReason enums: in every role's visible schema. */
export const ERROR_ENUM_NAMES: ReadonlySet<string> = new Set(["ErrorCode", "ErrorReason"]);

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
  PAYMENT_PROVIDER_REFUSED: 409,
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
/** Where in an operation's arguments a value sits: the argument's name, then input fields and list indices (`["input", "lineItems", 0, "unitPriceCents"]`). */
export type InputPath = readonly (string | number)[];

/**
 * The one spelling of an argument path in errors (`extensions.field` and the message): the
 * argument's name, input fields dotted, list indices in brackets: `input.lineItems[0].unitPriceCents`,
 * `where.concern.contains`, `parts[2].quantity`.
 */
export function inputPath(path: InputPath): string {
  return path.reduce<string>((text, step) => (typeof step === "number" ? `${text}[${step}]` : text ? `${text}.${step}` : step), "");
}

/**
 * BAD_USER_INPUT for the value at `path` (an argument or a field inside one): the message states the
 * path once, then `problem` ("input.validDays: must be at most 90"), and `extensions.field` is the path
 * (inputPath), with `extensions` beside it (a `reason`). `problem` never repeats the value.
 */
export function badInputAt(path: InputPath, problem: string, extensions: Record<string, unknown> = {}): AppError {
  const field = inputPath(path);
  return new AppError(ErrorCode.BAD_USER_INPUT, field ? `${field}: ${problem}` : problem, field ? { ...extensions, field } : extensions);
}
/** CONFLICT; `reason` when a client is expected to handle this case (see ErrorReason). */
export const conflict = (message: string, reason?: ErrorReason) => new AppError(ErrorCode.CONFLICT, message, reason ? { reason } : {});

/**
 * An idempotency key sent again with another request than the one it made (`what`: "payment",
 * "refund"): CONFLICT, reason ALREADY_EXISTS, the one answer wherever a client's key is checked
 * (payDiagnostic, payQuote, refundPayment), so a client handles a reused key one way.
 */
export const idempotencyKeyReused = (what: string) => conflict(`This idempotency key was used for another ${what}`, ErrorReason.ALREADY_EXISTS);

/** A change the record's status does not allow (a machine's `refusalOf` message): CONFLICT, reason STATUS_CONFLICT, with the record's `status` now (and `extensions` of the case's own, such as `remainingCents`). */
export const statusConflict = (message: string, status: string, extensions: Record<string, unknown> = {}) =>
  new AppError(ErrorCode.CONFLICT, message, { ...extensions, reason: ErrorReason.STATUS_CONFLICT, status });
/** The database (or another dependency) is down or restarting: the same request may succeed when retried. */
export const serviceUnavailable = () => new AppError(ErrorCode.SERVICE_UNAVAILABLE, "Service temporarily unavailable, retry shortly", { retryable: true });
