import type { Viewer } from "../../platform/auth/viewer.ts";
import type { Prisma } from "../../platform/db/generated/client.ts";
import type { PrismaClient, Tx } from "../../platform/db/prisma.ts";

/** One row of the audit log: who (null: the system) did or read what, on which record, whose. */
export interface AuditEntry {
  /** The caller; a role without a viewer for rows written on someone's behalf (an offender's detected violation). */
  actor: Pick<Viewer, "id" | "role"> | null;
  /** Dotted verb, e.g. "customer.contact.read", "account.penalty.applied". */
  action: string;
  entityType: string;
  entityId: string;
  /** The person the row is about (a customer whose contact was read, a penalised mechanic). */
  subjectUserId?: string;
  /** Columns read or changed. */
  fields?: string[];
  data?: Prisma.InputJsonValue;
  /** When it happened; only the demo world's past moves give one (AuditService.asOf), else the database's now. */
  at?: Date;
}

/**
 * The only code that writes the audit log (the AuditLog table is append-only: nothing reads it
 * back in the API). Every audited change passes its transaction so the row commits with it.
 * `write` takes no StoreScope (shared/scope.ts): it appends and selects no existing row.
 */
export class AuditStore {
  constructor(private readonly prisma: PrismaClient) {}

  /** Appends `entries`, in `tx` when given (the change they record commits with them). */
  async write(entries: readonly AuditEntry[], tx: Pick<Tx, "auditLog"> = this.prisma): Promise<void> {
    if (!entries.length) return;
    await tx.auditLog.createMany({
      data: entries.map((entry) => ({
        actorId: entry.actor?.id ?? null,
        actorRole: entry.actor?.role ?? null,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId,
        subjectUserId: entry.subjectUserId ?? null,
        fields: entry.fields ?? [],
        data: entry.data,
        ...(entry.at ? { createdAt: entry.at } : {}),
      })),
    });
  }
}
