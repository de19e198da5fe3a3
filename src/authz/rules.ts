import { allow, rule } from "graphql-shield";
import type { Context } from "../app/context.ts";
import type { Audience } from "../platform/auth/viewer.ts";
import type { Role } from "../platform/db/generated/enums.ts";
import { forbidden, unauthenticated } from "../platform/errors.ts";
import { CUSTOMER_FIELD_ACCESS, mayReadCustomerField, type CustomerAccess, type CustomerField } from "./customer-access.ts";

/** Who a rule can ever let through: what each role's visible schema (and its introspection) shows. */
const ALL_ROLES: readonly Role[] = ["CUSTOMER", "MECHANIC", "WORKSHOP_ADVISOR", "PARTNER", "ADMIN"];
const audiences = new WeakMap<object, ReadonlySet<Audience>>();

function admits<R extends object>(rule: R, who: readonly Audience[]): R {
  audiences.set(rule, new Set(who));
  return rule;
}

/** The audience a rule was declared for; a rule declared without one admits nobody. */
export function audienceOf(rule: object): ReadonlySet<Audience> {
  return audiences.get(rule) ?? new Set();
}

/** Anyone, signed in or not (sign-up, sign-in). */
export const isPublic = admits(allow, ["ANONYMOUS", ...ALL_ROLES]);

/** Any signed-in, active account. */
export const isSignedIn = admits(
  rule({ cache: "contextual" })((_parent, _args, ctx: Context) => (ctx.viewer ? true : unauthenticated())),
  ALL_ROLES,
);

const roleRules = new Map<string, ReturnType<ReturnType<typeof rule>>>();

/**
 * A signed-in account with one of these roles. One rule object per role set: graphql-shield
 * refuses two rules of the same name with different functions.
 */
export const hasRole = (...given: Role[]) => {
  const roles = [...new Set(given)].sort();
  const name = `hasRole(${roles.join(",")})`;
  let roleRule = roleRules.get(name);
  if (!roleRule) {
    roleRule = admits(
      rule(name, { cache: "contextual" })((_parent, _args, ctx: Context) => {
        if (!ctx.viewer) return unauthenticated();
        return roles.includes(ctx.viewer.role) ? true : forbidden();
      }),
      roles,
    );
    roleRules.set(name, roleRule);
  }
  return roleRule;
};

export const isAdmin = hasRole("ADMIN");

/** An account object: its owner (including one who just signed in) and admins only; it carries the email. */
export const isOwnAccountOrAdmin = admits(
  rule({ cache: "strict" })((parent: { id: string; justAuthenticated?: boolean }, _args, ctx: Context) => {
    if (parent.justAuthenticated) return true;
    if (!ctx.viewer) return unauthenticated();
    return ctx.viewer.role === "ADMIN" || ctx.viewer.id === parent.id ? true : forbidden();
  }),
  ["ANONYMOUS", ...ALL_ROLES],
);

/**
 * A customer field, by how the caller reached the customer (see customer-access.ts). The access
 * class travels on the object, set by the scoped loader that produced it.
 */
export const customerField = (field: CustomerField) =>
  admits(
    rule(`customerField(${field})`, { cache: "no_cache" })((parent: { access: CustomerAccess }) =>
      mayReadCustomerField(parent.access, field) ? true : forbidden(`Not allowed to read the customer's ${field}`),
    ),
    CUSTOMER_FIELD_ACCESS[field].map((access) => ROLE_OF_ACCESS[access]),
  );

/** The role behind each way of reaching a customer. */
const ROLE_OF_ACCESS: Record<CustomerAccess, Role> = {
  SELF: "CUSTOMER",
  PROSPECTIVE_MECHANIC: "MECHANIC",
  ASSIGNED_MECHANIC: "MECHANIC",
  OFFERED_WORKSHOP: "WORKSHOP_ADVISOR",
  ESCALATED_WORKSHOP: "WORKSHOP_ADVISOR",
  ADMIN: "ADMIN",
};

/** Every Customer field's rule, from the privacy table: the rule map's `Customer` entry (accounts policy). */
export const customerFieldRules = Object.fromEntries((Object.keys(CUSTOMER_FIELD_ACCESS) as CustomerField[]).map((field) => [field, customerField(field)]));

/**
 * Fields of an object whose rows were already scoped by the query that loaded them: reaching the
 * object at all was the check. (The same `allow` as isPublic: a type nobody reaches is pruned
 * from a role's visible schema anyway.)
 */
export const withinScope = isPublic;
