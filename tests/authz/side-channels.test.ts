import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrivacyWorld, type PrivacyWorld } from "../factories/privacy-world.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * A filter, ordering or count on a hidden field answers yes/no questions about its value. Each
 * is refused with FORBIDDEN before the database is asked, at any depth of AND/OR/NOT.
 */
let app: TestApp;
let world: PrivacyWorld;
beforeAll(async () => {
  app = await startTestApp();
  world = await createPrivacyWorld(app);
});
afterAll(() => app.close());

const COUNT = `query ($where: SessionWhere, $orderBy: SessionOrder) { sessions(where: $where, orderBy: $orderBy) { totalCount nodes { id } } }`;

const filtersOn = (field: string, value: string) => [
  { customer: { [field]: { equals: value } } },
  { customer: { [field]: { startsWith: value.slice(0, 4) } } },
  { AND: [{ status: ["COMPLETED"] }, { customer: { OR: [{ firstName: { equals: "Robin" } }, { [field]: { contains: value.slice(2, 6) } }] } }] },
  { NOT: { NOT: { customer: { NOT: { [field]: { in: [value] } } } } } },
];

describe("filtering on hidden customer fields", () => {
  const cases = [
    { caller: "mechanic", fields: ["lastName", "phone", "email", "address", "city"] },
    { caller: "advisor", fields: ["lastName", "phone", "email", "address"] },
    { caller: "partner", fields: ["firstName", "lastName", "phone", "email", "address", "city"] },
  ] as const;

  for (const { caller, fields } of cases) {
    for (const field of fields) {
      it(`refuses a ${caller} filtering by the customer's ${field}, at every depth`, async () => {
        const value = field === "firstName" ? "Robin" : String(world.canaries[field as keyof typeof world.canaries]);
        for (const where of filtersOn(field, value)) {
          const { data, errors } = await app.gql(COUNT, { where }, world[caller].token);
          expect(data).toBeNull();
          expect(errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
          // A partner may read no customer field, so whichever field comes first is the one named.
          expect(errors?.[0]?.message).toMatch(new RegExp(`^Not allowed to filter or sort by the customer's (${field}|firstName)$`));
        }
      });
    }
  }

  it("lets callers filter by what they may read, with counts that match what they see", async () => {
    const mechanic = await app.gql(COUNT, { where: { customer: { firstName: { equals: "robin" } } } }, world.mechanic.token);
    expect(mechanic.errors).toBeUndefined();
    expect(mechanic.data!.sessions.totalCount).toBe(2);
    expect(mechanic.data!.sessions.nodes).toHaveLength(2);

    const advisor = await app.gql(COUNT, { where: { customer: { city: { equals: world.canaries.city } } } }, world.advisor.token);
    expect(advisor.errors).toBeUndefined();
    expect(advisor.data!.sessions.totalCount).toBe(1);

    const admin = await app.gql(COUNT, { where: { customer: { phone: { equals: world.canaries.phone } } } }, world.admin.token);
    expect(admin.data!.sessions.totalCount).toBe(2);
  });

  it("scopes counts to the caller's own sessions even with a matching filter", async () => {
    const { data } = await app.gql(COUNT, { where: { customer: { firstName: { equals: "Robin" } } } }, world.otherMechanic.token);
    expect(data!.sessions.totalCount).toBe(0);
  });
});

describe("ordering by hidden customer fields", () => {
  it.each([
    ["mechanic", "CUSTOMER_LAST_NAME"],
    ["mechanic", "CUSTOMER_CITY"],
    ["advisor", "CUSTOMER_LAST_NAME"],
    ["partner", "CUSTOMER_FIRST_NAME"],
  ] as const)("refuses a %s ordering by %s", async (caller, field) => {
    const { errors } = await app.gql(COUNT, { orderBy: { field } }, world[caller].token);
    expect(errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("orders and pages by a readable customer field", async () => {
    const first = await app.gql(
      `query ($after: String) { sessions(first: 1, after: $after, orderBy: { field: CUSTOMER_CITY, direction: ASC }) { nodes { id } pageInfo { endCursor hasNextPage } } }`,
      {},
      world.customer.token,
    );
    expect(first.errors).toBeUndefined();
    expect(first.data!.sessions.pageInfo.hasNextPage).toBe(true);
    const second = await app.gql(
      `query ($after: String) { sessions(first: 1, after: $after, orderBy: { field: CUSTOMER_CITY, direction: ASC }) { nodes { id } pageInfo { hasNextPage } } }`,
      { after: first.data!.sessions.pageInfo.endCursor },
      world.customer.token,
    );
    expect(second.data!.sessions.nodes[0].id).not.toBe(first.data!.sessions.nodes[0].id);
    expect(second.data!.sessions.pageInfo.hasNextPage).toBe(false);
  });
});

describe("admin-only lookups", () => {
  it.each(["mechanic", "advisor", "partner", "otherCustomer"] as const)("refuses the customer directory and its filters to a %s", async (caller) => {
    const { data, errors } = await app.gql(`query ($p: String!) { customers(where: { phone: { startsWith: $p } }) { totalCount } }`, { p: "+1" }, world[caller].token);
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
