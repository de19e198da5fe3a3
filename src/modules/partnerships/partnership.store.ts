import { marginBasisPoints } from "../../domain/partnerships/catalog-import.ts";
import { validOn, type ContractState } from "../../domain/partnerships/partnership-rules.ts";
import { Prisma } from "../../platform/db/generated/client.ts";
import type { PartnershipStatus } from "../../platform/db/generated/enums.ts";
import type { PrismaClient, Tx } from "../../platform/db/prisma.ts";
import { rowsIn, type AnyTx } from "../../platform/db/sql.ts";
import type { PaymentStore } from "../payments/payment.store.ts";
import type { QuoteStore } from "../quotes/quote.store.ts";
import { parseCalendarDay } from "../shared/dates.ts";
import { timestampPage, type Direction, type PageRequest } from "../shared/pagination.ts";
import { whereOf, type StoreScope } from "../shared/scope.ts";
import type { CatalogPartInput, LaborRateInput } from "./partnership.inputs.ts";
import type { PartnershipRow } from "./partnership.machine.ts";

/** Which partnerships a store call may touch: partnershipScope's filter for a viewer, or the system's. */
export type PartnershipScope = StoreScope<Prisma.PartnershipWhereInput>;
/** Conditions on a page of partnerships besides the scope: a status; both parties' acceptance (the verification queue). */
export interface PartnershipFilter {
  status?: PartnershipStatus | null;
  bothAccepted?: boolean;
}
export type CatalogPartRow = Prisma.PartnerCatalogPartGetPayload<object>;
export type LaborRateRow = Prisma.PartnerLaborRateGetPayload<object>;

/** A validated `YYYY-MM-DD` (shared/dates.ts's calendarDay) as the UTC midnight it is stored as. */
export function storedDay(value: string): Date {
  const date = parseCalendarDay(value);
  if (!date) throw new Error("an unvalidated calendar day reached the store");
  return date;
}

/** The partner organization's public columns (PartnerOrganization), read through a partnership. */
export const organizationSelect = { userId: true, organizationName: true, verifiedAt: true, workshopId: true } as const;
export type OrganizationRow = Prisma.PartnerProfileGetPayload<{ select: typeof organizationSelect }>;

/** What quoting under a partnership reads of it: its parties, contract state and quoting terms (amounts in cents, commission in basis points). */
export interface QuotingTerms extends ContractState {
  id: string;
  mechanicId: string;
  partnerId: string;
  type: "WORKSHOP" | "SUPPLIER" | "NETWORK";
  canCreateQuotes: boolean;
  quoteApprovalRequired: boolean;
  autoApproveBelowCents: number | null;
  maxQuoteAmountCents: number;
  commissionBasisPoints: number;
}

/** The partnership terms the partner sets (updatePermissions). */
export interface PermissionColumns {
  canCreateQuotes: boolean;
  quoteApprovalRequired: boolean;
  autoApproveBelowCents: number | null;
  maxQuoteAmountCents: number;
}

/** The labor rate columns besides its key (partnership, service category, validFrom). */
export interface LaborRateColumns {
  ratePerHourCents: number;
  mechanicRateCents: number;
  mechanicCommissionBasisPoints: number;
  validUntil: Date | null;
}

/**
 * Every read and write of Partnership, PartnerCatalogPart and PartnerLaborRate except status
 * moves (partnership.machine.ts). Reads of partnerships take a scope; price list reads and writes
 * take the id of a partnership the caller already reached in the viewer's scope.
 */
export class PartnershipStore {
  constructor(
    private readonly prisma: PrismaClient,
    /** The owners of what decides which reservations a stopped partnership gives back: approved quotes, and their payments. */
    private readonly owners: { quotes: Pick<QuoteStore, "approvedOf">; payments: Pick<PaymentStore, "unpaidQuotes"> },
  ) {}

  /** Runs `fn` in one transaction. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(fn);
  }

  /** The partnership `id` within the scope, or null (missing and out of scope alike). */
  find(scope: PartnershipScope, id: string): Promise<PartnershipRow | null> {
    return this.prisma.partnership.findFirst({ where: { AND: [{ id }, whereOf(scope) ?? {}] } });
  }

  /** A page of partnerships within the scope matching `filter`, by createdAt then id (`take + 1` rows), and their count. */
  async page(scope: PartnershipScope, filter: PartnershipFilter, page: PageRequest, direction: Direction): Promise<{ rows: PartnershipRow[]; totalCount: number }> {
    const accepted = filter.bothAccepted ? { mechanicAcceptedAt: { not: null }, partnerAcceptedAt: { not: null } } : {};
    const where = { AND: [whereOf(scope) ?? {}, { ...(filter.status ? { status: filter.status } : {}), ...accepted }] };
    const [rows, totalCount] = await Promise.all([this.prisma.partnership.findMany(timestampPage(where, page, "createdAt", direction)), this.prisma.partnership.count({ where })]);
    return { rows, totalCount };
  }

  /** The partner organization of a partnership the caller reached in its scope (through the partnership's relation). */
  async organization(partnershipId: string): Promise<OrganizationRow> {
    const row = await this.prisma.partnership.findUniqueOrThrow({ where: { id: partnershipId }, select: { partner: { select: organizationSelect } } });
    return row.partner;
  }

  /** The first 200 partnerships within the scope, oldest first, with their mechanic's display name ("" without a profile). */
  async withMechanicNames(scope: PartnershipScope): Promise<{ id: string; mechanicId: string; mechanicName: string }[]> {
    const rows = await this.prisma.partnership.findMany({
      where: whereOf(scope) ?? {},
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: 200,
      select: { id: true, mechanicId: true, mechanic: { select: { mechanic: { select: { displayName: true } } } } },
    });
    return rows.map((p) => ({ id: p.id, mechanicId: p.mechanicId, mechanicName: p.mechanic.mechanic?.displayName ?? "" }));
  }

  /**
   * Mechanic `mechanicId`'s partnership `id` with its terms, its row locked (SELECT ... FOR UPDATE)
   * until `tx` ends, null when it is not theirs: concurrent quotes under it run one after the other,
   * and a move to ACTIVE checks the terms no permissions change can alter before it commits.
   */
  async lockTerms(tx: Tx, mechanicId: string, id: string): Promise<QuotingTerms | null> {
    const rows = await tx.$queryRaw<QuotingTerms[]>`
      SELECT id, "mechanicId", "partnerId", type::text AS type, status::text AS status, "canCreateQuotes", "quoteApprovalRequired",
             "autoApproveBelowCents", "maxQuoteAmountCents", "commissionBasisPoints", "contractStartDate", "contractEndDate", "autoRenew"
      FROM "Partnership" WHERE id = ${id}::uuid AND "mechanicId" = ${mechanicId}::uuid FOR UPDATE`;
    return rows[0] ?? null;
  }

  /**
   * For a customer's approval of a partner quote, in its transaction: partnership `id`'s contract
   * state, its row share-locked until `tx` ends (as lockStatusForPayment), so a concurrent
   * suspension or termination either waits for the approval or is seen by it; null when unknown.
   */
  async lockContractState(tx: AnyTx, id: string): Promise<(ContractState & { mechanicId: string }) | null> {
    const [row] = await rowsIn<ContractState & { mechanicId: string }>(
      tx,
      Prisma.sql`SELECT "mechanicId", status::text AS status, "contractStartDate", "contractEndDate", "autoRenew", "commissionBasisPoints"
                 FROM "Partnership" WHERE id = ${id}::uuid FOR SHARE`,
    );
    return row ?? null;
  }

  /** For quotes: whether a partnership and its partner are verified, and the partner's organization name; null when unknown. */
  partnerBadgeOf(id: string): Promise<{ verifiedAt: Date | null; partner: { organizationName: string; verifiedAt: Date | null } } | null> {
    return this.prisma.partnership.findUnique({ where: { id }, select: { verifiedAt: true, partner: { select: { organizationName: true, verifiedAt: true } } } });
  }

  /** Sets the partner's permissions unless the partnership is terminated; false when it is (or is gone). */
  async updatePermissions(tx: Tx, partnershipId: string, columns: PermissionColumns): Promise<boolean> {
    const done = await tx.partnership.updateMany({ where: { id: partnershipId, status: { not: "TERMINATED" } }, data: columns });
    return done.count === 1;
  }

  /** A partnership as stored now (after a write of the same transaction). */
  reread(tx: Tx, partnershipId: string): Promise<PartnershipRow> {
    return tx.partnership.findUniqueOrThrow({ where: { id: partnershipId } });
  }

  // ───────────── price list ─────────────

  /** Upserts one validated part by its key (partnership, part number, validFrom). */
  upsertPart(tx: Tx, partnershipId: string, part: CatalogPartInput): Promise<CatalogPartRow> {
    const values = partColumns(part);
    const key = { partnershipId, partNumber: part.partNumber, validFrom: storedDay(part.validFrom) };
    return tx.partnerCatalogPart.upsert({ where: { partnershipId_partNumber_validFrom: key }, create: { ...key, ...values }, update: values });
  }

  /**
   * One statement upserting many validated parts by their key, as upsertPart does one: writing the
   * same rows again changes nothing, so a retried batch is safe. The parts' keys must be distinct
   * (checkImportRows refuses repeats), as ON CONFLICT requires.
   */
  upsertParts(tx: Tx, partnershipId: string, parts: readonly CatalogPartInput[]): Promise<number> {
    const tuples = parts.map((part) => {
      const v = partColumns(part);
      return Prisma.sql`(gen_random_uuid(), ${partnershipId}::uuid, ${part.partNumber}, ${v.name}, ${v.category}, ${v.wholesalePriceCents}::int, ${v.retailPriceCents}::int,
      ${v.marginBasisPoints}::int, ${v.availableQuantity}::int, ${v.leadTimeDays}::int, ${storedDay(part.validFrom)}::date, ${v.validUntil}::date)`;
    });
    return tx.$executeRaw`
    INSERT INTO "PartnerCatalogPart" (id, "partnershipId", "partNumber", name, category, "wholesalePriceCents", "retailPriceCents",
      "marginBasisPoints", "availableQuantity", "leadTimeDays", "validFrom", "validUntil")
    VALUES ${Prisma.join(tuples)}
    ON CONFLICT ("partnershipId", "partNumber", "validFrom") DO UPDATE SET
      name = EXCLUDED.name, category = EXCLUDED.category, "wholesalePriceCents" = EXCLUDED."wholesalePriceCents",
      "retailPriceCents" = EXCLUDED."retailPriceCents", "marginBasisPoints" = EXCLUDED."marginBasisPoints",
      "availableQuantity" = EXCLUDED."availableQuantity", "leadTimeDays" = EXCLUDED."leadTimeDays", "validUntil" = EXCLUDED."validUntil"`;
  }

  /** Upserts one labor rate by its key (partnership, service category, validFrom). */
  upsertLaborRate(tx: Tx, partnershipId: string, rate: Pick<LaborRateInput, "serviceCategory" | "validFrom">, columns: LaborRateColumns): Promise<LaborRateRow> {
    const key = { partnershipId, serviceCategory: rate.serviceCategory, validFrom: storedDay(rate.validFrom) };
    return tx.partnerLaborRate.upsert({ where: { partnershipId_serviceCategory_validFrom: key }, create: { ...key, ...columns }, update: columns });
  }

  /** A partnership's parts (at most 1,000), by category and part number, newest price first; `validOnDay`: only those valid that day. */
  catalogParts(partnershipId: string, validOnDay: Date | null): Promise<CatalogPartRow[]> {
    return this.prisma.partnerCatalogPart.findMany({
      where: { partnershipId, ...(validOnDay ? validOn(validOnDay) : {}) },
      orderBy: [{ category: "asc" }, { partNumber: "asc" }, { validFrom: "desc" }],
      take: 1000,
    });
  }

  /** A partnership's labor rates (at most 500), by service category, newest first; `validOnDay`: only those valid that day. */
  laborRates(partnershipId: string, validOnDay: Date | null): Promise<LaborRateRow[]> {
    return this.prisma.partnerLaborRate.findMany({
      where: { partnershipId, ...(validOnDay ? validOn(validOnDay) : {}) },
      orderBy: [{ serviceCategory: "asc" }, { validFrom: "desc" }],
      take: 500,
    });
  }

  /**
   * For quotes: the given catalog parts and labor rates of one partnership that are valid on `now`
   * (ids of other partnerships or out of date are left out), in `db` when given a transaction.
   */
  async priceListEntries(
    partnershipId: string,
    partIds: readonly string[],
    rateIds: readonly string[],
    now: Date,
    db: Tx | PrismaClient = this.prisma,
  ): Promise<{ parts: CatalogPartRow[]; rates: LaborRateRow[] }> {
    const [parts, rates] = await Promise.all([
      db.partnerCatalogPart.findMany({ where: { id: { in: [...partIds] }, partnershipId, ...validOn(now) } }),
      db.partnerLaborRate.findMany({ where: { id: { in: [...rateIds] }, partnershipId, ...validOn(now) } }),
    ]);
    return { parts, rates };
  }

  // ───────────── stock ─────────────

  /**
   * Reserves a quote's catalog quantities inside `tx`, all or none: per part (in id order, so
   * concurrent reservations queue instead of deadlocking) one conditional UPDATE takes the quantity
   * from `availableQuantity` only while enough is left, and a reservation row records it. Under
   * concurrency the row lock makes the second UPDATE re-read the first's result, so stock never
   * goes below zero.
   * @returns null when everything was reserved, else the first part short of stock (the caller rolls `tx` back)
   */
  async reserveStock(tx: AnyTx, quoteId: string, wants: readonly { catalogPartId: string; quantity: number }[]): Promise<{ partNumber: string; availableQuantity: number; quantity: number } | null> {
    for (const want of [...wants].sort((a, b) => (a.catalogPartId < b.catalogPartId ? -1 : a.catalogPartId > b.catalogPartId ? 1 : 0))) {
      // The UPDATE and the reservation row in one statement (hand-written: it runs in an approval's pg transaction too).
      const [taken] = await rowsIn<{ id: string }>(
        tx,
        Prisma.sql`
        WITH taken AS (
          UPDATE "PartnerCatalogPart" SET "availableQuantity" = "availableQuantity" - ${want.quantity}
          WHERE id = ${want.catalogPartId}::uuid AND "availableQuantity" >= ${want.quantity}
          RETURNING id
        ), reserved AS (
          INSERT INTO "CatalogStockReservation" (id, "quoteId", "catalogPartId", quantity, "createdAt")
          SELECT gen_random_uuid(), ${quoteId}::uuid, id, ${want.quantity}, ${new Date().toISOString()}::timestamp FROM taken
        )
        SELECT id::text FROM taken`,
      );
      if (!taken) {
        const [part] = await rowsIn<{ partNumber: string; availableQuantity: number }>(
          tx,
          Prisma.sql`SELECT "partNumber", "availableQuantity" FROM "PartnerCatalogPart" WHERE id = ${want.catalogPartId}::uuid`,
        );
        if (!part) throw new Error(`No catalog part ${want.catalogPartId}`);
        return { ...part, quantity: want.quantity };
      }
    }
    return null;
  }

  /**
   * A partnership stopped (suspended or terminated): gives back, in `tx`, the catalog stock its
   * APPROVED quotes reserved and no payment holds money for (unpaidApprovedQuotes). A paid quote keeps its parts.
   */
  async releaseUnpaidStock(tx: Tx, partnershipId: string): Promise<void> {
    await this.releaseStock(tx, await this.unpaidApprovedQuotes(tx, partnershipId));
  }

  /** The partnership's APPROVED quotes no repair payment holds money for (PaymentStore.unpaidQuotes), read in `tx`. */
  async unpaidApprovedQuotes(tx: Tx, partnershipId: string): Promise<string[]> {
    return this.owners.payments.unpaidQuotes(tx, await this.owners.quotes.approvedOf(tx, partnershipId));
  }

  /**
   * Gives back, in `tx`, the catalog stock the quotes `quoteIds` reserved, and deletes those
   * reservations (a quote stopped, or called off). Parts are restocked in id order, as reserveStock
   * takes them, so the two queue instead of deadlocking.
   */
  async releaseStock(tx: Tx, quoteIds: readonly string[]): Promise<void> {
    if (quoteIds.length === 0) return;
    const held = await tx.catalogStockReservation.findMany({ where: { quoteId: { in: [...quoteIds] } }, orderBy: [{ catalogPartId: "asc" }, { id: "asc" }] });
    for (const reservation of held) {
      await tx.partnerCatalogPart.update({ where: { id: reservation.catalogPartId }, data: { availableQuantity: { increment: reservation.quantity } } });
    }
    await tx.catalogStockReservation.deleteMany({ where: { id: { in: held.map((reservation) => reservation.id) } } });
  }

  /** Whether quote `quoteId` holds catalog stock (a reservation row), read in `tx`. */
  async holdsStock(tx: Tx, quoteId: string): Promise<boolean> {
    return (await tx.catalogStockReservation.count({ where: { quoteId } })) > 0;
  }

  /**
   * For payments: a partnership's status, its row share-locked (FOR SHARE) until `tx` ends, so a
   * suspension or termination (which releases unpaid quotes' stock) waits for the payment being
   * started, or the payment sees it; null for an unknown partnership.
   */
  async lockStatusForPayment(tx: Tx, id: string): Promise<PartnershipStatus | null> {
    const rows = await tx.$queryRaw<{ status: PartnershipStatus }[]>`SELECT status FROM "Partnership" WHERE id = ${id}::uuid FOR SHARE`;
    return rows[0]?.status ?? null;
  }

  /** Wholesale price (cents) per catalog part id, and hourly rate (cents) per labor rate id: the partner's own cost (admin abuse signals). */
  async costs(partIds: readonly string[], rateIds: readonly string[]): Promise<{ wholesale: Map<string, number>; rate: Map<string, number> }> {
    const [parts, rates] = await Promise.all([
      this.prisma.partnerCatalogPart.findMany({ where: { id: { in: [...partIds] } }, select: { id: true, wholesalePriceCents: true } }),
      this.prisma.partnerLaborRate.findMany({ where: { id: { in: [...rateIds] } }, select: { id: true, ratePerHourCents: true } }),
    ]);
    return { wholesale: new Map(parts.map((p) => [p.id, p.wholesalePriceCents])), rate: new Map(rates.map((r) => [r.id, r.ratePerHourCents])) };
  }
}

/** The stored columns of a validated price list part, besides its key. */
function partColumns(part: CatalogPartInput) {
  return {
    name: part.name,
    category: part.category,
    wholesalePriceCents: part.wholesalePriceCents,
    retailPriceCents: part.retailPriceCents,
    marginBasisPoints: marginBasisPoints(part.wholesalePriceCents, part.retailPriceCents),
    availableQuantity: part.availableQuantity,
    leadTimeDays: part.leadTimeDays,
    validUntil: part.validUntil ? storedDay(part.validUntil) : null,
  };
}

/**
 * Demo data only (src/seed): inserts a demo partnership's price list (catalog parts and labor rates) as given, with their fixed ids and backdated
 * timestamps. No checks, history, audit or events: the seed builds a consistent world
 * itself. Not for product code.
 */
export async function insertDemoPriceList(tx: Tx, parts: Prisma.PartnerCatalogPartCreateManyInput[], rates: Prisma.PartnerLaborRateCreateManyInput[]): Promise<void> {
  await tx.partnerCatalogPart.createMany({ data: parts });
  await tx.partnerLaborRate.createMany({ data: rates });
}
