// adminMetrics' referralFeesPaidCents and commissionsPaidCents are what the platform actually paid
// mechanics (seed 003's "Referral Fees Paid", the referral "Paid by platform"): what refunds and
// lost disputes took back from them is not counted, and a failed refund's reinstatement counts
// again. Before (round 52's attack), both were the referrals and commissions credited at
// settlement, whatever came back: 61053 reported against 2 cents kept. The net revenue (the
// platform's balance) is unchanged by it: fees less referrals and commissions paid, less the fees
// given back.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { paidEscalatedRepair, paidPartneredRepair, refundSpec, type PaymentsSpecWorld } from "../support/payments-app.ts";

let world: PaymentsSpecWorld;
refundSpec((started) => (world = started));

const REFUND = `mutation ($p: ID!, $a: Int, $k: String!) { refundPayment(paymentId: $p, amountCents: $a, idempotencyKey: $k) { status refundedCents } }`;
const METRICS = `query ($from: DateTimeISO!, $to: DateTimeISO!) { adminMetrics(from: $from, to: $to) {
  repairFeesCents platformFeesCents referralFeesPaidCents commissionsPaidCents netRevenueCents } }`;

/** The admin refunds `amountCents` of the payment (all that is left when omitted). */
async function refund(paymentId: string, amountCents?: number): Promise<void> {
  const result = await world.app.gql(REFUND, { p: paymentId, a: amountCents ?? null, k: randomUUID() }, world.admin.token);
  expect(result.errors).toBeUndefined();
}

/** The admin's metrics from `from` to now. */
async function metricsSince(from: Date) {
  const result = await world.app.gql(METRICS, { from: from.toISOString(), to: new Date(Date.now() + 1_000).toISOString() }, world.admin.token);
  expect(result.errors).toBeUndefined();
  return result.data!.adminMetrics;
}

describe("the admin metrics' referrals and commissions paid", () => {
  it("leave out what refunds took back from the mechanics: $1,200 repairs refunded in full, all but a cent, and by half; a partnered one all but a cent", async () => {
    const from = new Date();
    const refundedInFull = await paidEscalatedRepair(world.payments);
    const refundedButACent = await paidEscalatedRepair(world.payments);
    const refundedByHalf = await paidEscalatedRepair(world.payments);
    const partnered = await paidPartneredRepair(world.payments, world.admin);
    // Credited at settlement: 3 × $60 of referrals, a $62 commission.
    expect(await metricsSince(from)).toMatchObject({ referralFeesPaidCents: 18_000, commissionsPaidCents: 6_200 });

    await refund(refundedInFull);
    await refund(refundedButACent, 119_999);
    await refund(refundedByHalf, 60_000);
    await refund(partnered, 61_999);

    // Still paid: the half repair's $30 referral (its $60 fee's half); the cents left are the workshop's and the partner's.
    expect(await metricsSince(from)).toEqual({
      repairFeesCents: 3 * 12_000 + 9_300,
      platformFeesCents: 3 * 12_000 + 9_300,
      referralFeesPaidCents: 3_000,
      commissionsPaidCents: 0,
      // The platform keeps the half repair's net fee: $60 of fee less the $30 referral.
      netRevenueCents: 3_000,
    });
  }, 90_000);
});
