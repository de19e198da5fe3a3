import { randomUUID } from "node:crypto";
import type { TestApp } from "../setup/test-app.ts";
import { payout } from "../support/ledger.ts";
import { createAdvisor, createCustomer, createMechanic, createSession, type CreatedUser, type CustomerOverrides } from "./index.ts";

export interface WorkshopOptions {
  name?: string;
  city?: string;
  serviceArea?: string[];
  servicesOffered?: string[];
  ratingHundredths?: number;
  avgResponseMinutes?: number;
  responseTimeoutMinutes?: number;
  maxOpenEscalations?: number;
  stripeAccountId?: string | null;
  payoutsEnabled?: boolean;
  autoAccept?: { serviceCategory: string; maxAmountCents: number }[];
  /** Where customers drop their car off; FACTORY_STREET_ADDRESS unless given (null: not set yet, so no slot can be published). */
  streetAddress?: string | null;
}

/** The drop-off address a factory workshop has unless told otherwise. */
export const FACTORY_STREET_ADDRESS = "1 Factory Lane";

export interface WorkshopWithAdvisor {
  id: string;
  name: string;
  advisor: CreatedUser;
}

/** A workshop with matching preferences, a drop-off address and one advisor. */
export async function createMatchableWorkshop(app: TestApp, options: WorkshopOptions = {}): Promise<WorkshopWithAdvisor> {
  const workshop = await app.prisma.workshop.create({
    data: {
      name: options.name ?? `Workshop ${randomUUID().slice(0, 8)}`,
      city: options.city ?? "Austin",
      serviceArea: options.serviceArea ?? [],
      servicesOffered: options.servicesOffered ?? ["brakes", "engine"],
      ratingHundredths: options.ratingHundredths ?? 450,
      avgResponseMinutes: options.avgResponseMinutes ?? 60,
      responseTimeoutMinutes: options.responseTimeoutMinutes ?? 240,
      maxOpenEscalations: options.maxOpenEscalations ?? 10,
      stripeAccountId: options.stripeAccountId ?? null,
      payoutsEnabled: options.payoutsEnabled ?? false,
      autoAcceptRules: options.autoAccept ? { create: options.autoAccept } : undefined,
      streetAddress: options.streetAddress === undefined ? FACTORY_STREET_ADDRESS : options.streetAddress,
    },
  });
  return { id: workshop.id, name: workshop.name, advisor: await createAdvisor(app, workshop.id) };
}

/** A COMPLETED session with a diagnosis and recommended services, ready to escalate. */
export async function createCompletedSession(app: TestApp, options: { customerId: string; mechanicId: string; recommendedServices?: string[] }) {
  const session = await createSession(app, { customerId: options.customerId, mechanicId: options.mechanicId, status: "COMPLETED" });
  return app.prisma.diagnosticSession.update({
    where: { id: session.id },
    data: { diagnosis: "Front pads worn to the indicator; rotors scored", recommendedServices: options.recommendedServices ?? ["brakes"], completedAt: new Date() },
  });
}

export interface EscalationScenario {
  customer: CreatedUser;
  mechanic: CreatedUser;
  sessionId: string;
}

/** A customer (in a unique city, so other files' workshops never match) and a mechanic with a completed session. */
export async function createEscalationScenario(app: TestApp, customer: CustomerOverrides = {}): Promise<EscalationScenario & { city: string }> {
  const city = customer.city ?? `Testville ${randomUUID().slice(0, 6)}`;
  const c = await createCustomer(app, { ...customer, city });
  const mechanic = await createMechanic(app);
  const session = await createCompletedSession(app, { customerId: c.id, mechanicId: mechanic.id });
  return { customer: c, mechanic, sessionId: session.id, city };
}

export const ESCALATE = `mutation ($sessionId: ID!, $input: EscalateInput!) { escalate(sessionId: $sessionId, input: $input) { id status quotesRequested offers { id status autoAccepted matchReason workshop { id name } } } }`;
export const RESPOND = `mutation ($offerId: ID!, $accept: Boolean!, $reason: String) { respondToEscalation(offerId: $offerId, accept: $accept, reason: $reason) { id status } }`;
export const CREATE_QUOTE = `mutation ($escalationId: ID!, $input: QuoteInput!) { createQuote(escalationId: $escalationId, input: $input) { id version status subtotalCents totalCents platformFeeCents mechanicFeeCents workshopShareCents validUntil } }`;
/** createQuote returning what its author reads back of the texts written: the notes and each line's description. */
export const CREATE_QUOTE_TEXTS = `mutation ($e: ID!, $input: QuoteInput!) { createQuote(escalationId: $e, input: $input) { id notes lineItems { description } } }`;
/** CREATE_QUOTE_TEXTS with each line's part number beside its description. */
export const CREATE_QUOTE_TEXTS_AND_PART_NUMBERS = `mutation ($e: ID!, $input: QuoteInput!) { createQuote(escalationId: $e, input: $input) { id notes lineItems { description partNumber } } }`;
export const APPROVE = `mutation ($quoteId: ID!) { approveQuote(quoteId: $quoteId) { id status } }`;

/** $1,200: parts $700 plus 5 hours of labor at $100/hour. */
export const REPAIR_1200 = {
  lineItems: [
    { kind: "PART", description: "Front pads and rotors", partNumber: "BR-100", quantity: 2, unitPriceCents: 35_000 },
    { kind: "LABOR", description: "Brake service", quantity: 300, unitPriceCents: 10_000 },
  ],
  notes: "OEM parts",
  validDays: 14,
};

/**
 * What a settled REPAIR_1200 books when the workshop and mechanic take payouts: the split (seed 003:
 * the workshop's 90%, $1,080; the platform's 10% fee, $120, out of which it pays the mechanic's $60
 * referral and keeps $60), then one payout each.
 */
export const REPAIR_1200_LEDGER = {
  payment: {
    "PLATFORM_CASH/PAYMENT_RECEIVED": -120_000,
    "PLATFORM_REVENUE/PLATFORM_FEE": 12_000,
    "PLATFORM_REVENUE/REFERRAL_FEE": -6_000,
    "MECHANIC_PAYABLE/REFERRAL_FEE": 6_000,
    "WORKSHOP_PAYABLE/WORKSHOP_SHARE": 108_000,
  },
  "payout WORKSHOP": payout("WORKSHOP_PAYABLE", 108_000),
  "payout MECHANIC": payout("MECHANIC_PAYABLE", 6_000),
};

/** Escalates (single workshop) and has the workshop's advisor accept; returns the escalation and offer ids. */
export async function escalateAndAccept(app: TestApp, scenario: EscalationScenario, workshop: WorkshopWithAdvisor) {
  const escalated = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input: { notes: "Customer wants OEM parts", quotesRequested: 1 } }, scenario.mechanic.token);
  if (escalated.errors) throw new Error(JSON.stringify(escalated.errors));
  const escalation = escalated.data!.escalate;
  const offer = escalation.offers.find((o: any) => o.workshop.id === workshop.id);
  // An intermittent miss here (once, on the shared PostgreSQL run) did not reproduce: say what matching saw.
  if (!offer) throw new Error(`the workshop was not offered the escalation: ${await whyNotOffered(app, escalation.id, workshop.id)}`);
  const accepted = await app.gql(RESPOND, { offerId: offer.id, accept: true }, workshop.advisor.token);
  if (accepted.errors) throw new Error(JSON.stringify(accepted.errors));
  return { escalationId: escalation.id as string, offerId: offer.id as string };
}

/** A customer and mechanic's completed session escalated to one workshop, whose advisor accepted: ready for a quote. */
export async function acceptedEscalation(app: TestApp) {
  const scenario = await createEscalationScenario(app);
  const workshop = await createMatchableWorkshop(app, { city: scenario.city });
  const { escalationId } = await escalateAndAccept(app, scenario, workshop);
  return { ...scenario, workshop, escalationId };
}

/** For a failed arrange: the escalation's status and offers, and the workshop's matching fields, as the database holds them. */
async function whyNotOffered(app: TestApp, escalationId: string, workshopId: string): Promise<string> {
  const [escalation, workshop] = await Promise.all([
    app.prisma.escalation.findUnique({ where: { id: escalationId }, select: { status: true, unmatchedReason: true, offers: { select: { workshopId: true, status: true, matchInputs: true } } } }),
    app.prisma.workshop.findUnique({
      where: { id: workshopId },
      select: { city: true, servicesOffered: true, acceptsEscalations: true, advisors: { select: { user: { select: { status: true } } } } },
    }),
  ]);
  return JSON.stringify({ escalation, workshop });
}

/** One workshop's offer of a compared set, with the advisor who answers it. */
export interface ComparedOffer {
  offerId: string;
  workshopId: string;
  advisor: CreatedUser;
}

/**
 * A compared set: four matchable workshops in the customer's city, an escalation offered to
 * `asked` of them (2 or 3), the first offered workshop's advisor accepted it and quoted
 * (`quoting`, `quoteId`); the other offers are open. The workshop not asked is left for a re-match.
 */
export async function createComparedSet(app: TestApp, asked: 2 | 3 = 3) {
  const scenario = await createEscalationScenario(app);
  const workshops = await Promise.all([0, 1, 2, 3].map(() => createMatchableWorkshop(app, { city: scenario.city })));
  const escalated = await app.gql(ESCALATE, { sessionId: scenario.sessionId, input: { quotesRequested: asked } }, scenario.mechanic.token);
  if (escalated.errors) throw new Error(escalated.body);
  const escalationId = escalated.data!.escalate.id as string;
  const offers = (escalated.data!.escalate.offers as { id: string; workshop: { id: string } }[]).map((offer): ComparedOffer => ({
    offerId: offer.id,
    workshopId: offer.workshop.id,
    advisor: workshops.find((w) => w.id === offer.workshop.id)!.advisor,
  }));
  if (offers.length !== asked) throw new Error(`${offers.length} offers made, ${asked} asked`);
  const [quoting, ...open] = offers as [ComparedOffer, ...ComparedOffer[]];
  const accepted = await app.gql(RESPOND, { offerId: quoting.offerId, accept: true }, quoting.advisor.token);
  if (accepted.errors) throw new Error(accepted.body);
  const quote = await app.gql(CREATE_QUOTE, { escalationId, input: REPAIR_1200 }, quoting.advisor.token);
  if (quote.errors) throw new Error(quote.body);
  return { customer: scenario.customer, escalationId, quoting, quoteId: quote.data!.createQuote.id as string, open };
}
