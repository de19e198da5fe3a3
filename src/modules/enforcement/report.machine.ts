import { RESOLUTION_MOVES, type ResolutionMove } from "../../domain/enforcement/resolution.ts";
import { defineMachine, mayMake, refusalOf } from "../../domain/state-machine.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { Tx } from "../../platform/db/prisma.ts";
import { forbidden, notFound, statusConflict } from "../../platform/errors.ts";
import type { AuditStore } from "../audit/audit.store.ts";
import { reportSelect, type ReportRow } from "./enforcement.store.ts";

/**
 * A solicitation report's resolution (SolicitationReport.status), the same moves as a complaint's:
 * a customer's report opens OPEN; an admin upholds it (RESOLVED) or dismisses it (REJECTED), once.
 */
export const REPORT_MACHINE = defineMachine("report", RESOLUTION_MOVES);

/** The only writer of SolicitationReport.status (and of its resolution columns and `openKey` with it). */
export class ReportMachine {
  constructor(private readonly audit: AuditStore) {}

  /**
   * An admin resolves an open report: one conditional UPDATE on (id, OPEN) with the admin, the
   * time and `note`, releasing its `openKey` (the customer may report the subject again), with its
   * audit row ("solicitation_report.upheld" / "...dismissed") in `tx`.
   *
   * @throws FORBIDDEN for anyone but an admin; NOT_FOUND for an unknown report; CONFLICT when already resolved
   */
  async resolve(tx: Tx, admin: Viewer, id: string, move: ResolutionMove, note: string | null, at: Date): Promise<ReportRow> {
    if (!mayMake(REPORT_MACHINE, move, admin.role)) throw forbidden();
    const { from, to } = REPORT_MACHINE.moves[move];
    const { count } = await tx.solicitationReport.updateMany({
      where: { id, status: { in: [...from] } },
      data: { status: to, openKey: null, resolvedById: admin.id, resolvedAt: at, resolutionNote: note },
    });
    if (count === 0) {
      const existing = await tx.solicitationReport.findUnique({ where: { id }, select: { status: true } });
      if (!existing) throw notFound("Report");
      throw statusConflict(refusalOf(REPORT_MACHINE, move, existing.status), existing.status);
    }
    const report = await tx.solicitationReport.findUniqueOrThrow({ where: { id }, select: reportSelect });
    await this.audit.write(
      [
        {
          actor: admin,
          action: move === "uphold" ? "solicitation_report.upheld" : "solicitation_report.dismissed",
          entityType: "SolicitationReport",
          entityId: id,
          ...(report.accusedId ? { subjectUserId: report.accusedId } : {}),
          fields: ["status"],
          data: { note },
        },
      ],
      tx,
    );
    return report;
  }
}
