import type { CustomerAccess } from "../../authz/customer-access.ts";
import { audienceOf, customerFieldRules, isAdmin, isOwnAccountOrAdmin, isPublic, isSignedIn, withinScope } from "../../authz/rules.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { Prisma } from "../../platform/db/generated/client.ts";
import { forbidden } from "../../platform/errors.ts";
import type { StoreScope } from "../shared/scope.ts";

/**
 * Who may read accounts and people. The privacy table of a customer's fields is
 * authz/customer-access.ts (the single source: field rules, loaded columns, matrix tests); this
 * file says how a caller reaches a customer through an account, and which operations open to whom.
 */

/**
 * How the reader of account `userId` reaches its customer profile: its owner as SELF, an admin as
 * ADMIN. The rule map lets only those two read a User at all (isOwnAccountOrAdmin); anyone else is
 * refused here too, so the contact columns are never loaded for them if the map ever changes.
 *
 * @throws FORBIDDEN for anyone but the owner and admins
 */
export function customerAccessOfAccount(viewer: Viewer, userId: string): CustomerAccess {
  if (viewer.id === userId) return "SELF";
  if (viewer.role === "ADMIN") return "ADMIN";
  throw forbidden();
}

/** The accounts a viewer may read as accounts: their own, or every one for an admin. */
export function accountScope(viewer: Viewer): StoreScope<Prisma.UserWhereInput> {
  return { viewer, where: viewer.role === "ADMIN" ? {} : { id: viewer.id } };
}

/** The customer directory: admins only (the rule map refuses others), every customer account. */
export function customerDirectoryScope(viewer: Viewer): StoreScope<Prisma.UserWhereInput> {
  return { viewer, where: { role: "CUSTOMER" } };
}

/**
 * Who reads an account's `standing` (Customer, Mechanic, WorkshopAdvisor, PartnerOrganization,
 * each through the Professional interface or its own field): admins only. Others reach a mechanic
 * (a customer's session), a partner organization (a mechanic's partnership) or themselves as a
 * customer, and are refused the field (FORBIDDEN, null) while the rest of the object answers.
 */
export const standingRule = isAdmin;

/** Whether a viewer is given an account's standing: exactly who `standingRule` admits. */
export function seesStanding(viewer: Viewer): boolean {
  return audienceOf(standingRule).has(viewer.role);
}

/** The rule-map entries of accounts (spread into authz/permissions.ts). */
export const accountRules = {
  Query: { me: isSignedIn, customers: isAdmin, customer: isAdmin, mailOutbox: isAdmin },
  Mutation: {
    signUp: isPublic,
    signIn: isPublic,
    createStaffAccount: isAdmin,
    // Each edits the caller's own account only: the service takes the viewer, never an id.
    updateProfile: isSignedIn,
    changePassword: isSignedIn,
    requestPasswordReset: isPublic,
    resetPassword: isPublic,
  },
  OutboxMail: isAdmin,
  User: isOwnAccountOrAdmin,
  AuthPayload: isPublic,
  Customer: { ...customerFieldRules, standing: standingRule },
  CustomerConnection: isAdmin,
  Mechanic: { id: withinScope, displayName: withinScope, rating: withinScope, ratingCount: withinScope, standing: standingRule },
  // Who a professional is (id, display name): each implementing type keeps its own rule
  // (Mechanic: withinScope; WorkshopAdvisor: admins only; PartnerOrganization: the partnership
  // parties and admins), `standing` admins' only on each, and the one field returning it
  // (ContactViolation.offender) is reached through admin-only operations.
  Professional: withinScope,
  AccountStanding: standingRule,
};
