// Lifting a ban releases only what is still withheld: shares refunded while the ban stood went back
// to the customer from WITHHELD, and are not released to the mechanic. Before (round 51), the
// refunds debited MECHANIC_PAYABLE and left WITHHELD whole, so the lift released $45 for $13.50
// still withheld (and its audit row said so), hiding the overdrawn payables.
import { describe, expect, it } from "vitest";
import { balanceOn, bannedMechanic, liftBan, refund } from "../support/banned-mechanic.ts";
import { refundSpec, type PaymentsSpecWorld } from "../support/payments-app.ts";

let world: PaymentsSpecWorld;
refundSpec((started) => (world = started));

describe("a ban lifted after refunds of the banned mechanic's diagnostics", () => {
  it("releases only what the refunds left withheld, and says so in its audit row", async () => {
    const { mechanic, paymentIds } = await bannedMechanic(world, 2);
    const [refunded, partlyRefunded] = paymentIds as [string, string];
    await refund(world, refunded);
    await refund(world, partlyRefunded, 1_000);

    const lift = await liftBan(world, mechanic);
    const audit = await world.app.prisma.auditLog.findFirstOrThrow({ where: { action: "account.sanction.lifted", entityId: lift } });
    expect(audit.data).toMatchObject({ releasedCents: 1_350, ledgerTransactionKey: `withholding-release:${lift}` });
    expect(await balanceOn(world, refunded, "MECHANIC_PAYABLE")).toBe(0);
    expect(await balanceOn(world, partlyRefunded, "MECHANIC_PAYABLE")).toBe(1_350);
    for (const paymentId of paymentIds) expect(await balanceOn(world, paymentId, "WITHHELD")).toBe(0);
  }, 90_000);
});
