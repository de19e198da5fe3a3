import { audienceOf, hasRole, isAdmin, withinScope } from "../../authz/rules.ts";
import { rolesOf } from "../../domain/state-machine.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { Prisma } from "../../platform/db/generated/client.ts";
import { ACCOUNT_MACHINE } from "../accounts/account.machine.ts";
import type { StoreScope } from "../shared/scope.ts";
import { REPORT_MACHINE } from "./report.machine.ts";
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
  Query: { violations: isAdmin, flaggedConversations: isAdmin, complianceRate: isAdmin, investigationTriggers: isAdmin, retentionReport: isAdmin, solicitationReports: isAdmin },
  Mutation: {
    // A review makes the confirm or dismiss move, which the same roles may make (VIOLATION_MACHINE).
    reviewViolation: hasRole(...new Set([...rolesOf(VIOLATION_MACHINE, "confirm"), ...rolesOf(VIOLATION_MACHINE, "dismiss")])),
    // Customers report what they are party to (the service reads the subject in their scope).
    reportSolicitation: hasRole("CUSTOMER"),
    resolveSolicitationReport: hasRole(...new Set([...rolesOf(REPORT_MACHINE, "uphold"), ...rolesOf(REPORT_MACHINE, "dismiss")])),
    // Each sanction is the account machine's move of the same roles.
    suspendAccount: hasRole(...rolesOf(ACCOUNT_MACHINE, "suspendByAdmin")),
    banAccount: hasRole(...rolesOf(ACCOUNT_MACHINE, "banByAdmin")),
    liftAccountSanction: hasRole(...rolesOf(ACCOUNT_MACHINE, "reinstate")),
  },
  // Reachable only through admin-only queries and mutations.
  ContactViolation: withinScope,
  ContactViolationConnection: withinScope,
  Penalty: withinScope,
  FlaggedConversation: withinScope,
  FlaggedConversationConnection: withinScope,
  ComplianceRate: withinScope,
  InvestigationTriggers: withinScope,
  MechanicActivity: withinScope,
  RetentionReport: withinScope,
  RetentionTarget: withinScope,
  SignalTrend: withinScope,
  AccountSanction: withinScope,
  // A customer reads their own report (the mutation's answer); admins read them all. What the
  // customer wrote before masking: admins only, as a chat message's original (ChatMessage.originalBody).
  SolicitationReport: {
    id: withinScope,
    reporterId: withinScope,
    subjectType: withinScope,
    subjectId: withinScope,
    sessionId: withinScope,
    accusedId: withinScope,
    workshopId: withinScope,
    detail: withinScope,
    status: withinScope,
    createdAt: withinScope,
    resolvedAt: withinScope,
    resolutionNote: withinScope,
    outcome: withinScope,
    originalDetail: isAdmin,
  },
  SolicitationReportConnection: withinScope,
};

/**
 * Whether a viewer is given a report's original detail (read from its content flag, audited):
 * exactly who the rule of `SolicitationReport.originalDetail` admits.
 */
export function seesOriginalDetail(viewer: Viewer): boolean {
  return audienceOf(enforcementRules.SolicitationReport.originalDetail).has(viewer.role);
}
