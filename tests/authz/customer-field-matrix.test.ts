import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BEFORE_COMMITMENT, CUSTOMER_FIELD_ACCESS, sessionPseudonym, type CustomerAccess, type CustomerField } from "../../src/authz/customer-access.ts";
import { addBeforeCommitment, createPrivacyWorld, type BeforeCommitment, type PrivacyWorld } from "../factories/privacy-world.ts";
import { startTestApp, type GraphQLResponse, type TestApp } from "../setup/test-app.ts";

/**
 * The privacy table, tested cell by cell: generated from CUSTOMER_FIELD_ACCESS, so the table in
 * src/authz/customer-access.ts is both the rule and the specification. Before committing
 * (BEFORE_COMMITMENT), the id a caller reads is its pseudonym for the session.
 */
let app: TestApp;
let world: PrivacyWorld;
let before: BeforeCommitment;
beforeAll(async () => {
  app = await startTestApp();
  world = await createPrivacyWorld(app);
  before = await addBeforeCommitment(app, world);
});
afterAll(() => app.close());

interface Caller {
  id: string;
  token: string;
  sessionId: string;
  /** The customer of the session as the caller reaches it (through `session(id)` unless said otherwise), with `selection` asked of it. */
  read?(selection: string): Promise<{ customer: Record<string, unknown> | null; errors: GraphQLResponse["errors"] }>;
}

/** Each access class, and the caller and session through which it reaches the customer. */
const callers: Record<CustomerAccess, () => Caller> = {
  SELF: () => ({ ...world.customer, sessionId: world.sessionId }),
  PROSPECTIVE_MECHANIC: () => ({
    ...world.otherMechanic,
    sessionId: before.openRequestId,
    async read(selection) {
      const { data, errors } = await app.gql(`{ openSessionRequests(first: 100) { nodes { id customer { ${selection} } } } }`, {}, world.otherMechanic.token);
      const node = data!.openSessionRequests.nodes.find((request: { id: string }) => request.id === before.openRequestId);
      // As `session(id)` would report them: ["openSessionRequests", "nodes", i, "customer", field] -> ["session", "customer", field].
      return { customer: node.customer, errors: errors?.map((error) => ({ ...error, path: ["session", ...(error.path ?? []).slice(3)] })) };
    },
  }),
  ASSIGNED_MECHANIC: () => ({ ...world.mechanic, sessionId: world.sessionId }),
  OFFERED_WORKSHOP: () => ({ ...before.offeredAdvisor, sessionId: before.offeredSessionId }),
  ESCALATED_WORKSHOP: () => ({ ...world.advisor, sessionId: world.escalatedSessionId }),
  ADMIN: () => ({ ...world.admin, sessionId: world.sessionId }),
};

function expectedValue(field: CustomerField, access: CustomerAccess, caller: Caller): string {
  const { canaries, customer } = world;
  const values: Record<CustomerField, string> = {
    id: BEFORE_COMMITMENT.has(access) ? sessionPseudonym(app.config.pseudonymKey, caller.id, caller.sessionId, "customer") : customer.id,
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
    const caller = callers[access]();
    const { customer, errors } = caller.read
      ? await caller.read(`firstName ${field}`)
      : await app.gql(`query ($id: ID!) { session(id: $id) { id customer { firstName ${field} } } }`, { id: caller.sessionId }, caller.token).then(({ data, errors }) => {
          expect(data?.session.id).toBe(caller.sessionId);
          return { customer: data!.session.customer, errors };
        });
    if (allowed) {
      expect(errors).toBeUndefined();
      expect(customer![field]).toBe(expectedValue(field, access, caller));
    } else {
      expect(customer).toEqual({ firstName: "Robin", [field]: null });
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
