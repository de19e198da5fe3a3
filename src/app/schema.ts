import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema, type PubSub } from "type-graphql";
import { createAppPubSub, type AppPubSub } from "../platform/pubsub/pubsub.ts";
import { resolvers } from "./resolvers.ts";

/**
 * The schema as type-graphql emits it, before the permission layer (what schema.graphql records).
 * type-graphql keeps `pubSub` in a static build context, so a process serves one schema: one server.
 * Without one (emitting the SDL, tests of the schema) an in-process pub/sub stands in.
 */
export function buildBaseSchema(pubSub: AppPubSub = createAppPubSub({}).pubSub): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false, emitSchemaFile: false, pubSub: pubSub as unknown as PubSub });
}

/** SDL in a stable order, so schema.graphql diffs only when the API changes. */
export function printSchemaSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
