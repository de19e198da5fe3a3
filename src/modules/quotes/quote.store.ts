import { NOT_COUNTED_AGAINST_LIMIT, startOfUtcMonth } from "../../domain/partnerships/partnership-rules.ts";
import { Prisma } from "../../platform/db/generated/client.ts";
import type { PartnershipType, QuoteStatus } from "../../platform/db/generated/enums.ts";
import type { PrismaClient, Tx } from "../../platform/db/prisma.ts";
import { allOf, readPagedList, rowsIn, selectedColumns, selectedJson, type AnyTx, type Instant, type SqlReader, type SqlStatements } from "../../platform/db/sql.ts";
import { timestampKeysetSql, timestampPage, toPage, type Page, type PageRequest } from "../shared/pagination.ts";
import { whereOf, type StoreScope } from "../shared/scope.ts";
import { columnsFor } from "../shared/selection.ts";
import { directorySelect, type WorkshopRow } from "../workshops/workshop.store.ts";
import type { Complaint } from "./complaint.type.ts";
import type { QuoteLineItem, QuoteStatusChange } from "./quote.type.ts";

type Db = Tx | PrismaClient;

export const quoteSelect = {
  id: true,
  version: true,
  previousVersionId: true,
  status: true,
  notes: true,
  subtotalCents: true,
  totalCents: true,
  platformFeeCents: true,
  mechanicFeeCents: true,
  validUntil: true,
  customerDecisionAt: true,
  declineReason: true,
  createdAt: true,
  escalationId: true,
  workshopId: true,
  partnershipId: true,
  partnerApprovedAt: true,
  partnerRejectReason: true,
} as const;

/** A stored quote's columns the API shows (toQuote adds the payee's share). */
/** Which of the scoped quotes a page holds: of one escalation, of one partnership or of any (`"ANY"`), in one status; unset narrows nothing. */
export interface QuoteFilter {
  escalationId?: string | null;
  partnershipId?: string | null;
  status?: QuoteStatus | null;
}

export type QuoteRow = Prisma.RepairQuoteGetPayload<{ select: typeof quoteSelect }>;

/** A quote line's columns the API shows, in the quote's order (`position`). */
const lineItemSelect = { position: true, kind: true, description: true, partNumber: true, quantity: true, unitPriceCents: true, totalCents: true, leadTimeDays: true } as const;

/**
 * A row of the list statement: the quote's columns (times as ISO text), and the relations the
 * caller asked for, loaded in the same statement (undefined when not asked for).
 */
export type ListedQuoteRow = Omit<QuoteRow, "validUntil" | "customerDecisionAt" | "createdAt" | "partnerApprovedAt"> & {
  validUntil: Instant;
  customerDecisionAt: Instant | null;
  createdAt: Instant;
  partnerApprovedAt: Instant | null;
  lineItems?: QuoteLineItem[];
  workshop?: WorkshopRow | null;
};

/**
 * A listed quote's own columns (no relations, no sort key or count) on a fresh object. Field by
 * field, because a rest spread (`{ a, ...rest }`) over pg's row objects, or over rows with the
 * relations beside them, takes V8's slow generic copy (5% of the quotes list's CPU as a rest in
 * toListedQuote).
 */
export function quoteColumnsOf(row: ListedQuoteRow): ListedQuoteRow {
  return {
    id: row.id,
    version: row.version,
    previousVersionId: row.previousVersionId,
    status: row.status,
    notes: row.notes,
    subtotalCents: row.subtotalCents,
    totalCents: row.totalCents,
    platformFeeCents: row.platformFeeCents,
    mechanicFeeCents: row.mechanicFeeCents,
    validUntil: row.validUntil,
    customerDecisionAt: row.customerDecisionAt,
    declineReason: row.declineReason,
    createdAt: row.createdAt,
    escalationId: row.escalationId,
    workshopId: row.workshopId,
    partnershipId: row.partnershipId,
    partnerApprovedAt: row.partnerApprovedAt,
    partnerRejectReason: row.partnerRejectReason,
  };
}

/** A row of the list statement without its sort key and count, the relations only when loaded. */
function toListedRow(row: ListedQuoteRow): ListedQuoteRow {
  const listed = quoteColumnsOf(row);
  if (row.lineItems !== undefined) listed.lineItems = row.lineItems;
  if (row.workshop !== undefined) listed.workshop = row.workshop;
  return listed;
}

/** The relations a quote list may load with its page (QuoteStore.page). */
export interface QuoteRelations {
  lineItems: boolean;
  workshop: boolean;
}

/**
 * The GraphQL fields a quote list's caller asked for (requestedFields): of its quotes, of their
 * line items and of their workshop; each unset: all. QuoteStore.page reads only the columns they
 * need, so a quote built from a row must not be read for fields not asked for.
 */
export interface QuoteListFields {
  quote?: ReadonlySet<string>;
  lineItems?: ReadonlySet<string>;
  workshop?: ReadonlySet<string>;
}

/**
 * Quote columns every listed row carries whatever was asked: the cursor and the keys the quote's
 * relation resolvers (escalation, customer, workshop, partner badge) read.
 */
const LISTED_ALWAYS = new Set(["id", "createdAt", "status", "escalationId", "workshopId", "partnershipId"]);
/** The RepairQuote fields each column is read for, where not the column's own name (toListedQuote). */
const LISTED_READ_FOR: Readonly<Record<string, readonly string[]>> = { totalCents: ["totalCents", "workshopShareCents"], platformFeeCents: ["platformFeeCents", "workshopShareCents"] };
/** The line item and workshop columns read for fields of other names: the quote's longest lead time, the workshop's rating. */
const LINE_READ_FOR: Readonly<Record<string, readonly string[]>> = { leadTimeDays: ["leadTimeDays", "longestLeadTimeDays"] };
const WORKSHOP_READ_FOR: Readonly<Record<string, readonly string[]>> = { ratingHundredths: ["rating"] };

/** A complaint's columns the API shows (admins: with its resolution). */
export const complaintSelect = { id: true, quoteId: true, partnershipId: true, body: true, status: true, createdAt: true, resolvedAt: true, resolutionNote: true } as const;

/** What a partner's decision on a quote reads: its term, its session and its partnership's contract. */
const quoteToReviewSelect = {
  id: true,
  status: true,
  escalationId: true,
  validUntil: true,
  createdAt: true,
  escalation: { select: { sessionId: true } },
  partnership: {
    select: { id: true, mechanicId: true, status: true, contractStartDate: true, contractEndDate: true, autoRenew: true, commissionBasisPoints: true, partner: { select: { organizationName: true } } },
  },
} as const;

/**
 * Every read and write of quotes, their line items, status history and complaints other than
 * status moves (quote.machine.ts). Reads for a viewer take the policy's scope (quote.policy.ts).
 */
export class QuoteStore {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly sql: SqlReader,
  ) {}

  /** Runs `fn` in one transaction. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(fn);
  }

  /**
   * Runs `fn` in one transaction on one pg connection (SqlReader.transaction): for a hot write whose
   * statements are all hand-written (an approval), without Prisma's transaction manager.
   */
  sqlTransaction<T>(fn: (tx: SqlStatements) => Promise<T>): Promise<T> {
    return this.sql.transaction(fn);
  }

  /**
   * One quote within `scope` (the policy's SQL on the quote row `q`) with the columns `select`
   * picks, or null: `find` and `findWith` by hand, one statement through the pool, for the reads
   * around a hot write (an approval) where Prisma's compile per read costs more than the read.
   */
  async findSql<S extends Readonly<Record<string, true>>>(scope: StoreScope<Prisma.Sql>, id: string, select: S): Promise<Prisma.RepairQuoteGetPayload<{ select: S }> | null> {
    const [row] = await this.sql.rows<Prisma.RepairQuoteGetPayload<{ select: S }>>(
      Prisma.sql`SELECT ${selectedColumns("q", select)} FROM "RepairQuote" q WHERE q.id = ${id}::uuid AND ${whereOf(scope) ?? Prisma.sql`TRUE`}`,
    );
    return row ?? null;
  }

  /** One quote within `scope`, with the API's columns, or null. */
  find(scope: StoreScope<Prisma.RepairQuoteWhereInput>, id: string, db: Db = this.prisma): Promise<QuoteRow | null> {
    return db.repairQuote.findFirst({ where: { AND: [{ id }, whereOf(scope) ?? {}] }, select: quoteSelect });
  }

  /**
   * For admin metrics: quotes created in [from, to) other than superseded revisions, how many of
   * them are approved or completed, and their average total in cents (null when there are none).
   */
  async createdIn(from: Date, to: Date): Promise<{ quotes: number; approved: number; averageTotalCents: number | null }> {
    const createdAt = { gte: from, lt: to };
    const [quotes, approved, average] = await Promise.all([
      this.prisma.repairQuote.count({ where: { createdAt, status: { not: "SUPERSEDED" } } }),
      this.prisma.repairQuote.count({ where: { createdAt, status: { in: ["APPROVED", "COMPLETED"] } } }),
      this.prisma.repairQuote.aggregate({ where: { createdAt, status: { not: "SUPERSEDED" } }, _avg: { totalCents: true } }),
    ]);
    return { quotes, approved, averageTotalCents: average._avg.totalCents };
  }

  /** This month's quoted total under a partnership, in cents: its quotes that were or may still be sent to the customer (NOT_COUNTED_AGAINST_LIMIT left out). */
  async quotedThisMonth(partnershipId: string, now: Date, db: Db = this.prisma): Promise<number> {
    const sum = await db.repairQuote.aggregate({
      where: { partnershipId, createdAt: { gte: startOfUtcMonth(now) }, status: { notIn: [...NOT_COUNTED_AGAINST_LIMIT] } },
      _sum: { totalCents: true },
    });
    return sum._sum.totalCents ?? 0;
  }

  /**
   * For partnerships' performance view: under each of the given partnerships, its quotes counted
   * by status (superseded revisions left out), those its partner approved, and its complaints.
   */
  async partnershipCounts(partnershipIds: readonly string[]) {
    const partnershipId = { in: [...partnershipIds] };
    const [byStatus, partnerApproved, complaints] = await Promise.all([
      this.prisma.repairQuote.groupBy({ by: ["partnershipId", "status"], where: { partnershipId, status: { not: "SUPERSEDED" } }, _count: { _all: true }, orderBy: { partnershipId: "asc" } }),
      this.prisma.repairQuote.groupBy({ by: ["partnershipId"], where: { partnershipId, partnerApprovedAt: { not: null } }, _count: { _all: true }, orderBy: { partnershipId: "asc" } }),
      this.prisma.complaint.groupBy({ by: ["partnershipId"], where: { partnershipId }, _count: { _all: true }, orderBy: { partnershipId: "asc" } }),
    ]);
    return { byStatus, partnerApproved, complaints };
  }

  /**
   * For partnerships' abuse signals: up to 5,000 quotes written under a partnership since `since`
   * (superseded revisions left out), with their mechanic and their lines' quantities and price list sources.
   */
  partnershipQuotesSince(since: Date) {
    return this.prisma.repairQuote.findMany({
      where: { partnershipId: { not: null }, createdAt: { gte: since }, status: { not: "SUPERSEDED" } },
      select: {
        id: true,
        status: true,
        totalCents: true,
        partnershipId: true,
        escalation: { select: { mechanicId: true } },
        lineItems: { select: { kind: true, quantity: true, catalogPartId: true, laborRateId: true } },
      },
      take: 5000,
    });
  }

  /** For partnerships: the ids of a partnership's APPROVED quotes, read in `tx`. */
  async approvedOf(tx: Tx, partnershipId: string): Promise<string[]> {
    const rows = await tx.repairQuote.findMany({ where: { partnershipId, status: "APPROVED" }, select: { id: true } });
    return rows.map((row) => row.id);
  }

  /** The escalations of those of `quoteIds` that are APPROVED, read in `tx`, in quote id order. */
  async approvedWithEscalations(tx: Tx, quoteIds: readonly string[]): Promise<{ id: string; escalationId: string }[]> {
    if (quoteIds.length === 0) return [];
    return tx.repairQuote.findMany({ where: { id: { in: [...quoteIds] }, status: "APPROVED" }, select: { id: true, escalationId: true }, orderBy: { id: "asc" } });
  }

  /** For payments: locks a quote's row (FOR UPDATE) until `tx` ends, so concurrent attempts to pay it run one after the other. */
  async lockForPayment(tx: Tx, id: string): Promise<void> {
    await tx.$queryRaw`SELECT id FROM "RepairQuote" WHERE id = ${id}::uuid FOR UPDATE`;
  }

  /** One quote within `scope` with the columns named by `select`, or null. */
  findWith<S extends Prisma.RepairQuoteSelect>(scope: StoreScope<Prisma.RepairQuoteWhereInput>, id: string, select: S): Promise<Prisma.RepairQuoteGetPayload<{ select: S }> | null> {
    return this.prisma.repairQuote.findFirst({ where: { AND: [{ id }, whereOf(scope) ?? {}] }, select }) as Promise<Prisma.RepairQuoteGetPayload<{ select: S }> | null>;
  }

  /** A quote awaiting (or past) the partner's decision, within `scope`, with its partnership's contract; null outside it. */
  findToReview(scope: StoreScope<Prisma.RepairQuoteWhereInput>, id: string) {
    return this.prisma.repairQuote.findFirst({ where: { AND: [{ id }, whereOf(scope) ?? {}] }, select: quoteToReviewSelect });
  }

  /**
   * A newest-first page of the quotes in `scope` (the policy's SQL on the quote row `q`) that
   * `narrowing` narrows to, counted the same way, each with the relations `relations` names (its
   * line items in order, its workshop's directory row) loaded in the same statement
   * (readPagedList): one statement whatever the page size. `pageViaPrisma` is the same read in
   * Prisma's terms, the specification this must equal (tests/quotes/list-equivalence.test.ts).
   * `fields` narrows the columns read to those the fields asked for need (a column left out is
   * undefined in its row; the relations' fields come from the quote fields' `lineItems` and
   * `longestLeadTimeDays`, and `workshop`).
   */
  async page(scope: StoreScope<Prisma.Sql>, page: PageRequest, narrowing: QuoteFilter, relations: QuoteRelations, fields: QuoteListFields = {}): Promise<Page<ListedQuoteRow>> {
    const { escalationId, partnershipId, status } = narrowing;
    const lineFields = fields.quote && fields.lineItems && new Set([...fields.lineItems, ...(fields.quote.has("longestLeadTimeDays") ? ["longestLeadTimeDays"] : [])]);
    const lines = columnsFor(lineItemSelect, lineFields, { readFor: LINE_READ_FOR });
    const lineItems = relations.lineItems
      ? Prisma.sql`, COALESCE((SELECT json_agg(${selectedJson("l", lines)} ORDER BY l.position) FROM "QuoteLineItem" l WHERE l."quoteId" = q.id), '[]') AS "lineItems"`
      : Prisma.empty;
    const directory = columnsFor(directorySelect, fields.workshop, { always: new Set(["id"]), readFor: WORKSHOP_READ_FOR });
    const workshop = relations.workshop ? Prisma.sql`, (SELECT ${selectedJson("w", directory)} FROM "Workshop" w WHERE w.id = q."workshopId") AS workshop` : Prisma.empty;
    const { rows, totalCount } = await readPagedList<ListedQuoteRow>(this.sql, {
      from: Prisma.sql`"RepairQuote" q`,
      where: allOf([
        whereOf(scope) ?? Prisma.sql`TRUE`,
        escalationId ? Prisma.sql`q."escalationId" = ${escalationId}::uuid` : null,
        partnershipId ? (partnershipId === "ANY" ? Prisma.sql`q."partnershipId" IS NOT NULL` : Prisma.sql`q."partnershipId" = ${partnershipId}::uuid`) : null,
        status ? Prisma.sql`q.status = ${status}::"QuoteStatus"` : null,
      ]),
      columns: Prisma.sql`${selectedColumns("q", columnsFor(quoteSelect, fields.quote, { always: LISTED_ALWAYS, readFor: LISTED_READ_FOR }))}${lineItems}${workshop}`,
      ...timestampKeysetSql(page, Prisma.sql`q."createdAt"`, Prisma.sql`q.id`, "desc"),
    });
    const listed = toPage(rows, page, totalCount, (row) => row.sortKey);
    return { ...listed, nodes: listed.nodes.map(toListedRow) };
  }

  /** `page` in Prisma's terms (quoteScope, relation selects): the reference the list statement is tested against. */
  async pageViaPrisma(scope: StoreScope<Prisma.RepairQuoteWhereInput>, page: PageRequest, narrowing: QuoteFilter, relations: QuoteRelations): Promise<Page<ListedQuoteRow>> {
    const { escalationId, partnershipId, status } = narrowing;
    const where: Prisma.RepairQuoteWhereInput = {
      ...(escalationId ? { escalationId } : {}),
      ...(partnershipId ? { partnershipId: partnershipId === "ANY" ? { not: null } : partnershipId } : {}),
      ...(status ? { status } : {}),
    };
    const filter = { AND: [whereOf(scope) ?? {}, where] };
    const [rows, totalCount] = await Promise.all([
      this.prisma.repairQuote.findMany({
        ...timestampPage(filter, page, "createdAt", "desc"),
        select: {
          ...quoteSelect,
          ...(relations.lineItems ? { lineItems: { select: lineItemSelect, orderBy: { position: "asc" } } } : {}),
          ...(relations.workshop ? { workshop: { select: directorySelect } } : {}),
        },
      }),
      this.prisma.repairQuote.count({ where: filter }),
    ]);
    return toPage(rows as ListedQuoteRow[], page, totalCount, (row) => row.createdAt);
  }

  /** How many of an escalation's quotes (optionally one workshop's) are in `statuses`, inside `tx`. */
  count(tx: Tx, escalationId: string, statuses: readonly QuoteStatus[], workshopId?: string): Promise<number> {
    return tx.repairQuote.count({ where: { escalationId, status: { in: [...statuses] }, ...(workshopId === undefined ? {} : { workshopId }) } });
  }

  /** A quote's lines in their order (the quote is already authorised). */
  lineItems(quoteId: string): Promise<QuoteLineItem[]> {
    return this.prisma.quoteLineItem.findMany({ where: { quoteId }, orderBy: { position: "asc" }, select: lineItemSelect });
  }

  /** The longest lead time in days among a quote's catalog part lines, or null when it has none. */
  async longestLeadTimeDays(quoteId: string): Promise<number | null> {
    const max = await this.prisma.quoteLineItem.aggregate({ where: { quoteId }, _max: { leadTimeDays: true } });
    return max._max.leadTimeDays;
  }

  /** A quote's partner catalog quantities, summed per catalog part (what approving it reserves), inside `tx`. */
  async catalogQuantities(tx: AnyTx, quoteId: string): Promise<{ catalogPartId: string; quantity: number }[]> {
    return rowsIn<{ catalogPartId: string; quantity: number }>(
      tx,
      Prisma.sql`
      SELECT "catalogPartId"::text AS "catalogPartId", sum(quantity)::int AS quantity FROM "QuoteLineItem"
      WHERE "quoteId" = ${quoteId}::uuid AND "catalogPartId" IS NOT NULL
      GROUP BY "catalogPartId" ORDER BY "catalogPartId"`,
    );
  }

  /**
   * The quotes of one escalation in `scope` a customer compares: every workshop's latest version
   * (superseded ones left out), cheapest first, at most `limit`.
   */
  comparedQuotes(scope: StoreScope<Prisma.RepairQuoteWhereInput>, escalationId: string, limit: number): Promise<QuoteRow[]> {
    return this.prisma.repairQuote.findMany({
      where: { AND: [whereOf(scope) ?? {}, { escalationId, status: { not: "SUPERSEDED" } }] },
      orderBy: [{ totalCents: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      take: limit,
      select: quoteSelect,
    });
  }

  /** A quote's status changes, oldest first (the quote is already authorised). */
  history(quoteId: string): Promise<QuoteStatusChange[]> {
    return this.prisma.quoteStatusChange.findMany({
      where: { quoteId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { fromStatus: true, toStatus: true, reason: true, createdAt: true },
    });
  }

  /** Files a complaint about a quote the customer reached. */
  createComplaint(tx: Tx, complaint: { customerId: string; quoteId: string; partnershipId: string | null; body: string }): Promise<Complaint> {
    return tx.complaint.create({ data: { ...complaint, openKey: `${complaint.customerId}:${complaint.quoteId}` }, select: complaintSelect });
  }

  /** A newest-first page of complaints (admins: the system's view), optionally narrowed by `where`. */
  async pageComplaints(page: PageRequest, where: Prisma.ComplaintWhereInput): Promise<Page<Complaint>> {
    const [rows, totalCount] = await Promise.all([
      this.prisma.complaint.findMany({ ...timestampPage(where, page, "createdAt", "desc"), select: complaintSelect }),
      this.prisma.complaint.count({ where }),
    ]);
    return toPage(rows, page, totalCount, (row) => row.createdAt);
  }

  /** How many of a partnership's complaints an admin upheld (status RESOLVED), per customer id, read in `tx`. */
  async upheldComplaintsByCustomer(tx: Tx, partnershipId: string): Promise<Map<string, number>> {
    const rows = await tx.complaint.groupBy({ by: ["customerId"], where: { partnershipId, status: "RESOLVED" }, _count: { _all: true }, orderBy: { customerId: "asc" } });
    return new Map(rows.map((row) => [row.customerId, row._count._all]));
  }

  /** For reviews: a quote's workshop, status and the session it repairs, read in `db`, or null. */
  async repairToReview(id: string, db: Db = this.prisma): Promise<{ id: string; workshopId: string | null; status: QuoteStatus; sessionId: string; partnershipType: PartnershipType | null } | null> {
    const row = await db.repairQuote.findUnique({
      where: { id },
      select: { id: true, workshopId: true, status: true, escalation: { select: { sessionId: true } }, partnership: { select: { type: true } } },
    });
    return row ? { id: row.id, workshopId: row.workshopId, status: row.status, sessionId: row.escalation.sessionId, partnershipType: row.partnership?.type ?? null } : null;
  }

  /**
   * For a mechanic's reputation: how many of the escalations `mechanicId` made have a quote the
   * customer approved (APPROVED, or COMPLETED after approval), and how many complaints about
   * quotes of their escalations an admin upheld (RESOLVED).
   */
  async escalationOutcomes(mechanicId: string): Promise<{ approvedQuotes: number; upheldComplaints: number }> {
    const [approved, upheldComplaints] = await Promise.all([
      this.prisma.repairQuote.findMany({ where: { status: { in: ["APPROVED", "COMPLETED"] }, escalation: { mechanicId } }, distinct: ["escalationId"], select: { escalationId: true } }),
      this.prisma.complaint.count({ where: { status: "RESOLVED", quote: { escalation: { mechanicId } } } }),
    ]);
    return { approvedQuotes: approved.length, upheldComplaints };
  }

  /** For solicitation reports: a quote's session and the advisor or mechanic who wrote it, or null. */
  async quoteParties(id: string): Promise<{ sessionId: string; createdById: string } | null> {
    const row = await this.prisma.repairQuote.findUnique({ where: { id }, select: { createdById: true, escalation: { select: { sessionId: true } } } });
    return row ? { sessionId: row.escalation.sessionId, createdById: row.createdById } : null;
  }
}
