import { hasRole, isAdmin, withinScope } from "../../authz/rules.ts";
import { NOTHING, workshopHoldsEscalation } from "../../authz/scopes.ts";
import { rolesOf } from "../../domain/state-machine.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { Prisma } from "../../platform/db/generated/client.ts";
import type { StoreScope } from "../shared/scope.ts";
import { offerMachine } from "./escalation.machine.ts";

/** A viewer's side of a StoreScope: the policy's filter for that viewer (also a move's actor scope). */
type ViewerScope<W> = Extract<StoreScope<W>, { where: W }>;

/** Which escalations a viewer may see: the referring mechanic's, the customer's own, the workshops holding them. */
export function escalationScope(viewer: Viewer): Prisma.EscalationWhereInput {
  switch (viewer.role) {
    case "ADMIN":
      return {};
    case "CUSTOMER":
      return { session: { is: { customerId: viewer.id } } };
    case "MECHANIC":
      return { mechanicId: viewer.id };
    case "WORKSHOP_ADVISOR":
      return viewer.workshopId ? workshopHoldsEscalation(viewer.workshopId) : NOTHING;
    case "PARTNER":
      return NOTHING;
  }
}

/** The escalations a viewer may read (escalationScope), as a store scope. */
export const escalationsOf = (viewer: Viewer): ViewerScope<Prisma.EscalationWhereInput> => ({ viewer, where: escalationScope(viewer) });

/**
 * The offers of an escalation the viewer already reaches: a workshop sees only its own turn; the
 * mechanic, the customer and admins see every workshop's.
 */
export const offersOf = (viewer: Viewer, escalationId: string): ViewerScope<Prisma.EscalationOfferWhereInput> => ({
  viewer,
  where: viewer.role === "WORKSHOP_ADVISOR" ? { escalationId, workshopId: viewer.workshopId ?? "" } : { escalationId },
});

/** The advisor's inbox: open offers to the viewer's own workshop. */
export const openOffersOf = (viewer: Viewer): ViewerScope<Prisma.EscalationOfferWhereInput> => ({
  viewer,
  where: viewer.workshopId ? { workshopId: viewer.workshopId, status: "OFFERED" } : NOTHING,
});

/** Actor scope of escalate: the session's own mechanic. */
export const sessionsToEscalate = (viewer: Viewer): ViewerScope<Prisma.DiagnosticSessionWhereInput> => ({ viewer, where: { mechanicId: viewer.id } });

/** Actor scope of the offer moves accept and decline: offers to the viewer's own workshop. */
export const offersToAnswer = (viewer: Viewer): ViewerScope<Prisma.EscalationOfferWhereInput> => ({ viewer, where: { workshopId: viewer.workshopId ?? "" } });

/** The parties to an escalation and its quotes; which rows each sees is decided by escalationScope / quoteScope. */
export const escalationParties = hasRole("CUSTOMER", "MECHANIC", "WORKSHOP_ADVISOR", "ADMIN");
const isAdvisor = hasRole("WORKSHOP_ADVISOR");

/**
 * The escalation module's entries of the rule map (authz/permissions.ts spreads them): root fields
 * gated by role (an offer's answer by the offer machine's `who`), rows reached through
 * escalationScope, the customer inside following the privacy table.
 */
export const escalationRules = {
  Query: { escalations: escalationParties, escalation: escalationParties, openEscalationOffers: isAdvisor },
  Mutation: { escalate: hasRole("MECHANIC"), respondToEscalation: hasRole(...rolesOf(offerMachine, "accept"), ...rolesOf(offerMachine, "decline")) },
  Subscription: { escalationCreated: isAdvisor },
  Escalation: withinScope,
  EscalationConnection: withinScope,
  EscalationOfferConnection: withinScope,
  EscalationOffer: {
    id: withinScope,
    status: withinScope,
    autoAccepted: withinScope,
    matchReason: withinScope,
    // The matcher's inputs hold the customer's city, which the referring mechanic may not read.
    matchInputs: isAdmin,
    declineReason: withinScope,
    offeredAt: withinScope,
    expiresAt: withinScope,
    respondedAt: withinScope,
    workshop: withinScope,
    escalation: withinScope,
  },
};
