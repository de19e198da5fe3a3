// A ban withholds what its mechanic is owed once every money move of their payments in progress
// has committed, and those that come after find it withheld: the ban locks the rows of the
// payments holding the mechanic's entries, the lock each refund and payout takes. Before (round
// 51), the ban locked no payment: one reading the payable while a refund or payout that had read it
// too was committing moved the $22.50 to WITHHELD that the refund or payout also took, leaving
// MECHANIC_PAYABLE overdrawn by $22.50 and WITHHELD holding money already gone. PostgreSQL only:
// the embedded database runs one transaction at a time.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { balanceOn, ban, owedMechanic, refund } from "../support/banned-mechanic.ts";
import { holdLedgerWrites, interleaves } from "../support/held-ledger.ts";
import { refundSpec, type PaymentsSpecWorld } from "../support/payments-app.ts";

let world: PaymentsSpecWorld;
refundSpec((started) => (world = started));

const RUN_DUE = `mutation { runDuePayouts { transferCount } }`;

/**
 * Starts `move` on the mechanic's payment and holds it at its first ledger write (having read what
 * the payment owes), bans the mechanic meanwhile (the ban runs until it waits, or to its end), then
 * lets both go on. The ban's answer.
 */
async function banWhile(mechanic: Awaited<ReturnType<typeof owedMechanic>>["mechanic"], move: () => Promise<unknown>) {
  const held = await holdLedgerWrites(world.app);
  const moving = move();
  await held.blocked(1);
  const banning = ban(world, mechanic);
  await Promise.race([held.blocked(2), banning]);
  await held.release();
  const [banned] = await Promise.all([banning, moving]);
  return banned;
}

describe.skipIf(!interleaves)("a ban committing while a money move of the mechanic's payment commits", () => {
  it("withholds nothing a full refund took back: the payable is not overdrawn", async () => {
    const { mechanic, paymentIds } = await owedMechanic(world, 1);
    const paymentId = paymentIds[0]!;
    expect((await banWhile(mechanic, () => refund(world, paymentId))).errors).toBeUndefined();
    expect(await balanceOn(world, paymentId, "MECHANIC_PAYABLE")).toBe(0);
    expect(await balanceOn(world, paymentId, "WITHHELD")).toBe(0);
  }, 60_000);

  it("withholds nothing a payout transferred: the payable is not overdrawn", async () => {
    const { mechanic, paymentIds } = await owedMechanic(world, 1);
    const paymentId = paymentIds[0]!;
    // The mechanic finishes onboarding: the payout run now pays the share owed.
    await world.app.prisma.mechanicProfile.update({ where: { userId: mechanic.id }, data: { stripeAccountId: `acct_me_${randomUUID().slice(0, 8)}`, payoutsEnabled: true } });
    const run = () => world.app.gql(RUN_DUE, {}, world.admin.token);
    expect((await banWhile(mechanic, run)).errors).toBeUndefined();
    const transferred = await world.app.prisma.transfer.aggregate({ where: { paymentId, stripeTransferId: { not: null } }, _sum: { amountCents: true } });
    expect(transferred._sum.amountCents).toBe(2_250);
    expect(await balanceOn(world, paymentId, "MECHANIC_PAYABLE")).toBe(0);
    expect(await balanceOn(world, paymentId, "WITHHELD")).toBe(0);
  }, 60_000);
});
