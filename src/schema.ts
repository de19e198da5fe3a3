import "reflect-metadata";
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { enforcePermissions } from "./authz/enforce.ts";
import { permissionRules } from "./authz/permissions.ts";
import { resolvers } from "./modules/resolvers.ts";

/** The schema as type-graphql emits it, before the permission layer (what schema.graphql records). */
export function buildBaseSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false, emitSchemaFile: false });
}

/** The executable schema: every field behind the rule map in authz/permissions.ts. */
export async function buildExecutableSchema(): Promise<GraphQLSchema> {
  return enforcePermissions(await buildBaseSchema(), permissionRules);
}

/** SDL in a stable order, so schema.graphql diffs only when the API changes. */
export function printSchemaSdl(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
