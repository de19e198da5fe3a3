import { defineMachine, mayMake } from "../../domain/state-machine.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { Prisma } from "../../platform/db/generated/client.ts";
import type { PartnershipStatus, PartnershipType } from "../../platform/db/generated/enums.ts";
import type { PrismaClient, Tx } from "../../platform/db/prisma.ts";
import { conflict, forbidden, statusConflict } from "../../platform/errors.ts";
import { lockPartnerProfile } from "../accounts/account.store.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { ContentFlagService } from "../content/content-flag.service.ts";
import { partnershipActorScope } from "./partnership.policy.ts";
import type { PartnershipStore } from "./partnership.store.ts";

/** A stored partnership, every column. */
export type PartnershipRow = Prisma.PartnershipGetPayload<object>;

/**
 * The partnership's lifecycle. A mechanic's application creates it PENDING (`open`: creation is no
 * move of an existing record, so it is not in the table); the partner accepts the terms (still
 * PENDING); an admin verifies it (ACTIVE); either party or an admin suspends, resumes and
 * terminates it. Contract expiry and renewal are no moves: `inactiveReason` (domain/partnerships)
 * reads them from the contract dates at use time, so nothing writes the status for them.
 */
export const partnershipMachine = defineMachine("partnership", {
  acceptTerms: { from: ["PENDING"], to: "PENDING", who: ["PARTNER"], verb: "accepted" },
  verify: { from: ["PENDING"], to: "ACTIVE", who: ["ADMIN"], verb: "verified" },
  // The system suspends a partnership whose upheld complaints reached the configured number (suspendBySystem).
  suspend: { from: ["ACTIVE"], to: "SUSPENDED", who: ["MECHANIC", "PARTNER", "ADMIN", "SYSTEM"], verb: "suspended" },
  resume: { from: ["SUSPENDED"], to: "ACTIVE", who: ["MECHANIC", "PARTNER", "ADMIN"], verb: "resumed" },
  terminate: { from: ["PENDING", "ACTIVE", "SUSPENDED"], to: "TERMINATED", who: ["MECHANIC", "PARTNER", "ADMIN"], verb: "terminated" },
} satisfies Record<string, { from: PartnershipStatus[]; to: PartnershipStatus; who: ("MECHANIC" | "PARTNER" | "ADMIN" | "SYSTEM")[]; verb: string }>);

export type PartnershipMove = keyof typeof partnershipMachine.moves;

/** The audit action of each move (AuditLog.action). */
const AUDIT_ACTION: Record<PartnershipMove, string> = {
  acceptTerms: "partnership.partner_accepted",
  verify: "partnership.verified",
  suspend: "partnership.suspended",
  resume: "partnership.resumed",
  terminate: "partnership.terminated",
};

/**
 * The moves that stop a partnership: its approved quotes can no longer be paid (CheckoutService),
 * so the catalog stock the unpaid ones reserved is given back with the move.
 */
const STOPS: readonly PartnershipMove[] = ["suspend", "terminate"];

/** The statuses in which a mechanic already holds a partnership of a type with a partner: one at a time. */
const LIVE: PartnershipStatus[] = ["PENDING", "ACTIVE", "SUSPENDED"];

/** The columns a new partnership is created with (its status is the machine's: PENDING); scalar columns only, so no nested write reaches another aggregate's rows. */
export type PartnershipApplication = Omit<Prisma.PartnershipCreateManyInput, "id" | "status" | "createdAt" | "updatedAt"> & { type: PartnershipType };

/** One move as the service asks for it. */
export interface MoveRequest {
  /** The partnership as read in the viewer's read scope (its status is the audited `from`). */
  row: PartnershipRow;
  /** Checks in the move's transaction before its conditional update (what must still hold when it commits); throwing rolls the move back. */
  before?: (tx: Tx) => Promise<unknown>;
  /** A condition beyond the move's from-statuses ("the partner has not accepted yet"). */
  guard?: Prisma.PartnershipWhereInput;
  /** Columns the move sets besides `status` and `statusChangedById` (the machine's). */
  data?: Omit<Prisma.PartnershipUncheckedUpdateManyInput, "status" | "statusChangedById">;
  /** Extra audit data (the reason...), beside `from`. */
  audit?: Prisma.InputJsonObject;
  /** The CONFLICT message when the conditional update finds nothing to move. */
  conflictMessage: string;
  /** Writes of the same transaction, after the partnership moved (cancelling its open quotes...). */
  after?: (tx: Tx) => Promise<unknown>;
}

/**
 * The one writer of Partnership.status. A move is a conditional UPDATE on the id, the viewer's
 * actor scope for the move (partnership.policy.ts), the move's from-statuses and the guard, with
 * the content flags of the written reason, the caller's same-transaction writes and the audit row
 * committed with it; a suspension or termination also gives back the stock of the partnership's
 * approved, unpaid quotes (PartnershipStore.releaseUnpaidStock). Nothing is published: partnership moves have no subscribers (the caller
 * publishes the events of its own `inTransaction` writes after this returns).
 */
export class PartnershipMachine {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly contentFlags: ContentFlagService,
    /** What stopping a partnership (suspend, terminate) gives back in the move's transaction: the stock its approved, unpaid quotes hold. */
    private readonly stock: Pick<PartnershipStore, "releaseUnpaidStock">,
  ) {}

  /**
   * A mechanic's application: creates the partnership PENDING, one live partnership per mechanic,
   * partner and type (applications to one partner are serialized by locking its profile row).
   *
   * @throws CONFLICT when the mechanic already holds a live partnership of this type with the partner
   */
  async open(viewer: Viewer, values: PartnershipApplication, audit: Prisma.InputJsonObject): Promise<PartnershipRow> {
    return this.prisma.$transaction(async (tx) => {
      // Serializes applications to one partner, so two concurrent ones cannot both pass the check below.
      await lockPartnerProfile(tx, values.partnerId);
      const live = await tx.partnership.count({ where: { mechanicId: values.mechanicId, partnerId: values.partnerId, type: values.type, status: { in: LIVE } } });
      if (live > 0) throw conflict("You already have a partnership of this type with this partner");
      const created = await tx.partnership.create({ data: { ...values, status: "PENDING" } });
      await this.record(tx, viewer, created.id, "partnership.applied", audit);
      return created;
    });
  }

  /**
   * Makes `move` on `request.row` for `viewer`; returns the partnership as it is after the move.
   *
   * @throws FORBIDDEN when the viewer's role may not make the move (the rule map refuses it first)
   * @throws CONFLICT (`conflictMessage`) when the partnership is not, or no longer, in a state the move leaves for this viewer:
   *   STATUS_CONFLICT with its status now when its status is one the move does not leave
   */
  async make(viewer: Viewer, move: PartnershipMove, request: MoveRequest): Promise<PartnershipRow> {
    if (!mayMake(partnershipMachine, move, viewer.role)) throw forbidden();
    const { from, to } = partnershipMachine.moves[move];
    const changesStatus = !(from as readonly PartnershipStatus[]).includes(to);
    return this.prisma.$transaction(async (tx) => {
      await request.before?.(tx);
      const done = await tx.partnership.updateMany({
        where: { AND: [{ id: request.row.id }, partnershipActorScope(viewer, move), { status: { in: [...from] } }, request.guard ?? {}] },
        data: { ...request.data, status: to, ...(changesStatus ? { statusChangedById: viewer.id } : {}) },
      });
      if (done.count !== 1) {
        // Read again: the status read by the caller may have been moved by a concurrent change since.
        const current = await tx.partnership.findUniqueOrThrow({ where: { id: request.row.id }, select: { status: true } });
        // Still in a status the move leaves: the guard (or the actor's scope) refused it, not the status.
        if ((from as readonly PartnershipStatus[]).includes(current.status)) throw conflict(request.conflictMessage);
        throw statusConflict(request.conflictMessage, current.status);
      }
      // A suspend or terminate reason's flags commit with the move.
      await this.contentFlags.record(tx, viewer, { type: "Partnership", id: request.row.id });
      await request.after?.(tx);
      if (STOPS.includes(move)) await this.stock.releaseUnpaidStock(tx, request.row.id);
      await this.record(tx, viewer, request.row.id, AUDIT_ACTION[move], { from: request.row.status, ...request.audit });
      return tx.partnership.findUniqueOrThrow({ where: { id: request.row.id } });
    });
  }

  /**
   * The system suspends partnership `id` in the caller's `tx` when `due` (read after the
   * partnership's row is locked, so concurrent callers decide one after the other) answers the
   * audit data of why; `reason` becomes its status reason. Gives back the stock of its approved,
   * unpaid quotes, as any suspension does. Answers whether it moved: false when
   * `due` answers null or the partnership is not ACTIVE. Audited as "partnership.suspended" with no actor.
   */
  async suspendBySystem(tx: Tx, id: string, reason: string, due: () => Promise<Prisma.InputJsonObject | null>): Promise<boolean> {
    if (!mayMake(partnershipMachine, "suspend", "SYSTEM")) throw forbidden();
    await tx.$queryRaw`SELECT id FROM "Partnership" WHERE id = ${id}::uuid FOR UPDATE`;
    const why = await due();
    if (!why) return false;
    const { from, to } = partnershipMachine.moves.suspend;
    const { count } = await tx.partnership.updateMany({ where: { id, status: { in: [...from] } }, data: { status: to, statusReason: reason, statusChangedById: null } });
    if (count !== 1) return false;
    await this.stock.releaseUnpaidStock(tx, id);
    await this.audit.write([{ actor: null, action: AUDIT_ACTION.suspend, entityType: "Partnership", entityId: id, data: { from: "ACTIVE", reason, ...why } }], tx);
    return true;
  }

  private record(tx: Tx, viewer: Viewer, partnershipId: string, action: string, data: Prisma.InputJsonObject): Promise<void> {
    return auditPartnership(this.audit, tx, viewer, partnershipId, action, data);
  }
}

/** Writes one audit row about a partnership (entityType "Partnership") in `tx`. */
export function auditPartnership(audit: AuditService, tx: Tx, viewer: Viewer, partnershipId: string, action: string, data: Prisma.InputJsonObject): Promise<void> {
  return audit.write([{ actor: viewer, action, entityType: "Partnership", entityId: partnershipId, data }], tx);
}

/**
 * Demo data only (src/seed): inserts demo partnerships, each in the status it is given as given, with their fixed ids and backdated
 * timestamps. No checks, history, audit or events: the seed builds a consistent world
 * itself. Not for product code.
 */
export async function restoreDemoPartnerships(tx: Tx, partnerships: Prisma.PartnershipCreateManyInput[]): Promise<void> {
  await tx.partnership.createMany({ data: partnerships });
}
