import { ApolloServerErrorCode, unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, Kind, parse, print, visit, type GraphQLFormattedError, type ObjectFieldNode, type ValueNode } from "graphql";
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
  // A variable names the field ("model"), a literal its type too ("AddVehicleInput.model").
  [new RegExp(`^Field "[\\w.]+" of required type ${TYPE} was not provided`)],
  // 'Field "x" is not defined by type "T".': the field's name is a key the client sent, part of its
  // value; named (unknownFieldReason) only when it is a plain field name, which holds no digits a detail could hide in.
  [/^Field .* is not defined by type ("\w+")/s, "A field is not defined by type $1"],
  // graphql-scalars' DateTimeISO given no text ("DateTime cannot represent non string or Date type 5"): what it takes.
  [/^DateTime cannot represent non string or Date type/, "expected an ISO 8601 date-time string, such as 2027-03-01T09:30:00Z"],
  // graphql-scalars' DateTimeISO: "DateTime cannot represent an invalid date-time-string 2027-02-30T10:00:00Z."
  [/^\w+ cannot represent an invalid [\w-]+/],
  // Any other custom scalar's refusal, whose own words may quote the value: 'Expected type "X". ...'
  [new RegExp(`^Expected type ${TYPE}`)],
];

/** A key a client may see named back: a GraphQL name of at most 40 characters, without three digits in a row. */
const PLAIN_FIELD_NAME = /^(?!.*\d{3})[_A-Za-z][_0-9A-Za-z]{0,39}$/;

/** graphql-js's refusal of a key an input type lacks, naming it when it is a plain field name (PLAIN_FIELD_NAME) and saying what was expected; null for another reason. */
function unknownFieldReason(reason: string): string | null {
  const match = /^Field "(.*)" is not defined by type "(\w+)"/s.exec(reason);
  if (!match || !PLAIN_FIELD_NAME.test(match[1]!)) return null;
  return `field "${match[1]}" is not defined by type "${match[2]}"; expected only its own fields`;
}

/** graphql-js's refusal of an object or a list given for an ID or a String (its value follows the colon): what was expected and the kind of value given. */
const SCALAR_GIVEN_STRUCTURE = /^(ID|String) cannot represent (?:a non[- ]string(?: and non-integer)? )?value: ([{[])/;

function scalarStructureReason(reason: string): string | null {
  const match = SCALAR_GIVEN_STRUCTURE.exec(reason);
  if (!match) return null;
  const given = match[2] === "{" ? "an object" : "a list";
  return match[1] === "ID" ? `expected an ID (text or a whole number), got ${given}` : `expected text, got ${given}`;
}

/** `reason` (a coercion error's own message) without the submitted value, or null when no safe part of it is known. */
function safeReason(reason: string): string | null {
  const shaped = unknownFieldReason(reason) ?? scalarStructureReason(reason);
  if (shaped) return shaped;
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
    const literal = code === ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED ? invalidLiteral(original, formatted.message) : null;
    if (literal) return { ...base, message: literal, extensions: { code: ErrorCode.BAD_USER_INPUT } };
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

/**
 * graphql-js's refusal of a literal that is no value of its place's type at all (null for a
 * non-null type, text for an input object): the type, then the printed value, then maybe "; " and
 * the scalar's reason. Where the value ends is known only from the value itself (`printed`): the
 * printed value may hold "; " and words shaped like a reason ("a; Int cannot represent 5550142: x").
 */
const EXPECTED_VALUE = new RegExp(`^Expected value of type (${TYPE}), found `);

/**
 * Why a literal was refused (a message of graphql-js's ValuesOfCorrectTypeRule, or of the scalar
 * or enum it asked), in the schema's terms without the value: as a variable's reason
 * (safeReason), or the type expected when graphql-js gave no reason of the scalar's; null for
 * any other validation error (an unknown field of an output type, a missing argument), which
 * stays a mistake in the query. `printed`: the refused value as graphql-js prints it (its error's
 * node), null when not at hand, and then no reason is read after it.
 */
function literalReason(message: string, printed: string | null): string | null {
  const expected = EXPECTED_VALUE.exec(message);
  if (!expected) return unknownFieldReason(message) ?? scalarStructureReason(message) ?? safeReason(message);
  const rest = printed !== null && message.startsWith(printed, expected[0].length) ? message.slice(expected[0].length + printed.length) : null;
  const why = rest?.startsWith("; ") ? safeReason(rest.slice(2)) : null;
  return why ?? `expected a value of type ${expected[1]}${printed === "null" ? ", got null" : ""}`;
}

/**
 * A value written inline in the operation that its place's type cannot take (graphql-js's
 * ValuesOfCorrectTypeRule: text for an Int, an unknown enum value or input field, an object for
 * an ID, a required input field left out), as the client's BAD_USER_INPUT a variable's value gets
 * (withoutEchoedValues): the argument named, where inside it the value is, and the reason in the
 * schema's terms without the value (`Argument "input" has an invalid value at input.year: Int
 * cannot represent non-integer value.`); a variable's default value is named as such. Null for
 * any other validation error. `message` is graphql-js's, `error` the error carrying the
 * operation's source and the value's position.
 */
export function invalidLiteral(error: unknown, message: string): string | null {
  const value = error instanceof GraphQLError ? error.nodes?.[0] : undefined;
  const reason = literalReason(message, value ? print(value) : null);
  if (!reason) return null;
  const place = error instanceof GraphQLError ? literalAt(error) : null;
  if (!place) return `An argument has an invalid value: ${reason}.`;
  return `${place.owner} has an invalid ${place.owner.startsWith("Variable") ? "default value" : "value"}${place.path === place.root ? "" : ` at ${place.path}`}: ${reason}.`;
}

/**
 * Where the value `error` points at was written in the operation it came from: the innermost
 * argument (`owner` 'Argument "input"', `root` "input") or variable default ('Variable "$n"',
 * "$n") holding it, and the path from there down to it (`input.lineItems[0].quantity`), through
 * the schema's field names only; null when none holds it or the operation is not at hand.
 */
function literalAt(error: GraphQLError): { owner: string; root: string; path: string } | null {
  const body = error.source?.body;
  const position = error.positions?.[0];
  if (body === undefined || position === undefined) return null;
  const holds = (value: ValueNode) => value.loc !== undefined && value.loc.start <= position && position < value.loc.end;
  let found: { owner: string; root: string; value: ValueNode } | null = null;
  const consider = (owner: string, root: string, value: ValueNode) => {
    if (holds(value) && (!found || value.loc!.end - value.loc!.start < found.value.loc!.end - found.value.loc!.start)) found = { owner, root, value };
  };
  try {
    visit(parse(body, { noLocation: false }), {
      Argument: (node) => consider(`Argument "${node.name.value}"`, node.name.value, node.value),
      VariableDefinition: (node) => node.defaultValue && consider(`Variable "$${node.variable.name.value}"`, `$${node.variable.name.value}`, node.defaultValue),
    });
  } catch {
    return null;
  }
  if (!found) return null;
  const { owner, root, value } = found as { owner: string; root: string; value: ValueNode };
  let path = root;
  // Down through the fields and items whose value holds the position: an unknown field is refused at its name, outside its value, so its name (the client's) is never part of the path.
  for (let at: ValueNode | undefined = value; at;) {
    if (at.kind === Kind.OBJECT) {
      const field: ObjectFieldNode | undefined = at.fields.find((candidate) => holds(candidate.value));
      if (field) path += `.${field.name.value}`;
      at = field?.value;
    } else if (at.kind === Kind.LIST) {
      const index = at.values.findIndex(holds);
      if (index >= 0) path += `[${index}]`;
      at = at.values[index];
    } else at = undefined;
  }
  return { owner, root, path };
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
