import { hasRole, isAdmin, withinScope } from "../../authz/rules.ts";
import { NOTHING, workshopHoldsEscalation, workshopHoldsEscalationSql } from "../../authz/scopes.ts";
import { rolesOf } from "../../domain/state-machine.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import { Prisma } from "../../platform/db/generated/client.ts";
import type { StoreScope } from "../shared/scope.ts";
import { offerMachine, type EscalationMove, type OfferMove } from "./escalation.machine.ts";

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
 * escalationScope as SQL on an "Escalation" row aliased `e`, for the list statement
 * (EscalationStore.pageEscalations). tests/escalations/list-equivalence.test.ts checks, for every
 * role, that the list returns exactly what its Prisma form (built on escalationScope) returns.
 */
export function escalationScopeSql(viewer: Viewer): Prisma.Sql {
  switch (viewer.role) {
    case "ADMIN":
      return Prisma.sql`TRUE`;
    case "CUSTOMER":
      return Prisma.sql`EXISTS (SELECT 1 FROM "DiagnosticSession" s WHERE s.id = e."sessionId" AND s."customerId" = ${viewer.id}::uuid)`;
    case "MECHANIC":
      return Prisma.sql`e."mechanicId" = ${viewer.id}::uuid`;
    case "WORKSHOP_ADVISOR":
      return viewer.workshopId ? workshopHoldsEscalationSql(viewer.workshopId) : Prisma.sql`FALSE`;
    case "PARTNER":
      return Prisma.sql`FALSE`;
  }
}

/** The escalations a viewer may read (escalationScopeSql), as a store scope for the list statement. */
export const escalationsOfSql = (viewer: Viewer): ViewerScope<Prisma.Sql> => ({ viewer, where: escalationScopeSql(viewer) });

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

/** Actor scope of escalate (creating an escalation, no move): the session's own mechanic. */
export const sessionsToEscalate = (viewer: Viewer): ViewerScope<Prisma.DiagnosticSessionWhereInput> => ({ viewer, where: { mechanicId: viewer.id } });

/** Actor scope of naming a workshop choice for a session (no move: nothing is escalated yet): the session's own customer. */
export const sessionsToChooseFor = (viewer: Viewer): ViewerScope<Prisma.DiagnosticSessionWhereInput> => ({ viewer, where: { customerId: viewer.id } });

/**
 * Whose escalation `move` is for `viewer` (a role the move's `who` names; escalation.machine.ts
 * refuses any other with FORBIDDEN first): the escalations the viewer may make it on, reached
 * through another aggregate's mutation. One outside it answers NOT_FOUND, like a missing one.
 *   accept, quote by an advisor: escalations the viewer's workshop accepted an offer of
 *   quote by a mechanic: their own (quoting a partnered repair again)
 *   approve: the customer's own
 *   complete: the workshop it was approved for, or the partner of its partnered quote
 *   widen (asking one more workshop for a quote): the customer's own
 *   hold, unmatch: nobody's (matching's, SYSTEM); reopen: nobody's (an approved quote called off, SYSTEM)
 */
export function escalationActorScope(move: EscalationMove, viewer: Viewer): Prisma.EscalationWhereInput {
  switch (move) {
    case "accept":
      return acceptedBy(viewer);
    case "quote":
      return viewer.role === "MECHANIC" ? { mechanicId: viewer.id } : acceptedBy(viewer);
    case "approve":
    case "widen":
      return { session: { is: { customerId: viewer.id } } };
    case "complete":
      return viewer.role === "PARTNER" ? { quotes: { some: { partnership: { is: { partnerId: viewer.id } } } } } : { workshopId: viewer.workshopId ?? "" };
    case "hold":
    case "unmatch":
    case "reopen":
      return NOTHING;
  }
}

/**
 * escalationActorScope as SQL on the "Escalation" row aliased `e`, for the moves whose scope has
 * one (the escalation machine then moves in one statement); null for the others.
 */
export function escalationActorScopeSql(move: EscalationMove, viewer: Viewer): Prisma.Sql | null {
  switch (move) {
    case "approve":
    case "widen":
      return Prisma.sql`EXISTS (SELECT 1 FROM "DiagnosticSession" s WHERE s.id = e."sessionId" AND s."customerId" = ${viewer.id}::uuid)`;
    default:
      return null;
  }
}

/** Escalations the viewer's workshop accepted an offer of. */
const acceptedBy = (viewer: Viewer): Prisma.EscalationWhereInput => ({ offers: { some: { workshopId: viewer.workshopId ?? "", status: "ACCEPTED" } } });

/**
 * Whose offer `move` is for `viewer` (offer machine's `who`, checked first):
 *   accept, decline: offers to the viewer's own workshop
 *   expire, close: nobody's (the expiry timer's, a quote approval's: SYSTEM)
 */
export function offerActorScope(move: OfferMove, viewer: Viewer): Prisma.EscalationOfferWhereInput {
  switch (move) {
    case "accept":
    case "decline":
      return { workshopId: viewer.workshopId ?? "" };
    case "expire":
    case "close":
      return NOTHING;
  }
}

/** The escalations `viewer` may make `move` on (escalationActorScope), as a store scope for the reads before the move. */
export const escalationsTo = (move: EscalationMove, viewer: Viewer): ViewerScope<Prisma.EscalationWhereInput> => ({ viewer, where: escalationActorScope(move, viewer) });

/** The offers `viewer` may make `move` on (offerActorScope), as a store scope for the reads before the move. */
export const offersTo = (move: OfferMove, viewer: Viewer): ViewerScope<Prisma.EscalationOfferWhereInput> => ({ viewer, where: offerActorScope(move, viewer) });

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
  Mutation: {
    escalate: hasRole("MECHANIC"),
    respondToEscalation: hasRole(...rolesOf(offerMachine, "accept"), ...rolesOf(offerMachine, "decline")),
    chooseWorkshop: hasRole("CUSTOMER"),
    requestAnotherQuote: hasRole("CUSTOMER"),
  },
  Subscription: { escalationCreated: isAdvisor },
  Escalation: withinScope,
  EscalationConnection: withinScope,
  EscalationOfferConnection: withinScope,
  // Reached through an escalation the viewer sees (EscalationService.preference: never for workshops) or the customer's own choice.
  WorkshopPreference: withinScope,
  WorkshopChoice: withinScope,
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
