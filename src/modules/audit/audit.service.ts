import type { CustomerField } from "../../authz/customer-access.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { Tx } from "../../platform/db/prisma.ts";
import { toPage, type Page, type PageRequest } from "../shared/pagination.ts";
import type { AuditEntry, AuditRowsSql, AuditStore } from "./audit.store.ts";
import { toAuditEntryView, type AuditEntryView, type AuditLogFilter } from "./audit.types.ts";

export type { AuditEntry } from "./audit.store.ts";

/** The audit log: who did or read what, whose, when. */
export class AuditService {
  constructor(
    private readonly store: AuditStore,
    private readonly at: Date | null = null,
  ) {}

  /**
   * The same log, every row dated `at`: for the demo world (src/seed), whose history is made by
   * the machines' own moves, as they would have been made at that moment. Not for product code.
   */
  asOf(at: Date): AuditService {
    return new AuditService(this.store, at);
  }

  /** Appends `entries` to the log, in `tx` when given (see AuditStore.write). */
  write(entries: readonly AuditEntry[], tx?: Pick<Tx, "auditLog">): Promise<void> {
    const at = this.at;
    return this.store.write(at ? entries.map((entry) => ({ ...entry, at })) : entries, tx);
  }

  /** The INSERT of audit rows a statement writes from its own rows (AuditStore.insertSql), dated as `write` dates them. */
  insertSql(rows: AuditRowsSql): ReturnType<AuditStore["insertSql"]> {
    return this.store.insertSql(this.at ? { ...rows, at: this.at } : rows);
  }

  /**
   * Appends `entry`, an effect of Stripe event `eventId` (named in its data), unless a row of it
   * was written for that event already: concurrent deliveries of one event may all get past the
   * webhook's dedupe (and a redelivery of one left unprocessed runs again), so an effect that is
   * not a conditional move writes its row once this way. Only in `tx`, behind a lock every
   * processor of the event takes first (the record's row), so the check sees a concurrent row.
   */
  async writeOncePerEvent(entry: AuditEntry, eventId: string, tx: Pick<Tx, "auditLog">): Promise<void> {
    if (await this.store.writtenForEvent(tx, entry, eventId)) return;
    await this.write([{ ...entry, data: { ...(entry.data as Record<string, unknown> | undefined), eventId } as AuditEntry["data"] }], tx);
  }

  /**
   * Admins: the audit log about one record (`entityType` with `entityId`), by one actor and/or in
   * [from, to), newest first. The admin-only rule is the rule map's (audit.policy.ts); `filter`
   * arrives parsed by the resolver (AuditLogFilter: an id needs its type, `from` not after `to`).
   */
  async query(filter: AuditLogFilter, page: PageRequest): Promise<Page<AuditEntryView>> {
    const { rows, totalCount } = await this.store.page(filter, page);
    return toPage(rows.map(toAuditEntryView), page, totalCount, (row) => row.createdAt);
  }

  /** A recorder for one request's reads of customer contact details. */
  contactReads(viewer: Viewer | null): ContactReadRecorder {
    return new ContactReadRecorder(this, viewer);
  }
}

/**
 * Collects an admin's reads of customer contact fields during one operation and writes one audit
 * row per customer, batched per tick. A field's value is returned only after its read is on record.
 */
export class ContactReadRecorder {
  private pending = new Map<string, Set<CustomerField>>();
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly audit: AuditService,
    private readonly viewer: Viewer | null,
  ) {}

  record(customerId: string, field: CustomerField): Promise<void> {
    const fields = this.pending.get(customerId) ?? new Set();
    fields.add(field);
    this.pending.set(customerId, fields);
    this.flushing ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.flush());
    return this.flushing;
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    this.flushing = null;
    await this.audit.write(
      [...batch].map(([customerId, fields]) => ({
        actor: this.viewer,
        action: "customer.contact.read",
        entityType: "Customer",
        entityId: customerId,
        subjectUserId: customerId,
        fields: [...fields].sort(),
      })),
    );
  }
}
