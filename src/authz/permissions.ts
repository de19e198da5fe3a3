import { deny, shield, type IRules } from "graphql-shield";
import { forbidden } from "../errors.ts";
import { CUSTOMER_FIELD_ACCESS, type CustomerField } from "./customer-access.ts";
import { customerField, isAdmin, isOwnAccountOrAdmin, isPublic, isSignedIn, withinScope } from "./rules.ts";

const customerFieldRules = Object.fromEntries(
  (Object.keys(CUSTOMER_FIELD_ACCESS) as CustomerField[]).map((field) => [field, customerField(field)]),
);

/**
 * Who may call or read what: every Query, Mutation and object field of the schema is named here.
 * Anything missing is denied (`fallbackRule`), and tests/authz fails the build when a field has
 * no rule, so a new field stays closed until someone opens it on purpose.
 */
export const permissionRules = {
  Query: {
    me: isSignedIn,
    diagnosticPriceCents: isPublic,
    customers: isAdmin,
    customer: isAdmin,
    sessions: isSignedIn,
    session: isSignedIn,
    vehicles: isSignedIn,
    workshops: isSignedIn,
  },
  Mutation: {
    signUp: isPublic,
    signIn: isPublic,
    createStaffAccount: isAdmin,
  },
  User: isOwnAccountOrAdmin,
  AuthPayload: isPublic,
  Customer: customerFieldRules,
  CustomerConnection: isAdmin,
  Mechanic: withinScope,
  Vehicle: withinScope,
  DiagnosticSession: withinScope,
  DiagnosticSessionConnection: withinScope,
  PageInfo: withinScope,
  Workshop: isSignedIn,
} satisfies IRules;

/**
 * graphql-shield's own middleware for the same rule map, with deny-by-default and a FORBIDDEN
 * fallback error. The server enforces the map through `enforcePermissions` (same semantics, a
 * fraction of the cost on large lists); tests run both against each other.
 */
export const shieldMiddleware = shield(permissionRules, {
  fallbackRule: deny,
  fallbackError: () => forbidden(),
  allowExternalErrors: true,
  debug: false,
});
