// Every read and write of DiagnosticSession and Vehicle except status changes (session.machine.ts).
import { customerAccessThroughSession, customerProfileSelect, type CustomerAccess, type CustomerField } from "../../authz/customer-access.ts";
import type { StoredStanding, Viewer } from "../../platform/auth/viewer.ts";
import { Prisma } from "../../platform/db/generated/client.ts";
import type { SessionStatus } from "../../platform/db/generated/enums.ts";
import type { PrismaClient, Tx } from "../../platform/db/prisma.ts";
import { allOf, anyOf, isoTimestamp, keysetSql, readPagedList, selectedColumns, selectedJson, type SqlReader } from "../../platform/db/sql.ts";
import { mechanicProfileSelect, toCustomerView, toMechanic } from "../accounts/account.service.ts";
import type { CustomerProfileRow } from "../accounts/account.store.ts";
import { customerWhereSql, customerWhereToPrisma } from "../accounts/customer.filters.ts";
import { stringFilterSql, toPrismaString } from "../shared/filters.ts";
import { afterTimestamp, cursorTimestamp, keysetAfter, toPage, type Direction, type Page, type PageRequest } from "../shared/pagination.ts";
import { whereOf, type StoreScope } from "../shared/scope.ts";
import { SessionOrderField, type SessionWhere } from "./session.inputs.ts";
import { sessionCommitment, sessionCommitmentSql, sessionScope, sessionScopeSql } from "./session.policy.ts";
import type { DiagnosticSession, Vehicle } from "./session.types.ts";

/** The session columns a single read loads (the GraphQL DiagnosticSession's, and the ids of its relations). */
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

/** The customer field each customer ordering sorts by (the profile column of the same name); the viewer must be able to read it. */
export const ORDER_CUSTOMER_FIELD: Readonly<Record<SessionOrderField, (CustomerField & ("firstName" | "lastName" | "city")) | null>> = {
  REQUESTED_AT: null,
  CUSTOMER_FIRST_NAME: "firstName",
  CUSTOMER_LAST_NAME: "lastName",
  CUSTOMER_CITY: "city",
};

/** A page of the session list: which rows, in which order, and which fields the caller asked for. */
export interface SessionListQuery {
  page: PageRequest;
  /** A validated filter (customer conditions already checked against the viewer's access). */
  where: SessionWhere | null;
  order: SessionOrderField;
  direction: Direction;
  /** The session fields asked for; other columns and relations are left out (undefined), except ALWAYS_READ. Absent: all. */
  fields?: ReadonlySet<string>;
}

/** What deciding a mechanic's absence reads of a session: its status, its mechanic, since when, and the mechanic's account status and vetting (null when the account has no mechanic profile). */
export interface SessionAbsenceFacts {
  status: DiagnosticSession["status"];
  mechanicId: string | null;
  acceptedAt: Date | null;
  /** The mechanic's stored standing (read with statusAt) and vetting decision. */
  mechanic: (StoredStanding & { vettingStatus: string | null }) | null;
}

/** DiagnosticSession and Vehicle rows, always within a policy scope or for ids the policy already authorised. */
export class SessionStore {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly sql: SqlReader,
  ) {}

  /** Runs `fn` in one interactive transaction (an admin's note commits with its audit row and flags). */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(fn);
  }

  /** One session within `scope` with the columns named by `select` (another module's read of what it needs), or null; read in `db` (a transaction, by default none). */
  findWith<S extends Prisma.DiagnosticSessionSelect>(
    scope: StoreScope<Prisma.DiagnosticSessionWhereInput>,
    id: string,
    select: S,
    db: Tx | PrismaClient = this.prisma,
  ): Promise<Prisma.DiagnosticSessionGetPayload<{ select: S }> | null> {
    return db.diagnosticSession.findFirst({ where: { AND: [{ id }, whereOf(scope) ?? {}] }, select }) as Promise<Prisma.DiagnosticSessionGetPayload<{ select: S }> | null>;
  }

  /**
   * For enforcement's flagged conversations: the sessions with these ids within the viewer's
   * scope (others and unknown ids left out), with the relations a list shows preloaded, in one
   * statement whatever the number of ids (as `list` reads them, times as ISO text).
   */
  async byIds(viewer: Viewer, ids: readonly string[]): Promise<DiagnosticSession[]> {
    const rows = await this.sql.rows<ListedSessionRow>(
      Prisma.sql`
      SELECT ${listedColumns(viewer, wantedFields(undefined))} FROM "DiagnosticSession" s
      WHERE s.id = ANY(${[...ids]}::uuid[]) AND ${sessionScopeSql(viewer)}`,
      "iso",
    );
    return rows.map((row) => toListedSession(row, viewer));
  }

  /**
   * For enforcement's investigation triggers: up to 100 mechanics with more than `minCompleted`
   * completed sessions and no escalation ever, most completed first, with that count.
   */
  mechanicsNeverEscalating(minCompleted: number): Promise<{ mechanicId: string; completed: number }[]> {
    return this.prisma.$queryRaw<{ mechanicId: string; completed: number }[]>`
      SELECT s."mechanicId"::text AS "mechanicId", COUNT(*)::int AS completed
      FROM "DiagnosticSession" s
      WHERE s.status = 'COMPLETED' AND s."mechanicId" IS NOT NULL
      GROUP BY s."mechanicId"
      HAVING COUNT(*) > ${minCompleted}
         AND NOT EXISTS (SELECT 1 FROM "Escalation" e WHERE e."mechanicId" = s."mechanicId")
      ORDER BY completed DESC, s."mechanicId"
      LIMIT 100`;
  }

  /** For payments: a session's status and diagnostic price in cents, within the payer's `scope` (payment.policy.ts sessionsToPay), or null. */
  findPayable(scope: StoreScope<Prisma.DiagnosticSessionWhereInput>, id: string): Promise<{ id: string; status: SessionStatus; priceCents: number } | null> {
    return this.prisma.diagnosticSession.findFirst({ where: { AND: [{ id }, whereOf(scope) ?? {}] }, select: { id: true, status: true, priceCents: true } });
  }

  /** For admin metrics: sessions completed in [from, to), and how many of them were escalated. */
  async completedIn(from: Date, to: Date): Promise<{ completed: number; escalated: number }> {
    const where = { status: "COMPLETED", completedAt: { gte: from, lt: to } } as const;
    const [completed, escalated] = await Promise.all([this.prisma.diagnosticSession.count({ where }), this.prisma.diagnosticSession.count({ where: { ...where, escalation: { isNot: null } } })]);
    return { completed, escalated };
  }

  /** For payments: locks a session's row (FOR UPDATE) until `tx` ends, so concurrent attempts to pay its diagnostic run one after the other. */
  async lockForPayment(tx: Tx, id: string): Promise<void> {
    await tx.$queryRaw`SELECT id FROM "DiagnosticSession" WHERE id = ${id}::uuid FOR UPDATE`;
  }

  /**
   * The viewer's sessions (sessionScope) matching `query.where`, one page of them with the total
   * count, each with the relations a list shows (the customer's columns being those the viewer's
   * access may read), as `preloaded`.
   *
   * One statement straight through the pool (readPagedList: the scope, the page, its selected
   * relations and the count compiled together), because Prisma spent a statement per relation and
   * most of a 100-row page's time mapping values. `listViaPrisma` is the same read in Prisma's terms, the
   * specification this must equal (tests/sessions/list-equivalence.test.ts, per role).
   */
  async list(viewer: Viewer, query: SessionListQuery): Promise<Page<DiagnosticSession>> {
    const key = SESSION_ORDER_KEYS[query.order];
    const cursor = query.page.after && { value: key.cursorValue(query.page.after.value), id: query.page.after.id };
    const { rows, totalCount } = await readPagedList<ListedSessionRow>(this.sql, {
      from: Prisma.sql`"DiagnosticSession" s ${key.join}`,
      where: allOf([sessionScopeSql(viewer), query.where && sessionWhereSql(query.where)]),
      columns: listedColumns(viewer, wantedFields(query.fields)),
      sortKey: key.column,
      id: Prisma.sql`s.id`,
      direction: query.direction,
      after: keysetSql(cursor, query.direction, key.column, Prisma.sql`s.id`),
      limit: query.page.take + 1,
    });
    const listed = toPage(rows, query.page, totalCount, (row) => row.sortKey);
    return { ...listed, nodes: listed.nodes.map((row) => toListedSession(row, viewer)) };
  }

  /** `list` in Prisma's terms (sessionScope, relation selects): the reference the SQL fast path is tested against. */
  async listViaPrisma(viewer: Viewer, query: SessionListQuery): Promise<Page<DiagnosticSession>> {
    const access = customerAccessThroughSession(viewer);
    const customerField = ORDER_CUSTOMER_FIELD[query.order];
    const where: Prisma.DiagnosticSessionWhereInput = { AND: [sessionScope(viewer), query.where ? sessionWhereToPrisma(query.where) : {}] };
    const after = customerField
      ? keysetAfter(query.page.after, query.direction, (comparison, value) => ({ customer: { is: { customer: { is: { [customerField]: { [comparison]: value } } } } } }))
      : afterTimestamp("requestedAt", query.page.after, query.direction);
    const wanted = wantedFields(query.fields);
    const columns = Object.fromEntries(Object.keys(sessionSelect).map((column) => [column, ALWAYS_READ.has(column) || wanted(column)]));
    // The customer's profile: the columns a list shows, and the sort key's.
    const profile = { ...(wanted("customer") && access ? customerProfileSelect(access) : {}), ...(customerField ? { [customerField]: true } : {}) };
    const [found, totalCount] = await Promise.all([
      this.prisma.diagnosticSession.findMany({
        where: { AND: [where, after] },
        orderBy: [customerField ? { customer: { customer: { [customerField]: query.direction } } } : { requestedAt: query.direction }, { id: query.direction }],
        take: query.page.take + 1,
        select: {
          ...columns,
          requestedAt: true,
          vehicle: wanted("vehicle") ? { select: vehicleSelect } : false,
          mechanic: wanted("mechanic") ? { select: { mechanic: { select: mechanicProfileSelect } } } : false,
          customer: Object.keys(profile).length ? { select: { customer: { select: profile } } } : false,
        },
      }),
      this.prisma.diagnosticSession.count({ where }),
    ]);
    const rows = found as unknown as PrismaListedRow[];
    const committed = new Set(
      (await this.prisma.diagnosticSession.findMany({ where: { AND: [{ id: { in: rows.map((row) => row.id) } }, sessionCommitment(viewer)] }, select: { id: true } })).map((row) => row.id),
    );
    const sortKey = (row: PrismaListedRow) => (customerField ? String(row.customer?.customer?.[customerField]) : row.requestedAt);
    const listed = toPage(rows, query.page, totalCount, sortKey);
    return {
      ...listed,
      nodes: listed.nodes.map((row) =>
        toListedSession(
          {
            ...row,
            requestedAt: columns.requestedAt ? row.requestedAt : (undefined as unknown as Date),
            sortKey: sortKey(row),
            vehicle: row.vehicle ?? null,
            mechanic: row.mechanic?.mechanic ?? null,
            customer: wanted("customer") && access ? (row.customer?.customer ?? null) : null,
            committed: committed.has(row.id),
          },
          viewer,
        ),
      ),
    };
  }

  /** Requested, unclaimed, paid sessions in `scope` (openRequestScope), oldest first: the queue mechanics claim from. */
  openRequests(scope: StoreScope<Prisma.DiagnosticSessionWhereInput>, page: PageRequest): Promise<Page<DiagnosticSession>> {
    return this.oldestFirst(scope, page);
  }

  /** One page of the sessions in `scope` (a policy scope with its filter), oldest request first, and their count. */
  async oldestFirst(scope: StoreScope<Prisma.DiagnosticSessionWhereInput>, page: PageRequest): Promise<Page<DiagnosticSession>> {
    const where = whereOf(scope) ?? {};
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

  /** The session `id` if it is within `scope`, else null. */
  find(scope: StoreScope<Prisma.DiagnosticSessionWhereInput>, id: string): Promise<DiagnosticSession | null> {
    return this.prisma.diagnosticSession.findFirst({ where: { AND: [{ id }, whereOf(scope) ?? {}] }, select: sessionSelect });
  }

  /** What deciding a mechanic's absence needs of session `id`, if it is within `scope` (the customer's own). */
  async absenceFacts(scope: StoreScope<Prisma.DiagnosticSessionWhereInput>, id: string): Promise<SessionAbsenceFacts | null> {
    const row = await this.prisma.diagnosticSession.findFirst({
      where: { AND: [{ id }, whereOf(scope) ?? {}] },
      select: { status: true, mechanicId: true, acceptedAt: true, mechanic: { select: { status: true, suspendedUntil: true, mechanic: { select: { vettingStatus: true } } } } },
    });
    if (!row) return null;
    const { mechanic, ...facts } = row;
    return { ...facts, mechanic: mechanic && { status: mechanic.status, suspendedUntil: mechanic.suspendedUntil, vettingStatus: mechanic.mechanic?.vettingStatus ?? null } };
  }

  /** Registers a vehicle to `ownerId` (the signed-in customer). */
  addVehicle(ownerId: string, vehicle: Omit<Vehicle, "id">): Promise<Vehicle> {
    return this.prisma.vehicle.create({ data: { ownerId, ...vehicle }, select: vehicleSelect });
  }

  /** The id of vehicle `id` if it is within `scope`, else null. */
  async findVehicle(scope: StoreScope<Prisma.VehicleWhereInput>, id: string): Promise<string | null> {
    const vehicle = await this.prisma.vehicle.findFirst({ where: { AND: [{ id }, whereOf(scope) ?? {}] }, select: { id: true } });
    return vehicle?.id ?? null;
  }

  /** The vehicles in `scope` (vehicleScope), oldest first. */
  vehicles(scope: StoreScope<Prisma.VehicleWhereInput>): Promise<Vehicle[]> {
    return this.prisma.vehicle.findMany({ where: whereOf(scope) ?? {}, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: vehicleSelect });
  }

  /** The vehicle of a session already read within the viewer's scope (so its vehicle follows). */
  sessionVehicle(session: Pick<DiagnosticSession, "vehicleId">): Promise<Vehicle | null> {
    return this.prisma.vehicle.findUnique({ where: { id: session.vehicleId }, select: vehicleSelect });
  }
}

const wantedFields = (fields: ReadonlySet<string> | undefined) => (field: string) => !fields || fields.has(field);

/** A row of listViaPrisma's read: the session's columns and its relations as Prisma nests them. */
type PrismaListedRow = Omit<DiagnosticSession, "preloaded"> & {
  vehicle?: Vehicle | null;
  mechanic?: { mechanic: Parameters<typeof toMechanic>[0] | null } | null;
  customer?: { customer: (CustomerProfileRow & Partial<Record<"firstName" | "lastName" | "city", string>>) | null };
};

/** A row of the list statement: the session's columns, its sort key, and each relation as JSON (null when absent). */
export type ListedSessionRow = Omit<DiagnosticSession, "preloaded"> & {
  sortKey: string | Date;
  /** Whether the viewer took the session on (sessionCommitment): decides how they read its customer and vehicle. */
  committed: boolean;
  vehicle: Vehicle | null;
  mechanic: Parameters<typeof toMechanic>[0] | null;
  customer: CustomerProfileRow | null;
};

/**
 * A listed row as the session it is, with the relations it loaded. Field by field, because a rest
 * spread over pg's row objects takes V8's slow copy (several microseconds a row).
 */
function toListedSession(row: ListedSessionRow, viewer: Viewer): DiagnosticSession {
  const access = customerAccessThroughSession(viewer, row.committed);
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
      access,
    },
  };
}

/**
 * A listed session's select list on the session row `s` for `viewer`: the columns `wanted` names
 * (and ALWAYS_READ), each wanted relation as JSON (NULL when not wanted; the customer's columns
 * those the viewer's access may read: the same before and after committing), and whether the
 * viewer took the session on, as ListedSessionRow.
 */
function listedColumns(viewer: Viewer, wanted: (field: string) => boolean): Prisma.Sql {
  const access = customerAccessThroughSession(viewer);
  const columns = Object.fromEntries(Object.keys(sessionSelect).map((column) => [column, ALWAYS_READ.has(column) || wanted(column)]));
  const relation = (field: string, load: Prisma.Sql) => (wanted(field) ? load : Prisma.sql`NULL`);
  return Prisma.sql`${selectedColumns("s", columns)},
    ${relation("vehicle", VEHICLE_JSON)} AS vehicle,
    ${relation("mechanic", MECHANIC_JSON)} AS mechanic,
    ${relation("customer", customerJson(access))} AS customer,
    ${sessionCommitmentSql(viewer)} AS committed`;
}

/** A listed session's vehicle and mechanic as JSON, for the session row `s`. */
const VEHICLE_JSON = Prisma.sql`(SELECT ${selectedJson("v", vehicleSelect)} FROM "Vehicle" v WHERE v.id = s."vehicleId")`;
const MECHANIC_JSON = Prisma.sql`(SELECT ${selectedJson("m", mechanicProfileSelect)} FROM "MechanicProfile" m WHERE m."userId" = s."mechanicId")`;

/** The session's timestamp columns: in a JSON value they are written as text (pg's, as a column reads) for isoTimestamp. */
const SESSION_TIMES = ["requestedAt", "acceptedAt", "startedAt", "completedAt", "cancelledAt"] as const satisfies readonly (keyof typeof sessionSelect)[];

/**
 * For another module's list statement: the session whose id `sessionId` names (SQL on the listed
 * row) as `viewer` reads it (sessionScopeSql; NULL outside it), with the columns and the relations
 * a list shows, as one JSON value that sessionOfJson reads back. So a list whose rows each show their
 * session (the escalation feed) is one statement, not a page and then its sessions. `fields`, the
 * session fields asked for, narrows it as it narrows the session list (absent: all; ALWAYS_READ
 * always; a relation not asked for is null, a column absent).
 */
export function sessionJsonSql(viewer: Viewer, sessionId: Prisma.Sql, fields?: ReadonlySet<string>): Prisma.Sql {
  const wanted = wantedFields(fields);
  const times: ReadonlySet<string> = new Set(SESSION_TIMES);
  const pairs = Object.keys(sessionSelect)
    .filter((field) => ALWAYS_READ.has(field) || wanted(field))
    .map((field) => Prisma.raw(`'${field}', s."${field}"${times.has(field) ? "::text" : ""}`));
  const relation = (field: string, load: Prisma.Sql) => (wanted(field) ? load : Prisma.sql`NULL`);
  return Prisma.sql`(SELECT json_build_object(${Prisma.join(pairs)}, 'vehicle', ${relation("vehicle", VEHICLE_JSON)}, 'mechanic', ${relation("mechanic", MECHANIC_JSON)},
      'customer', ${relation("customer", customerJson(customerAccessThroughSession(viewer)))}, 'committed', ${sessionCommitmentSql(viewer)})
    FROM "DiagnosticSession" s WHERE s.id = ${sessionId} AND ${sessionScopeSql(viewer)})`;
}

/** A session read by sessionJsonSql for `viewer`, as the list reads it (times as ISO text, relations preloaded). */
export function sessionOfJson(viewer: Viewer, json: ListedSessionRow): DiagnosticSession {
  // The parsed JSON is this row's own: its times are read in place (a spread copy of it per row
  // cost more than the reading), and toListedSession copies it field by field anyway.
  for (const field of SESSION_TIMES) {
    const value = json[field];
    if (typeof value === "string") json[field] = isoTimestamp(value);
  }
  return toListedSession(json, viewer);
}

/** The customer's columns that `access` may read (customerProfileSelect's) as JSON, for the session row `s`. */
function customerJson(access: CustomerAccess | null): Prisma.Sql {
  if (!access) return Prisma.sql`NULL`;
  const account = (select: Readonly<Record<string, unknown>>) => Prisma.sql`(SELECT ${selectedJson("u", select)} FROM "User" u WHERE u.id = c."userId")`;
  return Prisma.sql`(SELECT ${selectedJson("c", customerProfileSelect(access), { user: account })} FROM "CustomerProfile" c WHERE c."userId" = s."customerId")`;
}

/** A validated session filter as SQL on the session row `s`; customer conditions go through the customer's account. */
function sessionWhereSql(where: SessionWhere): Prisma.Sql {
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

/** The same condition as sessionWhereSql, as a Prisma filter (listViaPrisma). */
function sessionWhereToPrisma(where: SessionWhere): Prisma.DiagnosticSessionWhereInput {
  const vehicle = where.vehicle;
  const conditions: Prisma.DiagnosticSessionWhereInput[] = [
    where.status ? { status: { in: where.status } } : {},
    where.concern ? { concern: toPrismaString(where.concern) } : {},
    where.requestedAfter ? { requestedAt: { gte: where.requestedAfter } } : {},
    where.requestedBefore ? { requestedAt: { lt: where.requestedBefore } } : {},
    vehicle
      ? {
          vehicle: {
            is: {
              ...(vehicle.make ? { make: toPrismaString(vehicle.make) } : {}),
              ...(vehicle.model ? { model: toPrismaString(vehicle.model) } : {}),
              ...(vehicle.year != null ? { year: vehicle.year } : {}),
            },
          },
        }
      : {},
    where.customer ? { customer: { is: customerWhereToPrisma(where.customer) } } : {},
    ...(where.AND ?? []).map(sessionWhereToPrisma),
    where.OR ? { OR: where.OR.map(sessionWhereToPrisma) } : {},
    where.NOT ? { NOT: sessionWhereToPrisma(where.NOT) } : {},
  ];
  return { AND: conditions };
}

interface OrderKey {
  /** The key's value for the session row `s`. */
  column: Prisma.Sql;
  /** What the list statement joins to reach the key. */
  join: Prisma.Sql;
  /** A cursor's key value as a statement parameter. */
  cursorValue(value: string): Prisma.Sql;
}

/** A customer-profile column as a session sort key. */
function customerKey(column: "firstName" | "lastName" | "city"): OrderKey {
  return {
    column: Prisma.raw(`sort_profile."${column}"`),
    join: Prisma.sql`LEFT JOIN "CustomerProfile" sort_profile ON sort_profile."userId" = s."customerId"`,
    cursorValue: (value) => Prisma.sql`${value}::text`,
  };
}

const REQUESTED_AT_KEY: OrderKey = { column: Prisma.sql`s."requestedAt"`, join: Prisma.empty, cursorValue: (value) => Prisma.sql`${cursorTimestamp(value)}::timestamp` };

const SESSION_ORDER_KEYS = Object.fromEntries(
  Object.values(SessionOrderField).map((order) => {
    const field = ORDER_CUSTOMER_FIELD[order];
    return [order, field ? customerKey(field) : REQUESTED_AT_KEY];
  }),
) as Record<SessionOrderField, OrderKey>;

/**
 * Demo data only (src/seed): inserts demo vehicles as given, with their fixed ids and backdated
 * timestamps. No checks, history, audit or events: the seed builds a consistent world
 * itself. Not for product code.
 */
export async function insertDemoVehicles(tx: Tx, vehicles: Prisma.VehicleCreateManyInput[]): Promise<void> {
  await tx.vehicle.createMany({ data: vehicles });
}
