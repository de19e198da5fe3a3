import { randomUUID } from "node:crypto";
import { hashPassword } from "../../src/platform/auth/passwords.ts";
import type { AccountStatus, ContactKind, MechanicVettingStatus, SessionStatus } from "../../src/platform/db/generated/enums.ts";
import type { TestApp } from "../setup/test-app.ts";

export const FACTORY_PASSWORD = "factory-password-1";
/** One scrypt hash shared by every factory user: hashing is deliberately slow. */
const passwordHash = hashPassword(FACTORY_PASSWORD);

const unique = () => randomUUID().slice(0, 8);

/**
 * A unique word of eight letters for a name sent through the API ("Onboarded kfbgmcae"): someone's
 * name may not hold five digits (content-policy.ts, `nameOf`), which a hex id has in one run of two.
 */
export const uniqueNameWord = (): string => unique().replace(/\d/g, (digit) => "ghijklmnop"[Number(digit)]!);

export interface CreatedUser {
  id: string;
  email: string;
  token: string;
}

async function withToken(app: TestApp, user: { id: string; email: string; role: any }): Promise<CreatedUser> {
  const { token } = await app.tokens.issue(user);
  return { id: user.id, email: user.email, token };
}

export interface CustomerOverrides {
  firstName?: string;
  lastName?: string;
  phone?: string;
  email?: string;
  addressLine1?: string;
  postalCode?: string | null;
  city?: string;
  status?: AccountStatus;
  suspendedUntil?: Date | null;
  statusReason?: string | null;
}

export async function createCustomer(app: TestApp, overrides: CustomerOverrides = {}): Promise<CreatedUser> {
  const id = unique();
  const user = await app.prisma.user.create({
    data: {
      email: overrides.email ?? `customer.${id}@example.test`,
      passwordHash: await passwordHash,
      role: "CUSTOMER",
      status: overrides.status ?? "ACTIVE",
      suspendedUntil: overrides.suspendedUntil ?? null,
      statusReason: overrides.statusReason ?? null,
      customer: {
        create: {
          firstName: overrides.firstName ?? "Casey",
          lastName: overrides.lastName ?? "Customer",
          phone: overrides.phone ?? "+1 555 010 0000",
          addressLine1: overrides.addressLine1 ?? "1 Test Street",
          postalCode: overrides.postalCode ?? null,
          city: overrides.city ?? "Austin",
        },
      },
    },
  });
  return withToken(app, user);
}

/** A mechanic account; admin-approved (vetted) unless `vetting` says otherwise. */
export async function createMechanic(
  app: TestApp,
  overrides: { displayName?: string; status?: AccountStatus; suspendedUntil?: Date | null; statusReason?: string; vetting?: MechanicVettingStatus } = {},
) {
  const id = unique();
  const user = await app.prisma.user.create({
    data: {
      email: `mechanic.${id}@example.test`,
      passwordHash: await passwordHash,
      role: "MECHANIC",
      status: overrides.status ?? "ACTIVE",
      suspendedUntil: overrides.suspendedUntil ?? null,
      statusReason: overrides.statusReason ?? null,
      mechanic: { create: { displayName: overrides.displayName ?? `Mechanic ${id}`, vettingStatus: overrides.vetting ?? "APPROVED" } },
    },
  });
  return withToken(app, user);
}

export async function createWorkshop(app: TestApp, overrides: { city?: string; name?: string } = {}) {
  return app.prisma.workshop.create({
    data: { name: overrides.name ?? `Workshop ${unique()}`, city: overrides.city ?? "Austin", serviceArea: [], servicesOffered: ["brakes", "engine"] },
  });
}

export async function createAdvisor(app: TestApp, workshopId: string): Promise<CreatedUser> {
  const id = unique();
  const user = await app.prisma.user.create({
    data: { email: `advisor.${id}@example.test`, passwordHash: await passwordHash, role: "WORKSHOP_ADVISOR", advisor: { create: { displayName: `Advisor ${id}`, workshopId } } },
  });
  return withToken(app, user);
}

export async function createPartner(app: TestApp): Promise<CreatedUser> {
  const id = unique();
  const user = await app.prisma.user.create({
    data: { email: `partner.${id}@example.test`, passwordHash: await passwordHash, role: "PARTNER", partner: { create: { organizationName: `Partner ${id}` } } },
  });
  return withToken(app, user);
}

export async function createAdmin(app: TestApp): Promise<CreatedUser> {
  const user = await app.prisma.user.create({ data: { email: `admin.${unique()}@example.test`, passwordHash: await passwordHash, role: "ADMIN" } });
  return withToken(app, user);
}

export interface VehicleOverrides {
  year?: number;
  make?: string;
  model?: string;
}

export async function createVehicle(app: TestApp, ownerId: string, overrides: VehicleOverrides = {}) {
  return app.prisma.vehicle.create({
    data: { ownerId, year: overrides.year ?? 2016, make: overrides.make ?? "Honda", model: overrides.model ?? "Civic", color: "blue", vin: "2HGFC2F59GH000001" },
  });
}

export interface SessionOptions {
  customerId: string;
  mechanicId?: string | null;
  status?: SessionStatus;
  requestedAt?: Date;
  concern?: string;
  vehicle?: VehicleOverrides;
  /** Escalate the session to this workshop. */
  escalatedToWorkshopId?: string;
  /**
   * Record the diagnostic as paid (a SUCCEEDED payment row, no ledger): requests reach mechanics
   * only once paid, and a session is started and completed only while paid. Defaults to paid for a
   * session with a mechanic (one reaches a mechanic only once paid), unpaid for an open request.
   * Tests of the money itself pay through the API (factories/diagnostics.ts) with `paid: false`.
   */
  paid?: boolean;
}

export async function createSession(app: TestApp, options: SessionOptions) {
  const vehicle = await createVehicle(app, options.customerId, options.vehicle);
  const session = await app.prisma.diagnosticSession.create({
    data: {
      customerId: options.customerId,
      mechanicId: options.mechanicId ?? null,
      vehicleId: vehicle.id,
      concern: options.concern ?? "Squealing brakes when stopping",
      mediaUrls: ["https://media.example.test/brakes.mp4"],
      recommendedServices: [],
      status: options.status ?? (options.mechanicId ? "IN_PROGRESS" : "REQUESTED"),
      priceCents: 2500,
      requestedAt: options.requestedAt ?? new Date(),
    },
  });
  if (options.paid ?? Boolean(options.mechanicId)) await markDiagnosticPaid(app, session);
  if (options.escalatedToWorkshopId) {
    if (!options.mechanicId) throw new Error("an escalated session needs its mechanic");
    await app.prisma.escalation.create({ data: { sessionId: session.id, mechanicId: options.mechanicId, workshopId: options.escalatedToWorkshopId, status: "ACCEPTED" } });
  }
  return session;
}

/**
 * Record a session's diagnostic as paid (a SUCCEEDED payment row, no ledger), so the request
 * reaches mechanics. Tests of the money itself pay through the API (factories/diagnostics.ts).
 */
export async function markDiagnosticPaid(app: TestApp, session: { id: string; customerId: string; priceCents: number }): Promise<void> {
  const id = randomUUID();
  await app.prisma.payment.create({
    data: {
      id,
      kind: "DIAGNOSTIC",
      customerId: session.customerId,
      sessionId: session.id,
      amountCents: session.priceCents,
      status: "SUCCEEDED",
      transferGroup: `payment_${id}`,
      idempotencyKey: `factory:${id}`,
    },
  });
}

/** A stored chat message, as the messenger would have written it (for history and admin views). */
export async function createChatMessage(app: TestApp, options: { sessionId: string; senderId: string; body: string; deliveredBody?: string; flaggedKinds?: ContactKind[]; createdAt?: Date }) {
  return app.prisma.chatMessage.create({
    data: {
      sessionId: options.sessionId,
      senderId: options.senderId,
      body: options.body,
      deliveredBody: options.deliveredBody ?? options.body,
      flaggedKinds: options.flaggedKinds ?? [],
      createdAt: options.createdAt ?? new Date(),
    },
  });
}

/** Sets an account back to active, as if its suspension had run out (to walk the penalty ladder). */
export async function liftSuspension(app: TestApp, userId: string) {
  await app.prisma.user.update({ where: { id: userId }, data: { status: "ACTIVE", suspendedUntil: null, statusReason: null } });
}
