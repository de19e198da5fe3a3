import { HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import { execute, Kind, validate, visit, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode } from "graphql";
import type { RequestContext as Context } from "../auth/request-context.ts";
import { type Audience, type Viewer } from "../auth/viewer.ts";
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

/** The meta fields a query's root may select that read the schema, not data. */
const INTROSPECTION_ROOT_FIELDS = new Set(["__schema", "__type", "__typename"]);

/**
 * Whether an operation is pure introspection: a query whose every root field, including those
 * reached through fragment spreads and inline fragments, is `__schema`, `__type` or `__typename`.
 * Below those only introspection types can be selected, so such an operation reads the schema and
 * nothing else; one that also selects a data field is not pure, whatever it is nested in.
 * `fragments`: the document's fragment definitions by name (an unknown spread makes it impure).
 */
export function isIntrospectionOperation(operation: OperationDefinitionNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): boolean {
  if (operation.operation !== "query") return false;
  // Each fragment is judged once, however often it is spread (a fan-out of spreads stays linear).
  const verdicts = new Map<string, boolean>();
  const visiting = new Set<string>();
  const pure = (selectionSet: SelectionSetNode): boolean =>
    selectionSet.selections.every((selection) => {
      if (selection.kind === Kind.FIELD) return INTROSPECTION_ROOT_FIELDS.has(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return pure(selection.selectionSet);
      const name = selection.name.value;
      const known = verdicts.get(name);
      if (known !== undefined) return known;
      if (visiting.has(name)) return true; // a cycle: invalid anyway, and adds no field
      const fragment = fragments.get(name);
      if (!fragment) return false;
      visiting.add(name);
      const verdict = pure(fragment.selectionSet);
      visiting.delete(name);
      verdicts.set(name, verdict);
      return verdict;
    });
  return pure(operation.selectionSet);
}

/** The fragment definitions of a document, by name. */
export function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  return fragments;
}

/** Every operation of the document is pure introspection (see `isIntrospectionOperation`). */
function onlyIntrospection(document: DocumentNode): boolean {
  const fragments = fragmentsOf(document);
  return document.definitions.every((definition) => definition.kind !== Kind.OPERATION_DEFINITION || isIntrospectionOperation(definition, fragments));
}

export type IntrospectionDecision = { schema: GraphQLSchema } | { error: AppError };

/**
 * Introspection shows each caller only what it may use: admins the whole schema, everyone else
 * their role's visible schema. In production it is admin-only.
 */
export function introspectionFor(
  document: DocumentNode,
  viewer: Viewer | null,
  options: { production: boolean; fullSchema: GraphQLSchema; visibleSchema: (audience: Audience) => GraphQLSchema },
): IntrospectionDecision {
  if (viewer?.role === "ADMIN") return { schema: options.fullSchema };
  if (options.production) return { error: forbidden("Introspection is available to admins only") };
  if (!onlyIntrospection(document)) return { error: new AppError(ErrorCode.BAD_USER_INPUT, "Send introspection in an operation of its own") };
  return { schema: options.visibleSchema(viewer?.role ?? "ANONYMOUS") };
}

/** graphql-js's suggestion after a validation message proper: ` Did you mean "customer" or "customers"?`. */
const SUGGESTION = / Did you mean .*\?$/s;

/**
 * Validation messages (`messages`, from validating `document` against the full schema) whose
 * "Did you mean ...?" names only what `viewer`'s role can see: each suggestion is the one graphql-js
 * gives against the role's visible schema for the same message, or none (signed out, `{ customr }`
 * is not told "customer" exists). Admins see the whole schema and keep every suggestion; production
 * drops them all in the error formatter. A message without a suggestion is returned as it is.
 */
export function visibleSuggestions(messages: readonly string[], document: DocumentNode, viewer: Viewer | null, options: Parameters<typeof introspectionFor>[2]): string[] {
  if (viewer?.role === "ADMIN" || !messages.some((message) => SUGGESTION.test(message))) return [...messages];
  const visible = validate(options.visibleSchema(viewer?.role ?? "ANONYMOUS"), document).map((error) => error.message);
  return messages.map((message) => {
    if (!SUGGESTION.test(message)) return message;
    const bare = message.replace(SUGGESTION, "");
    return visible.find((candidate) => candidate.replace(SUGGESTION, "") === bare) ?? bare;
  });
}

/**
 * Answers non-admin introspection over HTTP from the caller's visible schema, or refuses it; and
 * keeps validation's suggestions to the caller's visible schema (visibleSuggestions).
 */
export function introspectionPlugin(options: Parameters<typeof introspectionFor>[2]): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async validationDidStart({ document, contextValue }) {
          return async (errors) => {
            if (!errors?.length) return;
            const messages = visibleSuggestions(
              errors.map((error) => error.message),
              document,
              contextValue.viewer,
              options,
            );
            // Apollo builds the response's errors from these after this hook.
            errors.forEach((error, i) => (error.message = messages[i]!));
          };
        },
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
