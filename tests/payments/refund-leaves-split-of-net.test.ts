// After a refund every party holds the seeds' split of what the customer still pays
// (src/domain/ledger/reversal.ts, splitOfNet), so nobody absorbs the rounding and nobody goes below
// zero. Before (round 52's attack), each payee kept floor(share × refunded / amount) of its share
// and the platform gave back the rest: a $1,199.99 refund of the $1,200 repair left the workshop and
// the mechanic a cent each and the platform at -1, 2 cents paid out for 1 received.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { paidEscalatedRepair, paidPartneredRepair, refundSpec, type PaymentsSpecWorld } from "../support/payments-app.ts";

let world: PaymentsSpecWorld;
refundSpec((started) => (world = started));

const REFUND = `mutation ($p: ID!, $a: Int, $k: String!) { refundPayment(paymentId: $p, amountCents: $a, idempotencyKey: $k) { status refundedCents } }`;

/** The admin refunds `amountCents` of the payment. */
async function refund(paymentId: string, amountCents: number): Promise<void> {
  const result = await world.app.gql(REFUND, { p: paymentId, a: amountCents, k: randomUUID() }, world.admin.token);
  expect(result.errors).toBeUndefined();
}

/** The payment's balance of `account` in the ledger, in cents. */
async function balance(paymentId: string, account: "PLATFORM_REVENUE" | "MECHANIC_PAYABLE" | "WORKSHOP_PAYABLE" | "PARTNER_PAYABLE"): Promise<number> {
  const sum = await world.app.prisma.ledgerEntry.aggregate({ where: { paymentId, account }, _sum: { amountCents: true } });
  return sum._sum.amountCents ?? 0;
}

/** What each of the payment's transfers still holds at Stripe (sent less reversed), by recipient, in cents. */
async function heldAtStripe(paymentId: string): Promise<Record<string, number>> {
  const transfers = await world.app.prisma.transfer.findMany({ where: { paymentId } });
  return Object.fromEntries(
    transfers.map((t) => {
      const atStripe = world.payments.stripe.transfers.get(t.stripeTransferId!)!;
      return [t.recipient, atStripe.amount - (atStripe.amount_reversed ?? 0)];
    }),
  );
}

describe("a refund leaves every party the split of what the customer still pays", () => {
  it("$1,199.99 of the $1,200 escalated repair: the workshop keeps the cent, the referral is reversed in full, the platform keeps 0 (not -1)", async () => {
    const paymentId = await paidEscalatedRepair(world.payments);
    expect(await heldAtStripe(paymentId)).toEqual({ WORKSHOP: 108_000, MECHANIC: 6_000 });

    await refund(paymentId, 119_999);

    expect(await heldAtStripe(paymentId)).toEqual({ WORKSHOP: 1, MECHANIC: 0 });
    expect(await balance(paymentId, "PLATFORM_REVENUE")).toBe(0);
    expect(await balance(paymentId, "WORKSHOP_PAYABLE")).toBe(0);
    expect(await balance(paymentId, "MECHANIC_PAYABLE")).toBe(0);
  }, 60_000);

  it("a 55-cent quote refunded 1 + 30 + 23: the platform keeps its net fee of what is still paid, never below 0, the referral never above the fee", async () => {
    const paymentId = await paidEscalatedRepair(world.payments, { lineItems: [{ kind: "PART", description: "Valve cap", quantity: 1, unitPriceCents: 55 }] });
    // Fee 6 (10%, half up), the referral 3 of it, the workshop 49.
    expect(await heldAtStripe(paymentId)).toEqual({ WORKSHOP: 49, MECHANIC: 3 });

    await refund(paymentId, 1);
    await refund(paymentId, 30);
    // 24 still paid: the fee round(24 × 6 / 55) = 3, of which the referral 2; the workshop 21.
    expect(await heldAtStripe(paymentId)).toEqual({ WORKSHOP: 21, MECHANIC: 2 });
    expect(await balance(paymentId, "PLATFORM_REVENUE")).toBe(1);

    await refund(paymentId, 23);
    expect(await heldAtStripe(paymentId)).toEqual({ WORKSHOP: 1, MECHANIC: 0 });
    expect(await balance(paymentId, "PLATFORM_REVENUE")).toBe(0);
  }, 60_000);

  it("a partnered repair: $619.99 of $620 leaves the partner the cent, the commission reversed in full, the platform at 0", async () => {
    const paymentId = await paidPartneredRepair(world.payments, world.admin);
    // Seed 000's revised model: 15% fee ($93), the 10% commission ($62) out of it, the partner 85%.
    expect(await heldAtStripe(paymentId)).toEqual({ PARTNER: 52_700, MECHANIC: 6_200 });

    await refund(paymentId, 61_999);

    expect(await heldAtStripe(paymentId)).toEqual({ PARTNER: 1, MECHANIC: 0 });
    expect(await balance(paymentId, "PLATFORM_REVENUE")).toBe(0);
    expect(await balance(paymentId, "PARTNER_PAYABLE")).toBe(0);
    expect(await balance(paymentId, "MECHANIC_PAYABLE")).toBe(0);
  }, 60_000);
});
