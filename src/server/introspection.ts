import { HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import { execute, validate, visit, type DocumentNode, type GraphQLSchema } from "graphql";
import type { Context } from "../auth/context.ts";
import type { Viewer } from "../auth/viewer.ts";
import type { Audience } from "../authz/rules.ts";
import { AppError, ErrorCode, forbidden } from "../errors.ts";

/** A query text that cannot ask for introspection fails this (`__typename` does not match). */
const MAY_INTROSPECT = /__schema|__type\b/;

/**
 * Whether a document asks for `__schema` or `__type` anywhere. With its source text, most
 * operations are answered by a text check instead of a walk of the document.
 */
export function asksForIntrospection(document: DocumentNode, source?: string): boolean {
  if (source !== undefined && !MAY_INTROSPECT.test(source)) return false;
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === "__schema" || node.name.value === "__type") found = true;
    },
  });
  return found;
}

/** Only `__schema`/`__type`/`__typename` at the root of every operation. */
function onlyIntrospection(document: DocumentNode): boolean {
  return document.definitions.every(
    (definition) => definition.kind !== "OperationDefinition" || definition.selectionSet.selections.every((selection) => selection.kind === "Field" && selection.name.value.startsWith("__")),
  );
}

export type IntrospectionDecision = { schema: GraphQLSchema } | { error: AppError };

/**
 * Introspection shows each caller only what it may use: admins the whole schema, everyone else
 * their role's visible schema. In production it is admin-only.
 */
export function introspectionFor(
  document: DocumentNode,
  viewer: Viewer | null,
  options: { production: boolean; fullSchema: GraphQLSchema; visibleSchemas: ReadonlyMap<Audience, GraphQLSchema> },
): IntrospectionDecision {
  if (viewer?.role === "ADMIN") return { schema: options.fullSchema };
  if (options.production) return { error: forbidden("Introspection is available to admins only") };
  if (!onlyIntrospection(document)) return { error: new AppError(ErrorCode.BAD_USER_INPUT, "Send introspection in an operation of its own") };
  return { schema: options.visibleSchemas.get(viewer?.role ?? "ANONYMOUS")! };
}

/** Answers non-admin introspection over HTTP from the caller's visible schema, or refuses it. */
export function introspectionPlugin(options: Parameters<typeof introspectionFor>[2]): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async responseForOperation({ document, contextValue, request }) {
          if (!asksForIntrospection(document, request.query)) return null;
          const decision = introspectionFor(document, contextValue.viewer, options);
          const respond = (result: object) => ({ http: { status: undefined, headers: new HeaderMap() }, body: { kind: "single" as const, singleResult: JSON.parse(JSON.stringify(result)) } });
          if ("error" in decision) return respond({ errors: [{ message: decision.error.message, extensions: decision.error.extensions }] });
          if (decision.schema === options.fullSchema) return null;
          const errors = validate(decision.schema, document);
          if (errors.length) return respond({ errors: errors.map((error) => ({ message: error.message, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } })) });
          return respond(await execute({ schema: decision.schema, document, variableValues: request.variables, operationName: request.operationName, contextValue }));
        },
      };
    },
  };
}
