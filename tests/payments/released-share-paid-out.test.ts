// A share a ban withheld from the start is paid out once the ban is lifted: settled while the
// mechanic was banned, the diagnostic's $22.50 was credited straight to WITHHELD, and the lift
// moved it to MECHANIC_PAYABLE. The next payout run transfers it, once, audited, and the payout
// entries name the mechanic. Before (round 51), the run only paid payables the split itself had
// credited, so the released share was never transferred (and booking its payout would have thrown:
// no split credit on MECHANIC_PAYABLE to name the payee).
import { describe, expect, it } from "vitest";
import { balanceOn, ban, liftBan } from "../support/banned-mechanic.ts";
import { diagnosticPayment, refundSpec, type PaymentsSpecWorld } from "../support/payments-app.ts";

let world: PaymentsSpecWorld;
refundSpec((started) => (world = started));

const RUN_DUE = `mutation { runDuePayouts { transferCount amountCents failedCount } }`;

/** The admin starts a payout run (`runDuePayouts`); what it transferred. */
async function runDue(): Promise<{ transferCount: number; amountCents: number; failedCount: number }> {
  const result = await world.app.gql(RUN_DUE, {}, world.admin.token);
  expect(result.errors).toBeUndefined();
  return result.data!.runDuePayouts;
}

describe("a share credited to WITHHELD while its mechanic was banned, released by the lift", () => {
  it("is transferred by the next payout run, once, audited, booked against the mechanic", async () => {
    const { payments, app } = world;
    const { mechanic, account, payment } = await diagnosticPayment(payments);
    expect((await ban(world, mechanic)).errors).toBeUndefined();
    await payments.confirmPayment(payment.id);
    expect(await balanceOn(world, payment.id, "WITHHELD")).toBe(2_250);

    await liftBan(world, mechanic);
    expect(await balanceOn(world, payment.id, "MECHANIC_PAYABLE")).toBe(2_250);
    // Other payees' shares of earlier specs may fall due in the same run: this payment's transfer is the one read.
    expect((await runDue()).failedCount).toBe(0);
    await runDue();

    const transfers = await app.prisma.transfer.findMany({ where: { paymentId: payment.id } });
    expect(transfers).toMatchObject([{ recipient: "MECHANIC", destinationAccount: account, amountCents: 2_250, idempotencyKey: `transfer:${payment.id}:MECHANIC` }]);
    expect([...payments.stripe.transfers.values()].filter((t) => t.id === transfers[0]!.stripeTransferId)).toMatchObject([{ amount: 2_250, destination: account }]);
    expect(await balanceOn(world, payment.id, "MECHANIC_PAYABLE")).toBe(0);
    const paidOut = await app.prisma.ledgerEntry.findMany({ where: { transactionKey: `payout:${transfers[0]!.id}`, account: "MECHANIC_PAYABLE" } });
    expect(paidOut).toMatchObject([{ amountCents: -2_250, userId: mechanic.id }]);
    expect(await app.prisma.auditLog.count({ where: { action: "payment.paid_out", entityId: payment.id } })).toBe(1);
  }, 60_000);
});
