import {
  getIntrospectionQuery,
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
  parse,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
} from "graphql";
import { AppError, badInputAt, ErrorCode } from "../errors.ts";
import { fragmentsOf, isIntrospectionOperation } from "./introspection.ts";
import { MAX_PAGE_SIZE } from "./page-size.ts";
import { checkVariableShape } from "./variable-depth.ts";

export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
  maxCost: number;
  /** Values (objects, lists and scalars) an operation's variables may hold together: see checkVariableShape. */
  maxInputValues: number;
}

export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 8, maxAliases: 15, maxTokens: 1000, maxDirectives: 50, maxCost: 5000, maxInputValues: 1000 };

/**
 * Pure introspection (`isIntrospectionOperation`) is measured against these instead of the
 * configured depth, alias and cost limits (the larger of the two applies). Its size is bounded by
 * the schema, not by the client, and clients send the standard `getIntrospectionQuery()` (depth
 * 15, cost about 17,000 here), which the limits for data refuse. What still bounds it, against a
 * client that would make the server walk the schema many times over in one operation:
 * - depth 20: the standard query with every option, with room for deeper `ofType` chains;
 * - 20 aliases: capability checks alias a few `__type` lookups; nothing needs many;
 * - cost: at most INTROSPECTION_COST_COPIES times the standard query with every option, measured
 *   the same way, so aliased copies of `types { ... }` are refused after the second;
 * - graphql-js's own MaxIntrospectionDepthRule (validation, before anything runs) refuses
 *   `fields { type { fields { type { fields ... } } } }`: lists nested three deep.
 * Directives and tokens keep their configured limits (the standard query is 184 tokens).
 */
export const INTROSPECTION_LIMITS = { maxDepth: 20, maxAliases: 20 } as const;
/** How many standard introspection queries' worth of cost one introspection operation may have. */
export const INTROSPECTION_COST_COPIES = 2;

/** A list without `first`/`last` is costed as this many items. */
const ASSUMED_LIST_SIZE = 20;

interface Measure {
  depth: number;
  aliases: number;
  directives: number;
  cost: number;
}

/** List-size arguments: every connection's page size is 1 to MAX_PAGE_SIZE. */
const PAGE_SIZE_ARGUMENTS = ["first", "last"] as const;

/**
 * Measures an operation the way GraphQL Armor does (depth, aliases, directives, cost with list
 * sizes from `first`/`last`) and refuses it when over a limit. The same check runs for HTTP and
 * graphql-ws. In production the message does not reveal the limit; elsewhere it names it, and says
 * when it is pure introspection's own (`{ a1: __typename ... a30: __typename }` is pure
 * introspection). Each operation of the document is measured on its own; pure introspection
 * against INTROSPECTION_LIMITS, anything else (a data field beside `__schema` too) against `limits`.
 *
 * A page size outside 1..MAX_PAGE_SIZE (literal, variable, or a variable's default value) is
 * BAD_USER_INPUT before anything runs: a negative size once made the total cost small enough to
 * admit far more work than the limit allows. Sizes are clamped in the cost as well, so no field's
 * cost is ever below 1. Variables are checked first (checkVariableShape): one nested deeper than
 * MAX_VARIABLE_DEPTH is BAD_USER_INPUT (graphql-js coerces variables by recursion, after this
 * check), and variables holding more than `limits.maxInputValues` values in all are
 * QUERY_TOO_COMPLEX (limit "inputValues").
 */
export function checkQueryLimits(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | undefined, limits: QueryLimits, production: boolean): void {
  checkVariableShape(variables, limits.maxInputValues, production);
  const fragments = fragmentsOf(document);
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const result = measureOperation(schema, definition, fragments, variables);
    const introspection = isIntrospectionOperation(definition, fragments);
    const applicable = introspection ? introspectionLimits(schema, limits) : limits;
    const exceeded = (
      [
        ["depth", result.depth, applicable.maxDepth],
        ["aliases", result.aliases, applicable.maxAliases],
        ["directives", result.directives, applicable.maxDirectives],
        ["cost", result.cost, applicable.maxCost],
      ] as const
    ).find(([, value, limit]) => value > limit);
    if (exceeded) {
      const [limit, value, max] = exceeded;
      // Introspection's own bounds are not the QUERY_MAX_* a reader of the README looks up: say whose they are.
      const whose = introspection ? " for an operation of introspection fields only (__schema, __type, __typename)" : "";
      throw new AppError(ErrorCode.QUERY_TOO_COMPLEX, production ? "Query is too complex" : `Query ${limit} ${value} exceeds the limit of ${max}${whose}`, { limit, http: { status: 400 } });
    }
  }
}

/** The cost of the standard introspection query with every option (the same for every schema: it reads only introspection types). */
let standardIntrospectionCost: number | undefined;

/** The limits pure introspection is measured against (see INTROSPECTION_LIMITS). */
export function introspectionLimits(schema: GraphQLSchema, limits: QueryLimits): QueryLimits {
  if (standardIntrospectionCost === undefined) {
    const standard = parse(getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true, oneOf: true }));
    const operation = standard.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
    standardIntrospectionCost = measureOperation(schema, operation, fragmentsOf(standard), undefined).cost;
  }
  return {
    ...limits,
    maxDepth: Math.max(limits.maxDepth, INTROSPECTION_LIMITS.maxDepth),
    maxAliases: Math.max(limits.maxAliases, INTROSPECTION_LIMITS.maxAliases),
    maxCost: Math.max(limits.maxCost, INTROSPECTION_COST_COPIES * standardIntrospectionCost),
  };
}

/**
 * One operation's depth (field levels: `{ a { b } }` is 2), aliases, directives and cost. Throws
 * BAD_USER_INPUT for a page size out of range.
 */
function measureOperation(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>, variables: Record<string, unknown> | undefined): Measure {
  // The value a variable takes: the one sent, else its default (a default is a value like any other).
  const variableValue = (name: string): unknown => {
    if (variables && name in variables) return variables[name];
    const defaultValue = operation.variableDefinitions?.find((definition) => definition.variable.name.value === name)?.defaultValue;
    return defaultValue?.kind === Kind.INT ? Number(defaultValue.value) : undefined;
  };
  const argument = (field: FieldNode, name: string): number | undefined => {
    const node = field.arguments?.find((arg) => arg.name.value === name)?.value;
    if (!node) return undefined;
    if (node.kind === Kind.INT) return Number(node.value);
    if (node.kind === Kind.VARIABLE) {
      const value = variableValue(node.name.value);
      return typeof value === "number" ? value : undefined;
    }
    return undefined;
  };
  const pageSize = (field: FieldNode, fieldDef: GraphQLField<unknown, unknown> | undefined): number | undefined => {
    let size: number | undefined;
    for (const name of PAGE_SIZE_ARGUMENTS) {
      if (!fieldDef?.args.some((arg) => arg.name === name)) continue;
      const value = argument(field, name);
      if (value === undefined) continue;
      if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
        throw badInputAt([name], `must be between 1 and ${MAX_PAGE_SIZE}`, { http: { status: 400 } });
      }
      size ??= value;
    }
    return size;
  };

  /** Each named fragment's measure from depth 0, by name and `paged`. */
  const measuredFragments = new Map<string, Measure>();
  /** `paged`: the parent took `first`/`last`, so its lists (a connection's nodes) are already sized. */
  const measure = (selectionSet: SelectionSetNode, parentType: GraphQLNamedType | undefined, depth: number, seen: Set<string>, paged = false): Measure => {
    const total: Measure = { depth, aliases: 0, directives: 0, cost: 0 };
    for (const selection of selectionSet.selections) {
      total.directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) total.aliases += 1;
        const fieldDef = fieldDefinition(schema, parentType, selection.name.value);
        const returnType = fieldDef ? getNullableType(fieldDef.type) : undefined;
        const requested = pageSize(selection, fieldDef);
        // Clamped as well as checked: a size can never make a field cost less than nothing.
        const size = Math.min(Math.max(requested ?? (returnType && isListType(returnType) && !paged ? ASSUMED_LIST_SIZE : 1), 0), MAX_PAGE_SIZE);
        if (selection.selectionSet) {
          const child = measure(selection.selectionSet, fieldDef ? getNamedType(fieldDef.type) : undefined, depth + 1, seen, requested !== undefined);
          total.depth = Math.max(total.depth, child.depth);
          total.aliases += child.aliases;
          total.directives += child.directives;
          total.cost += 1 + size * Math.max(child.cost, 0);
        } else {
          total.cost += 1;
        }
      } else {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
        if (!fragment || (selection.kind === Kind.FRAGMENT_SPREAD && seen.has(selection.name.value))) continue;
        const typeName = fragment.typeCondition?.name.value;
        const inner = new Set(seen);
        if (selection.kind === Kind.FRAGMENT_SPREAD) inner.add(selection.name.value);
        const measureFragment = (at: number) => measure(fragment.selectionSet, typeName ? (schema.getType(typeName) ?? parentType) : parentType, at, inner, paged);
        // A named fragment is measured once (from depth 0, then offset): fragments that spread
        // the next one twice, twenty deep, made a walk of a million spreads from 200 tokens.
        let child: Measure;
        if (selection.kind === Kind.FRAGMENT_SPREAD) {
          const key = `${selection.name.value}\u0000${paged}`;
          let relative = measuredFragments.get(key);
          if (!relative) measuredFragments.set(key, (relative = measureFragment(0)));
          child = { ...relative, depth: depth + relative.depth };
        } else {
          child = measureFragment(depth);
        }
        total.depth = Math.max(total.depth, child.depth);
        total.aliases += child.aliases;
        total.directives += child.directives + (fragment.kind === Kind.FRAGMENT_DEFINITION ? (fragment.directives?.length ?? 0) : 0);
        total.cost += child.cost;
      }
    }
    return total;
  };

  const root = operation.operation === "query" ? schema.getQueryType() : operation.operation === "mutation" ? schema.getMutationType() : schema.getSubscriptionType();
  const result = measure(operation.selectionSet, root ?? undefined, 1, new Set());
  result.directives += operation.directives?.length ?? 0;
  return result;
}

/**
 * The definition of a field selected on `parentType`; undefined when there is none (an invalid
 * document). The query type's `__schema` and `__type` are included, which `getFields()` leaves out:
 * without them everything below was measured without types, every list as one item, so aliased
 * copies of the schema written inline cost a twentieth of the same copies through a fragment.
 */
function fieldDefinition(schema: GraphQLSchema, parentType: GraphQLNamedType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  if (parentType !== undefined && parentType === schema.getQueryType()) {
    if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
    if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
  }
  return parentType && (isObjectType(parentType) || isInterfaceType(parentType)) ? parentType.getFields()[name] : undefined;
}
