import { createHmac } from "node:crypto";
import type { Viewer } from "../platform/auth/viewer.ts";
import type { Prisma } from "../platform/db/generated/client.ts";

/**
 * How a caller reaches a customer. There is no relation for partners: nothing in the API hands a
 * partner a customer at all. A professional reaches a customer before committing to them (a
 * mechanic browsing the open requests: PROSPECTIVE_MECHANIC; a workshop offered an escalation it
 * has not accepted: OFFERED_WORKSHOP) and then once committed (ASSIGNED_MECHANIC,
 * ESCALATED_WORKSHOP): before, it sees no stable identifier (BEFORE_COMMITMENT).
 */
export type CustomerAccess = "SELF" | "PROSPECTIVE_MECHANIC" | "ASSIGNED_MECHANIC" | "OFFERED_WORKSHOP" | "ESCALATED_WORKSHOP" | "ADMIN";

/**
 * How a viewer who may see a session reaches that session's customer (null: never, for partners).
 * `committed`: whether the viewer took the session on (sessionCommitment in session.policy.ts: the
 * assigned mechanic, a workshop that accepted its escalation); customers and admins always have.
 */
export function customerAccessThroughSession(viewer: Viewer, committed = true): CustomerAccess | null {
  switch (viewer.role) {
    case "ADMIN":
      return "ADMIN";
    case "CUSTOMER":
      return "SELF";
    case "MECHANIC":
      return committed ? "ASSIGNED_MECHANIC" : "PROSPECTIVE_MECHANIC";
    case "WORKSHOP_ADVISOR":
      return committed ? "ESCALATED_WORKSHOP" : "OFFERED_WORKSHOP";
    case "PARTNER":
      return null;
  }
}

/**
 * Accesses of professionals who have not committed to the customer yet. They read the customer's
 * `id` as a pseudonym of their own per session (sessionPseudonym), the session's vehicle by its
 * model (its `id` a pseudonym too, its VIN without the serial number: vinModelPart), and the
 * customer's messages in the session chat under the same pseudonym: nothing that lets them tie one
 * customer's requests together over time, or identify the car, before they take the work on.
 */
export const BEFORE_COMMITMENT: ReadonlySet<CustomerAccess> = new Set(["PROSPECTIVE_MECHANIC", "OFFERED_WORKSHOP"]);

/** What a pseudonym stands for: the session's customer, or its vehicle. */
export type PseudonymSubject = "customer" | "vehicle";

/**
 * The identifier `viewerId` reads for a session's customer or vehicle before committing
 * (BEFORE_COMMITMENT): HMAC-SHA-256 under the server's pseudonym key (Config.pseudonymKey) of the
 * viewer, the session and the subject, shaped as a UUID (version 8, RFC 9562) so clients that
 * parse ids keep working. The same viewer reads the same pseudonym for the same session every time;
 * another session, another viewer or the other subject gives an unrelated one, and without the key
 * nobody can tell which customer or vehicle it stands for.
 */
export function sessionPseudonym(key: Uint8Array, viewerId: string, sessionId: string, subject: PseudonymSubject): string {
  const digest = createHmac("sha256", key).update(`${subject}\u0000${viewerId}\u0000${sessionId}`).digest();
  digest[6] = (digest[6]! & 0x0f) | 0x80; // version 8: custom
  digest[8] = (digest[8]! & 0x3f) | 0x80; // the RFC variant
  const hex = digest.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export type CustomerField = "id" | "firstName" | "lastInitial" | "lastName" | "city" | "phone" | "email" | "address";

/**
 * Who may see what of a customer: the product's privacy table, the single source for the field
 * rules, for what the loader selects from the database, and for the matrix tests.
 *
 * | field                 | self | assigned (prospective) mechanic | escalated (offered) workshop | admin |
 * |-----------------------|------|---------------------------------|------------------------------|-------|
 * | id                    | yes  | yes (a pseudonym)               | yes (a pseudonym)            | yes   |
 * | firstName             | yes  | yes                             | yes                          | yes   |
 * | lastInitial           | yes  | no                              | yes                          | yes   |
 * | lastName              | yes  | no                              | no                           | yes   |
 * | city                  | yes  | no                              | yes                          | yes   |
 * | phone, email, address | yes  | never                           | never                        | yes (audited) |
 *
 * A professional sees the same fields before committing as after (so what it may filter and sort
 * by does not change), with the `id` a pseudonym before (BEFORE_COMMITMENT).
 */
export const CUSTOMER_FIELD_ACCESS: Readonly<Record<CustomerField, readonly CustomerAccess[]>> = {
  id: ["SELF", "PROSPECTIVE_MECHANIC", "ASSIGNED_MECHANIC", "OFFERED_WORKSHOP", "ESCALATED_WORKSHOP", "ADMIN"],
  firstName: ["SELF", "PROSPECTIVE_MECHANIC", "ASSIGNED_MECHANIC", "OFFERED_WORKSHOP", "ESCALATED_WORKSHOP", "ADMIN"],
  lastInitial: ["SELF", "OFFERED_WORKSHOP", "ESCALATED_WORKSHOP", "ADMIN"],
  lastName: ["SELF", "ADMIN"],
  city: ["SELF", "OFFERED_WORKSHOP", "ESCALATED_WORKSHOP", "ADMIN"],
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
