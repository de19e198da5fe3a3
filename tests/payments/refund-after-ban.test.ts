// A refund of a banned mechanic's diagnostic takes their share back from WITHHELD, where the ban
// moved it, never from the payable the ban emptied. Before (round 51), the refund debited
// MECHANIC_PAYABLE (overdrawn by $22.50) and left the $22.50 on WITHHELD, money the platform had
// given back to the customer.
import { describe, expect, it } from "vitest";
import { balanceOn, bannedMechanic, refund } from "../support/banned-mechanic.ts";
import { refundSpec, type PaymentsSpecWorld } from "../support/payments-app.ts";

let world: PaymentsSpecWorld;
refundSpec((started) => (world = started));

describe("a full refund after the mechanic's ban", () => {
  it("takes the mechanic's share from WITHHELD and overdraws nothing", async () => {
    const { paymentIds } = await bannedMechanic(world, 1);
    await refund(world, paymentIds[0]!);
    expect(await balanceOn(world, paymentIds[0]!, "WITHHELD")).toBe(0);
    expect(await balanceOn(world, paymentIds[0]!, "MECHANIC_PAYABLE")).toBe(0);
  }, 60_000);
});
