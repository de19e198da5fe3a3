import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CUSTOMER_FIELD_ACCESS, type CustomerAccess, type CustomerField } from "../../src/authz/customer-access.ts";
import { createPrivacyWorld, type PrivacyWorld } from "../factories/privacy-world.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * The privacy table, tested cell by cell: generated from CUSTOMER_FIELD_ACCESS, so the table in
 * src/authz/customer-access.ts is both the rule and the specification.
 */
let app: TestApp;
let world: PrivacyWorld;
beforeAll(async () => {
  app = await startTestApp();
  world = await createPrivacyWorld(app);
});
afterAll(() => app.close());

/** Each access class, and the caller and session through which it reaches the customer. */
const callers: Record<CustomerAccess, () => { token: string; sessionId: string }> = {
  SELF: () => ({ token: world.customer.token, sessionId: world.sessionId }),
  ASSIGNED_MECHANIC: () => ({ token: world.mechanic.token, sessionId: world.sessionId }),
  ESCALATED_WORKSHOP: () => ({ token: world.advisor.token, sessionId: world.escalatedSessionId }),
  ADMIN: () => ({ token: world.admin.token, sessionId: world.sessionId }),
};

function expectedValue(field: CustomerField): string {
  const { canaries, customer } = world;
  const values: Record<CustomerField, string> = {
    id: customer.id,
    firstName: "Robin",
    lastInitial: "C",
    lastName: canaries.lastName,
    city: canaries.city,
    phone: canaries.phone,
    email: canaries.email,
    address: canaries.address,
  };
  return values[field];
}

const cells = (Object.keys(CUSTOMER_FIELD_ACCESS) as CustomerField[]).flatMap((field) =>
  (Object.keys(callers) as CustomerAccess[]).map((access) => ({ field, access, allowed: CUSTOMER_FIELD_ACCESS[field].includes(access) })),
);

describe("customer fields by caller", () => {
  it.each(cells)("$access reading $field: allowed=$allowed", async ({ field, access, allowed }) => {
    const { token, sessionId } = callers[access]();
    const { data, errors } = await app.gql(`query ($id: ID!) { session(id: $id) { id customer { firstName ${field} } } }`, { id: sessionId }, token);
    expect(data?.session.id).toBe(sessionId);
    if (allowed) {
      expect(errors).toBeUndefined();
      expect(data!.session.customer[field]).toBe(expectedValue(field));
    } else {
      expect(data!.session.customer).toEqual({ firstName: "Robin", [field]: null });
      expect(errors).toHaveLength(1);
      expect(errors![0]).toMatchObject({ path: ["session", "customer", field], extensions: { code: "FORBIDDEN" } });
    }
  });

  it("gives a partner no path to the customer at all", async () => {
    const { data, errors } = await app.gql(`query ($id: ID!) { session(id: $id) { customer { firstName } } }`, { id: world.sessionId }, world.partner.token);
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("gives a workshop nothing of a session that was not escalated to it", async () => {
    const { errors } = await app.gql(`query ($id: ID!) { session(id: $id) { id } }`, { id: world.sessionId }, world.advisor.token);
    expect(errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
