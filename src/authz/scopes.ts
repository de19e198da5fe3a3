import type { Viewer } from "../platform/auth/viewer.ts";
import { Prisma } from "../platform/db/generated/client.ts";

/** Matches no row: for roles that have no business with a record type. */
export const NOTHING = { id: { in: [] as string[] } };

/** Offers through which a workshop holds an escalation. */
export const LIVE_OFFER_STATUSES = ["OFFERED", "ACCEPTED"] as const;

/**
 * A workshop holds an escalation while it is the escalation's current workshop or has a live
 * (offered or accepted) offer on it; a workshop that declined, let an offer expire, or lost a
 * compared set no longer sees the session (the escalation policy scopes escalations with it too).
 */
export function workshopHoldsEscalation(workshopId: string): Prisma.EscalationWhereInput {
  return { OR: [{ workshopId }, { offers: { some: { workshopId, status: { in: [...LIVE_OFFER_STATUSES] } } } }] };
}

/**
 * workshopHoldsEscalation as SQL on an "Escalation" row aliased `e`, for the hand-written list
 * statements (the session list's and the escalation list's scopes for an advisor).
 */
export function workshopHoldsEscalationSql(workshopId: string): Prisma.Sql {
  return Prisma.sql`(e."workshopId" = ${workshopId}::uuid OR EXISTS (
    SELECT 1 FROM "EscalationOffer" o WHERE o."escalationId" = e.id AND o."workshopId" = ${workshopId}::uuid AND o.status::text IN (${Prisma.join(LIVE_OFFER_STATUSES)})))`;
}

/** Escalation statuses in which the escalation's current workshop has taken it on (accepted it, quoted, repairs). */
export const JOINED_ESCALATION_STATUSES = ["ACCEPTED", "QUOTED", "APPROVED", "COMPLETED"] as const;

/**
 * A workshop has taken an escalation on (and joined its conversation): it accepted its offer
 * (still live), or it is the escalation's workshop past acceptance. Merely offered, it has not:
 * it then sees the customer and the vehicle only as BEFORE_COMMITMENT (authz/customer-access.ts).
 */
export function workshopJoinedEscalation(workshopId: string): Prisma.EscalationWhereInput {
  return { OR: [{ workshopId, status: { in: [...JOINED_ESCALATION_STATUSES] } }, { offers: { some: { workshopId, status: "ACCEPTED" } } }] };
}

/** workshopJoinedEscalation as SQL on an "Escalation" row aliased `e`. */
export function workshopJoinedEscalationSql(workshopId: string): Prisma.Sql {
  return Prisma.sql`((e."workshopId" = ${workshopId}::uuid AND e.status::text IN (${Prisma.join(JOINED_ESCALATION_STATUSES)})) OR EXISTS (
    SELECT 1 FROM "EscalationOffer" o WHERE o."escalationId" = e.id AND o."workshopId" = ${workshopId}::uuid AND o.status = 'ACCEPTED'))`;
}

/**
 * Sessions whose chat a viewer takes part in live (send, subscribe): its customer, its assigned
 * mechanic, and admins. Narrower than sessionScope (modules/sessions/session.policy.ts): an escalated workshop reads the history only.
 */
export function chatParticipantScope(viewer: Viewer): Prisma.DiagnosticSessionWhereInput {
  switch (viewer.role) {
    case "ADMIN":
      return {};
    case "CUSTOMER":
      return { customerId: viewer.id };
    case "MECHANIC":
      return { mechanicId: viewer.id };
    default:
      return NOTHING;
  }
}
