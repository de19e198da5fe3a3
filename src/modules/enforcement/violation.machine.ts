import { defineMachine, mayMake, refusalOf } from "../../domain/state-machine.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { Prisma } from "../../platform/db/generated/client.ts";
import type { Tx } from "../../platform/db/prisma.ts";
import { forbidden, notFound, statusConflict } from "../../platform/errors.ts";
import type { AuditStore } from "../audit/audit.store.ts";

/**
 * A contact violation's review (ContactViolation.status). A violation opens OPEN when the monitor
 * finds contact details (its penalty, if any, applies at once); an admin confirms it (the penalty
 * stands) or dismisses it as a false positive (the enforcement service then reverses the penalty).
 */
export const VIOLATION_MACHINE = defineMachine("violation", {
  confirm: { from: ["OPEN"], to: "CONFIRMED", who: ["ADMIN"], verb: "confirmed" },
  dismiss: { from: ["OPEN"], to: "DISMISSED", who: ["ADMIN"], verb: "dismissed" },
});

export type ViolationMove = keyof typeof VIOLATION_MACHINE.moves;

/** The only writer of ContactViolation.status (and of its review columns with it). */
export class ViolationMachine {
  constructor(private readonly audit: AuditStore) {}

  /**
   * An admin reviews an open violation: one conditional UPDATE on (id, OPEN) setting the reviewer,
   * the time and `note`, with its audit row ("chat.contact_violation.confirmed" / "...dismissed", "content." for a
   * violation in a written field, as its detection is named), in `tx`.
   * Answers the violation's offender and penalty.
   *
   * @throws FORBIDDEN for anyone but an admin; NOT_FOUND for an unknown violation; CONFLICT when already reviewed
   */
  async review(tx: Tx, admin: Viewer, id: string, move: ViolationMove, note: string | null, at: Date): Promise<{ offenderId: string; penalty: { id: string; reversedAt: Date | null } | null }> {
    if (!mayMake(VIOLATION_MACHINE, move, admin.role)) throw forbidden();
    const { from, to } = VIOLATION_MACHINE.moves[move];
    const { count } = await tx.contactViolation.updateMany({ where: { id, status: { in: [...from] } }, data: { status: to, reviewedById: admin.id, reviewedAt: at, reviewNote: note } });
    if (count === 0) {
      const existing = await tx.contactViolation.findUnique({ where: { id }, select: { status: true } });
      if (!existing) throw notFound("Violation");
      throw statusConflict(refusalOf(VIOLATION_MACHINE, move, existing.status), existing.status);
    }
    const { messageId, ...violation } = await tx.contactViolation.findUniqueOrThrow({
      where: { id },
      select: { offenderId: true, messageId: true, penalty: { select: { id: true, reversedAt: true } } },
    });
    // Named by where it was found, as its detection was ("chat." for a message, "content." for a written field).
    const source = messageId ? "chat" : "content";
    await this.audit.write(
      [
        {
          actor: admin,
          action: `${source}.contact_violation.${to.toLowerCase()}`,
          entityType: "ContactViolation",
          entityId: id,
          subjectUserId: violation.offenderId,
          fields: ["status"],
          data: { note },
        },
      ],
      tx,
    );
    return violation;
  }
}

/**
 * Demo data only (src/seed): inserts demo contact violations, each in the status it is given as given, with their fixed ids and backdated
 * timestamps. No checks, history, audit or events: the seed builds a consistent world
 * itself. Not for product code.
 */
export async function restoreDemoViolations(tx: Tx, violations: Prisma.ContactViolationCreateManyInput[]): Promise<void> {
  await tx.contactViolation.createMany({ data: violations });
}
