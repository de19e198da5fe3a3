import { ACROSS_FIELDS_PROBLEM, isReadAs, nameHoldsContactDetails, readWriteTogether, refusedKinds, type BurstRule, type RefusedContent } from "../../authz/content-enforce.ts";
import { nameFieldsOf, type ContentRule } from "../../authz/content-policy.ts";
import type { ContactKind, DetectionOptions } from "../../domain/contacts/contact-detector.ts";
import { checkImportRows, readImport, type ImportRejection, type RowCheck } from "../../domain/partnerships/catalog-import.ts";
import { isoDay } from "../../domain/partnerships/partnership-rules.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import { forbidden, inputPath, notFound, statusConflict } from "../../platform/errors.ts";
import type { AuditService } from "../audit/audit.service.ts";
import { checkInput } from "../shared/validation.ts";
import { CatalogPartInput, type CatalogFormat, type LaborRateInput } from "./partnership.inputs.ts";
import { auditPartnership, type PartnershipRow } from "./partnership.machine.ts";
import { partnershipsOf } from "./partnership.policy.ts";
import { storedDay, type CatalogPartRow, type LaborRateRow, type PartnershipStore } from "./partnership.store.ts";
import type { CatalogImportReport, CatalogPart, LaborRate, Partnership } from "./partnership.type.ts";

/** Rows per statement and transaction of a price list import: 5,000 rows are 10 short transactions. */
const IMPORT_BATCH_ROWS = 500;
/** At most this many rejections are reported back. */
const MAX_REPORTED_REJECTIONS = 500;

/**
 * A partner's price list under a partnership: parts and labor rates, one at a time or imported in
 * bulk (all or nothing). Only the partner writes it, and not once the partnership is terminated;
 * every write is audited.
 */
export class CatalogService {
  constructor(
    private readonly store: PartnershipStore,
    private readonly audit: AuditService,
    /** The contact detector's options for the rows' NAME fields, as the content policy reads the upsert (config.platformDomains among them). */
    private readonly detection: DetectionOptions,
    /** Records a value refused for contact details for admins, as the edge does for a refused upsert (ContentFlagService.recordRefused). */
    private readonly recordRefused: (author: Viewer, refusal: RefusedContent) => Promise<void>,
  ) {}

  /**
   * Adds or changes a part, keyed by part number and validFrom (input parsed by the resolver).
   *
   * @throws NOT_FOUND outside the viewer's partnerships; FORBIDDEN unless the viewer is its partner; CONFLICT once terminated
   */
  async upsertCatalogPart(viewer: Viewer, partnershipId: string, part: CatalogPartInput): Promise<CatalogPart> {
    const row = await this.findAsPartner(viewer, partnershipId);
    const saved = await this.store.transaction(async (tx) => {
      const written = await this.store.upsertPart(tx, row.id, part);
      await auditPartnership(this.audit, tx, viewer, row.id, "partnership.catalog_part_upserted", { partNumber: part.partNumber, validFrom: part.validFrom, retailPriceCents: part.retailPriceCents });
      return written;
    });
    return toCatalogPart(saved);
  }

  /**
   * Adds or changes a labor rate, keyed by service category and validFrom; it carries the
   * partnership's commission at the time it is written.
   *
   * @throws as upsertCatalogPart
   */
  async upsertLaborRate(viewer: Viewer, partnershipId: string, rate: LaborRateInput): Promise<LaborRate> {
    const row = await this.findAsPartner(viewer, partnershipId);
    const columns = {
      ratePerHourCents: rate.ratePerHourCents,
      mechanicRateCents: rate.mechanicRateCents,
      mechanicCommissionBasisPoints: row.commissionBasisPoints,
      validUntil: rate.validUntil ? storedDay(rate.validUntil) : null,
    };
    const saved = await this.store.transaction(async (tx) => {
      const written = await this.store.upsertLaborRate(tx, row.id, rate, columns);
      await auditPartnership(this.audit, tx, viewer, row.id, "partnership.labor_rate_upserted", {
        serviceCategory: rate.serviceCategory,
        validFrom: rate.validFrom,
        mechanicRateCents: rate.mechanicRateCents,
      });
      return written;
    });
    return toLaborRate(saved);
  }

  /**
   * All or nothing: every row is validated first (validateCatalogImport); one rejected row and
   * nothing is written, and the report lists the first 500 rejections.
   *
   * @throws as upsertCatalogPart
   */
  async importCatalog(viewer: Viewer, partnershipId: string, format: CatalogFormat, content: string): Promise<CatalogImportReport> {
    const row = await this.findAsPartner(viewer, partnershipId);
    const { parts, rejected, refused } = validateCatalogImport(format, content, this.detection);
    if (rejected.length) {
      // One import is one attempt: its first value refused for contact details is flagged for admins,
      // with the kinds of all of them, as a refused upsert is (nothing was written).
      const [first] = refused;
      if (first) {
        const kinds = [...new Set(refused.flatMap((r) => r.kinds))].sort();
        await this.recordRefused(viewer, { operationField: "Mutation.importCatalog", field: `content[${first.row}].${first.field}`, original: first.original, kinds });
      }
      return { applied: false, importedCount: 0, rejected: rejected.slice(0, MAX_REPORTED_REJECTIONS) };
    }
    // Every row was validated above, so the writes cannot be refused. They go in batches, each one
    // multi-row upsert in its own short transaction: 5,000 row-by-row upserts in one transaction
    // held the embedded database's one connection for 30 s, and outlived the request timeout
    // before it committed. Each row is keyed (partnership, part number, validFrom), so a batch
    // written twice (a retry after a failure part-way) writes the same rows again.
    for (let start = 0; start < parts.length; start += IMPORT_BATCH_ROWS) {
      const batch = parts.slice(start, start + IMPORT_BATCH_ROWS);
      const last = start + IMPORT_BATCH_ROWS >= parts.length;
      await this.store.transaction(async (tx) => {
        await this.store.upsertParts(tx, row.id, batch);
        if (last) await auditPartnership(this.audit, tx, viewer, row.id, "partnership.catalog_imported", { format, rows: parts.length });
      });
    }
    return { applied: true, importedCount: parts.length, rejected: [] };
  }

  /** The parts of a partnership the viewer reached; `currentOnly`: those valid today, the ones a quote can use. */
  async catalogParts(partnership: Partnership, currentOnly: boolean, now = new Date()): Promise<CatalogPart[]> {
    return (await this.store.catalogParts(partnership.id, currentOnly ? now : null)).map(toCatalogPart);
  }

  /** The labor rates of a partnership the viewer reached; `currentOnly`: those valid today. */
  async laborRates(partnership: Partnership, currentOnly: boolean, now = new Date()): Promise<LaborRate[]> {
    return (await this.store.laborRates(partnership.id, currentOnly ? now : null)).map(toLaborRate);
  }

  /** The partnership, when the viewer is its partner and it is not terminated. */
  private async findAsPartner(viewer: Viewer, id: string): Promise<PartnershipRow> {
    const row = await this.store.find(partnershipsOf(viewer), id);
    if (!row) throw notFound("Partnership");
    if (row.partnerId !== viewer.id) throw forbidden("Only the partner manages its price list");
    if (row.status === "TERMINATED") throw statusConflict("This partnership is terminated", row.status);
    return row;
  }
}

/**
 * CatalogPartInput's NAME fields (authz/content-policy.ts) in the order the edge reads the upsert's
 * (the part number, read as one, after the names it is shown with): a row with a contact detail in
 * one, or across them, is rejected, like the upsert.
 */
const NAME_FIELDS = (nameFieldsOf("CatalogPartInput") as Array<[keyof CatalogPartInput, ContentRule]>).sort(([, a], [, b]) => Number(isReadAs(a)) - Number(isReadAs(b)));

/** A row's value refused for contact details, for the admins' record only (never in the report a partner reads). */
export interface RefusedRowValue {
  /** The row's place in the import, counted from 1 as the report counts it. */
  row: number;
  field: string;
  original: string;
  kinds: ContactKind[];
}

/**
 * One import row: CatalogPartInput's checks, then the content policy's NAME rules read with
 * `detection`, each field alone, then the row's fields together (readWriteTogether: a name ending in
 * an area code and a part number opening with the rest), as the edge reads the upsert; each value
 * refused for contact details is added to `refused`.
 */
const rowCheck =
  (detection: DetectionOptions, refused: RefusedRowValue[]): RowCheck<CatalogPartInput> =>
  (record, row) => {
    const result = checkInput(CatalogPartInput, record);
    if ("problems" in result) return { problems: result.problems.map(({ path, problem }) => ({ field: inputPath(path) || "row", reason: problem })) };
    const problems: { field: string; reason: string }[] = [];
    for (const [field, rule] of NAME_FIELDS) {
      const original = String(result.value[field] ?? "");
      if (!nameHoldsContactDetails(rule, original, detection)) continue;
      refused.push({ row, field, original, kinds: refusedKinds(rule, original, detection) });
      problems.push({ field, reason: "must not contain contact details" });
    }
    if (problems.length) return { problems };
    const texts = NAME_FIELDS.map(([field, rule]) => ({ path: [field], rule: rule as BurstRule, text: String(result.value[field] ?? "") }));
    const { readings } = readWriteTogether(texts, detection);
    texts.forEach(({ path: [field], text }, i) => {
      const reading = readings[i];
      if (!reading?.refused) return;
      refused.push({ row, field: String(field), original: text, kinds: reading.kinds });
      problems.push({ field: String(field), reason: ACROSS_FIELDS_PROBLEM });
    });
    return problems.length ? { problems } : { part: result.value };
  };

/**
 * Parses and validates a whole import (domain/partnerships/catalog-import.ts with this module's
 * row check). Every row is checked and every problem reported (row, field, reason; never the
 * submitted value), including a part number repeated for the same validFrom. `detection` is the
 * contact detector's options (the platform's own domains), as the content policy has them.
 */
export function validateCatalogImport(format: "CSV" | "JSON", content: string, detection: DetectionOptions): { parts: CatalogPartInput[]; rejected: ImportRejection[]; refused: RefusedRowValue[] } {
  const read = readImport(format, content);
  if ("rejected" in read) return { parts: [], rejected: read.rejected, refused: [] };
  const refused: RefusedRowValue[] = [];
  return { ...checkImportRows(read.records, rowCheck(detection, refused), (part) => `${part.partNumber}\u0000${part.validFrom}`), refused };
}

function toCatalogPart(row: CatalogPartRow): CatalogPart {
  return { ...row, validFrom: isoDay(row.validFrom), validUntil: row.validUntil ? isoDay(row.validUntil) : null };
}

function toLaborRate(row: LaborRateRow): LaborRate {
  return { ...row, validFrom: isoDay(row.validFrom), validUntil: row.validUntil ? isoDay(row.validUntil) : null };
}
