import type { Viewer } from "../../auth/viewer.ts";
import { customerAccessThroughSession, openRequestScope, sessionScope, vehicleScope } from "../../authz/scopes.ts";
import type { Config } from "../../config.ts";
import type { Prisma } from "../../db/generated/client.ts";
import type { SessionStatus } from "../../db/generated/enums.ts";
import type { PrismaClient } from "../../db/prisma.ts";
import { conflict, forbidden, notFound } from "../../errors.ts";
import type { AccountService } from "../accounts/account.service.ts";
import type { Customer } from "../accounts/customer.type.ts";
import { afterCursor, afterCursorAscending, toPage, type Page, type PageRequest } from "../shared/pagination.ts";
import { validateInput } from "../shared/validation.ts";
import {
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

  /** Requested, unclaimed sessions, oldest first: the queue mechanics claim from. */
  async openRequests(viewer: Viewer, page: PageRequest): Promise<Page<DiagnosticSession>> {
    const where = openRequestScope(viewer);
    const [rows, totalCount] = await Promise.all([
      this.prisma.diagnosticSession.findMany({
        where: { AND: [where, afterCursorAscending("requestedAt", page.after)] },
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
    return this.prisma.vehicle.findUnique({ where: { id: session.vehicleId }, select: vehicleSelect });
  }

  customer(viewer: Viewer, session: DiagnosticSession): Promise<Customer | null> {
    const access = customerAccessThroughSession(viewer);
    return access ? this.accounts.customerView(session.customerId, access) : Promise.resolve(null);
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
