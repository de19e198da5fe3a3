import { defaultFieldResolver, isIntrospectionType, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { allow, deny } from "graphql-shield";
import type { IRule, IRules } from "graphql-shield";
import { forbidden } from "../errors.ts";

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
  const decide = (verdict: Verdict, parent: unknown, args: any, ctx: object, info: any) => {
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
      ? verdict.then((settled) => decide(settled, parent, args, ctx, info), () => forbidden())
      : decide(verdict, parent, args, ctx, info);
  };
}
