// The demo world's paid repair with a booked drop-off (issue 18): Priya approved Mile High Motor
// Works' quote, paid it, and booked the first of the workshop's drop-off slots. Signed in as her,
// `dropOffBooking` shows the slot and the workshop's street address; Mile High's advisor sees the
// slot but never her contact details. Each step is the move the API makes, by the same machines.
import { splitKey } from "../domain/ledger/keys.ts";
import { repairPostings } from "../domain/ledger/postings.ts";
import type { AuditService } from "../modules/audit/audit.service.ts";
import { BookingMachine, restoreDemoBooking } from "../modules/bookings/booking.machine.ts";
import { insertDemoSlots } from "../modules/bookings/booking.store.ts";
import { EscalationMachine } from "../modules/escalations/escalation.machine.ts";
import { escalationActorScope, escalationActorScopeSql, offerActorScope } from "../modules/escalations/escalation.policy.ts";
import { bookTransaction } from "../modules/payments/ledger.store.ts";
import { PaymentMachine, restoreDemoPayment, SETTLES_ONLY } from "../modules/payments/payment.machine.ts";
import { QuoteMachine, restoreDemoApproval } from "../modules/quotes/quote.machine.ts";
import { quoteActorScope } from "../modules/quotes/quote.policy.ts";
import { setDemoStreetAddress } from "../modules/workshops/workshop.store.ts";
import type { Viewer } from "../platform/auth/viewer.ts";
import type { Tx } from "../platform/db/prisma.ts";
import type { AppPubSub } from "../platform/pubsub/pubsub.ts";

/** Demo ids of this file: `00000000-0000-4000-8000-0022NNNNNNNN` (slots), `...-0023...` (bookings), `...-0024...` (repair payments), apart from the other seed files' families. */
const demoId = (family: 0x22 | 0x23 | 0x24, n: number): string => `00000000-0000-4000-8000-${family.toString(16).padStart(4, "0")}${n.toString(16).padStart(8, "0")}`;

/** Where Mile High Motor Works takes cars in: shown to Priya on her booked drop-off, and to no other customer. */
export const MILE_HIGH_STREET_ADDRESS = "3550 Brighton Blvd, Denver, CO 80216";

/** The demo's booked drop-off, by its fixed id. */
export const DEMO_BOOKING_ID = demoId(0x23, 1);

/** An approved demo quote (seed.ts): its parties and the amounts it was priced at, in cents. */
export interface DemoPaidRepair {
  escalationId: string;
  quoteId: string;
  customerId: string;
  mechanicId: string;
  workshopId: string;
  totalCents: number;
  platformFeeCents: number;
  mechanicFeeCents: number;
  /** When the customer approved it; paid two minutes later, the drop-off booked three after that. */
  approvedAt: Date;
  now: Date;
}

const MINUTE = 60_000;

/**
 * Approves the PENDING quote as its customer (the escalation and quote moves `approveQuote` makes;
 * nothing else is asked of approval here: one workshop was asked and no line is a catalog part),
 * pays it as the customer and settles it as Stripe's sync would (the split the settlement books for
 * an escalated repair: under the $5,000 escrow threshold, captured at once), gives the workshop its
 * street address and three drop-off slots (15:00 UTC, 9:00 in Denver, on each of the next three
 * days; published when the quote was approved) and books the first as the customer. Audit rows are dated when each step happened.
 */
export async function seedBookedRepair(tx: Tx, audit: AuditService, pubSub: AppPubSub, repair: DemoPaidRepair): Promise<void> {
  const customer: Viewer = { id: repair.customerId, role: "CUSTOMER", workshopId: null };
  const approving = audit.asOf(repair.approvedAt);
  const escalation = await new EscalationMachine(approving, { escalation: escalationActorScope, escalationSql: escalationActorScopeSql, offer: offerActorScope }).move(
    tx,
    customer,
    repair.escalationId,
    "approve",
    {
      data: { workshopId: repair.workshopId },
    },
  );
  if (escalation.length !== 1) throw new Error(`demo escalation ${repair.escalationId} was not approved`);
  await restoreDemoApproval(tx, new QuoteMachine(approving, pubSub, quoteActorScope), customer, repair.quoteId, repair.approvedAt);

  const paymentId = demoId(0x24, 1);
  const paidAt = new Date(repair.approvedAt.getTime() + 2 * MINUTE);
  await restoreDemoPayment(tx, new PaymentMachine(audit.asOf(paidAt), SETTLES_ONLY), {
    id: paymentId,
    kind: "REPAIR",
    customerId: repair.customerId,
    sessionId: null,
    quoteId: repair.quoteId,
    amountCents: repair.totalCents,
    manualCapture: false,
    stripePaymentIntentId: `pi_demo_repair_${paymentId.slice(-8)}`,
    transferGroup: `payment_${paymentId}`,
    idempotencyKey: `${repair.customerId}:demo-repair-${repair.quoteId}`,
    createdAt: paidAt,
  });
  const split = repairPostings({
    amountCents: repair.totalCents,
    platformFeeCents: repair.platformFeeCents,
    mechanicFeeCents: repair.mechanicFeeCents,
    mechanicKind: "REFERRAL_FEE",
    mechanic: { account: "MECHANIC_PAYABLE", userId: repair.mechanicId, description: "referral fee to the escalating mechanic" },
    payee: { account: "WORKSHOP_PAYABLE", kind: "WORKSHOP_SHARE", workshopId: repair.workshopId, description: "workshop share of repair" },
  });
  await bookTransaction(
    tx,
    splitKey(paymentId),
    split.map((line) => ({ ...line, paymentId })),
  );

  await setDemoStreetAddress(tx, repair.workshopId, MILE_HIGH_STREET_ADDRESS);
  const { now } = repair;
  const tomorrow = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1, 15);
  const slots = [0, 1, 2].map((d) => ({ id: demoId(0x22, d + 1), workshopId: repair.workshopId, startsAt: new Date(tomorrow + d * 86_400_000), durationMinutes: 30, createdAt: repair.approvedAt }));
  await insertDemoSlots(tx, slots);
  const bookedAt = new Date(paidAt.getTime() + 3 * MINUTE);
  await restoreDemoBooking(tx, new BookingMachine(audit.asOf(bookedAt)), {
    id: DEMO_BOOKING_ID,
    quoteId: repair.quoteId,
    customerId: repair.customerId,
    workshopId: repair.workshopId,
    slotId: slots[0]!.id,
    createdAt: bookedAt,
  });
}
