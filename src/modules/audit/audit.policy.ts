import { isAdmin, withinScope } from "../../authz/rules.ts";

/** The rule-map entries of the audit module (spread into authz/permissions.ts): reading the log is admins' alone. */
export const auditRules = {
  Query: { auditLog: isAdmin },
  // Reachable only through the admin-only query.
  AuditEntry: withinScope,
  AuditEntryConnection: withinScope,
};
