// A partial refund of a banned mechanic's diagnostic takes the mechanic's proportion of it from
// WITHHELD, where the ban moved their share: $10 of $25 takes $9 back, $13.50 stays withheld.
// Before (round 51), it debited MECHANIC_PAYABLE (overdrawn by $9) and WITHHELD kept $22.50.
import { describe, expect, it } from "vitest";
import { balanceOn, bannedMechanic, refund } from "../support/banned-mechanic.ts";
import { refundSpec, type PaymentsSpecWorld } from "../support/payments-app.ts";

let world: PaymentsSpecWorld;
refundSpec((started) => (world = started));

describe("a partial refund after the mechanic's ban", () => {
  it("takes the mechanic's proportion from WITHHELD and overdraws nothing", async () => {
    const { paymentIds } = await bannedMechanic(world, 1);
    await refund(world, paymentIds[0]!, 1_000);
    expect(await balanceOn(world, paymentIds[0]!, "WITHHELD")).toBe(1_350);
    expect(await balanceOn(world, paymentIds[0]!, "MECHANIC_PAYABLE")).toBe(0);
  }, 60_000);
});
