import type { Config } from "../../app/config.ts";
import { customerProfileSelect, type CustomerAccess, type CustomerField } from "../../authz/customer-access.ts";
import { assertCustomerOrderReadable, assertSessionFilterReadable } from "../../authz/filter-policy.ts";
import { customerAccessThroughSession, HELD_DIAGNOSTIC, openRequestScope, PAID_DIAGNOSTIC, sessionScope, sessionScopeSql, vehicleScope } from "../../authz/scopes.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import { Prisma } from "../../platform/db/generated/client.ts";
import type { SessionStatus } from "../../platform/db/generated/enums.ts";
import type { PrismaClient } from "../../platform/db/prisma.ts";
import { allOf, anyOf, selectedColumns, selectedJson, type SqlReader } from "../../platform/db/sql.ts";
import { conflict, forbidden, notFound } from "../../platform/errors.ts";
import { type AccountService, mechanicProfileSelect, toCustomerView, toMechanic } from "../accounts/account.service.ts";
import type { Mechanic } from "../accounts/account.types.ts";
import { customerWhereSql } from "../accounts/customer.filters.ts";
import type { Customer } from "../accounts/customer.type.ts";
import type { AuditService } from "../audit/audit.service.ts";
import type { ContentFlagService } from "../content/content-flag.service.ts";
import { stringFilterSql } from "../shared/filters.ts";
import { afterTimestamp, cursorTimestamp, toPage, type Cursor, type Direction, type Page, type PageRequest } from "../shared/pagination.ts";
import { validateInput } from "../shared/validation.ts";
import {
  SessionOrderField,
  sessionWhereSchema,
  type SessionOrder,
  type SessionWhere,
  type SessionWhereData,
  addVehicleSchema,
  cancelReasonSchema,
  completeSessionSchema,
  requestSessionSchema,
  sessionIdSchema,
  type AddVehicleInput,
  type CompleteSessionInput,
  type RequestSessionInput,
} from "./session.inputs.ts";
import type { DiagnosticSession, Vehicle } from "./session.types.ts";

export const sessionSelect = {
  id: true,
  status: true,
  concern: true,
  mediaUrls: true,
  priceCents: true,
  diagnosis: true,
  recommendedServices: true,
  cancelReason: true,
  requestedAt: true,
  acceptedAt: true,
  startedAt: true,
  completedAt: true,
  cancelledAt: true,
  customerId: true,
  mechanicId: true,
  vehicleId: true,
} as const;

/** Read for every listed session whatever was asked: the field resolvers of its relations use them. */
const ALWAYS_READ: ReadonlySet<string> = new Set(["id", "status", "customerId", "mechanicId", "vehicleId"]);

const vehicleSelect = { id: true, year: true, make: true, model: true, color: true, vin: true } as const;

/**
 * A condition of a move besides who makes it and the status it leaves, checked in the same
 * conditional UPDATE; `refusal` is the CONFLICT's message when only the guard stopped the move.
 */
interface Guard {
  where: Prisma.DiagnosticSessionWhereInput;
  refusal: string;
}

/**
 * Defence in depth for pay before service: a session reaches a mechanic only once paid, but one
 * that is claimed and unpaid (written by hand, or refunded in full since) is not worked on.
 */
const DIAGNOSTIC_PAID_GUARD: Guard = { where: { payments: { some: HELD_DIAGNOSTIC } }, refusal: "The session's diagnostic is not paid" };

const ABSENCE_REFUND_REASON: Record<MechanicAbsence, string> = {
  SUSPENDED: "The mechanic was suspended; refunded at the customer's request",
  NO_SHOW: "The mechanic did not start the session in time; refunded at the customer's request",
};

/** The one answer to a claim that did not take: claimed by another, closed, or no such request. */
const CLAIM_REFUSED = "This request has already been claimed or is no longer open";

type Transition = "claim" | "start" | "complete" | "cancel" | "reassign";

/**
 * The session lifecycle, the only legal moves:
 *
 *   REQUESTED --claim--> ACCEPTED --start--> IN_PROGRESS --complete--> COMPLETED
 *       \___________________\_______________________\--cancel--> CANCELLED
 *       ^____________________/_______________________/ reassign (the customer, after the mechanic's suspension)
 *
 * A request is claimed only once its diagnostic is paid (pay before service).
 * Each move is one conditional UPDATE on (id, actor, current status), so two concurrent moves
 * cannot both succeed: the database decides, and the loser gets CONFLICT.
 */
export const SESSION_TRANSITIONS: Readonly<Record<Transition, { from: readonly SessionStatus[]; to: SessionStatus; verb: string }>> = {
  claim: { from: ["REQUESTED"], to: "ACCEPTED", verb: "claimed" },
  start: { from: ["ACCEPTED"], to: "IN_PROGRESS", verb: "started" },
  complete: { from: ["IN_PROGRESS"], to: "COMPLETED", verb: "completed" },
  cancel: { from: ["REQUESTED", "ACCEPTED", "IN_PROGRESS"], to: "CANCELLED", verb: "cancelled" },
  reassign: { from: ["ACCEPTED", "IN_PROGRESS"], to: "REQUESTED", verb: "reassigned" },
};

/**
 * What the session lifecycle needs of the diagnostic's money (PaymentService): crediting the
 * mechanic who completes it, and refunding the customer in full.
 */
export interface DiagnosticMoney {
  creditDiagnostic(sessionId: string): Promise<void>;
  refundDiagnosticInFull(actor: Viewer, sessionId: string, reason: string): Promise<void>;
}

/** The customer's choice when their mechanic is absent: suspended mid-session, or a no-show. */
export type MechanicAbsenceChoice = "REASSIGN" | "REFUND";

/** Why the mechanic counts as absent: suspended (or banned), or claimed it and never started it. */
export type MechanicAbsence = "SUSPENDED" | "NO_SHOW";

/** Diagnostic sessions: requesting, the lifecycle, and reads, always within the viewer's scope. */
export class SessionService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly sql: SqlReader,
    private readonly accounts: AccountService,
    private readonly config: Pick<Config, "fees" | "sessions">,
    private readonly contentFlags: ContentFlagService,
    /** Late-bound: PaymentService is built after this service. */
    private readonly money: () => DiagnosticMoney | null = () => null,
    private readonly audit: AuditService | null = null,
  ) {}

  get diagnosticPriceCents(): number {
    return this.config.fees.diagnosticPriceCents;
  }

  /**
   * Sessions in the viewer's scope matching `where`, in `order`. Filters and orderings on customer
   * fields the viewer may not read are refused before anything runs. `fields`, the session fields
   * the caller asked for, narrows what is read: other columns and relations are left out of the
   * statement (and undefined on the nodes), except the ids and status the field resolvers use.
   */
  async list(viewer: Viewer, page: PageRequest, where?: SessionWhere | null, order?: SessionOrder | null, fields?: ReadonlySet<string>): Promise<Page<DiagnosticSession>> {
    const filter = where ? validateInput(sessionWhereSchema, where) : null;
    assertSessionFilterReadable(filter, viewer);
    const access = customerAccessThroughSession(viewer);
    const key = SESSION_ORDER_KEYS[order?.field ?? SessionOrderField.REQUESTED_AT];
    if (key.customerField) assertCustomerOrderReadable(key.customerField, access);
    const direction: Direction = order?.direction === "ASC" ? "asc" : "desc";

    // Hand-written, and read straight through the pool, because this is the busiest read: Prisma
    // spent a statement per relation and most of a 100-row page's time mapping values. One
    // statement: the count of every row in scope (the scope and the filter, so it counts exactly
    // what the viewer can page through), joined to the page, so an empty page is one row with the
    // count and no session. Each row comes with what a list shows, the customer's columns being
    // those `access` may read.
    const scoped = allOf([sessionScopeSql(viewer), filter && sessionWhereSql(filter)]);
    const sqlDirection = SQL_DIRECTION[direction];
    const wanted = (field: string) => !fields || fields.has(field);
    const columns = Object.fromEntries(Object.keys(sessionSelect).map((column) => [column, ALWAYS_READ.has(column) || wanted(column)]));
    const relation = (field: string, load: Prisma.Sql) => (wanted(field) ? load : Prisma.sql`NULL`);
    const rows = await this.sql.rows<ListedSessionRow & { totalCount: number }>(Prisma.sql`
      SELECT total."totalCount", page.*
      FROM (SELECT count(*)::int AS "totalCount" FROM "DiagnosticSession" s WHERE ${scoped}) total
      LEFT JOIN LATERAL (
        SELECT ${selectedColumns("s", columns)}, ${key.column} AS "sortKey",
          ${relation("vehicle", Prisma.sql`(SELECT ${selectedJson("v", vehicleSelect)} FROM "Vehicle" v WHERE v.id = s."vehicleId")`)} AS vehicle,
          ${relation("mechanic", Prisma.sql`(SELECT ${selectedJson("m", mechanicProfileSelect)} FROM "MechanicProfile" m WHERE m."userId" = s."mechanicId")`)} AS mechanic,
          ${relation("customer", customerJson(access))} AS customer
        FROM "DiagnosticSession" s ${key.join}
        WHERE ${scoped} AND ${keysetSql(page.after, direction, key)}
        ORDER BY ${key.column} ${sqlDirection}, s.id ${sqlDirection}
        LIMIT ${page.take + 1}
      ) page ON TRUE
      ORDER BY page."sortKey" ${sqlDirection}, page.id ${sqlDirection}`);
    const sessions = rows.filter((row) => row.id !== null);
    const listed = toPage(sessions, page, rows[0]?.totalCount ?? 0, (row) => row.sortKey);
    return { ...listed, nodes: listed.nodes.map((row) => toListedSession(row, access)) };
  }

  /** Requested, unclaimed sessions, oldest first: the queue mechanics claim from. */
  async openRequests(viewer: Viewer, page: PageRequest): Promise<Page<DiagnosticSession>> {
    const where = openRequestScope(viewer);
    const [rows, totalCount] = await Promise.all([
      this.prisma.diagnosticSession.findMany({
        where: { AND: [where, afterTimestamp("requestedAt", page.after, "asc")] },
        orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
        take: page.take + 1,
        select: sessionSelect,
      }),
      this.prisma.diagnosticSession.count({ where }),
    ]);
    return toPage(rows, page, totalCount, (row) => row.requestedAt);
  }

  /** NOT_FOUND both for a missing session and for one outside the viewer's scope. */
  async get(viewer: Viewer, id: string): Promise<DiagnosticSession> {
    // A malformed id would reach PostgreSQL's uuid cast and surface as an internal error.
    validateInput(sessionIdSchema, { id });
    const session = await this.prisma.diagnosticSession.findFirst({ where: { AND: [{ id }, sessionScope(viewer)] }, select: sessionSelect });
    if (!session) throw notFound("Session");
    return session;
  }

  async addVehicle(viewer: Viewer, input: AddVehicleInput): Promise<Vehicle> {
    if (viewer.role !== "CUSTOMER") throw forbidden();
    const data = validateInput(addVehicleSchema, input);
    return this.prisma.vehicle.create({
      data: { ownerId: viewer.id, year: data.year, make: data.make, model: data.model, color: data.color ?? null, vin: data.vin ?? null },
      select: vehicleSelect,
    });
  }

  /** A customer books a diagnostic for one of their own vehicles, at the configured price. */
  async request(viewer: Viewer, input: RequestSessionInput): Promise<DiagnosticSession> {
    if (viewer.role !== "CUSTOMER") throw forbidden();
    const data = validateInput(requestSessionSchema, input);
    const vehicle = await this.prisma.vehicle.findFirst({ where: { id: data.vehicleId, ownerId: viewer.id }, select: { id: true } });
    if (!vehicle) throw notFound("Vehicle");
    return this.prisma.$transaction(async (tx) => {
      const session = await tx.diagnosticSession.create({
        data: {
          customerId: viewer.id,
          vehicleId: vehicle.id,
          concern: data.concern,
          mediaUrls: data.mediaUrls ?? [],
          recommendedServices: [],
          priceCents: this.config.fees.diagnosticPriceCents,
        },
        select: sessionSelect,
      });
      await this.contentFlags.record(tx, viewer, { type: "DiagnosticSession", id: session.id });
      return session;
    });
  }

  /**
   * A mechanic claims an open, paid request; of two concurrent claims exactly one wins. An unpaid
   * request is not among the open ones, and claiming it gets the same CONFLICT as a claimed,
   * closed or unknown one: a mechanic learns nothing about requests it cannot see.
   */
  async claim(viewer: Viewer, id: string): Promise<DiagnosticSession> {
    if (viewer.role !== "MECHANIC") throw forbidden();
    return this.transition(viewer, id, "claim", { mechanicId: null, payments: { some: PAID_DIAGNOSTIC } }, { mechanicId: viewer.id, acceptedAt: new Date() });
  }

  async start(viewer: Viewer, id: string): Promise<DiagnosticSession> {
    if (viewer.role !== "MECHANIC") throw forbidden();
    return this.transition(viewer, id, "start", { mechanicId: viewer.id }, { startedAt: new Date() }, DIAGNOSTIC_PAID_GUARD);
  }

  async complete(viewer: Viewer, id: string, input: CompleteSessionInput): Promise<DiagnosticSession> {
    if (viewer.role !== "MECHANIC") throw forbidden();
    const data = validateInput(completeSessionSchema, input);
    const completed = await this.transition(
      viewer,
      id,
      "complete",
      { mechanicId: viewer.id },
      {
        completedAt: new Date(),
        diagnosis: data.diagnosis,
        recommendedServices: [...new Set(data.recommendedServices)],
      },
      DIAGNOSTIC_PAID_GUARD,
    );
    // The mechanic who completes the diagnostic earns its share (held since the customer paid).
    await this.money()?.creditDiagnostic(id);
    return completed;
  }

  /** The customer, or the assigned mechanic, calls a session off before it is completed. */
  async cancel(viewer: Viewer, id: string, reason: string): Promise<DiagnosticSession> {
    const actor = viewer.role === "CUSTOMER" ? { customerId: viewer.id } : viewer.role === "MECHANIC" ? { mechanicId: viewer.id } : null;
    if (!actor) throw forbidden();
    const data = validateInput(cancelReasonSchema, { reason });
    const cancelled = await this.transition(viewer, id, "cancel", actor, { cancelledAt: new Date(), cancelReason: data.reason });
    // Cancelled before any mechanic claimed it: the customer gets the whole diagnostic back.
    if (cancelled.mechanicId === null) await this.money()?.refundDiagnosticInFull(viewer, id, "cancelled before a mechanic claimed it");
    return cancelled;
  }

  /**
   * The customer's choice when their mechanic is absent (issue 14): suspended or banned
   * mid-session, or a no-show, having claimed the session and not started it within
   * MECHANIC_NO_SHOW_MINUTES. REASSIGN puts the request back among the open ones for another
   * mechanic (who then earns the diagnostic when completing it, the absent one never), REFUND
   * cancels the session and refunds the diagnostic in full. Audited. CONFLICT unless the session
   * is claimed, not completed, and its mechanic absent; the move is one conditional UPDATE that
   * re-checks the absence, so a mechanic who starts at the last moment keeps the session.
   */
  async resolveMechanicAbsence(viewer: Viewer, id: string, choice: MechanicAbsenceChoice, now: Date = new Date()): Promise<DiagnosticSession> {
    if (viewer.role !== "CUSTOMER") throw forbidden();
    validateInput(sessionIdSchema, { id });
    const session = await this.prisma.diagnosticSession.findFirst({
      where: { id, customerId: viewer.id },
      select: { status: true, mechanicId: true, acceptedAt: true, mechanic: { select: { status: true } } },
    });
    if (!session) throw notFound("Session");
    if (!session.mechanicId || !["ACCEPTED", "IN_PROGRESS"].includes(session.status)) throw conflict("Only a session a mechanic is working on can be reassigned or refunded");
    const noShowBefore = new Date(now.getTime() - this.config.sessions.noShowMinutes * 60_000);
    const suspended = session.mechanic !== null && session.mechanic.status !== "ACTIVE";
    const noShow = session.status === "ACCEPTED" && session.acceptedAt !== null && session.acceptedAt <= noShowBefore;
    if (!suspended && !noShow) {
      throw conflict(
        session.status === "ACCEPTED"
          ? `The session's mechanic is not suspended and has ${this.config.sessions.noShowMinutes} minutes from accepting it to start`
          : "The session's mechanic is not suspended",
      );
    }
    const absence: MechanicAbsence = suspended ? "SUSPENDED" : "NO_SHOW";
    const from = session.status;
    // Re-checked in the UPDATE: the same mechanic, still absent for the same reason.
    const actor: Prisma.DiagnosticSessionWhereInput = { customerId: viewer.id, mechanicId: session.mechanicId };
    const guard: Guard = {
      where: absence === "SUSPENDED" ? { mechanic: { status: { not: "ACTIVE" } } } : { status: "ACCEPTED", acceptedAt: { lte: noShowBefore } },
      refusal: absence === "SUSPENDED" ? "The session's mechanic is not suspended" : "The session's mechanic has started it",
    };
    const result =
      choice === "REASSIGN"
        ? await this.transition(viewer, id, "reassign", actor, { mechanicId: null, acceptedAt: null, startedAt: null }, guard)
        : await this.transition(viewer, id, "cancel", actor, { cancelledAt: new Date(), cancelReason: ABSENCE_REFUND_REASON[absence] }, guard);
    await this.audit?.write([
      {
        actor: viewer,
        action: choice === "REASSIGN" ? "session.reassigned" : absence === "SUSPENDED" ? "session.refunded_after_suspension" : "session.refunded_after_no_show",
        entityType: "DiagnosticSession",
        entityId: id,
        data: { from, to: result.status, absence, absentMechanicId: session.mechanicId },
      },
    ]);
    if (choice === "REFUND") await this.money()?.refundDiagnosticInFull(viewer, id, absence === "SUSPENDED" ? "mechanic suspended mid-session" : "mechanic did not start the session");
    return result;
  }

  vehiclesOf(viewer: Viewer): Promise<Vehicle[]> {
    return this.prisma.vehicle.findMany({ where: vehicleScope(viewer), orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: vehicleSelect });
  }

  // A listed session's relations are returned as they are, not in a promise: GraphQL then completes
  // a hundred rows without a promise per relation per row.

  /** The session's vehicle; the session was already scoped, so its vehicle follows. */
  vehicle(session: DiagnosticSession): Vehicle | null | Promise<Vehicle | null> {
    if (session.preloaded) return session.preloaded.vehicle;
    return this.prisma.vehicle.findUnique({ where: { id: session.vehicleId }, select: vehicleSelect });
  }

  /** The session's mechanic, null until one claims it. */
  mechanic(session: DiagnosticSession): Mechanic | null | Promise<Mechanic | null> {
    if (session.preloaded) return session.preloaded.mechanic;
    return session.mechanicId ? this.accounts.mechanicProfile(session.mechanicId) : null;
  }

  customer(viewer: Viewer, session: DiagnosticSession): Customer | null | Promise<Customer | null> {
    if (session.preloaded) return session.preloaded.customer;
    const access = customerAccessThroughSession(viewer);
    return access ? this.accounts.customerView(session.customerId, access) : null;
  }

  /**
   * One conditional update: (id, who may make this move, a status it may leave, the move's guard).
   * Nothing updated means the session is not the actor's (NOT_FOUND, like a missing one), not in
   * a state this move leaves, or refused by the guard (CONFLICT).
   */
  private async transition(
    viewer: Viewer,
    id: string,
    move: Transition,
    actor: Prisma.DiagnosticSessionWhereInput,
    data: Prisma.DiagnosticSessionUncheckedUpdateManyInput,
    guard?: Guard,
  ): Promise<DiagnosticSession> {
    validateInput(sessionIdSchema, { id });
    const { from, to, verb } = SESSION_TRANSITIONS[move];
    // The flags of the move's text (a diagnosis, a cancel reason) commit with it, or neither does.
    const count = await this.prisma.$transaction(async (tx) => {
      const moved = await tx.diagnosticSession.updateMany({
        where: { AND: [{ id }, actor, { status: { in: [...from] } }, guard?.where ?? {}] },
        data: { ...data, status: to },
      });
      if (moved.count > 0) await this.contentFlags.record(tx, viewer, { type: "DiagnosticSession", id });
      return moved.count;
    });
    if (count === 0) {
      // A claim's loser saw the request while it was open, so it learns the request is gone. Every
      // other mechanic gets the very same answer, for a request that closed and for an id that
      // never existed: a claim must not tell which sessions exist.
      if (move === "claim") throw conflict(CLAIM_REFUSED);
      const current = await this.prisma.diagnosticSession.findFirst({ where: { AND: [{ id }, actor] }, select: { status: true } });
      if (!current) throw notFound("Session");
      if (guard && from.includes(current.status)) throw conflict(guard.refusal);
      throw conflict(`A ${current.status.toLowerCase().replace("_", " ")} session cannot be ${verb}`);
    }
    return this.get(viewer, id);
  }
}

/** A row of the list statement: the session's columns, its sort key, and each relation as JSON (null when absent). */
type ListedSessionRow = Omit<DiagnosticSession, "preloaded"> & {
  sortKey: string | Date;
  vehicle: Vehicle | null;
  mechanic: Parameters<typeof toMechanic>[0] | null;
  customer: Parameters<typeof toCustomerView>[0] | null;
};

/**
 * A listed row as the session it is, with the relations it loaded. Field by field, because a rest
 * spread over pg's row objects takes V8's slow copy (several microseconds a row).
 */
function toListedSession(row: ListedSessionRow, access: CustomerAccess | null): DiagnosticSession {
  return {
    id: row.id,
    status: row.status,
    concern: row.concern,
    mediaUrls: row.mediaUrls,
    priceCents: row.priceCents,
    diagnosis: row.diagnosis,
    recommendedServices: row.recommendedServices,
    cancelReason: row.cancelReason,
    requestedAt: row.requestedAt,
    acceptedAt: row.acceptedAt,
    startedAt: row.startedAt,
    completedAt: row.completedAt,
    cancelledAt: row.cancelledAt,
    customerId: row.customerId,
    mechanicId: row.mechanicId,
    vehicleId: row.vehicleId,
    preloaded: {
      vehicle: row.vehicle,
      mechanic: row.mechanic ? toMechanic(row.mechanic) : null,
      customer: access && row.customer ? toCustomerView(row.customer, access) : null,
    },
  };
}

/** The customer's columns that `access` may read (customerProfileSelect's) as JSON, for the session row `s`. */
function customerJson(access: CustomerAccess | null): Prisma.Sql {
  if (!access) return Prisma.sql`NULL`;
  const account = (select: Readonly<Record<string, unknown>>) => Prisma.sql`(SELECT ${selectedJson("u", select)} FROM "User" u WHERE u.id = c."userId")`;
  return Prisma.sql`(SELECT ${selectedJson("c", customerProfileSelect(access), { user: account })} FROM "CustomerProfile" c WHERE c."userId" = s."customerId")`;
}

/** A validated session filter as SQL on the session row `s`; customer conditions go through the customer's account. */
function sessionWhereSql(where: SessionWhereData): Prisma.Sql {
  const vehicle = where.vehicle;
  return allOf([
    where.status && Prisma.sql`s.status = ANY(${where.status}::"SessionStatus"[])`,
    where.concern && stringFilterSql(Prisma.sql`s.concern`, where.concern),
    where.requestedAfter && Prisma.sql`s."requestedAt" >= ${where.requestedAfter}::timestamp`,
    where.requestedBefore && Prisma.sql`s."requestedAt" < ${where.requestedBefore}::timestamp`,
    vehicle &&
      Prisma.sql`EXISTS (SELECT 1 FROM "Vehicle" v WHERE v.id = s."vehicleId" AND ${allOf([
        vehicle.make && stringFilterSql(Prisma.sql`v.make`, vehicle.make),
        vehicle.model && stringFilterSql(Prisma.sql`v.model`, vehicle.model),
        vehicle.year != null && Prisma.sql`v.year = ${vehicle.year}`,
      ])})`,
    where.customer && customerWhereSql(where.customer, Prisma.sql`s."customerId"`),
    ...(where.AND ?? []).map(sessionWhereSql),
    where.OR && anyOf(where.OR.map(sessionWhereSql)),
    where.NOT && Prisma.sql`NOT ${sessionWhereSql(where.NOT)}`,
  ]);
}

const SQL_DIRECTION = { asc: Prisma.raw("ASC"), desc: Prisma.raw("DESC") } as const;

/** The rows after a cursor in (key, id) order, both in `direction`. */
function keysetSql(cursor: Cursor | null, direction: Direction, key: OrderKey): Prisma.Sql {
  if (!cursor) return Prisma.sql`TRUE`;
  const past = Prisma.raw(direction === "asc" ? ">" : "<");
  const value = key.cursorValue(cursor.value);
  return Prisma.sql`(${key.column} ${past} ${value} OR (${key.column} = ${value} AND s.id ${past} ${cursor.id}::uuid))`;
}

interface OrderKey {
  /** The customer field this orders by, checked against the viewer's access. */
  customerField?: CustomerField;
  /** The key's value for the session row `s`. */
  column: Prisma.Sql;
  /** What the list statement joins to reach the key. */
  join: Prisma.Sql;
  /** A cursor's key value as a statement parameter. */
  cursorValue(value: string): Prisma.Sql;
}

/** A customer-profile column as a session sort key. */
function customerKey(customerField: CustomerField, column: "firstName" | "lastName" | "city"): OrderKey {
  return {
    customerField,
    column: Prisma.raw(`sort_profile."${column}"`),
    join: Prisma.sql`LEFT JOIN "CustomerProfile" sort_profile ON sort_profile."userId" = s."customerId"`,
    cursorValue: (value) => Prisma.sql`${value}::text`,
  };
}

const SESSION_ORDER_KEYS: Record<SessionOrderField, OrderKey> = {
  REQUESTED_AT: { column: Prisma.sql`s."requestedAt"`, join: Prisma.empty, cursorValue: (value) => Prisma.sql`${cursorTimestamp(value)}::timestamp` },
  CUSTOMER_FIRST_NAME: customerKey("firstName", "firstName"),
  CUSTOMER_LAST_NAME: customerKey("lastName", "lastName"),
  CUSTOMER_CITY: customerKey("city", "city"),
};
