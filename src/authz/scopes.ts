import type { Viewer } from "../platform/auth/viewer.ts";
import type { Prisma } from "../platform/db/generated/client.ts";
import type { CustomerAccess } from "./customer-access.ts";

/** Matches no row: for roles that have no business with a record type. */
export const NOTHING = { id: { in: [] as string[] } };

/** Offers through which a workshop holds an escalation. */
export const LIVE_OFFER_STATUSES = ["OFFERED", "ACCEPTED"] as const;

/**
 * A workshop holds an escalation while it is the escalation's current workshop or has a live
 * (offered or accepted) offer on it; a workshop that declined, let an offer expire, or lost a
 * compared set no longer sees the session.
 */
export function workshopHoldsEscalation(workshopId: string): Prisma.EscalationWhereInput {
  return { OR: [{ workshopId }, { offers: { some: { workshopId, status: { in: [...LIVE_OFFER_STATUSES] } } } }] };
}

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

/** Quote statuses a customer never sees: a partnered mechanic's quote before (or without) the partner's approval. */
export const HIDDEN_FROM_CUSTOMER = ["PENDING_PARTNER_APPROVAL", "REJECTED_BY_PARTNER"] as const;

/**
 * Which repair quotes a viewer may see: the customer's (once sent to them), the referring or
 * quoting mechanic's, the quoting workshop's own (a workshop never sees a competitor's quote in a
 * compared set), and a partner's: quotes written under its own partnerships only.
 */
export function quoteScope(viewer: Viewer): Prisma.RepairQuoteWhereInput {
  switch (viewer.role) {
    case "ADMIN":
      return {};
    case "CUSTOMER":
      return customerQuoteScope(viewer.id);
    case "MECHANIC":
      return { escalation: { is: { mechanicId: viewer.id } } };
    case "WORKSHOP_ADVISOR":
      return viewer.workshopId ? { workshopId: viewer.workshopId } : NOTHING;
    case "PARTNER":
      return { partnership: { is: { partnerId: viewer.id } } };
  }
}

/** A customer's own quotes, once sent to them: also what they may approve, decline and pay. */
export function customerQuoteScope(customerId: string): Prisma.RepairQuoteWhereInput {
  return { escalation: { is: { session: { is: { customerId } } } }, status: { notIn: [...HIDDEN_FROM_CUSTOMER] } };
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

/** How a viewer who may see a session reaches that session's customer. */
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
