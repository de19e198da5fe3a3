// A mechanic's vetting: the transition table and the one code that writes MechanicProfile.vettingStatus.
import { defineMachine, mayMake, refusalOf } from "../../domain/state-machine.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { MechanicVettingStatus } from "../../platform/db/generated/enums.ts";
import type { PrismaClient, Tx } from "../../platform/db/prisma.ts";
import { forbidden, notFound, statusConflict } from "../../platform/errors.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { ContentFlagService } from "../content/content-flag.service.ts";

/**
 * A mechanic's vetting (issue 18, seed 000 "mechanic vetting"): a new mechanic is PENDING until an
 * admin approves them after the identity and qualification checks; only an APPROVED mechanic claims
 * paid sessions. An admin may reject a pending mechanic, revoke an approval (reject), or approve a
 * rejected one after new checks. Admins act on every mechanic (no actor scope narrows them).
 */
export const vettingMachine = defineMachine<VettingMove, MechanicVettingStatus>("mechanic vetting", {
  approve: { from: ["PENDING", "REJECTED"], to: "APPROVED", who: ["ADMIN"], verb: "approved" },
  reject: { from: ["PENDING", "APPROVED"], to: "REJECTED", who: ["ADMIN"], verb: "rejected" },
});
export type VettingMove = "approve" | "reject";

/**
 * The only writer of MechanicProfile.vettingStatus (with its reason, time and admin): one
 * conditional UPDATE on (mechanic, a status the move leaves) with its audit row
 * (`mechanic.vetting.approved` / `.rejected`) and the content flags of its reason in the same transaction.
 */
export class MechanicVettingMachine {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly audit: AuditService,
    private readonly contentFlags: ContentFlagService,
  ) {}

  /**
   * @throws FORBIDDEN for a role the table's `who` lacks; NOT_FOUND for an account that is not a
   *   mechanic; CONFLICT ("An approved mechanic vetting cannot be approved") when its status is not one the move leaves
   */
  async move(admin: Viewer, mechanicId: string, move: VettingMove, reason: string | null, now = new Date()): Promise<void> {
    if (!mayMake(vettingMachine, move, admin.role)) throw forbidden();
    const { from, to } = vettingMachine.moves[move];
    const moved = await this.prisma.$transaction(async (tx) => {
      const { count } = await tx.mechanicProfile.updateMany({
        where: { userId: mechanicId, vettingStatus: { in: [...from] } },
        data: { vettingStatus: to, vettingReason: reason, vettedAt: now, vettedById: admin.id },
      });
      if (count === 1) {
        await this.contentFlags.record(tx, admin, { type: "MechanicProfile", id: mechanicId });
        await this.audit.write(
          [{ actor: admin, action: `mechanic.vetting.${to.toLowerCase()}`, entityType: "MechanicProfile", entityId: mechanicId, subjectUserId: mechanicId, data: { reason } }],
          tx,
        );
      }
      return count === 1;
    });
    if (moved) return;
    const current = await this.prisma.mechanicProfile.findUnique({ where: { userId: mechanicId }, select: { vettingStatus: true } });
    if (!current) throw notFound("Mechanic");
    throw statusConflict(refusalOf(vettingMachine, move, current.vettingStatus), current.vettingStatus);
  }
}

/**
 * Demo data only (src/seed): sets the demo mechanics' vetting as given (the decision an admin
 * made before the demo starts), written directly. No checks, history or audit: the seed builds
 * a consistent world itself. Not for product code.
 */
export async function restoreDemoVetting(
  tx: Tx,
  mechanicIds: readonly string[],
  vetting: { vettingStatus: MechanicVettingStatus; vettingReason: string | null; vettedAt: Date | null },
): Promise<void> {
  await tx.mechanicProfile.updateMany({ where: { userId: { in: [...mechanicIds] } }, data: vetting });
}
