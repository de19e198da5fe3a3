import {
  getNamedType,
  getNullableType,
  isListType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  isObjectType,
  isInterfaceType,
  type GraphQLNamedType,
} from "graphql";
import { AppError, ErrorCode } from "../errors.ts";

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 8, maxAliases: 15, maxTokens: 1000, maxDirectives: 50, maxCost: 5000 };

/** A list without `first`/`last` is costed as this many items. */
const ASSUMED_LIST_SIZE = 20;

interface Measure {
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
}

/**
 * Measures an operation the way GraphQL Armor does (depth, aliases, directives, cost with list
 * sizes from `first`/`last`) and refuses it when over a limit. The same check runs for HTTP and
 * graphql-ws. In production the message does not reveal the limit.
 */
export function checkQueryLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  limits: QueryLimits,
  production: boolean,
): void {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);

  const argument = (field: FieldNode, name: string): number | undefined => {
    const node = field.arguments?.find((arg) => arg.name.value === name)?.value;
    if (!node) return undefined;
    if (node.kind === Kind.INT) return Number(node.value);
    if (node.kind === Kind.VARIABLE) {
      const value = variables?.[node.name.value];
      return typeof value === "number" ? value : undefined;
    }
    return undefined;
  };

  /** `paged`: the parent took `first`/`last`, so its lists (a connection's nodes) are already sized. */
  const measure = (selectionSet: SelectionSetNode, parentType: GraphQLNamedType | undefined, depth: number, seen: Set<string>, paged = false): Measure => {
    const total: Measure = { depth, aliases: 0, directives: 0, cost: 0 };
    for (const selection of selectionSet.selections) {
      total.directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) total.aliases += 1;
        const fieldDef: GraphQLField<unknown, unknown> | undefined =
          parentType && (isObjectType(parentType) || isInterfaceType(parentType)) ? parentType.getFields()[selection.name.value] : undefined;
        const returnType = fieldDef ? getNullableType(fieldDef.type) : undefined;
        const pageSize = argument(selection, "first") ?? argument(selection, "last");
        const size = pageSize ?? (returnType && isListType(returnType) && !paged ? ASSUMED_LIST_SIZE : 1);
        if (selection.selectionSet) {
          const child = measure(selection.selectionSet, fieldDef ? getNamedType(fieldDef.type) : undefined, depth + 1, seen, pageSize !== undefined);
          total.depth = Math.max(total.depth, child.depth);
          total.aliases += child.aliases;
          total.directives += child.directives;
          total.cost += 1 + size * child.cost;
        } else {
          total.cost += 1;
        }
      } else {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
        if (!fragment || (selection.kind === Kind.FRAGMENT_SPREAD && seen.has(selection.name.value))) continue;
        const typeName = fragment.typeCondition?.name.value;
        const inner = new Set(seen);
        if (selection.kind === Kind.FRAGMENT_SPREAD) inner.add(selection.name.value);
        const child = measure(fragment.selectionSet, typeName ? schema.getType(typeName) ?? parentType : parentType, depth, inner, paged);
        total.depth = Math.max(total.depth, child.depth);
        total.aliases += child.aliases;
        total.directives += child.directives + (fragment.kind === Kind.FRAGMENT_DEFINITION ? (fragment.directives?.length ?? 0) : 0);
        total.cost += child.cost;
      }
    }
    return total;
  };

  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const operation = definition as OperationDefinitionNode;
    const root = operation.operation === "query" ? schema.getQueryType() : operation.operation === "mutation" ? schema.getMutationType() : schema.getSubscriptionType();
    // Depth counts field levels: `{ a { b } }` is 2.
    const result = measure(operation.selectionSet, root ?? undefined, 1, new Set());
    result.directives += operation.directives?.length ?? 0;
    const exceeded = (
      [
        ["depth", result.depth, limits.maxDepth],
        ["aliases", result.aliases, limits.maxAliases],
        ["directives", result.directives, limits.maxDirectives],
        ["cost", result.cost, limits.maxCost],
      ] as const
    ).find(([, value, limit]) => value > limit);
    if (exceeded) {
      const [limit, value, max] = exceeded;
      throw new AppError(
        ErrorCode.QUERY_TOO_COMPLEX,
        production ? "Query is too complex" : `Query ${limit} ${value} exceeds the limit of ${max}`,
        { limit, http: { status: 400 } },
      );
    }
  }
}
