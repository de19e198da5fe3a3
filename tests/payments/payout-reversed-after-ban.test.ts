// A payout Stripe takes back from a banned mechanic (a transfer reversed in the Dashboard, a bank
// payout that failed) makes their share owed again where it belongs now: WITHHELD, as the ban
// would have put it had it not been paid out, moved under the payment's lock and audited with the
// reversal. Before (round 51), it was credited back to MECHANIC_PAYABLE: owed to a banned mechanic.
import { describe, expect, it } from "vitest";
import { balanceOn, ban } from "../support/banned-mechanic.ts";
import { diagnosticPayment, refundSpec, type PaymentsSpecWorld } from "../support/payments-app.ts";

let world: PaymentsSpecWorld;
refundSpec((started) => (world = started));

/** A $25 diagnostic whose mechanic was paid their $22.50 (a connected account Stripe knows), then banned: nothing left to withhold. */
async function paidOutThenBanned() {
  const { payments, app } = world;
  const { mechanic, account, payment } = await diagnosticPayment(payments, { registered: true });
  await payments.confirmPayment(payment.id);
  const transfer = await app.prisma.transfer.findFirstOrThrow({ where: { paymentId: payment.id } });
  expect(transfer.stripeTransferId).not.toBeNull();
  expect((await ban(world, mechanic)).errors).toBeUndefined();
  expect(await balanceOn(world, payment.id, "WITHHELD")).toBe(0);
  return { mechanic, account, paymentId: payment.id, stripeTransferId: transfer.stripeTransferId! };
}

/** The payment's `payment.payout_reversed` audit rows' data. */
const reversalAudits = async (paymentId: string) => (await world.app.prisma.auditLog.findMany({ where: { action: "payment.payout_reversed", entityId: paymentId } })).map((row) => row.data);

describe("a banned mechanic's payout taken back by Stripe", () => {
  it("reversed in the Dashboard: the share is withheld, once however often Stripe tells", async () => {
    const { mechanic, paymentId, stripeTransferId } = await paidOutThenBanned();
    const reversed = world.payments.stripe.reverseInDashboard(stripeTransferId, 2_250);
    for (let i = 0; i < 2; i++) expect((await world.payments.webhook("transfer.reversed", reversed)).status).toBe(200);

    expect(await balanceOn(world, paymentId, "MECHANIC_PAYABLE")).toBe(0);
    expect(await balanceOn(world, paymentId, "WITHHELD")).toBe(2_250);
    expect(await reversalAudits(paymentId)).toMatchObject([{ source: "stripe", amountCents: 2_250, mechanicId: mechanic.id, movedCents: 2_250, movedTo: "WITHHELD" }]);
  }, 60_000);

  it("a failed bank payout: the share is withheld", async () => {
    const { mechanic, account, paymentId } = await paidOutThenBanned();
    const failed = world.payments.stripe.failedPayout(account, 2_250);
    expect((await world.payments.webhook("payout.failed", failed, undefined, account)).status).toBe(200);

    expect(await balanceOn(world, paymentId, "MECHANIC_PAYABLE")).toBe(0);
    expect(await balanceOn(world, paymentId, "WITHHELD")).toBe(2_250);
    expect(await reversalAudits(paymentId)).toMatchObject([{ payoutId: failed.id, amountCents: 2_250, mechanicId: mechanic.id, movedTo: "WITHHELD" }]);
  }, 60_000);
});
