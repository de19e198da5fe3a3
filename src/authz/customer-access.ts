import type { Viewer } from "../platform/auth/viewer.ts";
import type { Prisma } from "../platform/db/generated/client.ts";

/**
 * How a caller reaches a customer. There is no relation for partners: nothing in the API hands a
 * partner a customer at all.
 */
export type CustomerAccess = "SELF" | "ASSIGNED_MECHANIC" | "ESCALATED_WORKSHOP" | "ADMIN";

/** How a viewer who may see a session reaches that session's customer (null: never, for partners). */
export function customerAccessThroughSession(viewer: Viewer): CustomerAccess | null {
  switch (viewer.role) {
    case "ADMIN":
      return "ADMIN";
    case "CUSTOMER":
      return "SELF";
    case "MECHANIC":
      return "ASSIGNED_MECHANIC";
    case "WORKSHOP_ADVISOR":
      return "ESCALATED_WORKSHOP";
    case "PARTNER":
      return null;
  }
}

export type CustomerField = "id" | "firstName" | "lastInitial" | "lastName" | "city" | "phone" | "email" | "address";

/**
 * Who may see what of a customer: the product's privacy table, the single source for the field
 * rules, for what the loader selects from the database, and for the matrix tests.
 *
 * | field                 | self | assigned mechanic | escalated workshop | admin |
 * |-----------------------|------|-------------------|--------------------|-------|
 * | id, firstName         | yes  | yes               | yes                | yes   |
 * | lastInitial           | yes  | no                | yes                | yes   |
 * | lastName              | yes  | no                | no                 | yes   |
 * | city                  | yes  | no                | yes                | yes   |
 * | phone, email, address | yes  | never             | never              | yes (audited) |
 */
export const CUSTOMER_FIELD_ACCESS: Readonly<Record<CustomerField, readonly CustomerAccess[]>> = {
  id: ["SELF", "ASSIGNED_MECHANIC", "ESCALATED_WORKSHOP", "ADMIN"],
  firstName: ["SELF", "ASSIGNED_MECHANIC", "ESCALATED_WORKSHOP", "ADMIN"],
  lastInitial: ["SELF", "ESCALATED_WORKSHOP", "ADMIN"],
  lastName: ["SELF", "ADMIN"],
  city: ["SELF", "ESCALATED_WORKSHOP", "ADMIN"],
  phone: ["SELF", "ADMIN"],
  email: ["SELF", "ADMIN"],
  address: ["SELF", "ADMIN"],
};

/** Contact fields whose reads by an admin are written to the audit log. */
export const AUDITED_CUSTOMER_FIELDS: readonly CustomerField[] = ["phone", "email", "address", "lastName"];

export function mayReadCustomerField(access: CustomerAccess, field: CustomerField): boolean {
  return CUSTOMER_FIELD_ACCESS[field].includes(access);
}

/**
 * The columns to load for an access class: what a role may not see is never read from the
 * database, so a resolver bug cannot leak it.
 */
export function customerProfileSelect(access: CustomerAccess): Prisma.CustomerProfileSelect {
  const may = (field: CustomerField) => mayReadCustomerField(access, field);
  return {
    userId: true,
    firstName: true,
    lastName: may("lastName") || may("lastInitial"),
    city: may("city"),
    phone: may("phone"),
    addressLine1: may("address"),
    addressLine2: may("address"),
    postalCode: may("address"),
    user: may("email") ? { select: { email: true } } : false,
  };
}
