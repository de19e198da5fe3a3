import {
  defaultFieldResolver,
  getNamedType,
  getNullableType,
  GraphQLID,
  GraphQLString,
  isInputObjectType,
  isIntrospectionType,
  isListType,
  isObjectType,
  isScalarType,
  isSpecifiedScalarType,
  type GraphQLFieldResolver,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { badInputAt } from "../errors.ts";

/** Every id this API issues is a uuid (the database's `@db.Uuid` keys). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Why a value is refused, or null when it is acceptable. */
export function idProblem(value: string): string | null {
  return UUID.test(value) ? null : "must be an id";
}

/** A high surrogate not followed by a low one, or a low one not preceded by a high one (UTF-16 code units). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** C0 controls but tab, line feed and carriage return (the line breaks of a multi-line text), DEL, and C1 controls (ANSI escapes, bells, backspaces). */
const CONTROL = /(?![\t\n\r])\p{Cc}/u;

/** Bidi embeddings, overrides and isolates: they make a reader see another order than the one typed. */
const BIDI_OVERRIDE = /[\u202A-\u202E\u2066-\u2069]/;

/**
 * PostgreSQL text cannot hold NUL, and a lone UTF-16 surrogate has no UTF-8 encoding: either
 * reaching the database is an internal error. Control characters (an ANSI escape in a vehicle's
 * make) and bidi overrides (a name shown reversed) are what someone else then reads. Refused
 * wherever text comes in; a text's own field rules say whether it may be blank (text.ts).
 */
export function textProblem(value: string): string | null {
  if (value.includes("\u0000")) return "must not contain a NUL character";
  if (LONE_SURROGATE.test(value)) return "must be valid Unicode text";
  if (CONTROL.test(value)) return "must not contain control characters";
  if (BIDI_OVERRIDE.test(value)) return "must not contain bidirectional overrides or isolates";
  return null;
}

/** Line and paragraph separators (U+2028, U+2029): a line break no name holds, which breaks the line it is shown on. */
const LINE_SEPARATOR = /[\u2028\u2029]/;

/**
 * A character that shows nothing, between two letters or digits of a word: a zero-width space,
 * word joiner, byte-order mark or soft hyphen anywhere in a word ("Sa\u200Bm"), and a zero-width
 * joiner or non-joiner between Latin, Greek or Cyrillic letters, which they never join (in Persian,
 * Arabic or the Indic scripts they shape the word and are kept).
 */
const INVISIBLE_IN_WORD =
  /(?<=[\p{L}\p{N}])[\u200B\u2060\uFEFF\u00AD\u180E]+(?=[\p{L}\p{N}])|(?<=[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{N}])[\u200C\u200D]+(?=[\p{sc=Latin}\p{sc=Greek}\p{sc=Cyrillic}\p{N}])/u;

/** Private-use characters: each font draws them its own way, or not at all. */
const PRIVATE_USE = /\p{Co}/u;

/**
 * Why a name (a NAME-class field of the content policy: a person's, a business's, a city's, a
 * thing's) is refused beyond textProblem, or null: a line or paragraph separator, an invisible
 * character inside a word, a private-use character, or no letter or digit at all (a value of
 * punctuation only, "---"). A blank value is left to the field's own rule ("is required").
 */
export function nameTextProblem(value: string): string | null {
  if (LINE_SEPARATOR.test(value)) return "must not contain line or paragraph separators";
  if (INVISIBLE_IN_WORD.test(value)) return "must not contain invisible characters inside a word";
  if (PRIVATE_USE.test(value)) return "must not contain private-use characters";
  if (value.trim() !== "" && !/[\p{L}\p{N}]/u.test(value)) return "must contain a letter or a digit";
  return null;
}

/** A name as stored: NFKC, so fullwidth or styled letters ("Ｓａｍ") are the letters they show ("Sam"). */
export const normalisedName = (value: string): string => value.normalize("NFKC");

/**
 * The instants a `DateTimeISO` input may name, in UTC: years 1000 through 8999. Any real date
 * (a birth, a service history, a contract's end) is inside, and the windows services derive from
 * an input (30 days before a report's `asOf`, a payout term's 60 days, a suspension's 5 years)
 * stay far from the years PostgreSQL cannot read from four-digit ISO text: year 0 (there is none)
 * and years past 9999. Outside the range, the value would reach the database as an internal error.
 */
export const INSTANT_RANGE = { earliest: new Date("1000-01-01T00:00:00.000Z"), latest: new Date("8999-12-31T23:59:59.999Z") } as const;

/** Why an instant is refused (outside INSTANT_RANGE), or null when it is acceptable. */
export function instantProblem(value: Date): string | null {
  const time = value.getTime();
  if (time >= INSTANT_RANGE.earliest.getTime() && time <= INSTANT_RANGE.latest.getTime()) return null;
  return `must be between ${INSTANT_RANGE.earliest.toISOString()} and ${INSTANT_RANGE.latest.toISOString()}`;
}

/** GraphiQL's placeholder shape (graphiql.ts exampleVariables): `<Type>`, or `<Enum: A | B>` for an enum. */
const PLACEHOLDER = /^<([_A-Za-z][_0-9A-Za-z]*)(?:: [_A-Za-z][_0-9A-Za-z]*(?: \| [_A-Za-z][_0-9A-Za-z]*)*)?>$/;

/**
 * Whether `value` is one of GraphiQL's saved-tab placeholders for a type of `schema` (`"<String>"`,
 * `"<ID>"`): a required variable the admin has not filled in, never a value to act on (a platform
 * note or a rejection reason reading "<String>").
 */
export function isPlaceholder(schema: GraphQLSchema, value: string): boolean {
  const name = PLACEHOLDER.exec(value)?.[1];
  return name !== undefined && schema.getType(name) !== undefined;
}

/**
 * Validates the lexical shape of every `ID` and `String` argument and input-object field of the
 * schema, and the range of every instant (a custom scalar's value that parses to a Date:
 * `DateTimeISO`), at any depth of lists and input objects, before the resolver runs (and before a
 * subscription's source stream is opened): an id that is not a uuid, text with a NUL character or
 * a lone surrogate, GraphiQL's placeholder left in (isPlaceholder) and an instant outside
 * INSTANT_RANGE are `BAD_USER_INPUT` naming the field (never the value). A
 * resolver added later is covered without doing anything, so no operation can forget it.
 *
 * The values checked are the coerced arguments, so literals, variables and defaults are checked
 * alike, on graphql-js and graphql-jit, over HTTP and graphql-ws. Apply it before the permission
 * layer (inside it), so callers who may not call a field get FORBIDDEN first.
 */
export function guardInputs(schema: GraphQLSchema): GraphQLSchema {
  const needsCheck = inputCheckPlanner();
  const placeholder = (value: string) => isPlaceholder(schema, value);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const checked = field.args.filter((arg) => needsCheck(arg.type));
      if (!checked.length) continue;
      const check = (args: Record<string, unknown>) => {
        for (const arg of checked) inspect(arg.type, args[arg.name], [arg.name], placeholder);
      };
      field.resolve = guardResolver(check, field.resolve ?? defaultFieldResolver);
      // A subscription validates when it starts: an error here ends it before any topic is joined.
      if (field.subscribe) {
        const subscribe = field.subscribe;
        field.subscribe = (parent, args, ctx, info) => {
          check(args);
          return subscribe(parent, args, ctx, info);
        };
      }
    }
  }
  return schema;
}

function guardResolver(check: (args: Record<string, unknown>) => void, resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  return (parent, args, ctx, info) => {
    try {
      check(args);
    } catch (error) {
      return error;
    }
    return resolve(parent, args, ctx, info);
  };
}

/**
 * Whether a type holds an ID, a String or a custom scalar (which may parse to a Date) anywhere
 * (memoised; recursive input types terminate).
 */
function inputCheckPlanner() {
  const memo = new Map<string, boolean>();
  const visit = (type: GraphQLInputType): boolean => {
    const named = getNamedType(type);
    if (named === GraphQLID || named === GraphQLString) return true;
    if (isScalarType(named)) return !isSpecifiedScalarType(named);
    if (!isInputObjectType(named)) return false;
    const known = memo.get(named.name);
    if (known !== undefined) return known;
    memo.set(named.name, false); // provisional while its own fields are visited
    const result = Object.values(named.getFields()).some((field) => visit(field.type));
    memo.set(named.name, result);
    return result;
  };
  return visit;
}

/** Walks a coerced value along its type; values bound the walk, so recursive filters end. */
function inspect(type: GraphQLInputType, value: unknown, path: (string | number)[], placeholder: (value: string) => boolean): void {
  if (value == null) return;
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) {
    const itemType = nullable.ofType as GraphQLInputType;
    if (Array.isArray(value)) value.forEach((item, index) => inspect(itemType, item, [...path, index], placeholder));
    else inspect(itemType, value, path, placeholder);
    return;
  }
  if (isInputObjectType(nullable)) {
    const fields = nullable.getFields();
    for (const [name, fieldValue] of Object.entries(value as Record<string, unknown>)) {
      const field = fields[name];
      if (field) inspect(field.type, fieldValue, [...path, name], placeholder);
    }
    return;
  }
  const problem =
    value instanceof Date
      ? instantProblem(value)
      : typeof value !== "string"
        ? null
        : (nullable === GraphQLID || nullable === GraphQLString) && placeholder(value)
          ? "is still GraphiQL's placeholder: fill it in"
          : nullable === GraphQLID
            ? (textProblem(value) ?? idProblem(value))
            : nullable === GraphQLString
              ? textProblem(value)
              : null;
  if (problem) throw badInputAt(path, problem);
}
