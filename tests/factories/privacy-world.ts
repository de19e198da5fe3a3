import { randomBytes } from "node:crypto";
import type { TestApp } from "../setup/test-app.ts";
import { createAdmin, createAdvisor, createCustomer, createMechanic, createPartner, createSession, createWorkshop, type CreatedUser } from "./index.ts";

/** Hidden values unique to one test run: any appearance in a response, frame or log is a leak. */
export interface Canaries {
  phone: string;
  email: string;
  lastName: string;
  address: string;
  city: string;
}

export function makeCanaries(): Canaries {
  const tag = randomBytes(5).toString("hex");
  const n = parseInt(tag.slice(0, 8), 16);
  return {
    // Always a whole, valid number (Austin, exchanges 220-289): a shorter one, which the old
    // `% 10_000_000` gave about one run in eight, is not a phone number, so the monitor rightly
    // let it through and the chat canary failed at random.
    phone: `+1 512 ${220 + (n % 70)} ${String(Math.floor(n / 70) % 10_000).padStart(4, "0")}`,
    email: `canary.${tag}@leak.example`,
    lastName: `Canarylast${tag}`,
    address: `${parseInt(tag.slice(0, 3), 16)} Canary${tag} Street`,
    city: `Canarycity${tag}`,
  };
}

/**
 * One customer (with canary contact details) reached by every kind of caller: the customer, the
 * assigned mechanic, the advisor of the workshop the session was escalated to, an unrelated
 * mechanic, advisor, customer and partner, and an admin.
 */
export interface PrivacyWorld {
  canaries: Canaries;
  customer: CreatedUser;
  sessionId: string;
  escalatedSessionId: string;
  mechanic: CreatedUser;
  advisor: CreatedUser;
  partner: CreatedUser;
  admin: CreatedUser;
  otherMechanic: CreatedUser;
  otherAdvisor: CreatedUser;
  otherCustomer: CreatedUser;
}

export async function createPrivacyWorld(app: TestApp): Promise<PrivacyWorld> {
  const canaries = makeCanaries();
  const customer = await createCustomer(app, {
    firstName: "Robin",
    lastName: canaries.lastName,
    phone: canaries.phone,
    email: canaries.email,
    addressLine1: canaries.address,
    city: canaries.city,
  });
  const mechanic = await createMechanic(app);
  const workshop = await createWorkshop(app);
  const advisor = await createAdvisor(app, workshop.id);
  const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id });
  const escalated = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id, status: "COMPLETED", escalatedToWorkshopId: workshop.id });
  const otherMechanic = await createMechanic(app);
  const otherAdvisor = await createAdvisor(app, (await createWorkshop(app)).id);
  const otherCustomer = await createCustomer(app);
  await createSession(app, { customerId: otherCustomer.id, mechanicId: otherMechanic.id });
  return {
    canaries,
    customer,
    sessionId: session.id,
    escalatedSessionId: escalated.id,
    mechanic,
    advisor,
    partner: await createPartner(app),
    admin: await createAdmin(app),
    otherMechanic,
    otherAdvisor,
    otherCustomer,
  };
}

/** The canaries found in a text, if any. */
export function leakedCanaries(text: string, canaries: Canaries, fields: (keyof Canaries)[] = ["phone", "email", "lastName", "address"]): string[] {
  return fields.filter((field) => text.includes(canaries[field]));
}

/** The world's customer as professionals reach her before committing (authz/customer-access.ts, BEFORE_COMMITMENT). */
export interface BeforeCommitment {
  /** A paid request no mechanic claimed yet, in every approved mechanic's open requests. */
  openRequestId: string;
  /** A session whose escalation `offeredAdvisor`'s workshop was offered and has not answered. */
  offeredSessionId: string;
  offeredAdvisor: CreatedUser;
}

/** Adds to `world` an open request of its customer and a session of hers whose escalation a new workshop was offered. */
export async function addBeforeCommitment(app: TestApp, world: PrivacyWorld): Promise<BeforeCommitment> {
  const openRequest = await createSession(app, { customerId: world.customer.id, paid: true });
  const workshop = await createWorkshop(app);
  const offered = await createSession(app, { customerId: world.customer.id, mechanicId: world.mechanic.id, status: "COMPLETED" });
  await app.prisma.escalation.create({
    data: {
      sessionId: offered.id,
      mechanicId: world.mechanic.id,
      workshopId: workshop.id,
      status: "AWAITING_WORKSHOP",
      offers: { create: { workshopId: workshop.id, matchInputs: {}, matchReason: "Nearest workshop", expiresAt: new Date(Date.now() + 3_600_000) } },
    },
  });
  return { openRequestId: openRequest.id, offeredSessionId: offered.id, offeredAdvisor: await createAdvisor(app, workshop.id) };
}
