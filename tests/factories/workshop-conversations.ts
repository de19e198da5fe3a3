import { randomUUID } from "node:crypto";
import type { TestApp } from "../setup/test-app.ts";
import type { PaymentsTestApp } from "../support/payments-app.ts";
import { APPROVE, CREATE_QUOTE, createEscalationScenario, createMatchableWorkshop, escalateAndAccept, REPAIR_1200, type EscalationScenario, type WorkshopWithAdvisor } from "./escalations.ts";
import type { CustomerOverrides } from "./index.ts";

export const SEND_TO_WORKSHOP = `mutation ($e: ID!, $w: ID, $body: String!) { sendWorkshopMessage(escalationId: $e, workshopId: $w, body: $body) { flagged flaggedKinds message { id body workshopId senderRole cursor } } }`;
export const CONVERSATION = `query ($e: ID!, $w: ID, $after: String, $first: Int) { workshopConversation(escalationId: $e, workshopId: $w, after: $after, first: $first) { totalCount nodes { id body workshopId senderRole cursor originalBody flaggedKinds } pageInfo { hasNextPage endCursor } } }`;
export const CONVERSATION_FEED = `subscription ($e: ID!, $w: ID) { workshopMessageAdded(escalationId: $e, workshopId: $w) { id body workshopId senderRole editedAt } }`;

/** A customer (optionally with given contact details), their mechanic, and a workshop that accepted the session's escalation. */
export interface ConversationWorld extends EscalationScenario {
  workshop: WorkshopWithAdvisor;
  escalationId: string;
}

/**
 * An escalation accepted by a workshop in the customer's city: the conversation is open. The
 * workshop is a fresh one in a unique city, or `workshop` (give its city as the customer's).
 */
export async function acceptedEscalation(app: TestApp, customer: CustomerOverrides = {}, existing?: WorkshopWithAdvisor): Promise<ConversationWorld & { city: string }> {
  const scenario = await createEscalationScenario(app, customer);
  const workshop = existing ?? (await createMatchableWorkshop(app, { city: scenario.city }));
  const { escalationId } = await escalateAndAccept(app, scenario, workshop);
  return { ...scenario, workshop, escalationId };
}

/** A conversation world whose $1,200 quote the customer approved, not paid yet. */
export async function approvedRepair(app: TestApp, customer: CustomerOverrides = {}, workshop?: WorkshopWithAdvisor): Promise<ConversationWorld & { city: string; quoteId: string }> {
  const world = await acceptedEscalation(app, customer, workshop);
  const created = await app.gql(CREATE_QUOTE, { escalationId: world.escalationId, input: REPAIR_1200 }, world.workshop.advisor.token);
  if (created.errors) throw new Error(JSON.stringify(created.errors));
  const quoteId = created.data!.createQuote.id as string;
  const approved = await app.gql(APPROVE, { quoteId }, world.customer.token);
  if (approved.errors) throw new Error(JSON.stringify(approved.errors));
  return { ...world, quoteId };
}

/** A conversation world whose quote the customer approved and paid (a REPAIR payment row, as markDiagnosticPaid records one). */
export async function paidRepair(app: TestApp, customer: CustomerOverrides = {}, workshop?: WorkshopWithAdvisor): Promise<ConversationWorld & { city: string; quoteId: string }> {
  const world = await approvedRepair(app, customer, workshop);
  const id = randomUUID();
  await app.prisma.payment.create({
    data: { id, kind: "REPAIR", customerId: world.customer.id, quoteId: world.quoteId, amountCents: 120_000, status: "SUCCEEDED", transferGroup: `payment_${id}`, idempotencyKey: `factory:${id}` },
  });
  return world;
}

export const PUBLISH_SLOT = `mutation ($input: DropOffSlotInput!) { publishDropOffSlot(input: $input) { id startsAt durationMinutes endsAt } }`;
export const BOOK = `mutation ($q: ID!, $s: ID!) { bookDropOff(quoteId: $q, slotId: $s) { id status workshopAddress slot { id startsAt } } }`;
export const CANCEL_BOOKING = `mutation ($b: ID!) { cancelDropOff(bookingId: $b) { id status workshopAddress slot { id } } }`;
export const SET_ADDRESS = `mutation ($a: String!) { setDropOffAddress(streetAddress: $a) }`;

/**
 * A new workshop (no drop-off address yet) whose advisor sets `address` as its drop-off address:
 * the answer and what the workshop then stores (null when the write was refused).
 */
export async function setNewWorkshopsDropOffAddress(app: TestApp, address: string) {
  const workshop = await createMatchableWorkshop(app, { streetAddress: null });
  const response = await app.gql(SET_ADDRESS, { a: address }, workshop.advisor.token);
  return { response, stored: (await app.prisma.workshop.findUniqueOrThrow({ where: { id: workshop.id } })).streetAddress };
}

/** Publishes a slot of the advisor's workshop starting `hoursAhead` hours from now (an hour long); its id. */
export async function publishSlot(app: TestApp, advisorToken: string, hoursAhead: number): Promise<string> {
  const startsAt = new Date(Date.now() + hoursAhead * 3_600_000);
  const published = await app.gql(PUBLISH_SLOT, { input: { startsAt: startsAt.toISOString(), durationMinutes: 60 } }, advisorToken);
  if (published.errors) throw new Error(JSON.stringify(published.errors));
  return published.data!.publishDropOffSlot.id as string;
}

export const PAY_QUOTE = `mutation ($q: ID!, $k: String!) { payQuote(quoteId: $q, idempotencyKey: $k) { paymentId } }`;
export const DROP_OFF_BOOKING = `query ($q: ID!) { dropOffBooking(quoteId: $q) { id status workshopAddress slot { id } } }`;
export const DROP_OFF_ADDRESS = "1200 Brake Lane, Austin";

/** A repair paid through the Stripe fake and its drop-off booked: the world, the payment, its intent, the booking and its slot. */
export interface BookedDropOff {
  world: ConversationWorld & { quoteId: string };
  paymentId: string;
  intentId: string;
  slotId: string;
  bookingId: string;
}

/**
 * An approved $1,200 repair the customer paid through `payQuote` and Stripe's fake (settled, or
 * only authorized on a server escrowing it: ESCROWING_REPAIRS), its workshop's drop-off address set
 * (DROP_OFF_ADDRESS) and its drop-off BOOKED on a slot starting `hoursAhead` hours from now.
 */
export async function bookedDropOff(payments: PaymentsTestApp, hoursAhead = 24): Promise<BookedDropOff> {
  const { app } = payments;
  const world = await approvedRepair(app);
  const pay = await app.gql(PAY_QUOTE, { q: world.quoteId, k: `drop-off-${world.quoteId}` }, world.customer.token);
  if (pay.errors) throw new Error(JSON.stringify(pay.errors));
  const paymentId = pay.data!.payQuote.paymentId as string;
  await payments.confirmPayment(paymentId);
  await app.gql(SET_ADDRESS, { a: DROP_OFF_ADDRESS }, world.workshop.advisor.token);
  const slotId = await publishSlot(app, world.workshop.advisor.token, hoursAhead);
  const booked = await app.gql(BOOK, { q: world.quoteId, s: slotId }, world.customer.token);
  if (booked.errors || booked.data!.bookDropOff.workshopAddress !== DROP_OFF_ADDRESS) throw new Error(`drop-off not booked: ${booked.body}`);
  const { stripePaymentIntentId } = await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { stripePaymentIntentId: true } });
  return { world, paymentId, intentId: stripePaymentIntentId!, slotId, bookingId: booked.data!.bookDropOff.id as string };
}

/** A repair paid through `payQuote` and Stripe's fake on a server escrowing it (ESCROWING_REPAIRS): authorized, not captured. */
export interface AuthorizedRepair {
  world: ConversationWorld & { quoteId: string };
  paymentId: string;
  intentId: string;
}

/**
 * An approved $1,200 repair the customer paid on a server escrowing it (ESCROWING_REPAIRS): the
 * card authorized at Stripe's fake and the payment REQUIRES_CAPTURE, no drop-off booked, so its
 * workshop may mark it complete at once. Its workshop takes payouts on a new connected account.
 */
export async function authorizedRepair(payments: PaymentsTestApp): Promise<AuthorizedRepair> {
  const { app } = payments;
  const world = await approvedRepair(app);
  await app.prisma.workshop.update({ where: { id: world.workshop.id }, data: { stripeAccountId: `acct_ws_${randomUUID().slice(0, 8)}`, payoutsEnabled: true } });
  const pay = await app.gql(PAY_QUOTE, { q: world.quoteId, k: `escrow-${world.quoteId}` }, world.customer.token);
  if (pay.errors) throw new Error(JSON.stringify(pay.errors));
  const paymentId = pay.data!.payQuote.paymentId as string;
  await payments.confirmPayment(paymentId);
  const payment = await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId }, select: { status: true, stripePaymentIntentId: true } });
  if (payment.status !== "REQUIRES_CAPTURE") throw new Error(`the repair's payment is ${payment.status}: is the server escrowing repairs?`);
  return { world, paymentId, intentId: payment.stripePaymentIntentId! };
}
