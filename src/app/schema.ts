import "reflect-metadata";
import { assertValidSchema, GraphQLEnumType, GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema, type PubSub } from "type-graphql";
import { DateTimeISO } from "../modules/shared/date-time.scalar.ts";
import { ERROR_CODE_DESCRIPTIONS, ERROR_REASON_DESCRIPTIONS } from "../platform/errors.ts";
import { createAppPubSub, type AppPubSub } from "../platform/pubsub/pubsub.ts";
import { resolvers } from "./resolvers.ts";

/**
 * The schema as type-graphql emits it, before the permission layer (what schema.graphql records).
 * type-graphql keeps `pubSub` in a static build context, so a process serves one schema: one server.
 * Without one (emitting the SDL, tests of the schema) an in-process pub/sub stands in.
 */
export async function buildBaseSchema(pubSub: AppPubSub = createAppPubSub({}).pubSub): Promise<GraphQLSchema> {
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
