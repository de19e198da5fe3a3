import { MapperKind, mapSchema, pruneSchema } from "@graphql-tools/utils";
import type { GraphQLSchema } from "graphql";
import type { IRules } from "graphql-shield";
import type { Audience } from "../platform/auth/viewer.ts";
import { ERROR_ENUM_NAMES } from "../platform/errors.ts";
import { ruleFor } from "./enforce.ts";
import { audienceOf } from "./rules.ts";

export const AUDIENCES: readonly Audience[] = ["ANONYMOUS", "CUSTOMER", "MECHANIC", "WORKSHOP_ADVISOR", "PARTNER", "ADMIN"];

/**
 * The part of the schema an audience can ever use: fields whose rule admits it, and the types
 * still reachable from its root fields. Introspection answers with this, and its SDL is checked in
 * (src/authz/visible-schemas/) so a change to what a role can see is a reviewed diff.
 */
export function visibleSchema(schema: GraphQLSchema, rules: IRules, audience: Audience): GraphQLSchema {
  const keep = (typeName: string, fieldName: string) => audienceOf(ruleFor(rules, typeName, fieldName) as object).has(audience);
  const filtered = mapSchema(schema, {
    [MapperKind.COMPOSITE_FIELD]: (field, fieldName, typeName) => (keep(typeName, fieldName) ? field : null),
    [MapperKind.ROOT_FIELD]: (field, fieldName, typeName) => (keep(typeName, fieldName) ? field : null),
    // A customer filter offers only the fields the audience may read (the filter policy refuses the rest anyway).
    [MapperKind.INPUT_OBJECT_FIELD]: (field, fieldName, typeName) => (typeName !== "CustomerWhere" || ["AND", "OR", "NOT"].includes(fieldName) || keep("Customer", fieldName) ? field : null),
  });
  // The error vocabulary is every audience's: no field returns it, but every error carries it.
  return pruneSchema(filtered, { skipPruning: (type) => ERROR_ENUM_NAMES.has(type.name) });
}

/**
 * Every audience's visible schema, built when that audience first asks and kept: start-up pays for
 * one copy of `schema` (taken now, before the rules wrap its resolvers in place), not six prunings
 * of about 100 ms each that production never uses (introspection there is admin-only).
 */
export function visibleSchemas(schema: GraphQLSchema, rules: IRules): (audience: Audience) => GraphQLSchema {
  const copy = mapSchema(schema, {});
  const built = new Map<Audience, GraphQLSchema>();
  return (audience) => {
    let visible = built.get(audience);
    if (!visible) built.set(audience, (visible = visibleSchema(copy, rules, audience)));
    return visible;
  };
}
