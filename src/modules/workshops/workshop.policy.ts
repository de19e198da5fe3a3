import { hasRole, isAdmin, isSignedIn, withinScope } from "../../authz/rules.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { Prisma } from "../../platform/db/generated/client.ts";
import type { StoreScope } from "../shared/scope.ts";

/** The workshop directory is public to every signed-in caller: its scope is every workshop. */
export function directoryScope(viewer: Viewer): StoreScope<Prisma.WorkshopWhereInput> {
  return { viewer, where: {} };
}

const isAdvisor = hasRole("WORKSHOP_ADVISOR");

/**
 * The rule-map entries of the workshop directory and of onboarding (spread into
 * authz/permissions.ts): admins create and edit workshops and their advisors; an advisor reads
 * and sets only their own workshop's escalation preferences and auto-accept rules (the service
 * takes the workshop from the viewer, never from an argument).
 */
export const workshopRules = {
  Query: { workshops: isSignedIn, serviceCategories: isSignedIn, myWorkshop: isAdvisor, workshopSettings: isAdmin, workshopAdvisors: isAdmin },
  Mutation: {
    createWorkshop: isAdmin,
    updateWorkshop: isAdmin,
    addWorkshopAdvisor: isAdmin,
    removeWorkshopAdvisor: isAdmin,
    updateEscalationPreferences: isAdvisor,
    setAutoAcceptRules: isAdvisor,
  },
  Workshop: isSignedIn,
  WorkshopConnection: withinScope,
  WorkshopSettings: hasRole("WORKSHOP_ADVISOR", "ADMIN"),
  AutoAcceptRule: hasRole("WORKSHOP_ADVISOR", "ADMIN"),
  // Admins manage advisors: every field, `standing` (accounts' standingRule, also admins') included.
  WorkshopAdvisor: isAdmin,
};
