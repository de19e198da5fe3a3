// A refund taken from a diagnostic's held share (DIAGNOSTIC_CLEARING) that fails at Stripe after
// the mechanic earned the diagnostic (a refund in part: one in full cancels the session) gives the money to the mechanic, where their share belongs
// now: nothing would earn it from DIAGNOSTIC_CLEARING again. One move per failed refund, audited
// with it. Before (round 51), the failed refund put it back on DIAGNOSTIC_CLEARING and it stayed
// there: the mechanic was never owed the $9.
import { describe, expect, it } from "vitest";
import { completeDiagnosis } from "../factories/diagnostics.ts";
import { balanceOn, ban, pendingRefund, refundFails } from "../support/banned-mechanic.ts";
import { diagnosticPayment, refundSpec, type PaymentsSpecWorld } from "../support/payments-app.ts";

let world: PaymentsSpecWorld;
refundSpec((started) => (world = started));

/** A $25 diagnostic paid while its session is in progress: the mechanic's $22.50 held on DIAGNOSTIC_CLEARING (no payouts: what they earn stays owed). */
async function heldDiagnostic() {
  const paid = await diagnosticPayment(world.payments, { status: "IN_PROGRESS", payoutsEnabled: false });
  await world.payments.confirmPayment(paid.payment.id);
  expect(await balanceOn(world, paid.payment.id, "DIAGNOSTIC_CLEARING")).toBe(2_250);
  return { ...paid, paymentId: paid.payment.id };
}

/** The audit row of the payment's failed refund. */
const failedRefundAudit = (paymentId: string) => world.app.prisma.auditLog.findFirstOrThrow({ where: { action: "payment.refund_failed", entityId: paymentId } });

describe("a refund of a held diagnostic share that fails after the mechanic earned the diagnostic", () => {
  it("refunded in part, then earned: the whole share is owed to the mechanic", async () => {
    const { mechanic, sessionId, paymentId } = await heldDiagnostic();
    await pendingRefund(world, paymentId, 1_000);
    await completeDiagnosis(world.app, mechanic, sessionId);
    expect(await balanceOn(world, paymentId, "MECHANIC_PAYABLE")).toBe(1_350);
    await refundFails(world, paymentId);

    expect(await balanceOn(world, paymentId, "DIAGNOSTIC_CLEARING")).toBe(0);
    expect(await balanceOn(world, paymentId, "MECHANIC_PAYABLE")).toBe(2_250);
    const audit = await failedRefundAudit(paymentId);
    expect(audit.data).toMatchObject({ mechanicId: mechanic.id, earnedCents: 900, earnedTo: "MECHANIC_PAYABLE" });
    // Stripe's next delivery of the same failure moves nothing again.
    await world.payments.webhook(
      "refund.updated",
      [...world.payments.stripe.refunds.values()].find((r) => r.status === "failed" && r.metadata?.refundId)!,
    );
    expect(await balanceOn(world, paymentId, "MECHANIC_PAYABLE")).toBe(2_250);
    expect(await world.app.prisma.ledgerEntry.count({ where: { transactionKey: (audit.data as { earnedTransactionKey: string }).earnedTransactionKey } })).toBe(2);
  }, 60_000);

  it("refunded in part, earned, then the mechanic banned: the part given back is withheld with the rest", async () => {
    const { mechanic, sessionId, paymentId } = await heldDiagnostic();
    await pendingRefund(world, paymentId, 1_000);
    await completeDiagnosis(world.app, mechanic, sessionId);
    expect(await balanceOn(world, paymentId, "MECHANIC_PAYABLE")).toBe(1_350);
    expect((await ban(world, mechanic)).errors).toBeUndefined();
    await refundFails(world, paymentId);

    expect(await balanceOn(world, paymentId, "DIAGNOSTIC_CLEARING")).toBe(0);
    expect(await balanceOn(world, paymentId, "MECHANIC_PAYABLE")).toBe(0);
    expect(await balanceOn(world, paymentId, "WITHHELD")).toBe(2_250);
    expect((await failedRefundAudit(paymentId)).data).toMatchObject({ mechanicId: mechanic.id, earnedCents: 900, earnedTo: "WITHHELD" });
  }, 60_000);
});
