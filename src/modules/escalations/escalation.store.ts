import type { Viewer } from "../../platform/auth/viewer.ts";
import { Prisma } from "../../platform/db/generated/client.ts";
import type { EscalationStatus, OfferStatus } from "../../platform/db/generated/enums.ts";
import type { PrismaClient, Tx } from "../../platform/db/prisma.ts";
import { readPagedList, selectedColumns, type SqlReader } from "../../platform/db/sql.ts";
import { sessionJsonSql, sessionOfJson, type ListedSessionRow, type SessionStore } from "../sessions/session.store.ts";
import { timestampKeysetSql, timestampPage, toPage, type Page, type PageRequest } from "../shared/pagination.ts";
import { systemScope, whereOf, type StoreScope } from "../shared/scope.ts";
import type { EscalationCandidate, WorkshopStore } from "../workshops/workshop.store.ts";
import type { Workshop } from "../workshops/workshop.types.ts";
import type { Escalation, EscalationOffer } from "./escalation.type.ts";

const escalationSelect = {
  id: true,
  status: true,
  unmatchedReason: true,
  notes: true,
  quotesRequested: true,
  estimatedAmountCents: true,
  createdAt: true,
  sessionId: true,
  mechanicId: true,
  workshopId: true,
  preferredWorkshopId: true,
  preferenceNote: true,
} as const;

const offerSelect = {
  id: true,
  status: true,
  autoAccepted: true,
  matchReason: true,
  matchInputs: true,
  declineReason: true,
  offeredAt: true,
  expiresAt: true,
  respondedAt: true,
  escalationId: true,
  workshopId: true,
} as const;

/** A row of the list statement: the escalation's columns, and its session as JSON when read for a viewer. */
type ListedEscalationRow = Escalation & { session?: ListedSessionRow | null };

/**
 * A listed row as the escalation it is, without the list statement's sort key and count, its
 * session (read for `sessionsFor`) preloaded. Field by field, because a rest spread over pg's row
 * objects takes V8's slow copy.
 */
function toListedEscalation(row: ListedEscalationRow, sessionsFor: Viewer | null): Escalation {
  const escalation: Escalation = {
    id: row.id,
    status: row.status,
    unmatchedReason: row.unmatchedReason,
    notes: row.notes,
    quotesRequested: row.quotesRequested,
    estimatedAmountCents: row.estimatedAmountCents,
    createdAt: row.createdAt,
    sessionId: row.sessionId,
    mechanicId: row.mechanicId,
    workshopId: row.workshopId,
    preferredWorkshopId: row.preferredWorkshopId,
    preferenceNote: row.preferenceNote,
  };
  if (sessionsFor) escalation.preloaded = { session: row.session ? sessionOfJson(sessionsFor, row.session) : null };
  return escalation;
}

/** Escalations that still occupy a workshop's capacity. */
export const OPEN_ESCALATION_STATUSES: EscalationStatus[] = ["AWAITING_WORKSHOP", "ACCEPTED", "QUOTED"];

/** Offer statuses of a workshop still asked for a quote (or whose quote was compared): the customer's limit counts these. */
const ASKED: OfferStatus[] = ["OFFERED", "ACCEPTED", "CLOSED"];

/** What matching reads about an escalation's customer and session (the city never leaves the escalation module). */
const matchSessionSelect = { recommendedServices: true, customer: { select: { customer: { select: { city: true, preferredWorkshopId: true } } } } } as const;

export type MatchSession = Prisma.DiagnosticSessionGetPayload<{ select: typeof matchSessionSelect }>;

/** A workshop as matching sees it: its matcher columns, its offer deadline, its auto-accept rules and its open escalations. */
export type MatchWorkshop = EscalationCandidate & { openEscalations: number };

/**
 * Every read and write of escalations and offers other than their status moves (escalation.machine.ts),
 * and the reads matching makes of sessions and workshops, through their owners' stores. Reads for a
 * viewer take the policy's scope (escalation.policy.ts); matching's reads run inside the caller's
 * transaction.
 */
export class EscalationStore {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly sql: SqlReader,
    private readonly sessions: SessionStore,
    private readonly workshops: WorkshopStore,
  ) {}

  /** Runs `fn` in one transaction. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(fn);
  }

  /**
   * The mechanic's own session to escalate, with its escalation (if any: with how many of its quotes
   * were written under a partnership, createPartnerQuote's) and what matching needs; null outside `scope`.
   */
  sessionToEscalate(scope: StoreScope<Prisma.DiagnosticSessionWhereInput>, sessionId: string) {
    return this.sessions.findWith(scope, sessionId, {
      id: true,
      status: true,
      customerId: true,
      escalation: { select: { id: true, _count: { select: { quotes: { where: { partnershipId: { not: null } } } } } } },
      ...matchSessionSelect,
    });
  }

  /** How many escalations `mechanicId` made (a mechanic's reputation counts them). */
  escalationsBy(mechanicId: string): Promise<number> {
    return this.prisma.escalation.count({ where: { mechanicId } });
  }

  /** One escalation within `scope`, or null. */
  findEscalation(scope: StoreScope<Prisma.EscalationWhereInput>, id: string, db: Tx | PrismaClient = this.prisma): Promise<Escalation | null> {
    return db.escalation.findFirst({ where: { AND: [{ id }, whereOf(scope) ?? {}] }, select: escalationSelect });
  }

  /**
   * A newest-first page of the escalations in `scope` (the policy's SQL on the escalation row
   * `e`), counted the same way, times as ISO text; with `sessionsFor`, each escalation's session as
   * that viewer reads it (sessionJsonSql: relations included, null outside their session scope;
   * `sessionFields` narrows it) as `preloaded`. One statement (readPagedList). `pageEscalationsViaPrisma` is the same read in
   * Prisma's terms, the specification this must equal (tests/escalations/list-equivalence.test.ts).
   */
  async pageEscalations(scope: StoreScope<Prisma.Sql>, page: PageRequest, sessionsFor: Viewer | null, sessionFields?: ReadonlySet<string>): Promise<Page<Escalation>> {
    const session = sessionsFor ? Prisma.sql`, ${sessionJsonSql(sessionsFor, Prisma.sql`e."sessionId"`, sessionFields)} AS session` : Prisma.empty;
    const { rows, totalCount } = await readPagedList<ListedEscalationRow>(this.sql, {
      from: Prisma.sql`"Escalation" e`,
      where: whereOf(scope) ?? Prisma.sql`TRUE`,
      columns: Prisma.sql`${selectedColumns("e", escalationSelect)}${session}`,
      ...timestampKeysetSql(page, Prisma.sql`e."createdAt"`, Prisma.sql`e.id`, "desc"),
    });
    const listed = toPage(rows, page, totalCount, (row) => row.sortKey);
    return { ...listed, nodes: listed.nodes.map((row) => toListedEscalation(row, sessionsFor)) };
  }

  /** `pageEscalations` in Prisma's terms (escalationScope): the reference the list statement is tested against. */
  async pageEscalationsViaPrisma(scope: StoreScope<Prisma.EscalationWhereInput>, page: PageRequest): Promise<Page<Escalation>> {
    const where = whereOf(scope) ?? {};
    const [rows, totalCount] = await Promise.all([
      this.prisma.escalation.findMany({ ...timestampPage(where, page, "createdAt", "desc"), select: escalationSelect }),
      this.prisma.escalation.count({ where }),
    ]);
    return toPage(rows, page, totalCount, (row) => row.createdAt);
  }

  /** One offer within `scope` with what answering it needs, or null. */
  findOfferToAnswer(scope: StoreScope<Prisma.EscalationOfferWhereInput>, id: string) {
    return this.prisma.escalationOffer.findFirst({ where: { AND: [{ id }, whereOf(scope) ?? {}] }, select: { id: true, status: true, expiresAt: true, escalationId: true } });
  }

  /** One offer by id (already authorised by the move that answered it). */
  offer(id: string): Promise<EscalationOffer> {
    return this.prisma.escalationOffer.findUniqueOrThrow({ where: { id }, select: offerSelect }) as Promise<EscalationOffer>;
  }

  /** The offers in `scope`, in the order they were made. */
  offers(scope: StoreScope<Prisma.EscalationOfferWhereInput>): Promise<EscalationOffer[]> {
    return this.prisma.escalationOffer.findMany({ where: whereOf(scope) ?? {}, orderBy: [{ offeredAt: "asc" }, { id: "asc" }], select: offerSelect }) as Promise<EscalationOffer[]>;
  }

  /** An oldest-first page of the offers in `scope`, counted the same way. */
  async pageOffers(scope: StoreScope<Prisma.EscalationOfferWhereInput>, page: PageRequest): Promise<Page<EscalationOffer>> {
    const where = whereOf(scope) ?? {};
    const [rows, totalCount] = await Promise.all([
      this.prisma.escalationOffer.findMany({ ...timestampPage(where, page, "offeredAt", "asc"), select: offerSelect }) as Promise<EscalationOffer[]>,
      this.prisma.escalationOffer.count({ where }),
    ]);
    return toPage(rows, page, totalCount, (row) => row.offeredAt);
  }

  /** Up to 100 offers still OFFERED past their deadline, oldest deadline first (the expiry timer's batch). */
  staleOffers(now: Date): Promise<{ id: string; escalationId: string }[]> {
    return this.prisma.escalationOffer.findMany({ where: { status: "OFFERED", expiresAt: { lte: now } }, orderBy: { expiresAt: "asc" }, take: 100, select: { id: true, escalationId: true } });
  }

  /** The customer behind an escalation's session (for the privacy table), or null. */
  async customerIdOf(sessionId: string): Promise<string | null> {
    const session = await this.sessions.findWith(systemScope("the customer of an escalation the viewer reached"), sessionId, { customerId: true });
    return session?.customerId ?? null;
  }

  /**
   * For admin metrics: the offers made in [from, to) that a workshop answered itself (accepted or
   * declined, not auto-accepted), with when each was offered and answered.
   */
  async answeredOffersIn(from: Date, to: Date): Promise<{ offeredAt: Date; respondedAt: Date }[]> {
    const offers = await this.prisma.escalationOffer.findMany({
      where: { offeredAt: { gte: from, lt: to }, autoAccepted: false, status: { in: ["ACCEPTED", "DECLINED"] }, respondedAt: { not: null } },
      select: { offeredAt: true, respondedAt: true },
    });
    return offers.flatMap(({ offeredAt, respondedAt }) => (respondedAt ? [{ offeredAt, respondedAt }] : []));
  }

  /** A workshop's public card (rating in stars), or null; inside `db` when given a transaction. */
  async workshop(workshopId: string, db: Tx | PrismaClient = this.prisma): Promise<Workshop | null> {
    const row = await this.workshops.byId(workshopId, db);
    if (!row) return null;
    const { ratingHundredths, ...rest } = row;
    return { ...rest, rating: ratingHundredths / 100 };
  }

  /** What re-matching reads about an escalation: its status, request and the session's customer. */
  escalationToRematch(tx: Tx, escalationId: string) {
    return tx.escalation.findUniqueOrThrow({
      where: { id: escalationId },
      select: { id: true, status: true, quotesRequested: true, estimatedAmountCents: true, workshopId: true, preferredWorkshopId: true, session: { select: matchSessionSelect } },
    });
  }

  /** Workshops accepting escalations with an advisor to answer on `now`, with the matcher's columns (no locks, no open counts). */
  candidateWorkshops(tx: Tx, now: Date): Promise<EscalationCandidate[]> {
    return this.workshops.escalationCandidates(tx, now);
  }

  /**
   * Locks the given workshops' rows for the rest of the transaction: FOR NO KEY UPDATE, in id order
   * so concurrent matches queue instead of deadlocking (it does not block inserts that merely
   * reference a workshop).
   */
  async lockWorkshops(tx: Tx, workshopIds: string[]): Promise<void> {
    await this.workshops.lockForMatching(tx, workshopIds);
  }

  /**
   * Workshops accepting escalations with an advisor to answer on `now` (candidateWorkshops), each
   * with its open escalations counted: its offers still OFFERED or ACCEPTED of escalations still
   * open (read behind the lock, in `tx`).
   */
  async matchWorkshops(tx: Tx, now: Date): Promise<MatchWorkshop[]> {
    const workshops = await this.workshops.escalationCandidates(tx, now);
    const open = await tx.escalationOffer.groupBy({
      by: ["workshopId"],
      where: { workshopId: { in: workshops.map((w) => w.id) }, status: { in: ["OFFERED", "ACCEPTED"] }, escalation: { status: { in: OPEN_ESCALATION_STATUSES } } },
      _count: { _all: true },
      orderBy: { workshopId: "asc" },
    });
    const openOf = new Map(open.map((row) => [row.workshopId, row._count._all]));
    return workshops.map((workshop) => ({ ...workshop, openEscalations: openOf.get(workshop.id) ?? 0 }));
  }

  /**
   * How many workshops are asked to quote the escalation: its offers OFFERED, ACCEPTED or CLOSED
   * (one per workshop). A declined or expired offer is not counted: matching replaced it. In `db`.
   */
  workshopsAsked(escalationId: string, db: Tx | PrismaClient = this.prisma): Promise<number> {
    return db.escalationOffer.count({ where: { escalationId, status: { in: ASKED } } });
  }

  /** Workshops already offered this escalation, whatever they answered: never offered it twice. */
  async triedWorkshopIds(tx: Tx, escalationId: string): Promise<string[]> {
    const tried = await tx.escalationOffer.findMany({ where: { escalationId }, select: { workshopId: true } });
    return tried.map((offer) => offer.workshopId);
  }

  // ───────────── customer choice ─────────────

  /** The customer's own session to name a workshop choice for, with its escalation (if any); null outside `scope`. */
  sessionToChooseFor(scope: StoreScope<Prisma.DiagnosticSessionWhereInput>, sessionId: string) {
    return this.sessions.findWith(scope, sessionId, { id: true, customerId: true, escalation: { select: { id: true } } });
  }

  /** Saves (or replaces) a session's workshop choice. */
  saveWorkshopChoice(tx: Tx, choice: { sessionId: string; customerId: string; preferredWorkshopId: string | null; quotesRequested: number | null }) {
    const { sessionId, ...columns } = choice;
    return tx.sessionWorkshopChoice.upsert({ where: { sessionId }, create: choice, update: columns, select: { sessionId: true, preferredWorkshopId: true, quotesRequested: true } });
  }

  /** A session's workshop choice, or null when the customer named none, inside `tx`. */
  workshopChoice(tx: Tx, sessionId: string) {
    return tx.sessionWorkshopChoice.findUnique({ where: { sessionId }, select: { preferredWorkshopId: true, quotesRequested: true } });
  }

  /** Records why the first match passed the customer's preferred workshop over. */
  async recordPreferenceNote(tx: Tx, escalationId: string, preferenceNote: string): Promise<void> {
    await tx.escalation.update({ where: { id: escalationId }, data: { preferenceNote } });
  }

  /** Whether the workshop was ever offered the escalation. */
  async wasOffered(escalationId: string, workshopId: string): Promise<boolean> {
    return (await this.prisma.escalationOffer.count({ where: { escalationId, workshopId } })) > 0;
  }

  /**
   * Whether workshop `workshopId` lost escalation `escalationId`'s compared set: its offer was
   * CLOSED by the approval of another workshop's quote (the offer no longer lets it read the escalation).
   */
  async lostComparedSet(escalationId: string, workshopId: string): Promise<boolean> {
    return (await this.prisma.escalationOffer.count({ where: { escalationId, workshopId, status: "CLOSED" } })) > 0;
  }

  /** An escalation's live (OFFERED or ACCEPTED) offers, oldest first. */
  liveOffers(tx: Tx, escalationId: string) {
    return tx.escalationOffer.findMany({
      where: { escalationId, status: { in: ["OFFERED", "ACCEPTED"] } },
      orderBy: [{ offeredAt: "asc" }, { id: "asc" }],
      select: { workshopId: true, status: true },
    });
  }
}
