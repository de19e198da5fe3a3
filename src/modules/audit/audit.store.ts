import type { Viewer } from "../../platform/auth/viewer.ts";
import { Prisma } from "../../platform/db/generated/client.ts";
import type { PrismaClient, Tx } from "../../platform/db/prisma.ts";
import { afterTimestamp, type PageRequest } from "../shared/pagination.ts";

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
 * Audit rows a statement writes from rows of its own (a move's RETURNING, in a CTE): one row per
 * row of `from`, each value an SQL expression over it where the entry's varies (`entityId`,
 * `data` as jsonb), so the move and its audit are one round trip.
 */
export interface AuditRowsSql {
  actor: Pick<Viewer, "id" | "role"> | null;
  action: Prisma.Sql;
  entityType: string;
  entityId: Prisma.Sql;
  data: Prisma.Sql;
  /** The relation the rows come from: a CTE's name. */
  from: Prisma.Sql;
  /** As AuditEntry's `at`; else the client's clock, as Prisma's createMany writes `@default(now())`. */
  at?: Date;
}

/** Which audit rows an admin asks for: of one action, about one record (type and id), by one actor, in [from, to); each optional. */
export interface AuditFilter {
  action?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  actorId?: string | null;
  subjectUserId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

const auditSelect = { id: true, actorId: true, actorRole: true, action: true, entityType: true, entityId: true, subjectUserId: true, fields: true, data: true, createdAt: true } as const;
export type AuditRow = Prisma.AuditLogGetPayload<{ select: typeof auditSelect }>;

/**
 * The only code that writes and reads the audit log (the AuditLog table is append-only; admins
 * read it through `page`). Every audited change passes its transaction so the row commits with it.
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

  /**
   * The INSERT of `rows` (AuditRowsSql), for a CTE of the statement that produces them. The same
   * columns as `write`'s: the actor and their role, no subject, no fields.
   */
  insertSql(rows: AuditRowsSql): Prisma.Sql {
    // The cast drops the Z: the column has no zone, and holds UTC (as Prisma writes it).
    const at = (rows.at ?? new Date()).toISOString();
    return Prisma.sql`
      INSERT INTO "AuditLog" (id, "actorId", "actorRole", action, "entityType", "entityId", "subjectUserId", fields, data, "createdAt")
      SELECT gen_random_uuid(), ${rows.actor?.id ?? null}::uuid, ${rows.actor?.role ?? null}::"Role", ${rows.action}, ${rows.entityType}, ${rows.entityId}, NULL, '{}', ${rows.data}, ${at}::timestamp
      FROM ${rows.from}`;
  }

  /** Whether `tx` sees a row of one of `entry.actions` on its record written for Stripe event `eventId` (its data's `eventId`). */
  async writtenForEvent(tx: Pick<Tx, "auditLog">, entry: Pick<AuditEntry, "entityType" | "entityId"> & { actions: readonly string[] }, eventId: string): Promise<boolean> {
    const where = { action: { in: [...entry.actions] }, entityType: entry.entityType, entityId: entry.entityId, data: { path: ["eventId"], equals: eventId } };
    return (await tx.auditLog.count({ where })) > 0;
  }

  /** One page of rows matching `filter`, newest first (keyset after `page.after`, `page.take + 1` rows), and the total count. */
  async page(filter: AuditFilter, page: PageRequest): Promise<{ rows: AuditRow[]; totalCount: number }> {
    const where: Prisma.AuditLogWhereInput = {
      ...(filter.action ? { action: filter.action } : {}),
      ...(filter.entityType ? { entityType: filter.entityType } : {}),
      ...(filter.entityId ? { entityId: filter.entityId } : {}),
      ...(filter.actorId ? { actorId: filter.actorId } : {}),
      ...(filter.subjectUserId ? { subjectUserId: filter.subjectUserId } : {}),
      ...(filter.from || filter.to ? { createdAt: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lt: filter.to } : {}) } } : {}),
    };
    const [rows, totalCount] = await Promise.all([
      this.prisma.auditLog.findMany({
        where: { AND: [where, afterTimestamp("createdAt", page.after, "desc")] },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: page.take + 1,
        select: auditSelect,
      }),
      this.prisma.auditLog.count({ where }),
    ]);
    return { rows, totalCount };
  }
}
