import type { Viewer } from "../../auth/viewer.ts";
import { customerAccessThroughSession, sessionScope, vehicleScope } from "../../authz/scopes.ts";
import type { SessionStatus } from "../../db/generated/enums.ts";
import type { PrismaClient } from "../../db/prisma.ts";
import { notFound } from "../../errors.ts";
import type { AccountService } from "../accounts/account.service.ts";
import type { Customer } from "../accounts/customer.type.ts";
import { afterCursor, toPage, type Page, type PageRequest } from "../shared/pagination.ts";
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
  ) {}

  async list(viewer: Viewer, page: PageRequest, status?: SessionStatus | null): Promise<Page<DiagnosticSession>> {
    const where = { AND: [sessionScope(viewer), status ? { status } : {}] };
    const [rows, totalCount] = await Promise.all([
      this.prisma.diagnosticSession.findMany({
        where: { AND: [where, afterCursor("requestedAt", page.after)] },
        orderBy: [{ requestedAt: "desc" }, { id: "desc" }],
        take: page.take + 1,
        select: sessionSelect,
      }),
      this.prisma.diagnosticSession.count({ where }),
    ]);
    return toPage(rows, page, totalCount, (row) => row.requestedAt);
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
