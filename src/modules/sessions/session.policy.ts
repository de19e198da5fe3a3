// Who may see a diagnostic session or a vehicle, and whose session each move is: the read scopes
// (as Prisma filters, and the session scope also as SQL for the hand-written list), the actor
// scope of every move of session.machine.ts, and the rule-map entries of the session API's root
// and object fields (spread into authz/permissions.ts).
import { hasRole, isAdmin, isPublic, isSignedIn, withinScope } from "../../authz/rules.ts";
import { chatParticipantScope, NOTHING, workshopHoldsEscalation, workshopHoldsEscalationSql, workshopJoinedEscalation, workshopJoinedEscalationSql } from "../../authz/scopes.ts";
import { rolesOf } from "../../domain/state-machine.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import { Prisma } from "../../platform/db/generated/client.ts";
import { sanctionedAt } from "../accounts/account-standing.ts";
import { PAYS_FOR_WORK } from "../payments/payment.machine.ts";
import { sessionMachine, type SessionMove } from "./session.machine.ts";

/**
 * Which diagnostic sessions a viewer may see, as a database filter: lists, counts and pages are
 * scoped inside the query, never filtered after loading. The parties to a session (its customer,
 * its assigned mechanic, admins), plus the workshop holding its escalation; partners see none.
 */
export function sessionScope(viewer: Viewer): Prisma.DiagnosticSessionWhereInput {
  if (viewer.role !== "WORKSHOP_ADVISOR") return chatParticipantScope(viewer);
  return viewer.workshopId ? { escalation: { is: workshopHoldsEscalation(viewer.workshopId) } } : NOTHING;
}

/**
 * sessionScope as SQL on a "DiagnosticSession" row aliased `s`, for the hand-written list
 * (SessionStore.list). tests/sessions/list-equivalence.test.ts checks, for every role, that the
 * list returns exactly what its Prisma form (built on sessionScope) returns.
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
      return Prisma.sql`EXISTS (SELECT 1 FROM "Escalation" e WHERE e."sessionId" = s.id AND ${workshopHoldsEscalationSql(viewer.workshopId)})`;
    case "PARTNER":
      return Prisma.sql`FALSE`;
  }
}

/**
 * The sessions within a viewer's scope that the viewer has taken on, as a database filter: the
 * assigned mechanic's (not the open requests a mechanic browses), the sessions whose escalation
 * the workshop joined (not those it is merely offered); all of them for customers and admins.
 * Outside it, a viewer who reads a session reads its customer and vehicle as BEFORE_COMMITMENT
 * (authz/customer-access.ts).
 */
export function sessionCommitment(viewer: Viewer): Prisma.DiagnosticSessionWhereInput {
  switch (viewer.role) {
    case "MECHANIC":
      return { mechanicId: viewer.id };
    case "WORKSHOP_ADVISOR":
      return viewer.workshopId ? { escalation: { is: workshopJoinedEscalation(viewer.workshopId) } } : NOTHING;
    default:
      return {};
  }
}

/** sessionCommitment as SQL on a "DiagnosticSession" row aliased `s`, for the list statements. */
export function sessionCommitmentSql(viewer: Viewer): Prisma.Sql {
  switch (viewer.role) {
    case "MECHANIC":
      return Prisma.sql`s."mechanicId" IS NOT DISTINCT FROM ${viewer.id}::uuid`;
    case "WORKSHOP_ADVISOR":
      if (!viewer.workshopId) return Prisma.sql`FALSE`;
      return Prisma.sql`EXISTS (SELECT 1 FROM "Escalation" e WHERE e."sessionId" = s.id AND ${workshopJoinedEscalationSql(viewer.workshopId)})`;
    default:
      return Prisma.sql`TRUE`;
  }
}

/**
 * A diagnostic payment that pays for the session (PAYS_FOR_WORK: confirmed, or refunded in part
 * since, since an admin's goodwill refund does not stop the service; diagnostics are charged at
 * once, never only authorized). What a request needs to reach mechanics and be claimed, and a
 * claimed session to be started, completed or handed to another mechanic.
 */
export const PAID_DIAGNOSTIC = { kind: "DIAGNOSTIC", status: { in: [...PAYS_FOR_WORK] } } as const satisfies Prisma.PaymentWhereInput;

/**
 * Open diagnostic requests a viewer may browse and claim: requested, unclaimed and paid, and for a
 * mechanic not one they withdrew from. Mechanics
 * see them (the customer by first name only, through ASSIGNED_MECHANIC access) once vetted
 * (SessionService.openRequests refuses the others first); admins see them too.
 */
export function openRequestScope(viewer: Viewer): Prisma.DiagnosticSessionWhereInput {
  if (viewer.role !== "MECHANIC" && viewer.role !== "ADMIN") return NOTHING;
  // Pay before service: a request reaches mechanics once its diagnostic is paid.
  return { status: "REQUESTED", mechanicId: null, payments: { some: PAID_DIAGNOSTIC }, ...notWithdrawnBy(viewer) };
}

/** For a mechanic, the sessions they have not withdrawn from (a withdrawal is final: no claim-withdraw loop holds a customer's request); no condition for others. */
function notWithdrawnBy(viewer: Viewer): Prisma.DiagnosticSessionWhereInput {
  return viewer.role === "MECHANIC" ? { NOT: { withdrawnMechanicIds: { has: viewer.id } } } : {};
}

/**
 * Which vehicles a viewer may list (`vehicles`): a customer's own; for others, a vehicle follows
 * the sessions it appears in that they took on (sessionCommitment). A workshop merely offered an
 * escalation reads that session's vehicle through the session only, by its model.
 */
export function vehicleScope(viewer: Viewer): Prisma.VehicleWhereInput {
  if (viewer.role === "ADMIN") return {};
  if (viewer.role === "CUSTOMER") return { ownerId: viewer.id };
  return { sessions: { some: { AND: [sessionScope(viewer), sessionCommitment(viewer)] } } };
}

/**
 * Whose session `move` is for `viewer` (a role the move's `who` names; session.machine.ts refuses
 * any other with FORBIDDEN first): the sessions the viewer may make it on. A session outside it
 * answers NOT_FOUND, like one that does not exist.
 *   claim: any unclaimed request a mechanic has not withdrawn from: every mechanic's to claim, first
 *     come first served, once paid (SessionService's DIAGNOSTIC_PAID_GUARD, so an unpaid one is told
 *     apart from a claimed one)
 *   start, complete, withdraw: the assigned mechanic's
 *   cancel: the customer's own
 *   reassign: the customer's own
 *   adminCancel, adminReassign: every session (admins only)
 *   cancelUnpaid: none (the SYSTEM's, for a diagnostic no longer paid for)
 */
export function sessionActorScope(move: SessionMove, viewer: Viewer): Prisma.DiagnosticSessionWhereInput {
  switch (move) {
    case "claim":
      return { mechanicId: null, ...notWithdrawnBy(viewer) };
    case "start":
    case "complete":
    case "withdraw":
      return { mechanicId: viewer.id };
    case "cancel":
      return { customerId: viewer.id };
    case "reassign":
      return { customerId: viewer.id };
    case "adminCancel":
    case "adminReassign":
      return {};
    case "cancelUnpaid":
      return NOTHING; // the SYSTEM's: no viewer makes it
  }
}

/**
 * A session whose mechanic is no longer vetted (rejected, or their approval revoked after they
 * claimed it): they may not work it, so it is stranded like a suspended mechanic's.
 */
export const MECHANIC_NOT_VETTED = { mechanic: { is: { mechanic: { is: { vettingStatus: { not: "APPROVED" } } } } } } as const satisfies Prisma.DiagnosticSessionWhereInput;

/**
 * Sessions stranded by their mechanic: claimed or in progress while the mechanic is banned,
 * suspended (a suspension without an end, or one that has not ended at `now`) or no longer vetted
 * (MECHANIC_NOT_VETTED). What an admin cancels or reassigns (strandedSessions).
 */
export function strandedFilter(now: Date): Prisma.DiagnosticSessionWhereInput {
  return {
    status: { in: ["ACCEPTED", "IN_PROGRESS"] },
    OR: [{ mechanic: { is: sanctionedAt(now) } }, MECHANIC_NOT_VETTED],
  };
}

/** The roles that may make any of `moves`, as a rule-map gate: the machine's `who`, so the two cannot disagree. */
const mayMove = (...moves: SessionMove[]) => hasRole(...moves.flatMap((move) => rolesOf(sessionMachine, move)));

/**
 * The rule-map entries of the session API (spread into authz/permissions.ts, which denies what no
 * entry names). Which rows each caller then reaches is sessionScope's, vehicleScope's and
 * openRequestScope's; the customer inside a session follows the privacy table (Customer's rules).
 */
export const sessionRules = {
  Query: {
    diagnosticPriceCents: isPublic,
    sessions: isSignedIn,
    session: isSignedIn,
    vehicles: isSignedIn,
    openSessionRequests: hasRole("MECHANIC", "ADMIN"),
    strandedSessions: isAdmin,
  },
  Mutation: {
    addVehicle: hasRole("CUSTOMER"),
    requestSession: hasRole("CUSTOMER"),
    claimSession: mayMove("claim"),
    startSession: mayMove("start"),
    completeSession: mayMove("complete"),
    // The customer's cancels; the assigned mechanic's withdraws (SessionService.cancel).
    cancelSession: mayMove("cancel", "withdraw"),
    // Reassigns, or cancels and refunds, the customer's own session when its mechanic is absent.
    resolveMechanicAbsence: mayMove("reassign"),
    adminCancelSession: mayMove("adminCancel"),
    adminReassignSession: mayMove("adminReassign"),
    postPlatformNote: isAdmin,
  },
  Vehicle: withinScope,
  DiagnosticSession: {
    ...Object.fromEntries(
      [
        "id",
        "status",
        "concern",
        "mediaUrls",
        "priceCents",
        "diagnosis",
        "recommendedServices",
        "requestedAt",
        "acceptedAt",
        "startedAt",
        "completedAt",
        "cancelledAt",
        "cancelReason",
        "vehicle",
        "customer",
        "mechanic",
      ].map((field) => [field, withinScope]),
    ),
    // A payment is the customer's and admins' (as Payment's own rule, payment.policy.ts): the mechanic sees their earnings, never the customer's payment.
    payment: hasRole("CUSTOMER", "ADMIN"),
  },
  DiagnosticSessionConnection: withinScope,
};
