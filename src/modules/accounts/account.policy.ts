import type { CustomerAccess } from "../../authz/customer-access.ts";
import { customerFieldRules, isAdmin, isOwnAccountOrAdmin, isPublic, isSignedIn, withinScope } from "../../authz/rules.ts";
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
  Customer: customerFieldRules,
  CustomerConnection: isAdmin,
  Mechanic: withinScope,
  // Who a professional is (id, display name): each implementing type keeps its own rule
  // (Mechanic: withinScope; WorkshopAdvisor: admins only), and the one field returning it
  // (ContactViolation.offender) is reached through admin-only operations.
  Professional: withinScope,
};
