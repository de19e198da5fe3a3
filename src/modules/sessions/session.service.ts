import type { Viewer } from "../../auth/viewer.ts";
import { assertCustomerOrderReadable, assertSessionFilterReadable } from "../../authz/filter-policy.ts";
import { customerProfileSelect, type CustomerAccess, type CustomerField } from "../../authz/customer-access.ts";
import { customerAccessThroughSession, openRequestScope, sessionScope, vehicleScope } from "../../authz/scopes.ts";
import type { Config } from "../../config.ts";
import { Prisma } from "../../db/generated/client.ts";
import type { SessionStatus } from "../../db/generated/enums.ts";
import type { PrismaClient } from "../../db/prisma.ts";
import { selectedColumns, selectedJson } from "../../db/sql.ts";
import { conflict, forbidden, notFound } from "../../errors.ts";
import type { AccountService } from "../accounts/account.service.ts";
import { mechanicProfileSelect, toCustomerView, toMechanic } from "../accounts/account.service.ts";
import { customerWhereToPrisma } from "../accounts/customer.filters.ts";
import type { Mechanic } from "../accounts/account.types.ts";
import type { Customer } from "../accounts/customer.type.ts";
import { toPrismaString } from "../shared/filters.ts";
import { afterTimestamp, keysetAfter, toPage, type Direction, type Page, type PageRequest } from "../shared/pagination.ts";
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

const vehicleSelect = { id: true, year: true, make: true, model: true, color: true, vin: true } as const;

type Transition = "claim" | "start" | "complete" | "cancel";

/**
 * The session lifecycle, the only legal moves:
 *
 *   REQUESTED --claim--> ACCEPTED --start--> IN_PROGRESS --complete--> COMPLETED
 *       \___________________\_______________________\--cancel--> CANCELLED
 *
 * Each move is one conditional UPDATE on (id, actor, current status), so two concurrent moves
 * cannot both succeed: the database decides, and the loser gets CONFLICT.
 */
export const SESSION_TRANSITIONS: Readonly<Record<Transition, { from: readonly SessionStatus[]; to: SessionStatus; verb: string }>> = {
  claim: { from: ["REQUESTED"], to: "ACCEPTED", verb: "claimed" },
  start: { from: ["ACCEPTED"], to: "IN_PROGRESS", verb: "started" },
  complete: { from: ["IN_PROGRESS"], to: "COMPLETED", verb: "completed" },
  cancel: { from: ["REQUESTED", "ACCEPTED", "IN_PROGRESS"], to: "CANCELLED", verb: "cancelled" },
};

/** Diagnostic sessions: requesting, the lifecycle, and reads, always within the viewer's scope. */
export class SessionService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly accounts: AccountService,
    private readonly config: Pick<Config, "fees">,
  ) {}

  get diagnosticPriceCents(): number {
    return this.config.fees.diagnosticPriceCents;
  }

  /**
   * Sessions in the viewer's scope matching `where`, in `order`. Filters and orderings on customer
   * fields the viewer may not read are refused before anything runs.
   */
  async list(viewer: Viewer, page: PageRequest, where?: SessionWhere | null, order?: SessionOrder | null): Promise<Page<DiagnosticSession>> {
    const filter = where ? validateInput(sessionWhereSchema, where) : null;
    assertSessionFilterReadable(filter, viewer);
    const key = SESSION_ORDER_KEYS[order?.field ?? SessionOrderField.REQUESTED_AT];
    if (key.customerField) assertCustomerOrderReadable(key.customerField, customerAccessThroughSession(viewer));
    const direction: Direction = order?.direction === "ASC" ? "asc" : "desc";

    const scoped: Prisma.DiagnosticSessionWhereInput = { AND: [sessionScope(viewer), filter ? sessionWhereToPrisma(filter) : {}] };
    // Which sessions, in which order: the scope, the filter and the cursor decide in one query.
    const [keys, totalCount] = await Promise.all([
      this.prisma.diagnosticSession.findMany({
        where: { AND: [scoped, keysetAfter(page.after, direction, key.match)] },
        orderBy: [key.orderBy(direction), { id: direction }],
        take: page.take + 1,
        select: { id: true, ...key.select },
      }),
      this.prisma.diagnosticSession.count({ where: scoped }),
    ]);
    const listed = toPage(keys, page, totalCount, key.value);
    return { ...listed, nodes: await this.listRows(listed.nodes.map((row) => row.id), customerAccessThroughSession(viewer)) };
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
    return this.prisma.diagnosticSession.create({
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
  }

  /** A mechanic claims an open request; of two concurrent claims exactly one wins. */
  async claim(viewer: Viewer, id: string): Promise<DiagnosticSession> {
    if (viewer.role !== "MECHANIC") throw forbidden();
    return this.transition(viewer, id, "claim", { mechanicId: null }, { mechanicId: viewer.id, acceptedAt: new Date() });
  }

  async start(viewer: Viewer, id: string): Promise<DiagnosticSession> {
    if (viewer.role !== "MECHANIC") throw forbidden();
    return this.transition(viewer, id, "start", { mechanicId: viewer.id }, { startedAt: new Date() });
  }

  async complete(viewer: Viewer, id: string, input: CompleteSessionInput): Promise<DiagnosticSession> {
    if (viewer.role !== "MECHANIC") throw forbidden();
    const data = validateInput(completeSessionSchema, input);
    return this.transition(viewer, id, "complete", { mechanicId: viewer.id }, {
      completedAt: new Date(),
      diagnosis: data.diagnosis,
      recommendedServices: [...new Set(data.recommendedServices)],
    });
  }

  /** The customer, or the assigned mechanic, calls a session off before it is completed. */
  async cancel(viewer: Viewer, id: string, reason: string): Promise<DiagnosticSession> {
    const actor = viewer.role === "CUSTOMER" ? { customerId: viewer.id } : viewer.role === "MECHANIC" ? { mechanicId: viewer.id } : null;
    if (!actor) throw forbidden();
    const data = validateInput(cancelReasonSchema, { reason });
    return this.transition(viewer, id, "cancel", actor, { cancelledAt: new Date(), cancelReason: data.reason });
  }

  vehiclesOf(viewer: Viewer): Promise<Vehicle[]> {
    return this.prisma.vehicle.findMany({ where: vehicleScope(viewer), orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: vehicleSelect });
  }

  /** The session's vehicle; the session was already scoped, so its vehicle follows. */
  vehicle(session: DiagnosticSession): Promise<Vehicle | null> {
    if (session.preloaded) return Promise.resolve(session.preloaded.vehicle);
    return this.prisma.vehicle.findUnique({ where: { id: session.vehicleId }, select: vehicleSelect });
  }

  /** The session's mechanic, null until one claims it. */
  mechanic(session: DiagnosticSession): Promise<Mechanic | null> {
    if (session.preloaded) return Promise.resolve(session.preloaded.mechanic);
    return session.mechanicId ? this.accounts.mechanicProfile(session.mechanicId) : Promise.resolve(null);
  }

  customer(viewer: Viewer, session: DiagnosticSession): Promise<Customer | null> {
    if (session.preloaded) return Promise.resolve(session.preloaded.customer);
    const access = customerAccessThroughSession(viewer);
    return access ? this.accounts.customerView(session.customerId, access) : Promise.resolve(null);
  }

  /**
   * The listed sessions, in the given order, with what a list row shows (vehicle, mechanic, the
   * customer's columns that `access` may read: customerProfileSelect's) in one statement. Prisma
   * would load each relation in a statement of its own and map every value in JS, which
   * dominated a 100-row page. The ids come from the scoped query.
   */
  private async listRows(ids: string[], access: CustomerAccess | null): Promise<DiagnosticSession[]> {
    if (ids.length === 0) return [];
    const customer = access
      ? Prisma.sql`(SELECT ${selectedJson("c", customerProfileSelect(access), { user: (select) => Prisma.sql`(SELECT ${selectedJson("u", select)} FROM "User" u WHERE u.id = c."userId")` })}
          FROM "CustomerProfile" c WHERE c."userId" = s."customerId")`
      : Prisma.sql`NULL`;
    const rows = await this.prisma.$queryRaw<ListedSessionRow[]>`
      SELECT ${selectedColumns("s", sessionSelect)},
        (SELECT ${selectedJson("v", vehicleSelect)} FROM "Vehicle" v WHERE v.id = s."vehicleId") AS vehicle,
        (SELECT ${selectedJson("m", mechanicProfileSelect)} FROM "MechanicProfile" m WHERE m."userId" = s."mechanicId") AS mechanic,
        ${customer} AS customer
      FROM unnest(${ids}::uuid[]) WITH ORDINALITY AS listed(id, position)
      JOIN "DiagnosticSession" s ON s.id = listed.id
      ORDER BY listed.position`;
    return rows.map(({ vehicle, mechanic, customer, ...session }) => ({
      ...session,
      preloaded: { vehicle, mechanic: mechanic ? toMechanic(mechanic) : null, customer: access && customer ? toCustomerView(customer, access) : null },
    }));
  }

  /**
   * One conditional update: (id, who may make this move, a status it may leave). Nothing updated
   * means the session is not the actor's (NOT_FOUND, like a missing one) or not in a state this
   * move leaves (CONFLICT).
   */
  private async transition(
    viewer: Viewer,
    id: string,
    move: Transition,
    actor: Prisma.DiagnosticSessionWhereInput,
    data: Prisma.DiagnosticSessionUncheckedUpdateManyInput,
  ): Promise<DiagnosticSession> {
    validateInput(sessionIdSchema, { id });
    const { from, to, verb } = SESSION_TRANSITIONS[move];
    const { count } = await this.prisma.diagnosticSession.updateMany({
      where: { AND: [{ id }, actor, { status: { in: [...from] } }] },
      data: { ...data, status: to },
    });
    if (count === 0) {
      // A claim's loser could see the request while it was open: tell it the request is gone.
      const visible = move === "claim" ? { id } : { AND: [{ id }, actor] };
      const current = await this.prisma.diagnosticSession.findFirst({ where: visible, select: { status: true } });
      if (!current) throw notFound("Session");
      throw conflict(move === "claim" ? "This request has already been claimed or is no longer open" : `A ${current.status.toLowerCase().replace("_", " ")} session cannot be ${verb}`);
    }
    return this.get(viewer, id);
  }
}

/** A row of `listRows`: the session's columns, and each relation as a JSON object (null when absent). */
type ListedSessionRow = Omit<DiagnosticSession, "preloaded"> & {
  vehicle: Vehicle | null;
  mechanic: Parameters<typeof toMechanic>[0] | null;
  customer: Record<string, unknown> | null;
};

/** A validated session filter as a Prisma condition; customer conditions go through the customer's account. */
function sessionWhereToPrisma(where: SessionWhereData): Prisma.DiagnosticSessionWhereInput {
  return {
    ...(where.status ? { status: { in: where.status } } : {}),
    ...(where.concern ? { concern: toPrismaString(where.concern) } : {}),
    ...(where.requestedAfter || where.requestedBefore
      ? { requestedAt: { ...(where.requestedAfter ? { gte: where.requestedAfter } : {}), ...(where.requestedBefore ? { lt: where.requestedBefore } : {}) } }
      : {}),
    ...(where.vehicle
      ? {
          vehicle: {
            is: {
              ...(where.vehicle.make ? { make: toPrismaString(where.vehicle.make) } : {}),
              ...(where.vehicle.model ? { model: toPrismaString(where.vehicle.model) } : {}),
              ...(where.vehicle.year != null ? { year: where.vehicle.year } : {}),
            },
          },
        }
      : {}),
    ...(where.customer ? { customer: { is: customerWhereToPrisma(where.customer) } } : {}),
    ...(where.AND ? { AND: where.AND.map(sessionWhereToPrisma) } : {}),
    ...(where.OR ? { OR: where.OR.map(sessionWhereToPrisma) } : {}),
    ...(where.NOT ? { NOT: sessionWhereToPrisma(where.NOT) } : {}),
  };
}

interface OrderKey {
  /** The customer field this orders by, checked against the viewer's access. */
  customerField?: CustomerField;
  orderBy(direction: Direction): Prisma.DiagnosticSessionOrderByWithRelationInput;
  match(comparison: "lt" | "gt" | "equals", value: string): Prisma.DiagnosticSessionWhereInput;
  /** Extra columns to load so the cursor can carry the key's value. */
  select: Prisma.DiagnosticSessionSelect;
  value(row: any): string;
}

/** A customer-profile column as a session sort key (only loaded when the viewer may order by it). */
function customerKey(customerField: CustomerField, column: "firstName" | "lastName" | "city"): OrderKey {
  return {
    customerField,
    orderBy: (direction) => ({ customer: { customer: { [column]: direction } } }),
    match: (comparison, value) => ({ customer: { is: { customer: { is: { [column]: { [comparison]: value } } } } } }),
    select: { customer: { select: { customer: { select: { [column]: true } } } } },
    value: (row) => row.customer.customer[column],
  };
}

const SESSION_ORDER_KEYS: Record<SessionOrderField, OrderKey> = {
  REQUESTED_AT: {
    orderBy: (direction) => ({ requestedAt: direction }),
    match: (comparison, value) => ({ requestedAt: { [comparison]: new Date(value) } }),
    select: { requestedAt: true },
    value: (row) => row.requestedAt.toISOString(),
  },
  CUSTOMER_FIRST_NAME: customerKey("firstName", "firstName"),
  CUSTOMER_LAST_NAME: customerKey("lastName", "lastName"),
  CUSTOMER_CITY: customerKey("city", "city"),
};
