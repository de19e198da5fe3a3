import { describe, expect, it } from "vitest";
import { CLAIM } from "../factories/diagnostics.ts";
import { createAdmin, createCustomer, createMechanic, createSession } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

const REASSIGN = `mutation ($id: ID!, $mechanicId: ID!) { adminReassignSession(id: $id, mechanicId: $mechanicId, reason: "Reassigned by support") { id } }`;

let app: TestApp;
serverSpec((started) => (app = started));

/**
 * The refusal of an unvetted mechanic speaks to whoever asked: the admin reassigning a session is
 * told the mechanic they chose is not vetted (naming them), not "your account is waiting", which
 * is what the mechanic claiming a request reads. Both keep FORBIDDEN and MECHANIC_NOT_VETTED.
 */
describe("reassigning a session to an unvetted mechanic", () => {
  it("tells the admin that the chosen mechanic is not approved, by name, with the same code and reason", async () => {
    const admin = await createAdmin(app);
    const customer = await createCustomer(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: (await createMechanic(app)).id, status: "ACCEPTED" });
    for (const vetting of ["PENDING", "REJECTED"] as const) {
      const target = await createMechanic(app, { vetting, displayName: `Riley ${vetting}` });
      const { errors } = await app.gql(REASSIGN, { id: session.id, mechanicId: target.id }, admin.token);
      expect(errors?.[0]?.extensions, vetting).toMatchObject({ code: "FORBIDDEN", reason: "MECHANIC_NOT_VETTED", vettingStatus: vetting });
      expect(errors?.[0]?.message).toMatch(new RegExp(`^The mechanic Riley ${vetting} `));
      expect(errors?.[0]?.message).not.toMatch(/\byour\b/i);
    }
  });

  it("still tells a mechanic claiming a request about their own account", async () => {
    const customer = await createCustomer(app);
    const request = await createSession(app, { customerId: customer.id, paid: true });
    const pending = await createMechanic(app, { vetting: "PENDING" });
    const { errors } = await app.gql(CLAIM, { id: request.id }, pending.token);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "FORBIDDEN", reason: "MECHANIC_NOT_VETTED", vettingStatus: "PENDING" });
    expect(errors?.[0]?.message).toMatch(/^Your mechanic account /);
  });
});
