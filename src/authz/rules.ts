import { allow, rule } from "graphql-shield";
import type { Context } from "../auth/context.ts";
import type { Role } from "../db/generated/enums.ts";
import { forbidden, unauthenticated } from "../errors.ts";
import { mayReadCustomerField, type CustomerAccess, type CustomerField } from "./customer-access.ts";

/** Anyone, signed in or not (sign-up, sign-in). */
export const isPublic = allow;

/** Any signed-in, active account. */
export const isSignedIn = rule({ cache: "contextual" })((_parent, _args, ctx: Context) => (ctx.viewer ? true : unauthenticated()));

/** A signed-in account with one of these roles. */
export const hasRole = (...roles: Role[]) =>
  rule(`hasRole(${roles.join(",")})`, { cache: "contextual" })((_parent, _args, ctx: Context) => {
    if (!ctx.viewer) return unauthenticated();
    return roles.includes(ctx.viewer.role) ? true : forbidden();
  });

export const isAdmin = hasRole("ADMIN");

/** An account object: its owner (including one who just signed in) and admins only; it carries the email. */
export const isOwnAccountOrAdmin = rule({ cache: "strict" })((parent: { id: string; justAuthenticated?: boolean }, _args, ctx: Context) => {
  if (parent.justAuthenticated) return true;
  if (!ctx.viewer) return unauthenticated();
  return ctx.viewer.role === "ADMIN" || ctx.viewer.id === parent.id ? true : forbidden();
});

/**
 * A customer field, by how the caller reached the customer (see customer-access.ts). The access
 * class travels on the object, set by the scoped loader that produced it.
 */
export const customerField = (field: CustomerField) =>
  rule(`customerField(${field})`, { cache: "no_cache" })((parent: { access: CustomerAccess }) =>
    mayReadCustomerField(parent.access, field) ? true : forbidden(`Not allowed to read the customer's ${field}`),
  );

/**
 * Fields of an object whose rows were already scoped by the query that loaded them: reaching the
 * object at all was the check.
 */
export const withinScope = allow;
