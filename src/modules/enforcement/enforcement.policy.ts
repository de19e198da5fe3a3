import { hasRole, isAdmin, withinScope } from "../../authz/rules.ts";
import { rolesOf } from "../../domain/state-machine.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { Prisma } from "../../platform/db/generated/client.ts";
import type { StoreScope } from "../shared/scope.ts";
import { VIOLATION_MACHINE } from "./violation.machine.ts";

/**
 * Who may see violations: admins only (the rule map refuses everyone else before any row is
 * read), and admins see every violation.
 */
export function violationScope(viewer: Viewer): StoreScope<Prisma.ContactViolationWhereInput> {
  return { viewer, where: {} };
}

/** The rule-map entries of contact-sharing enforcement (spread into authz/permissions.ts): the admin dashboard. */
export const enforcementRules = {
  Query: { violations: isAdmin, flaggedConversations: isAdmin, complianceRate: isAdmin, investigationTriggers: isAdmin },
  // A review makes the confirm or dismiss move, which the same roles may make (VIOLATION_MACHINE).
  Mutation: { reviewViolation: hasRole(...new Set([...rolesOf(VIOLATION_MACHINE, "confirm"), ...rolesOf(VIOLATION_MACHINE, "dismiss")])) },
  // Reachable only through admin-only queries and mutations.
  ContactViolation: withinScope,
  ContactViolationConnection: withinScope,
  Penalty: withinScope,
  FlaggedConversation: withinScope,
  FlaggedConversationConnection: withinScope,
  ComplianceRate: withinScope,
  InvestigationTriggers: withinScope,
  MechanicActivity: withinScope,
};
