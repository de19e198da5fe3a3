// Issue 17: the customer filter and the string filter each have a Prisma form and a hand-written
// SQL twin (the session list's fast path). Both forms must select the same customers, for every
// filter each way of reaching a customer may use (the filter policy allows only readable fields).
import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CUSTOMER_FIELD_ACCESS, mayReadCustomerField, type CustomerAccess, type CustomerField } from "../../src/authz/customer-access.ts";
import { customerWhereSql, customerWhereToPrisma } from "../../src/modules/accounts/customer.filters.ts";
import { CustomerWhere } from "../../src/modules/accounts/customer.inputs.ts";
import { parseInput } from "../../src/modules/shared/validation.ts";
import { Prisma } from "../../src/platform/db/generated/client.ts";
import { createCustomer, createMechanic } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

let app: TestApp;
/** The customers of this file, so other rows of the database never enter the comparison. */
let ours: string[];

beforeAll(async () => {
  app = await startTestApp();
  const tag = Date.now().toString(36);
  const customers = await Promise.all([
    createCustomer(app, { firstName: "Ana", lastName: "Ortiz", city: "Austin", phone: "+1 555 010 1111", email: `ana.${tag}@example.test`, addressLine1: "1 Oak Street" }),
    createCustomer(app, { firstName: "ANAÏS", lastName: "Moreau", city: "austin", phone: "+1 555 010 2222", email: `anais.${tag}@example.test`, addressLine1: "12 Elm Road" }),
    createCustomer(app, { firstName: "Bo_b", lastName: "100% Smith", city: "Dallas", phone: "+1 555 010 3333", email: `bob.${tag}@example.test`, addressLine1: "3 Oak Avenue" }),
    createCustomer(app, { firstName: "Cleo", lastName: "Ng", city: "Houston", phone: "+44 20 7946 0000", email: `cleo.${tag}@example.test`, addressLine1: "9 Pine Lane" }),
  ]);
  // A mechanic is never a customer, whatever it matches.
  const mechanic = await createMechanic(app, { displayName: "Ana the Mechanic" });
  ours = [...customers.map((c) => c.id), mechanic.id];
});
afterAll(() => app.close());

/** One condition per filterable field, each operator of StringFilter among them, wildcards included. */
const CONDITIONS: Record<Exclude<CustomerField, "id" | "lastInitial">, CustomerWhere[]> = {
  firstName: [{ firstName: { equals: "ana" } }, { firstName: { startsWith: "an" } }, { firstName: { contains: "_" } }, { firstName: { in: ["cleo", "ANA"] } }, { firstName: { in: [] } }],
  lastName: [{ lastName: { contains: "%" } }, { lastName: { startsWith: "m", contains: "eau" } }],
  city: [{ city: { equals: "AUSTIN" } }, { city: { in: ["dallas", "houston"] } }],
  phone: [{ phone: { startsWith: "+1 555" } }, { phone: { contains: "7946" } }],
  email: [{ email: { startsWith: "ana" } }, { email: { contains: "example.test" } }],
  address: [{ address: { contains: "oak" } }, { address: { equals: "12 elm road" } }],
};

/** The filters a caller reaching customers through `access` may send: its readable fields, alone and combined. */
function filtersFor(access: CustomerAccess): CustomerWhere[] {
  const readable = (Object.keys(CONDITIONS) as (keyof typeof CONDITIONS)[]).filter((field) => mayReadCustomerField(access, field));
  const single = readable.flatMap((field) => CONDITIONS[field]);
  const [a, b] = [single[0]!, single[single.length - 1]!];
  return [...single, { AND: [a, b] }, { OR: [a, b] }, { NOT: a }, { OR: [{ NOT: b }, { AND: [a] }] }, { ...a, NOT: b }];
}

async function viaPrisma(where: CustomerWhere): Promise<string[]> {
  const rows = await app.prisma.user.findMany({ where: { AND: [{ id: { in: ours } }, customerWhereToPrisma(where)] }, select: { id: true }, orderBy: { id: "asc" } });
  return rows.map((row) => row.id);
}

async function viaSql(where: CustomerWhere): Promise<string[]> {
  const rows = await app.sql.rows<{ id: string }>(Prisma.sql`SELECT u.id::text AS id FROM "User" u WHERE u.id = ANY(${ours}::uuid[]) AND ${customerWhereSql(where, Prisma.sql`u.id`)} ORDER BY u.id`);
  return rows.map((row) => row.id);
}

describe("customerWhereToPrisma and customerWhereSql select the same customers", () => {
  for (const access of [...new Set(Object.values(CUSTOMER_FIELD_ACCESS).flat())]) {
    it(`for every filter a caller with ${access} access may send`, async () => {
      for (const raw of filtersFor(access)) {
        const where = parseInput(CustomerWhere, raw);
        const expected = await viaPrisma(where);
        expect({ where: raw, ids: await viaSql(where) }).toEqual({ where: raw, ids: expected });
      }
    });
  }

  it("matches some customers and misses others, so the comparison is not of empty lists", async () => {
    expect((await viaPrisma({ firstName: { startsWith: "an" } })).length).toBe(2);
    expect((await viaPrisma({})).length).toBe(4);
  });
});
