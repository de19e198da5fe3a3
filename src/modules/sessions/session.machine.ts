// The session lifecycle: the transition table and the one code that writes DiagnosticSession.status.
import { defineMachine, mayMake, refusalOf } from "../../domain/state-machine.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { SessionStatus } from "../../platform/db/generated/enums.ts";
import { type Tx, type Prisma, type PrismaClient } from "../../platform/db/prisma.ts";
import { conflict, forbidden, notFound, statusConflict, type AppError, type ErrorReason } from "../../platform/errors.ts";
import type { AuditEntry, AuditService } from "../audit/audit.service.ts";
import type { ContentFlagService } from "../content/content-flag.service.ts";

/**
 * The session lifecycle, the only legal moves, and who makes each (on whose sessions:
 * session.policy.ts `sessionActorScope`):
 *
 *   REQUESTED --claim--> ACCEPTED --start--> IN_PROGRESS --complete--> COMPLETED
 *       \___________________\_______________________\--cancel--> CANCELLED
 *       ^____________________/_______________________/ reassign (the customer, after the mechanic's suspension or no-show)
 *       ^____________________/_______________________/ withdraw (the assigned mechanic's cancelSession)
 *
 * Admins may also cancel any open session (adminCancel) and hand any open, paid session to another
 * vetted mechanic (adminReassign: ACCEPTED by that mechanic, to start afresh).
 *
 * A request is claimed only once its diagnostic is paid (pay before service). The customer cancels
 * (cancelSession); the assigned mechanic's cancelSession withdraws instead: the session goes back
 * among the open requests, still paid, and that mechanic may not claim it again (its
 * `withdrawnMechanicIds`, session.policy.ts). The customer also cancels, with a full refund, when
 * the mechanic is absent (resolveMechanicAbsence REFUND). The one SYSTEM move, `cancelUnpaid`, is
 * the payments' side effect: a diagnostic no longer paid for (refunded in full, a dispute lost)
 * calls off its session unless it is completed (PaymentMachine, UnpaidWork): nobody pays for the
 * rest of a started one, so it would otherwise stay IN_PROGRESS with no way to complete or pay it.
 *
 * `claim` is `open`: an open request is every mechanic's to claim, so no mechanic is a stranger to
 * it; one that did not take (claimed by another meanwhile, closed, or no such id) answers the same
 * CONFLICT, so a claim never tells which closed sessions exist. A request still open but not paid
 * answers its guard's CONFLICT (DIAGNOSTIC_NOT_PAID): the mechanic holds its id, so it was listed
 * while paid (and refunded since) or given to them, and "try later" is the useful answer.
 */
export const sessionMachine = defineMachine("session", {
  claim: { from: ["REQUESTED"], to: "ACCEPTED", who: ["MECHANIC"], verb: "claimed", open: true },
  start: { from: ["ACCEPTED"], to: "IN_PROGRESS", who: ["MECHANIC"], verb: "started" },
  complete: { from: ["IN_PROGRESS"], to: "COMPLETED", who: ["MECHANIC"], verb: "completed" },
  cancel: { from: ["REQUESTED", "ACCEPTED", "IN_PROGRESS"], to: "CANCELLED", who: ["CUSTOMER"], verb: "cancelled" },
  reassign: { from: ["ACCEPTED", "IN_PROGRESS"], to: "REQUESTED", who: ["CUSTOMER"], verb: "reassigned" },
  // The assigned mechanic's cancelSession: the mechanic leaves, the paid request goes back to the open ones.
  withdraw: { from: ["ACCEPTED", "IN_PROGRESS"], to: "REQUESTED", who: ["MECHANIC"], verb: "withdrawn" },
  // Admin operations (issue 18 item 7): the platform calls a session off (refunding a paid
  // diagnostic in full) or hands it to another vetted mechanic, who starts it afresh.
  adminCancel: { from: ["REQUESTED", "ACCEPTED", "IN_PROGRESS"], to: "CANCELLED", who: ["ADMIN"], verb: "cancelled" },
  adminReassign: { from: ["REQUESTED", "ACCEPTED", "IN_PROGRESS"], to: "ACCEPTED", who: ["ADMIN"], verb: "reassigned" },
  // The diagnostic stopped being paid for before the session was completed (PaymentMachine, UnpaidWork).
  cancelUnpaid: { from: ["REQUESTED", "ACCEPTED", "IN_PROGRESS"], to: "CANCELLED", who: ["SYSTEM"], verb: "cancelled" },
});

/** A move of the session lifecycle. */
export type SessionMove = keyof typeof sessionMachine.moves;

/** The one answer to a claim that did not take: claimed by another, closed, or no such request (an unpaid open one answers its guard's refusal). */
const CLAIM_REFUSED = "This request has already been claimed or is no longer open";

/**
 * A condition of a move besides who makes it and the status it leaves, checked in the same
 * conditional UPDATE; `refusal` is the CONFLICT's message when only the guard stopped the move.
 */
export interface Guard {
  where: Prisma.DiagnosticSessionWhereInput;
  refusal: string;
  /** The CONFLICT's `extensions.reason` beside the refusal. */
  reason?: ErrorReason;
  /**
   * Why the guard stopped a move, when it is more than its own refusal says: the first cause whose
   * `where` the session matches is the answer instead (a diagnostic whose payment is disputed is
   * paid, but held).
   */
  causes?: readonly Omit<Guard, "causes">[];
}

/** One move as the service asks for it. */
export interface MoveRequest {
  /** Whose session it is for the viewer: the policy's `sessionActorScope(move, viewer)`. */
  actor: Prisma.DiagnosticSessionWhereInput;
  /** What the move writes besides the status (timestamps, the diagnosis, the cancel reason...). */
  data: Omit<Prisma.DiagnosticSessionUncheckedUpdateManyInput, "status">;
  guard?: Guard;
  /**
   * The move's audit row, when it is more than the plain move: its own action (`session.reassigned_by_admin`)
   * and data beside the machine's `move`, `from` and `to`. Every move writes one; without this one it is
   * `session.<verb>` (`session.claimed`).
   */
  audit?: Pick<AuditEntry, "action" | "data">;
}

/** A SYSTEM move as its cause asks for it, in the cause's transaction. */
export interface SystemMoveRequest {
  data: Omit<Prisma.DiagnosticSessionUncheckedUpdateManyInput, "status">;
  /** A condition besides the status, and the CONFLICT's message when only it stopped the move. */
  where?: Prisma.DiagnosticSessionWhereInput;
  refusal: string;
  /** The audit row's action, and the cause: the viewer whose action caused the move (none for Stripe's events) and its data. */
  action: string;
  cause: { actor: Viewer | null; data: Record<string, string | number> };
}

/** What a move found: the status it left, and when the session's mechanic claimed it (null: not claimed). */
export interface MovedFrom {
  from: SessionStatus;
  acceptedAt: Date | null;
}

/** What creating a session records besides its customer and the status (REQUESTED). */
export interface NewSession {
  vehicleId: string;
  concern: string;
  mediaUrls: string[];
  /** The diagnostic's price, in cents. */
  priceCents: number;
}

/** Refuses with FORBIDDEN a viewer whose role the table does not let make `move` (before any row is read). */
export function assertMayMake(viewer: Viewer, move: SessionMove): void {
  if (!mayMake(sessionMachine, move, viewer.role)) throw forbidden();
}

/**
 * Performs the session's status changes: creation (REQUESTED) and every move of `sessionMachine`,
 * each with the content flags of the text it writes and its audit row (who, from, to) in the same
 * transaction. No session event is published.
 */
export class SessionMachine {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly contentFlags: ContentFlagService,
    private readonly audit: AuditService,
  ) {}

  /** The customer's new request (REQUESTED), with the flags of its concern and its audit row (`session.requested`); its id. `vehicleId` must be the viewer's own. */
  async create(viewer: Viewer, session: NewSession): Promise<string> {
    return this.prisma.$transaction(async (tx) => {
      const { id } = await tx.diagnosticSession.create({ data: { customerId: viewer.id, status: "REQUESTED", recommendedServices: [], ...session }, select: { id: true } });
      await this.contentFlags.record(tx, viewer, { type: "DiagnosticSession", id });
      await this.audit.write([{ actor: viewer, action: "session.requested", entityType: "DiagnosticSession", entityId: id, subjectUserId: viewer.id, data: { from: null, to: "REQUESTED" } }], tx);
      return id;
    });
  }

  /**
   * One conditional UPDATE on (id, the actor scope, a status the move leaves, the move's guard),
   * so two concurrent moves cannot both succeed: the database decides, and the loser is refused.
   *
   * @throws FORBIDDEN for a role the move's `who` lacks; NOT_FOUND when the session is not the
   *   actor's (like a missing one); CONFLICT when its status is not one the move leaves
   *   (`refusalOf`: "A completed session cannot be cancelled") or the guard refused (its message).
   *   A claim that did not take answers the guard's refusal when the request is still open and
   *   unclaimed (only the guard stopped it), and CLAIM_REFUSED otherwise, for a missing id too.
   * @returns the status the move left and the claim time the UPDATE left (a cancellation's refund depends on both)
   */
  async move(viewer: Viewer, id: string, move: SessionMove, request: MoveRequest): Promise<MovedFrom> {
    assertMayMake(viewer, move);
    const { from, to, verb } = sessionMachine.moves[move];
    const { actor, data, guard, audit } = request;
    // The flags of the move's text (a diagnosis, a cancel reason) and its audit row commit with it, or none does.
    const moved = await this.prisma.$transaction(async (tx) => {
      // One status at a time, so the audit row knows which one the move left (as the escalation
      // machine's moves do); each UPDATE is conditional, so of concurrent moves one still wins.
      for (const status of from) {
        const [row] = await tx.diagnosticSession.updateManyAndReturn({
          where: { AND: [{ id }, actor, { status }, guard?.where ?? {}] },
          data: { ...data, status: to },
          select: { customerId: true, acceptedAt: true },
        });
        if (!row) continue;
        await this.contentFlags.record(tx, viewer, { type: "DiagnosticSession", id });
        const entry = { action: audit?.action ?? `session.${verb}`, data: { ...(audit?.data as Prisma.InputJsonObject | undefined), move, from: status, to } };
        await this.audit.write([{ ...entry, actor: viewer, entityType: "DiagnosticSession", entityId: id, subjectUserId: row.customerId }], tx);
        return { from: status, acceptedAt: row.acceptedAt };
      }
      return null;
    });
    if (moved) return moved;
    // A claim's loser saw the request while it was open, so it learns the request is gone. Every
    // other mechanic gets the very same answer, for a request that closed and for an id that
    // never existed: a claim must not tell which sessions exist. Only a request still open to the
    // claim but for its guard (not paid) says so.
    if (move === "claim") {
      const open = guard && (await this.prisma.diagnosticSession.count({ where: { AND: [{ id }, actor, { status: { in: [...from] } }] } }));
      if (open) throw await this.guardRefusal(guard, id);
      throw conflict(CLAIM_REFUSED);
    }
    const current = await this.prisma.diagnosticSession.findFirst({ where: { AND: [{ id }, actor] }, select: { status: true } });
    if (!current) throw notFound("Session");
    if (guard && from.includes(current.status)) throw await this.guardRefusal(guard, id);
    throw statusConflict(refusalOf(sessionMachine, move, current.status), current.status);
  }

  /** The CONFLICT of a move `guard` stopped on session `id`: its first cause the session matches, else its own refusal. */
  private async guardRefusal(guard: Guard, id: string): Promise<AppError> {
    for (const cause of guard.causes ?? []) {
      if (await this.prisma.diagnosticSession.count({ where: { AND: [{ id }, cause.where] } })) return conflict(cause.refusal, cause.reason);
    }
    return conflict(guard.refusal, guard.reason);
  }

  /**
   * A SYSTEM move (`who: ["SYSTEM"]`), a side effect of another aggregate's move, in that move's
   * transaction `tx`: the session's row locked (a concurrent claim or start either commits first
   * and is seen, or waits and finds the session moved), then one conditional UPDATE on (id, the
   * status read, `request.where`), audited with the cause's actor and data and the status read as
   * `from`. A viewer's moves go through `move`, with their actor scope.
   *
   * @throws FORBIDDEN for a viewer, or a move the SYSTEM does not make; NOT_FOUND for no such
   *   session; CONFLICT when its status is not one the move leaves (`refusalOf`) or `request.where`
   *   does not hold (`request.refusal`): the caller decides whether its own move stands
   */
  async moveAsSystem(tx: Tx, actor: Viewer | "SYSTEM", id: string, move: SessionMove, request: SystemMoveRequest): Promise<void> {
    if (actor !== "SYSTEM" || !mayMake(sessionMachine, move, "SYSTEM")) throw forbidden();
    const { from, to } = sessionMachine.moves[move];
    const [current] = await tx.$queryRaw<{ status: SessionStatus }[]>`SELECT status::text AS status FROM "DiagnosticSession" WHERE id = ${id}::uuid FOR UPDATE`;
    if (!current) throw notFound("Session");
    if (!from.includes(current.status)) throw statusConflict(refusalOf(sessionMachine, move, current.status), current.status);
    const moved = await tx.diagnosticSession.updateMany({ where: { AND: [{ id, status: current.status }, request.where ?? {}] }, data: { ...request.data, status: to } });
    if (moved.count === 0) throw conflict(request.refusal);
    await this.audit?.write(
      [{ actor: request.cause.actor, action: request.action, entityType: "DiagnosticSession", entityId: id, data: { ...request.cause.data, move, from: current.status, to } }],
      tx,
    );
  }
}

/**
 * Demo data only (src/seed): inserts demo sessions, each in the status it is given as given, with their fixed ids and backdated
 * timestamps (the timestamps of the statuses it reached). No checks, history, audit or events: the seed builds a consistent world
 * itself. Not for product code.
 */
export async function restoreDemoSessions(tx: Tx, sessions: Prisma.DiagnosticSessionCreateManyInput[]): Promise<void> {
  await tx.diagnosticSession.createMany({ data: sessions });
}
