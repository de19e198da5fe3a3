import { RESOLUTION_MOVES, type ResolutionMove } from "../../domain/enforcement/resolution.ts";
import { defineMachine, mayMake, refusalOf } from "../../domain/state-machine.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { Tx } from "../../platform/db/prisma.ts";
import { forbidden, notFound, statusConflict } from "../../platform/errors.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { Complaint } from "./complaint.type.ts";
import { complaintSelect } from "./quote.store.ts";

/**
 * A complaint's resolution (Complaint.status). Filing opens it OPEN (the schema's default); an
 * admin upholds it (RESOLVED) or dismisses it (REJECTED), once, with a note.
 */
export const COMPLAINT_MACHINE = defineMachine("complaint", RESOLUTION_MOVES);

/** The only writer of Complaint.status (and of its resolution columns and `openKey` with it). */
export class ComplaintMachine {
  constructor(private readonly audit: AuditService) {}

  /**
   * An admin resolves an open complaint: one conditional UPDATE on (id, OPEN) with the admin, the
   * time and `note`, releasing its `openKey` (its customer may complain about the quote again),
   * and its audit row ("complaint.upheld" / "complaint.dismissed"), in `tx`. Answers the complaint
   * and its customer's id (not a field of Complaint: the suspension counts customers).
   *
   * @throws FORBIDDEN for anyone but an admin; NOT_FOUND for an unknown complaint; CONFLICT when already resolved
   */
  async resolve(tx: Tx, admin: Viewer, id: string, move: ResolutionMove, note: string | null, at: Date): Promise<{ complaint: Complaint; customerId: string }> {
    if (!mayMake(COMPLAINT_MACHINE, move, admin.role)) throw forbidden();
    const { from, to } = COMPLAINT_MACHINE.moves[move];
    const { count } = await tx.complaint.updateMany({ where: { id, status: { in: [...from] } }, data: { status: to, openKey: null, resolvedById: admin.id, resolvedAt: at, resolutionNote: note } });
    if (count === 0) {
      const existing = await tx.complaint.findUnique({ where: { id }, select: { status: true } });
      if (!existing) throw notFound("Complaint");
      throw statusConflict(refusalOf(COMPLAINT_MACHINE, move, existing.status), existing.status);
    }
    const complaint = await tx.complaint.findUniqueOrThrow({ where: { id }, select: { ...complaintSelect, customerId: true } });
    await this.audit.write(
      [
        {
          actor: admin,
          action: move === "uphold" ? "complaint.upheld" : "complaint.dismissed",
          entityType: "Complaint",
          entityId: id,
          subjectUserId: complaint.customerId,
          fields: ["status"],
          data: { note, partnershipId: complaint.partnershipId },
        },
      ],
      tx,
    );
    const { customerId, ...shown } = complaint;
    return { complaint: shown, customerId };
  }
}
