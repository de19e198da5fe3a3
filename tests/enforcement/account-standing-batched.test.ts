import { afterEach, describe, expect, it, vi } from "vitest";
import { AccountStore } from "../../src/modules/accounts/account.store.ts";
import { createCustomer, createMechanic, createSession, type CreatedUser } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { appSpec } from "../support/app-spec.ts";

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));
afterEach(() => vi.restoreAllMocks());

/**
 * A list's `standing` (and a page of violations' offenders) costs one read for the page, not one
 * per row: the server runs in this process, so the accounts store's reads are counted where the
 * service calls them.
 */
describe("standings on a list", () => {
  it("are read once for a page of customers", async () => {
    const customers = await Promise.all([0, 1, 2, 3].map(() => createCustomer(app, { status: "BANNED", statusReason: "Chargeback fraud" })));
    const standings = vi.spyOn(AccountStore.prototype, "standings");

    const { data, errors } = await app.gql(`{ customers(first: 100) { nodes { id standing { status reason } } } }`, {}, admin.token);
    expect(errors).toBeUndefined();
    for (const customer of customers) expect(data!.customers.nodes).toContainEqual({ id: customer.id, standing: { status: "BANNED", reason: "Chargeback fraud" } });
    expect(standings).toHaveBeenCalledTimes(1);
    expect(standings.mock.calls[0]![0]).toEqual(expect.arrayContaining(customers.map((customer) => customer.id)));
  });

  it("are read once for a page of violations, after their offenders, also read once", async () => {
    const mechanics = await Promise.all([0, 1, 2].map(() => createMechanic(app)));
    for (const [i, mechanic] of mechanics.entries()) {
      const session = await createSession(app, { customerId: (await createCustomer(app)).id, mechanicId: mechanic.id, status: "IN_PROGRESS" });
      await app.gql(`mutation ($s: ID!, $b: String!) { sendMessage(sessionId: $s, body: $b) { flagged } }`, { s: session.id, b: `text me on 512 555 01${40 + i}` }, mechanic.token);
    }
    const professionals = vi.spyOn(AccountStore.prototype, "professionals");
    const standings = vi.spyOn(AccountStore.prototype, "standings");

    const { data, errors } = await app.gql(`{ violations(first: 100) { nodes { offenderId offender { id standing { status } } } } }`, {}, admin.token);
    expect(errors).toBeUndefined();
    for (const mechanic of mechanics) expect(data!.violations.nodes).toContainEqual({ offenderId: mechanic.id, offender: { id: mechanic.id, standing: { status: "SUSPENDED" } } });
    expect(professionals).toHaveBeenCalledTimes(1);
    expect(standings).toHaveBeenCalledTimes(1);
  });
});
