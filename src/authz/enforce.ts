import {
  defaultFieldResolver,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isCompositeType,
  isListType,
  isNonNullType,
  getOperationAST,
  getVariableValues,
  isIntrospectionType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionNode,
  type GraphQLCompositeType,
  type GraphQLFieldResolver,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";
import { allow, deny, type IRule, type IRules } from "graphql-shield";
import type { Audience } from "../platform/auth/viewer.ts";
import { forbidden } from "../platform/errors.ts";
import { audienceOf } from "./rules.ts";

type Verdict = boolean | string | Error;
interface IRuleLike {
  func?: (parent: unknown, args: unknown, ctx: object, info: unknown) => Verdict | Promise<Verdict>;
  cache?: "no_cache" | "contextual" | "strict";
}

/**
 * Enforces a graphql-shield rule map on a schema, with shield's semantics (a field without a rule
 * is denied; a false verdict is FORBIDDEN; an Error verdict is that error) but cheaply enough for
 * large lists: fields whose rule is `allow` are left untouched instead of being wrapped in a
 * promise, rules run synchronously, and `contextual` rules run once per operation.
 *
 * It fails at start-up, not at request time, when a rule names a field the schema lacks.
 */
export function enforcePermissions(schema: GraphQLSchema, rules: IRules): GraphQLSchema {
  const ruleMap = rules as Record<string, IRule | Record<string, IRule>>;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    const typeRules = ruleMap[type.name];
    const fields = type.getFields();
    if (isFieldMap(typeRules)) {
      const unknown = Object.keys(typeRules).filter((name) => !(name in fields));
      if (unknown.length) throw new Error(`Permission rules name fields ${type.name} does not have: ${unknown.join(", ")}`);
    }
    for (const field of Object.values(fields)) {
      const rule = ruleFor(rules, type.name, field.name);
      if (rule === allow) continue;
      field.resolve = guard(rule as IRuleLike, field.resolve ?? defaultFieldResolver);
      // A subscription's rule runs when it is subscribed, not only per event: a caller the rule
      // refuses gets the refusal at once instead of an acknowledged subscription that stays silent.
      if (field.subscribe) field.subscribe = guard(rule as IRuleLike, field.subscribe);
    }
  }
  return schema;
}

/** The rule that governs a field: its own, its type's, or deny. */
export function ruleFor(rules: IRules, typeName: string, fieldName: string): object {
  const typeRules = (rules as Record<string, IRule | Record<string, IRule>>)[typeName];
  return (isFieldMap(typeRules) ? typeRules[fieldName] : typeRules) ?? deny;
}

function isFieldMap(value: unknown): value is Record<string, IRule> {
  return typeof value === "object" && value !== null && !("func" in value) && value !== allow && value !== deny;
}

const contextualVerdicts = new WeakMap<object, Map<IRuleLike, Verdict | Promise<Verdict>>>();

function verdictOf(rule: IRuleLike, parent: unknown, args: unknown, ctx: object, info: unknown): Verdict | Promise<Verdict> {
  if (rule === deny || !rule.func) return false;
  if (rule.cache !== "contextual") return rule.func(parent, args, ctx, info);
  let cache = contextualVerdicts.get(ctx);
  if (!cache) contextualVerdicts.set(ctx, (cache = new Map()));
  let verdict = cache.get(rule);
  if (verdict === undefined) cache.set(rule, (verdict = rule.func(parent, args, ctx, info)));
  return verdict;
}

function guard(rule: IRuleLike, resolve: GraphQLFieldResolver<unknown, object>): GraphQLFieldResolver<unknown, object> {
  const decide = (verdict: Verdict, parent: unknown, args: Record<string, unknown>, ctx: object, info: GraphQLResolveInfo) => {
    if (verdict === true) return resolve(parent, args, ctx, info);
    if (verdict instanceof Error) return verdict;
    return forbidden(typeof verdict === "string" ? verdict : undefined);
  };
  return (parent, args, ctx, info) => {
    let verdict: Verdict | Promise<Verdict>;
    try {
      verdict = verdictOf(rule, parent, args, ctx, info);
    } catch {
      return forbidden(); // as graphql-shield: a rule that throws denies
    }
    return verdict instanceof Promise
      ? verdict.then(
          (settled) => decide(settled, parent, args, ctx, info),
          () => forbidden(),
        )
      : decide(verdict, parent, args, ctx, info);
  };
}

/**
 * The rule map's verdict on a subscription operation's root field, without subscribing: true, or
 * the refusal (UNAUTHENTICATED, FORBIDDEN) the caller would get over graphql-ws. HTTP, which
 * cannot serve subscriptions, answers with it so both transports refuse the same callers alike.
 */
export async function subscriptionVerdict(
  schema: GraphQLSchema,
  rules: IRules,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
  ctx: object,
): Promise<true | Error> {
  const operation = getOperationAST(document, operationName);
  const subscriptionType = schema.getSubscriptionType();
  if (operation?.operation !== "subscription" || !subscriptionType) return true;
  const fragments = fragmentsOf(document);
  const rootFields = collectRootFields(operation.selectionSet, fragments);
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  for (const node of rootFields) {
    const field = subscriptionType.getFields()[node.name.value];
    if (!field) continue; // validation reports it
    const rule = ruleFor(rules, subscriptionType.name, field.name) as IRuleLike;
    if (rule === allow) continue;
    let verdict: Verdict;
    try {
      const args = coerced.coerced ? getArgumentValues(field, node, coerced.coerced) : {};
      verdict = await verdictOf(rule, undefined, args, ctx, { fieldName: field.name, parentType: subscriptionType, schema, operation });
    } catch {
      verdict = false;
    }
    if (verdict === true) continue;
    return verdict instanceof Error ? verdict : forbidden(typeof verdict === "string" ? verdict : undefined);
  }
  return true;
}

/** The fragments a document defines, by name. */
function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  return fragments;
}

/** The root fields a selection runs, through its fragments, but for those `included` leaves out (a directive). */
function collectRootFields(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  included: (node: SelectionNode) => boolean = () => true,
  seen = new Set<string>(),
): FieldNode[] {
  const fields: FieldNode[] = [];
  for (const selection of selectionSet.selections) {
    if (!included(selection)) continue;
    if (selection.kind === Kind.FIELD) fields.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) fields.push(...collectRootFields(selection.selectionSet, fragments, included, seen));
    else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = fragments.get(selection.name.value);
      if (fragment) fields.push(...collectRootFields(fragment.selectionSet, fragments, included, seen));
    }
  }
  return fields;
}

/**
 * The first field (as `Type.field`) below a mutation's root fields that `audience` can never read
 * (its rule does not admit the audience, as in that audience's visible schema) and whose refusal
 * would null the mutation's whole answer, or null. Asked before a mutation runs: such a field would be
 * refused only after the change was committed, the refusal would run up non-null types to
 * the root field's answer (`data: null`), the client could not tell the change happened, and a retry would meet CONFLICT.
 * A refusal stopped by a nullable field on the way (`User.customer` of a mechanic's own account,
 * null at run time) leaves the answer standing and is left to run time, as are rules that depend
 * on the row (a customer's field by how it was reached). Root fields are left to their own rule,
 * which runs before they change anything, and so is all below a root field the audience may not call.
 */
export function unreadableMutationSelection(
  schema: GraphQLSchema,
  rules: IRules,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  audience: Audience,
  variables: Record<string, unknown> | undefined,
): string | null {
  const mutationType = schema.getMutationType();
  if (operation.operation !== "mutation" || !mutationType) return null;
  // A field left out by @skip or @include is never read: it refuses nothing.
  const values = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}).coerced ?? {};
  const included = (node: SelectionNode): boolean => {
    try {
      return getDirectiveValues(GraphQLSkipDirective, node, values)?.if !== true && getDirectiveValues(GraphQLIncludeDirective, node, values)?.if !== false;
    } catch {
      return true; // validation reports a directive it cannot read
    }
  };
  const fragments = fragmentsOf(document);
  const admitted = (typeName: string, fieldName: string) => audienceOf(ruleFor(rules, typeName, fieldName)).has(audience);
  // A field asked of an interface or union is read on the object the row turns out to be: refused only when no such object admits it.
  const readable = (parent: GraphQLCompositeType, fieldName: string) =>
    isAbstractType(parent) ? schema.getPossibleTypes(parent).some((type) => admitted(type.name, fieldName)) : admitted(parent.name, fieldName);
  const seen = new Set<string>();
  // Only a path of non-null types (lists included) carries a refusal up to the mutation's answer.
  const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, root: boolean): string | null => {
    for (const selection of selectionSet.selections) {
      if (!included(selection)) continue;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith("__")) continue;
        const field = "getFields" in parent ? parent.getFields()[name] : undefined;
        if (!field) continue; // validation reports it
        // A root field the caller may not call is refused by its own rule (UNAUTHENTICATED,
        // FORBIDDEN) before it changes anything; beside other root fields, which run first and
        // whose answers its refusal would null, it refuses the operation.
        if (root && !readable(parent, name)) {
          if (rootFields > 1) return `${parent.name}.${name}`;
          continue;
        }
        // The root field's own answer is what a refusal below it would take away, nullable or not.
        if (!root && !nonNullThroughout(field.type)) continue;
        if (!root && !readable(parent, name)) return `${parent.name}.${name}`;
        const type = getNamedType(field.type);
        const found = selection.selectionSet && isCompositeType(type) ? walk(selection.selectionSet, type, false) : null;
        if (found) return found;
        continue;
      }
      const typeName = selection.kind === Kind.INLINE_FRAGMENT ? selection.typeCondition?.name.value : fragments.get(selection.name.value)?.typeCondition.name.value;
      const type = typeName ? schema.getType(typeName) : parent;
      if (!type || !isCompositeType(type)) continue;
      let inner: SelectionSetNode | undefined = selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : fragments.get(selection.name.value)?.selectionSet;
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const key = `${selection.name.value}@${parent.name}`;
        if (seen.has(key)) inner = undefined;
        seen.add(key);
      }
      const found = inner ? walk(inner, type, root) : null;
      if (found) return found;
    }
    return null;
  };
  const rootFields = collectRootFields(operation.selectionSet, fragments, included).filter((field) => !field.name.value.startsWith("__")).length;
  return walk(operation.selectionSet, mutationType, true);
}

/** True when no layer of `type` (list or item) may be null: an error in it reaches its parent. */
function nonNullThroughout(type: GraphQLOutputType): boolean {
  let layer: GraphQLOutputType = type;
  for (;;) {
    if (!isNonNullType(layer)) return false;
    const inner = layer.ofType;
    if (!isListType(inner)) return true;
    layer = inner.ofType;
  }
}
