// A partial refund of a payment whose payee's share went out in more than one transfer (a payout
// Stripe reversed and the run paid again; a failed refund's share paid after the first) takes the
// payee's part of the refund back once in all, newest transfer first: $5 of a $25 diagnostic
// reverses $4.50, and the mechanic ends owed nothing, banned or not. Before (round 51), each
// transfer was reversed by the whole $4.50: $9 taken back at Stripe, $4.50 owed to the mechanic.
import { describe, expect, it } from "vitest";
import { completeDiagnosis } from "../factories/diagnostics.ts";
import { balanceOn, ban, pendingRefund, refund, refundFails } from "../support/banned-mechanic.ts";
import { diagnosticPayment, refundSpec, type PaymentsSpecWorld } from "../support/payments-app.ts";

let world: PaymentsSpecWorld;
refundSpec((started) => (world = started));

const RUN_DUE = `mutation { runDuePayouts { failedCount } }`;

/** The admin starts a payout run (`runDuePayouts`). */
async function runDue(): Promise<void> {
  const result = await world.app.gql(RUN_DUE, {}, world.admin.token);
  expect(result.errors).toBeUndefined();
}

/** The payment's transfers, oldest first: their amounts, and what refunds reversed of each at Stripe. */
async function transfersOf(paymentId: string): Promise<{ amount: number; reversedByRefunds: number }[]> {
  const rows = await world.app.prisma.transfer.findMany({ where: { paymentId }, orderBy: { createdAt: "asc" } });
  return rows.map((row) => {
    const transfer = world.payments.stripe.transfers.get(row.stripeTransferId!)!;
    const reversals = transfer.reversals.data as { amount: number; metadata: { ledgerKey?: string } }[];
    const byRefunds = reversals.filter((reversal) => reversal.metadata.ledgerKey?.startsWith("payout-reversal:"));
    return { amount: transfer.amount as number, reversedByRefunds: byRefunds.reduce((sum, reversal) => sum + reversal.amount, 0) };
  });
}

describe("a partial refund of a share paid out in two transfers", () => {
  it("a payout reversed in the Dashboard and paid again, the mechanic banned: $4.50 taken back once, from the newest transfer", async () => {
    const { payments } = world;
    const { mechanic, payment } = await diagnosticPayment(payments, { registered: true });
    await payments.confirmPayment(payment.id);
    const first = await world.app.prisma.transfer.findFirstOrThrow({ where: { paymentId: payment.id } });
    expect((await payments.webhook("transfer.reversed", payments.stripe.reverseInDashboard(first.stripeTransferId!, 1_000))).status).toBe(200);
    await runDue();
    expect(await transfersOf(payment.id)).toEqual([
      { amount: 2_250, reversedByRefunds: 0 },
      { amount: 1_000, reversedByRefunds: 0 },
    ]);
    expect((await ban(world, mechanic)).errors).toBeUndefined();

    await refund(world, payment.id, 500);
    // A later run finds nothing left to reverse for the refund.
    await runDue();

    expect(await transfersOf(payment.id)).toEqual([
      { amount: 2_250, reversedByRefunds: 0 },
      { amount: 1_000, reversedByRefunds: 450 },
    ]);
    expect(await balanceOn(world, payment.id, "MECHANIC_PAYABLE")).toBe(0);
    expect(await balanceOn(world, payment.id, "WITHHELD")).toBe(0);
  }, 60_000);

  it("a failed refund's share paid after the diagnostic's: $4.50 taken back once", async () => {
    const { payments } = world;
    const { mechanic, sessionId, payment } = await diagnosticPayment(payments, { registered: true, status: "IN_PROGRESS" });
    await payments.confirmPayment(payment.id);
    await pendingRefund(world, payment.id, 1_000);
    await completeDiagnosis(world.app, mechanic, sessionId);
    await runDue();
    await refundFails(world, payment.id);
    await runDue();
    expect(await transfersOf(payment.id)).toEqual([
      { amount: 1_350, reversedByRefunds: 0 },
      { amount: 900, reversedByRefunds: 0 },
    ]);

    await refund(world, payment.id, 500);
    await runDue();

    expect(await transfersOf(payment.id)).toEqual([
      { amount: 1_350, reversedByRefunds: 0 },
      { amount: 900, reversedByRefunds: 450 },
    ]);
    expect(await balanceOn(world, payment.id, "MECHANIC_PAYABLE")).toBe(0);
    expect(await balanceOn(world, payment.id, "WITHHELD")).toBe(0);
  }, 60_000);
});
