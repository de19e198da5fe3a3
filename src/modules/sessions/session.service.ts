import type { Viewer } from "../../auth/viewer.ts";
import { assertCustomerOrderReadable, assertSessionFilterReadable } from "../../authz/filter-policy.ts";
import type { CustomerField } from "../../authz/customer-access.ts";
import { customerAccessThroughSession, sessionScope, vehicleScope } from "../../authz/scopes.ts";
import type { Prisma } from "../../db/generated/client.ts";
import type { PrismaClient } from "../../db/prisma.ts";
import { notFound } from "../../errors.ts";
import type { AccountService } from "../accounts/account.service.ts";
import { customerWhereToPrisma } from "../accounts/customer.filters.ts";
import type { Customer } from "../accounts/customer.type.ts";
import { toPrismaString } from "../shared/filters.ts";
import { keysetAfter, toPage, type Direction, type Page, type PageRequest } from "../shared/pagination.ts";
import { validateInput } from "../shared/validation.ts";
import { SessionOrderField, sessionWhereSchema, type SessionOrder, type SessionWhere, type SessionWhereData } from "./session.inputs.ts";
import type { DiagnosticSession, Vehicle } from "./session.types.ts";

const sessionSelect = {
  id: true,
  status: true,
  concern: true,
  mediaUrls: true,
  priceCents: true,
  diagnosis: true,
  recommendedServices: true,
  requestedAt: true,
  acceptedAt: true,
  completedAt: true,
  customerId: true,
  mechanicId: true,
  vehicleId: true,
} as const;

const vehicleSelect = { id: true, year: true, make: true, model: true, color: true, vin: true } as const;

/** Reading diagnostic sessions and the vehicles and people they involve, always within the viewer's scope. */
export class SessionService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly accounts: AccountService,
    readonly diagnosticPriceCents: number,
  ) {}

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
    const [rows, totalCount] = await Promise.all([
      this.prisma.diagnosticSession.findMany({
        where: { AND: [scoped, keysetAfter(page.after, direction, key.match)] },
        orderBy: [key.orderBy(direction), { id: direction }],
        take: page.take + 1,
        select: { ...sessionSelect, ...key.select },
      }),
      this.prisma.diagnosticSession.count({ where: scoped }),
    ]);
    return toPage(rows, page, totalCount, key.value);
  }

  /** NOT_FOUND both for a missing session and for one outside the viewer's scope. */
  async get(viewer: Viewer, id: string): Promise<DiagnosticSession> {
    const session = await this.prisma.diagnosticSession.findFirst({ where: { AND: [{ id }, sessionScope(viewer)] }, select: sessionSelect });
    if (!session) throw notFound("Session");
    return session;
  }

  vehiclesOf(viewer: Viewer): Promise<Vehicle[]> {
    return this.prisma.vehicle.findMany({ where: vehicleScope(viewer), orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: vehicleSelect });
  }

  /** The session's vehicle; the session was already scoped, so its vehicle follows. */
  vehicle(session: DiagnosticSession): Promise<Vehicle | null> {
    return this.prisma.vehicle.findUnique({ where: { id: session.vehicleId }, select: vehicleSelect });
  }

  customer(viewer: Viewer, session: DiagnosticSession): Promise<Customer | null> {
    const access = customerAccessThroughSession(viewer);
    return access ? this.accounts.customerView(session.customerId, access) : Promise.resolve(null);
  }
}

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
    select: {},
    value: (row) => row.requestedAt.toISOString(),
  },
  CUSTOMER_FIRST_NAME: customerKey("firstName", "firstName"),
  CUSTOMER_LAST_NAME: customerKey("lastName", "lastName"),
  CUSTOMER_CITY: customerKey("city", "city"),
};
