import DataLoader from "dataloader";
import type { CustomerField } from "../../authz/customer-access.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { Tx } from "../../platform/db/prisma.ts";
import { perTurn } from "../shared/loader.ts";
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
   * was written for that event already, under its action or one of `otherActions` (the actions the
   * same effect is written as in other states of the record): concurrent deliveries of one event
   * may all get past the webhook's dedupe (and a redelivery of one left unprocessed runs again), so
   * an effect that is not a conditional move writes its row once this way. Only in `tx`, behind a
   * lock every processor of the event takes first (the record's row), so the check sees a
   * concurrent row.
   */
  async writeOncePerEvent(entry: AuditEntry, eventId: string, tx: Pick<Tx, "auditLog">, otherActions: readonly string[] = []): Promise<void> {
    if (await this.store.writtenForEvent(tx, { ...entry, actions: [entry.action, ...otherActions] }, eventId)) return;
    await this.write([{ ...entry, data: { ...(entry.data as Record<string, unknown> | undefined), eventId } as AuditEntry["data"] }], tx);
  }

  /**
   * Admins: the audit log of one action, about one record (`entityType` with `entityId`), by one
   * actor and/or in [from, to), newest first. The admin-only rule is the rule map's (audit.policy.ts); `filter`
   * arrives parsed by the resolver (AuditLogFilter: an id needs its type, `from` not after `to`).
   */
  async query(filter: AuditLogFilter, page: PageRequest): Promise<Page<AuditEntryView>> {
    const { rows, totalCount } = await this.store.page(filter, page);
    return toPage(rows.map(toAuditEntryView), page, totalCount, (row) => row.createdAt);
  }

  /** A recorder for one operation's audited reads (customer contact details, masked originals). */
  reads(viewer: Viewer | null): ReadRecorder {
    return new ReadRecorder(this, viewer);
  }
}

/** One audited read: `field` of a record, about the person `subjectUserId` (a customer, a message's sender). */
export interface AuditedRead {
  /** Dotted verb: "customer.contact.read", "content.original.read". */
  action: string;
  entityType: string;
  entityId: string;
  subjectUserId: string | null;
  field: string;
}

/**
 * Collects an admin's audited reads during one operation (over HTTP, or one subscription's events)
 * and writes one audit row per record read, with the fields read, batched per turn (a DataLoader,
 * as the services batch their reads: shared/loader.ts). A field's value is returned only after its
 * read is on record: `record` resolves once the row is written.
 */
export class ReadRecorder {
  private readonly reads = new DataLoader<AuditedRead, void>((reads) => this.write(reads), perTurn());

  constructor(
    private readonly audit: AuditService,
    private readonly viewer: Viewer | null,
  ) {}

  /** A read of a customer's contact field (`customer.contact.read`). */
  customerContact(customerId: string, field: CustomerField): Promise<void> {
    return this.record({ action: "customer.contact.read", entityType: "Customer", entityId: customerId, subjectUserId: customerId, field });
  }

  record(read: AuditedRead): Promise<void> {
    return this.reads.load(read);
  }

  /** One row per record of one batch's `reads`, with every field read of it. */
  private async write(reads: readonly AuditedRead[]): Promise<void[]> {
    const records = new Map<string, { read: AuditedRead; fields: Set<string> }>();
    for (const read of reads) {
      const key = `${read.action} ${read.entityType} ${read.entityId}`;
      const record = records.get(key) ?? { read, fields: new Set<string>() };
      record.fields.add(read.field);
      records.set(key, record);
    }
    await this.audit.write(
      [...records.values()].map(({ read, fields }) => ({
        actor: this.viewer,
        action: read.action,
        entityType: read.entityType,
        entityId: read.entityId,
        ...(read.subjectUserId && { subjectUserId: read.subjectUserId }),
        fields: [...fields].sort(),
      })),
    );
    return reads.map(() => undefined);
  }
}
