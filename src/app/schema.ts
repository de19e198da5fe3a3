import "reflect-metadata";
import { assertValidSchema, GraphQLEnumType, GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema, getMetadataStorage, type PubSub } from "type-graphql";
import { DateTimeISO } from "../modules/shared/date-time.scalar.ts";
import { ERROR_CODE_DESCRIPTIONS, ERROR_REASON_DESCRIPTIONS } from "../platform/errors.ts";
import { memoryPubSub, type AppPubSub } from "../platform/pubsub/pubsub.ts";
import { resolvers } from "./resolvers.ts";

/**
 * The schema as type-graphql emits it, before the permission layer (what schema.graphql records).
 * type-graphql keeps `pubSub` in a static build context, so a process serves one schema: one server.
 * Without one (emitting the SDL, tests of the schema) an in-process pub/sub stands in.
 */
export async function buildBaseSchema(pubSub: AppPubSub = memoryPubSub()): Promise<GraphQLSchema> {
  readPlainFieldsAsProperties();
  // skipCheck: type-graphql would check the schema by running a whole introspection query (a
  // quarter of a second of every start); graphql's own validation below throws the same errors.
  const schema = await buildSchema({
    resolvers,
    validate: false,
    emitSchemaFile: false,
    skipCheck: true,
    pubSub: pubSub as unknown as PubSub,
    scalarsMap: [{ type: Date, scalar: DateTimeISO }],
  });
  const config = schema.toConfig();
  const withErrors = new GraphQLSchema({ ...config, types: [...config.types, ...ERROR_ENUMS] });
  assertValidSchema(withErrors);
  return withErrors;
}

/**
 * Makes `simpleResolvers` the default of every object type (one that sets it keeps its choice):
 * a field without a @FieldResolver is then read as the property it is, with no resolver of its
 * own. Otherwise type-graphql gives each such field a wrapper that runs the field's middlewares
 * and auth checker before reading the property; this API declares neither (who may read what is
 * the rule map, authz/enforce.ts, which wraps the fields it guards whatever this says), so the
 * wrapper only cost: graphql-jit reads a field without a resolver inline, and calls one with a
 * resolver through closures, a resolve info and a completion handler per value, which on a page
 * of 50 quotes with their lines is 750 calls. A type any of whose fields (or its bases' or
 * interfaces') has @UseMiddleware or @Authorized keeps type-graphql's default, so such a field
 * is never read around its middleware.
 */
function readPlainFieldsAsProperties(): void {
  const storage = getMetadataStorage();
  const wrapped = new Set<object>([...storage.middlewares, ...storage.authorizedFields].map((field) => field.target));
  const needsWrapper = (type: (typeof storage.objectTypes)[number]) => {
    for (let target: object | null = type.target; target && target !== Function.prototype; target = Object.getPrototypeOf(target) as object | null) {
      if (wrapped.has(target)) return true;
    }
    return (type.interfaceClasses ?? []).some((face) => wrapped.has(face));
  };
  for (const type of storage.objectTypes) type.simpleResolvers ??= !needsWrapper(type);
}

const enumOf = (name: string, description: string, values: Readonly<Record<string, string>>) =>
  new GraphQLEnumType({ name, description, values: Object.fromEntries(Object.entries(values).map(([value, meaning]) => [value, { description: meaning }])) });

/**
 * The error vocabulary, declared in the schema although no field returns it: `extensions.code` of
 * every error is an ErrorCode, and `extensions.reason` of an expected business failure an
 * ErrorReason (or, for PARTNERSHIP_NOT_ACTIVE, a PartnershipInactiveReason), so typed clients
 * generate their handling from the schema (platform/errors.ts).
 */
const ERROR_ENUMS = [
  enumOf("ErrorCode", "`extensions.code` of every error a client sees.", ERROR_CODE_DESCRIPTIONS),
  enumOf("ErrorReason", "`extensions.reason` of an expected business failure a client should handle.", ERROR_REASON_DESCRIPTIONS),
];

/** SDL in a stable order, so schema.graphql diffs only when the API changes. */
export function printSchemaSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
