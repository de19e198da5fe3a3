import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema, type PubSub } from "type-graphql";
import { createPubSub, type AppPubSub } from "./pubsub/index.ts";
import { resolvers } from "./modules/resolvers.ts";

/**
 * The schema as type-graphql emits it, before the permission layer (what schema.graphql records).
 * The server passes its pub/sub; subscriptions in this schema subscribe through the services.
 */
export function buildBaseSchema(pubSub: AppPubSub = createPubSub()): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false, emitSchemaFile: false, pubSub: pubSub as unknown as PubSub });
}

/** SDL in a stable order, so schema.graphql diffs only when the API changes. */
export function printSchemaSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
