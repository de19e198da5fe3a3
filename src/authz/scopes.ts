import type { Viewer } from "../platform/auth/viewer.ts";
import { Prisma } from "../platform/db/generated/client.ts";
import type { CustomerAccess } from "./customer-access.ts";

/** Matches no row: for roles that have no business with a record type. */
export const NOTHING = { id: { in: [] as string[] } };

/** Offers through which a workshop holds an escalation. */
const LIVE_OFFER_STATUSES = ["OFFERED", "ACCEPTED"] as const;

/**
 * Which diagnostic sessions a viewer may see, as a database filter: lists, counts and pages are
 * scoped inside the query, never filtered after loading. The parties to a session, plus the
 * workshop holding its escalation.
 */
export function sessionScope(viewer: Viewer): Prisma.DiagnosticSessionWhereInput {
  if (viewer.role !== "WORKSHOP_ADVISOR") return chatParticipantScope(viewer);
  return viewer.workshopId ? { escalation: { is: workshopHoldsEscalation(viewer.workshopId) } } : NOTHING;
}

/**
 * sessionScope as SQL on a "DiagnosticSession" row aliased `s`, for hand-written statements (the
 * session list). Keep the two in step: tests/sessions/session-reads.test.ts checks that lists and
 * single reads agree for every kind of caller.
 */
export function sessionScopeSql(viewer: Viewer): Prisma.Sql {
  switch (viewer.role) {
    case "ADMIN":
      return Prisma.sql`TRUE`;
    case "CUSTOMER":
      return Prisma.sql`s."customerId" = ${viewer.id}::uuid`;
    case "MECHANIC":
      return Prisma.sql`s."mechanicId" = ${viewer.id}::uuid`;
    case "WORKSHOP_ADVISOR":
      if (!viewer.workshopId) return Prisma.sql`FALSE`;
      return Prisma.sql`EXISTS (
        SELECT 1 FROM "Escalation" e WHERE e."sessionId" = s.id AND (e."workshopId" = ${viewer.workshopId}::uuid OR EXISTS (
          SELECT 1 FROM "EscalationOffer" o WHERE o."escalationId" = e.id AND o."workshopId" = ${viewer.workshopId}::uuid AND o.status::text IN (${Prisma.join(LIVE_OFFER_STATUSES)}))))`;
    case "PARTNER":
      return Prisma.sql`FALSE`;
  }
}

/**
 * A workshop holds an escalation while it is the escalation's current workshop or has a live
 * (offered or accepted) offer on it; a workshop that declined, let an offer expire, or lost a
 * compared set no longer sees the session (the escalation policy scopes escalations with it too).
 */
export function workshopHoldsEscalation(workshopId: string): Prisma.EscalationWhereInput {
  return { OR: [{ workshopId }, { offers: { some: { workshopId, status: { in: [...LIVE_OFFER_STATUSES] } } } }] };
}

/** Which partnerships a viewer may see: its two parties' own, and all of them for admins. */
export function partnershipScope(viewer: Viewer): Prisma.PartnershipWhereInput {
  switch (viewer.role) {
    case "ADMIN":
      return {};
    case "MECHANIC":
      return { mechanicId: viewer.id };
    case "PARTNER":
      return { partnerId: viewer.id };
    default:
      return NOTHING;
  }
}

/** A diagnostic payment Stripe has confirmed (captured: diagnostics are charged at once, never only authorized). */
export const PAID_DIAGNOSTIC = { kind: "DIAGNOSTIC", status: "SUCCEEDED" } as const satisfies Prisma.PaymentWhereInput;

/**
 * A diagnostic paid and not given back: confirmed, or partly refunded since (an admin's goodwill
 * refund does not stop the service). What starting and completing a claimed session requires.
 */
export const HELD_DIAGNOSTIC = { kind: "DIAGNOSTIC", status: { in: ["SUCCEEDED", "PARTIALLY_REFUNDED"] } } as const satisfies Prisma.PaymentWhereInput;

/**
 * Open diagnostic requests a viewer may browse and claim: requested, unclaimed and paid. Mechanics
 * see them (the customer by first name only, through ASSIGNED_MECHANIC access); admins see them too.
 */
export function openRequestScope(viewer: Viewer): Prisma.DiagnosticSessionWhereInput {
  if (viewer.role !== "MECHANIC" && viewer.role !== "ADMIN") return NOTHING;
  // Pay before service: a request reaches mechanics once its diagnostic is paid.
  return { status: "REQUESTED", mechanicId: null, payments: { some: PAID_DIAGNOSTIC } };
}

/**
 * Sessions whose chat a viewer takes part in live (send, subscribe): its customer, its assigned
 * mechanic, and admins. Narrower than sessionScope: an escalated workshop reads the history only.
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

/** Which vehicles a viewer may see: a vehicle follows the sessions it appears in. */
export function vehicleScope(viewer: Viewer): Prisma.VehicleWhereInput {
  if (viewer.role === "ADMIN") return {};
  if (viewer.role === "CUSTOMER") return { ownerId: viewer.id };
  return { sessions: { some: sessionScope(viewer) } };
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
