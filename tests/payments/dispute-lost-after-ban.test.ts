// A lost dispute of a banned mechanic's diagnostic writes the mechanic's share off against
// WITHHELD, where the ban moved it, as a refund does. Before (round 51), the write-off debited
// MECHANIC_PAYABLE (overdrawn by $22.50) and left the $22.50 on WITHHELD, money Stripe had taken.
import { describe, expect, it } from "vitest";
import { balanceOn, bannedMechanic, disputeLost } from "../support/banned-mechanic.ts";
import { refundSpec, type PaymentsSpecWorld } from "../support/payments-app.ts";

let world: PaymentsSpecWorld;
refundSpec((started) => (world = started));

describe("a dispute lost after the mechanic's ban", () => {
  it("writes the mechanic's share off against WITHHELD and overdraws nothing", async () => {
    const { paymentIds } = await bannedMechanic(world, 1);
    await disputeLost(world, paymentIds[0]!);
    const writtenOff = await world.app.prisma.ledgerEntry.findFirst({ where: { paymentId: paymentIds[0]!, transactionKey: { startsWith: "dispute-lost:" }, account: "DISPUTES_RECEIVABLE" } });
    expect(writtenOff?.amountCents).toBe(2_500);
    expect(await balanceOn(world, paymentIds[0]!, "WITHHELD")).toBe(0);
    expect(await balanceOn(world, paymentIds[0]!, "MECHANIC_PAYABLE")).toBe(0);
  }, 60_000);
});
