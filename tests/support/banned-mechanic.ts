import { randomUUID } from "node:crypto";
import type Stripe from "stripe";
import { expect } from "vitest";
import { paidDiagnosticSession } from "../factories/diagnostics.ts";
import { createCustomer, createMechanic, createVehicle, type CreatedUser } from "../factories/index.ts";
import type { GraphQLResponse } from "../setup/test-app.ts";
import type { PaymentsSpecWorld } from "./payments-app.ts";

/** The accounts a mechanic's diagnostic share can sit on once earned: owed, or withheld after a ban. */
export type MechanicAccount = "MECHANIC_PAYABLE" | "WITHHELD";

const BAN = `mutation ($input: SanctionInput!) { banAccount(input: $input) { id } }`;
const LIFT = `mutation ($input: SanctionInput!) { liftAccountSanction(input: $input) { id } }`;
const REFUND = `mutation ($p: ID!, $a: Int, $k: String!) { refundPayment(paymentId: $p, amountCents: $a, idempotencyKey: $k) { status refundedCents } }`;

/**
 * What the specs of a banned mechanic's reversed shares work with (round 51): the mechanic, their
 * payments, and the admin's and Stripe's moves on them, all through the API and signed webhooks.
 */
export interface BannedMechanic {
  mechanic: CreatedUser;
  /** The mechanic's paid, completed $25 diagnostics, in order: each leaves $22.50 owed to them. */
  paymentIds: string[];
}

/**
 * A mechanic not onboarded for payouts (each $22.50 share stays owed on MECHANIC_PAYABLE) who
 * completes `count` paid diagnostics, not banned.
 */
export async function owedMechanic({ payments, app }: PaymentsSpecWorld, count: number): Promise<BannedMechanic> {
  const mechanic = await createMechanic(app);
  const customer = await createCustomer(app);
  const vehicleId = (await createVehicle(app, customer.id)).id;
  const paymentIds: string[] = [];
  for (let i = 0; i < count; i++) paymentIds.push((await paidDiagnosticSession(payments, customer, vehicleId, mechanic)).paymentId);
  return { mechanic, paymentIds };
}

/**
 * An owedMechanic banned by the admin (`banAccount`: seed 003's "Permanent ban + withhold unpaid
 * earnings" moves every share to WITHHELD).
 */
export async function bannedMechanic(world: PaymentsSpecWorld, count: number): Promise<BannedMechanic> {
  const owed = await owedMechanic(world, count);
  expect((await ban(world, owed.mechanic)).errors).toBeUndefined();
  for (const paymentId of owed.paymentIds) expect(await balanceOn(world, paymentId, "WITHHELD")).toBe(2_250);
  return owed;
}

/** The admin bans the mechanic (`banAccount`); the API's answer. */
export function ban({ app, admin }: Pick<PaymentsSpecWorld, "app" | "admin">, mechanic: CreatedUser): Promise<GraphQLResponse> {
  return app.gql(BAN, { input: { userId: mechanic.id, reason: "took a customer off the platform" } }, admin.token);
}

/** A payment's balance of `account` (a mechanic's share places, or DIAGNOSTIC_CLEARING where a diagnostic's share is held), in cents. */
export async function balanceOn({ app }: Pick<PaymentsSpecWorld, "app">, paymentId: string, account: MechanicAccount | "DIAGNOSTIC_CLEARING"): Promise<number> {
  const sum = await app.prisma.ledgerEntry.aggregate({ where: { paymentId, account }, _sum: { amountCents: true } });
  return sum._sum.amountCents ?? 0;
}

/** The admin refunds `amountCents` of the payment (all that is left when omitted). */
export async function refund({ app, admin }: PaymentsSpecWorld, paymentId: string, amountCents?: number): Promise<void> {
  const result = await app.gql(REFUND, { p: paymentId, a: amountCents ?? null, k: randomUUID() }, admin.token);
  expect(result.errors).toBeUndefined();
}

/** The admin refunds the payment (all of it, or `amountCents`); Stripe makes the refund pending. */
export async function pendingRefund(world: PaymentsSpecWorld, paymentId: string, amountCents?: number): Promise<void> {
  world.payments.stripe.refundsStartAs("pending");
  try {
    await refund(world, paymentId, amountCents);
  } finally {
    world.payments.stripe.refundsStartAs("succeeded");
  }
}

/** Stripe reports the payment's pending refund failed (`refund.failed`). */
export async function refundFails({ payments, app }: PaymentsSpecWorld, paymentId: string): Promise<void> {
  const { stripe } = payments;
  const intentId = (await app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } })).stripePaymentIntentId;
  const pending = [...stripe.refunds.values()].find((r) => r.payment_intent === intentId && r.status === "pending")!;
  expect((await payments.webhook("refund.failed", stripe.failRefund(pending.id))).status).toBe(200);
}

/** The admin lifts the mechanic's ban (`liftAccountSanction`); the sanction's id. */
export async function liftBan({ app, admin }: PaymentsSpecWorld, mechanic: CreatedUser): Promise<string> {
  const lifted = await app.gql(LIFT, { input: { userId: mechanic.id, reason: "appeal granted" } }, admin.token);
  expect(lifted.errors).toBeUndefined();
  return lifted.data!.liftAccountSanction.id as string;
}

/** Stripe opens a dispute of the whole payment and the customer wins it (`charge.dispute.created`, then `charge.dispute.closed` lost). */
export async function disputeLost({ payments }: PaymentsSpecWorld, paymentId: string): Promise<void> {
  const payment = await payments.app.prisma.payment.findUniqueOrThrow({ where: { id: paymentId } });
  for (const [event, status] of [
    ["created", "needs_response"],
    ["closed", "lost"],
  ] as const satisfies readonly (readonly [string, Stripe.Dispute.Status])[]) {
    const delivered = await payments.webhook(`charge.dispute.${event}`, payments.stripe.dispute(payment.stripePaymentIntentId!, { status }));
    expect(delivered.status).toBe(200);
  }
}
