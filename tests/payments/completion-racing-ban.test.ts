// A diagnostic completed while its mechanic's ban commits earns its share where the ban leaves it:
// WITHHELD, and a later lift releases it. Earning reads the mechanic's withheld flag under a share
// lock on their profile, so a ban setting it meanwhile is waited for, and a ban begun after waits
// for the earning and then withholds it. Before (round 51), the flag was read without a lock: a
// session completed while the ban was committing left the $22.50 owed on MECHANIC_PAYABLE to a
// banned mechanic. PostgreSQL only: the embedded database runs one transaction at a time.
import { describe, expect, it } from "vitest";
import { bookDiagnostic, completeDiagnosis, payForDiagnostic, startDiagnosis } from "../factories/diagnostics.ts";
import { createCustomer, createMechanic, createVehicle } from "../factories/index.ts";
import { balanceOn, ban, liftBan } from "../support/banned-mechanic.ts";
import { holdLedgerWrites, interleaves } from "../support/held-ledger.ts";
import { refundSpec, type PaymentsSpecWorld } from "../support/payments-app.ts";

let world: PaymentsSpecWorld;
refundSpec((started) => (world = started));

describe.skipIf(!interleaves)("a diagnostic completed while its mechanic's ban commits", () => {
  it("earns the share onto WITHHELD, and the lift releases it", async () => {
    const { app, payments } = world;
    const mechanic = await createMechanic(app);
    const customer = await createCustomer(app);
    const sessionId = await bookDiagnostic(app, customer, (await createVehicle(app, customer.id)).id);
    const paymentId = await payForDiagnostic(payments, customer, sessionId);
    await startDiagnosis(app, mechanic, sessionId);

    // The completion earns the share up to its ledger write; the ban runs meanwhile until it waits, or to its end.
    const held = await holdLedgerWrites(app);
    const completing = completeDiagnosis(app, mechanic, sessionId);
    await held.blocked(1);
    const banning = ban(world, mechanic);
    await Promise.race([held.blocked(2), banning]);
    await held.release();
    const [banned] = await Promise.all([banning, completing]);
    expect(banned.errors).toBeUndefined();
    expect(await balanceOn(world, paymentId, "MECHANIC_PAYABLE")).toBe(0);
    expect(await balanceOn(world, paymentId, "WITHHELD")).toBe(2_250);

    await liftBan(world, mechanic);
    expect(await balanceOn(world, paymentId, "MECHANIC_PAYABLE")).toBe(2_250);
    expect(await balanceOn(world, paymentId, "WITHHELD")).toBe(0);
  }, 60_000);
});
