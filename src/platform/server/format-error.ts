import { ApolloServerErrorCode, unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { asClientError } from "../db/constraint-errors.ts";
import { isDatabaseUnavailable } from "../db/unavailable.ts";
import { AppError, ErrorCode, serviceUnavailable } from "../errors.ts";
import type { Logger } from "./logger.ts";

/** Codes the GraphQL layer itself produces for a malformed request; their messages are safe. */
const REQUEST_ERROR_CODES = new Set<string>([
  ApolloServerErrorCode.GRAPHQL_PARSE_FAILED,
  ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED,
  ApolloServerErrorCode.BAD_REQUEST,
  ApolloServerErrorCode.BAD_USER_INPUT,
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
]);

/**
 * The code of a request Apollo Server refused before execution with an error of its own that has
 * an HTTP status but no code: automatic persisted queries' "provided sha does not match query"
 * and "Unsupported persisted query version" (a version other than 1, or a `persistedQuery` that is
 * no object). Such an error (a GraphQLError with a 4xx status, no code, no path and no cause) is
 * the client's BAD_REQUEST, with Apollo's message; anything else gets undefined.
 */
export function uncodedRefusalCode(error: unknown): typeof ErrorCode.BAD_REQUEST | undefined {
  if (!(error instanceof GraphQLError) || error.originalError || error.path || error.extensions.code !== undefined) return undefined;
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  return typeof status === "number" && status >= 400 && status < 500 ? ErrorCode.BAD_REQUEST : undefined;
}

/** A type as graphql-js prints it in a reason: `Int!`, `[QuoteLineItemInput!]`. */
const TYPE = String.raw`"[\w!\[\]]+"`;

/**
 * The reasons graphql-js (and graphql-scalars' DateTimeISO) give for a variable's invalid value,
 * as much of each as names the schema and never the value: a reason that matches none is left out.
 */
const SAFE_REASONS: readonly [RegExp, string?][] = [
  // "Int cannot represent non-integer value: 1.5": what follows the colon is the value.
  [/^((?:Int|Float|String|Boolean|ID|Enum "\w+") cannot represent [\w -]+?): /],
  // 'Value "FOO" does not exist in "LineItemKind" enum.' (then a suggestion).
  [/^Value .* does not exist in ("\w+") enum\./s, "Value does not exist in $1 enum"],
  [new RegExp(`^Expected type ${TYPE} to be an object`)],
  [new RegExp(`^Expected non-nullable type ${TYPE} not to be null`)],
  [new RegExp(`^Field "\\w+" of required type ${TYPE} was not provided`)],
  // 'Field "x" is not defined by type "T".': the field's name is a key the client sent, part of its value.
  [/^Field .* is not defined by type ("\w+")/s, "A field is not defined by type $1"],
  // graphql-scalars' DateTimeISO given no text ("DateTime cannot represent non string or Date type 5"): what it takes.
  [/^DateTime cannot represent non string or Date type/, "expected an ISO 8601 date-time string, such as 2027-03-01T09:30:00Z"],
  // graphql-scalars' DateTimeISO: "DateTime cannot represent an invalid date-time-string 2027-02-30T10:00:00Z."
  [/^\w+ cannot represent an invalid [\w-]+/],
  // Any other custom scalar's refusal, whose own words may quote the value: 'Expected type "X". ...'
  [new RegExp(`^Expected type ${TYPE}`)],
];

/** `reason` (a coercion error's own message) without the submitted value, or null when no safe part of it is known. */
function safeReason(reason: string): string | null {
  for (const [pattern, replacement] of SAFE_REASONS) {
    const match = pattern.exec(reason);
    if (match) return (replacement ? match[0].replace(pattern, replacement) : (match[1] ?? match[0])).replace(/[.\s]+$/, "");
  }
  return null;
}

/**
 * Variable coercion messages quote the rejected value; a client gets the variable, where inside it
 * the value is wrong (`$i.lineItems[0].quantity`) and why in the schema's terms ("Int cannot
 * represent non-integer value"), never its own value back (it may be a probe for hidden data).
 * `reason`: the coercion error's own message (graphql-js keeps it as the error's `originalError`),
 * which graphql-js appends to the message after the value and path.
 */
export function withoutEchoedValues(message: string, reason?: string): string {
  const variable = /^Variable "\$(\w+)"/.exec(message);
  if (!variable) return message.replace(/^Context creation failed: /, "");
  if (!message.includes("invalid value")) return message.replace(/ value: .*$/s, "");
  const prefix = reason && message.endsWith(`; ${reason}`) ? message.slice(0, -reason.length - 2) : message;
  // graphql-js writes the path last, after the value: `... got invalid value 1.5 at "i.lineItems[0].quantity"`.
  const path = new RegExp(` at "(${variable[1]}(?:\\.\\w+|\\[\\d+\\])*)"$`).exec(prefix)?.[1];
  const why = reason ? safeReason(reason) : null;
  return `${variable[0]} has an invalid value${path ? ` at $${path}` : ""}${why ? `: ${why}` : ""}.`;
}

/**
 * Shapes every error a client sees, over HTTP and graphql-ws: application errors keep their code,
 * message and safe extensions; malformed requests keep GraphQL's message; anything else is an
 * internal error whose details go to the log only. Never a stack trace.
 */
export function createErrorFormatter(logger: Logger, options: { production: boolean } = { production: false }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const base = { locations: formatted.locations, path: formatted.path };
    const appError = clientErrorIn(original, false);
    if (appError) {
      const { http: _http, ...extensions } = appError.extensions as Record<string, unknown>;
      return { ...base, message: appError.message, extensions };
    }
    const refused = uncodedRefusalCode(original);
    if (refused) return { ...base, message: formatted.message, extensions: { code: refused } };
    const code = formatted.extensions?.code;
    if (TOO_MANY_TOKENS.test(formatted.message)) {
      const { message, extensions } = tooManyTokens(formatted.message, options.production);
      return { ...base, message, extensions };
    }
    if (typeof code === "string" && REQUEST_ERROR_CODES.has(code)) {
      // Field suggestions ("Did you mean ...?") would map the schema for callers who may not introspect it.
      const reason = original instanceof GraphQLError ? original.originalError?.message : undefined;
      const shaped = withoutEchoedValues(formatted.message, reason);
      const message = options.production ? shaped.replace(/ Did you mean .*$/s, "") : shaped;
      return { ...base, message, extensions: { code } };
    }
    // The database is down or restarting: say so, so clients retry instead of giving up.
    if (isDatabaseUnavailable(original)) {
      logger.warn({ err: describeInternalError(original), path: formatted.path }, "database unavailable");
      const unavailable = serviceUnavailable();
      return { ...base, message: unavailable.message, extensions: unavailable.extensions };
    }
    // A constraint violation no service expected (a race, a missed check): the client gets its
    // kind's answer (db/constraint-errors.ts), the log a warning, since the data stayed intact.
    const mapped = clientErrorIn(original, true);
    if (mapped) {
      logger.warn({ err: describeInternalError(original), path: formatted.path }, "unexpected constraint violation");
      return { ...base, message: mapped.message, extensions: mapped.extensions };
    }
    logger.error({ err: describeInternalError(original), path: formatted.path }, "internal error");
    return { ...base, message: "Internal server error", extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  };
}

/** graphql-js's parser stops at the token limit with this message, which names the limit. */
// (graphql 16 spells it "more that".)
const TOO_MANY_TOKENS = /Document contains more th(?:an|at) (\d+) tokens/;

/**
 * The parser's refusal at the token limit (`message`, graphql-js's) as the QUERY_TOO_COMPLEX the
 * other limits give, naming the limit as they do ("Query tokens exceed the limit of 1000"; in
 * production without the number).
 */
function tooManyTokens(message: string, production: boolean): AppError {
  const max = TOO_MANY_TOKENS.exec(message)![1];
  return new AppError(ErrorCode.QUERY_TOO_COMPLEX, production ? "Query is too complex" : `Query tokens exceed the limit of ${max}`, { limit: "tokens" });
}

/**
 * What graphql-js's parser threw, as the client's error: over the token limit the QUERY_TOO_COMPLEX
 * the other limits give, otherwise GRAPHQL_PARSE_FAILED with the parser's message ("Syntax Error:
 * Expected Name, found <EOF>."), as Apollo answers the same text over HTTP.
 */
export function parseFailure(error: unknown, production: boolean): GraphQLError {
  if (error instanceof GraphQLError && TOO_MANY_TOKENS.test(error.message)) return tooManyTokens(error.message, production);
  return new GraphQLError(error instanceof GraphQLError ? error.message : "Syntax error", { extensions: { code: ApolloServerErrorCode.GRAPHQL_PARSE_FAILED } });
}

/**
 * The first client error along the chain of wrapped errors (the GraphQL layer wraps what a
 * resolver or the context threw in `originalError`): an AppError itself, or the client error of a
 * constraint violation (db/constraint-errors.ts) when `violations` is true.
 */
function clientErrorIn(error: unknown, violations: boolean): AppError | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    if (current instanceof AppError) return current;
    if (violations) {
      const mapped = asClientError(current);
      if (mapped instanceof AppError) return mapped;
    }
    current = (current as { originalError?: unknown }).originalError;
  }
  return undefined;
}

/**
 * What the log keeps of an internal error: its type, code and stack frames, but not its message,
 * which (for database errors, say) can quote the values of a query.
 */
export function describeInternalError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { name: typeof error };
  const frames = (error.stack ?? "")
    .split("\n")
    .filter((line) => line.trimStart().startsWith("at "))
    .slice(0, 8);
  return { name: error.name, code: (error as { code?: unknown }).code, frames };
}
