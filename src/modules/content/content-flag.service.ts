import { randomUUID } from "node:crypto";
import type DataLoader from "dataloader";
import { currentContentFindings, type ContentPenalty, type RefusedContent } from "../../authz/content-enforce.ts";
import { isPenalisable, PENALISED_ROLES } from "../../domain/enforcement/penalty-ladder.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import type { ContactKind, Role } from "../../platform/db/generated/enums.ts";
import type { Tx } from "../../platform/db/prisma.ts";
import type { AuditEntry, AuditService } from "../audit/audit.service.ts";
import type { EnforcementService } from "../enforcement/enforcement.service.ts";
import { perTurnLoader } from "../shared/loader.ts";
import { toPage, type Page, type PageRequest } from "../shared/pagination.ts";
import { contentFlagScope } from "./content-flag.policy.ts";
import type { ContentFlagFilter, ContentFlagStore } from "./content-flag.store.ts";
import type { ContentFlag } from "./content-flag.types.ts";

/** What a flag shows besides its original; read by the enforcement module for a violation's flag. */
export { contentFlagSelect } from "./content-flag.store.ts";

/** The record a FREE_TEXT value was written to. */
export interface FlaggedEntity {
  type: string;
  id: string;
}

/** A text a write was refused for, where it is stored and who wrote it (`recordRefusedTexts`). */
export interface RefusedText {
  entity: FlaggedEntity;
  author: { id: string; role: Role };
  /** The field of the record (or the argument path of a refused input). */
  field: string;
  original: string;
  kinds: ContactKind[];
}

/**
 * Flags of contact details found in FREE_TEXT fields (authz/content-policy.ts). The edge masks the
 * text before the service runs; the service stores the masked text and calls `record` in the same
 * transaction, which keeps the original for admins, and for a professional author records a
 * violation and walks the penalty ladder (EnforcementService.penalise).
 */
export class ContentFlagService {
  /** Each viewer's (each request's) batch of writes to read, in that viewer's scope. */
  private readonly writes = new WeakMap<Viewer, DataLoader<string, ContentFlag[] | null>>();

  constructor(
    private readonly store: ContentFlagStore,
    private readonly audit: AuditService,
    private readonly enforcement: EnforcementService,
  ) {}

  /**
   * Records a NAME or ADDRESS_FIELD value the edge refused for contact details (nothing else was
   * written): a flag for admins (entity "RefusedInput", the author's own id; the operation in the
   * audit row `content.refused`), so refused attempts are seen and counted in review instead of
   * being a free way to try evasions. No penalty: the refused value reached nobody.
   */
  async recordRefused(author: Viewer, refusal: RefusedContent): Promise<void> {
    const { operationField, ...text } = refusal;
    await this.recordRefusedTexts(author, operationField, [{ ...text, entity: { type: "RefusedInput", id: author.id }, author }]);
  }

  /**
   * Records what a write was refused for when the refused texts are records someone else wrote
   * (a partner quote's lines showing the partner's catalog names, read together: PartnerQuoteService):
   * a flag per text, on its record and its author (a "CatalogPart", the partner), so admins review
   * the entries where they are, one write id for them all; the audit rows `content.refused` name
   * who made the write (`actor`, the quoting mechanic) and whose text it was. No penalty for anyone:
   * nothing reached the customer, and a detail made of two people's texts is for an admin to judge.
   */
  async recordRefusedTexts(actor: Viewer, operationField: string, texts: readonly RefusedText[]): Promise<void> {
    const writeId = randomUUID();
    await this.store.transaction(async (tx) => {
      const rows: AuditEntry[] = [];
      for (const text of texts) {
        const id = await this.store.create(tx, {
          entityType: text.entity.type,
          entityId: text.entity.id,
          field: text.field,
          authorId: text.author.id,
          authorRole: text.author.role,
          original: text.original,
          masked: "[refused]",
          kinds: text.kinds,
          writeId,
        });
        rows.push({
          actor,
          action: "content.refused",
          entityType: text.entity.type,
          entityId: text.entity.id,
          subjectUserId: text.author.id,
          fields: [text.field],
          data: { contentFlagId: id, kinds: text.kinds, operation: operationField },
        });
      }
      await this.audit.write(rows, tx);
    });
  }

  /**
   * Records the current operation's findings (if any) against the record that stores the masked
   * text, inside the caller's transaction: a flag is never written without its record, nor the
   * record without its flag. One write is one offence, however many of its fields held contact
   * details: a professional gets one violation, about its first penalisable field (else its first
   * field, for review), with the kinds of all of them; a customer's or admin's flags cost nothing.
   * Penalties are announced by the edge once the resolver succeeded.
   */
  async record(tx: Tx, author: Viewer, entity: FlaggedEntity): Promise<void> {
    const scope = currentContentFindings();
    if (!scope || scope.findings.length === 0) return;
    const flags: { id: string; field: string; kinds: ContactKind[] }[] = [];
    // One id for the write: its violation (about one of these flags) shows them all.
    const writeId = randomUUID();
    for (const finding of scope.findings) {
      const id = await this.store.create(tx, {
        entityType: entity.type,
        entityId: entity.id,
        field: finding.path,
        authorId: author.id,
        authorRole: author.role,
        original: finding.original,
        masked: finding.masked,
        kinds: finding.kinds,
        writeId,
      });
      flags.push({ id, field: finding.path, kinds: finding.kinds });
    }
    await this.audit.write(
      flags.map((flag) => ({
        actor: author,
        action: "content.flagged",
        entityType: entity.type,
        entityId: entity.id,
        subjectUserId: author.id,
        fields: [flag.field],
        data: { contentFlagId: flag.id, kinds: flag.kinds },
      })),
      tx,
    );
    const penalties: ContentPenalty[] = [];
    if (PENALISED_ROLES.has(author.role)) {
      const offence = flags.find((flag) => isPenalisable(flag.kinds)) ?? flags[0]!;
      const kinds = [...new Set(flags.flatMap((flag) => flag.kinds))].sort();
      const applied = await this.enforcement.penalise(tx, { offenderId: author.id, kinds, contentFlagId: offence.id, entityType: entity.type, entityId: entity.id, field: offence.field });
      if (applied) penalties.push({ userId: author.id, status: applied.status });
    }
    // Replaced, not appended: a retried transaction records again, and only its outcome counts.
    scope.recorded = true;
    scope.penalties = penalties;
  }

  /** Admins: flags, newest first, optionally of one record or one author (validated by the resolver). The original is read through the audited field. */
  async list(viewer: Viewer, filter: ContentFlagFilter, page: PageRequest): Promise<Page<ContentFlag>> {
    const { rows, totalCount } = await this.store.page(contentFlagScope(viewer), filter, page);
    return toPage(rows, page, totalCount, (row) => row.createdAt);
  }

  /**
   * Every flag of the write `writeId` (the fields one operation wrote with contact details), in the
   * order recorded: admins only (contentFlagScope: none for anyone else), without originals (read
   * through the audited `original`). Batched per viewer: a page of violations reads its writes'
   * flags in one go.
   */
  async ofWrite(viewer: Viewer, writeId: string): Promise<ContentFlag[]> {
    let batch = this.writes.get(viewer);
    if (!batch) {
      const scope = contentFlagScope(viewer);
      batch = perTurnLoader(async (writeIds) => {
        const byWrite = new Map<string, ContentFlag[]>();
        for (const flag of await this.store.ofWrites(scope, writeIds)) byWrite.set(flag.writeId, [...(byWrite.get(flag.writeId) ?? []), flag]);
        return byWrite;
      });
      this.writes.set(viewer, batch);
    }
    return (await batch.load(writeId)) ?? [];
  }

  /** The original text of a flag: admins only, the caller writes the read to the audit log first. */
  original(viewer: Viewer, id: string): Promise<string> {
    return this.store.original(contentFlagScope(viewer), id);
  }

  /**
   * What the author wrote in `field` (its argument path, e.g. "input.detail") of `entity`, where
   * the monitor masked it: admins only (null for anyone else), and the read is written to the audit
   * log (as a read of the flag's `original`) before it is returned. Null when nothing was masked there.
   */
  async originalOfField(viewer: Viewer, entity: FlaggedEntity, field: string): Promise<string | null> {
    const flag = await this.store.flagOfField(contentFlagScope(viewer), entity.type, entity.id, field);
    if (!flag) return null;
    await this.audit.write([{ actor: viewer, action: "content.original.read", entityType: "ContentFlag", entityId: flag.id, subjectUserId: flag.authorId, fields: ["original"] }]);
    return flag.original;
  }
}
