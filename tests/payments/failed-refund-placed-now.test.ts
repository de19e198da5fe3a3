// A refund Stripe reports failed gives the mechanic's share back where it belongs when it fails,
// not where the refund took it from: withheld only while a ban stands. Before (round 51), the
// reinstatement put the share back exactly as the refund had taken it: a refund taken from
// WITHHELD that failed after the ban was lifted left $22.50 withheld from a mechanic no longer
// banned, which nothing would release; one taken from MECHANIC_PAYABLE that failed after a ban left
// $22.50 owed to a banned mechanic.
import { describe, expect, it } from "vitest";
import { balanceOn, ban, bannedMechanic, liftBan, owedMechanic, pendingRefund, refundFails } from "../support/banned-mechanic.ts";
import { refundSpec, type PaymentsSpecWorld } from "../support/payments-app.ts";

let world: PaymentsSpecWorld;
refundSpec((started) => (world = started));

/** The audit row of the payment's failed refund. */
const failedRefundAudit = (paymentId: string) => world.app.prisma.auditLog.findFirstOrThrow({ where: { action: "payment.refund_failed", entityId: paymentId } });

describe("a refund that fails at Stripe after the mechanic's standing changed", () => {
  it("taken from WITHHELD, failing after the ban was lifted: the share is owed to the mechanic again", async () => {
    const { mechanic, paymentIds } = await bannedMechanic(world, 1);
    const paymentId = paymentIds[0]!;
    await pendingRefund(world, paymentId);
    await liftBan(world, mechanic);
    await refundFails(world, paymentId);
    expect(await balanceOn(world, paymentId, "WITHHELD")).toBe(0);
    expect(await balanceOn(world, paymentId, "MECHANIC_PAYABLE")).toBe(2_250);
    expect((await failedRefundAudit(paymentId)).data).toMatchObject({ mechanicId: mechanic.id, movedCents: 2_250, movedTo: "MECHANIC_PAYABLE" });
  }, 60_000);

  it("taken from MECHANIC_PAYABLE, failing after a ban: the share is withheld", async () => {
    const { mechanic, paymentIds } = await owedMechanic(world, 1);
    const paymentId = paymentIds[0]!;
    await pendingRefund(world, paymentId);
    expect((await ban(world, mechanic)).errors).toBeUndefined();
    await refundFails(world, paymentId);
    expect(await balanceOn(world, paymentId, "MECHANIC_PAYABLE")).toBe(0);
    expect(await balanceOn(world, paymentId, "WITHHELD")).toBe(2_250);
    expect((await failedRefundAudit(paymentId)).data).toMatchObject({ mechanicId: mechanic.id, movedCents: 2_250, movedTo: "WITHHELD" });
  }, 60_000);
});
