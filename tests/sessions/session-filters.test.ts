import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdmin, createCustomer, createMechanic, createSession, type CreatedUser } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * What `sessions(where:, orderBy:)` matches, counts and orders: text matches ignore case, ranges
 * include their start and exclude their end, and AND/OR/NOT nest at every level. One mechanic's
 * sessions with three customers; another mechanic's session with a look-alike customer must never
 * show.
 */
let app: TestApp;
let mechanic: CreatedUser;
let admin: CreatedUser;
let blake: CreatedUser;
const ids: Record<"a1" | "a2" | "b1" | "c1", string> = { a1: "", a2: "", b1: "", c1: "" };
const T0 = new Date("2026-03-02T09:00:00Z");
const at = (hours: number) => new Date(T0.getTime() + hours * 3600_000);

beforeAll(async () => {
  app = await startTestApp();
  mechanic = await createMechanic(app);
  admin = await createAdmin(app);
  const avery = await createCustomer(app, { firstName: "Avery", city: "Dallas" });
  blake = await createCustomer(app, { firstName: "Blake", city: "Austin" });
  const casey = await createCustomer(app, { firstName: "Casey", city: "Boston" });
  const session = (customerId: string, options: Omit<Parameters<typeof createSession>[1], "customerId" | "mechanicId">) =>
    createSession(app, { customerId, mechanicId: mechanic.id, ...options }).then((created) => created.id);
  ids.a1 = await session(avery.id, { status: "IN_PROGRESS", concern: "Grinding brakes", requestedAt: at(0), vehicle: { make: "Toyota", model: "Corolla", year: 2015 } });
  ids.b1 = await session(blake.id, { status: "COMPLETED", concern: "Engine light on", requestedAt: at(1), vehicle: { make: "Honda", model: "Civic", year: 2018 } });
  ids.c1 = await session(casey.id, { status: "CANCELLED", concern: "Noise", requestedAt: at(2), vehicle: { make: "Ford", model: "Focus", year: 2012 } });
  ids.a2 = await session(avery.id, { status: "ACCEPTED", concern: "Brake squeal", requestedAt: at(3), vehicle: { make: "Toyota", model: "Corolla", year: 2020 } });
  const lookAlike = await createCustomer(app, { firstName: "Avery" });
  await createSession(app, { customerId: lookAlike.id, mechanicId: (await createMechanic(app)).id, concern: "Grinding brakes" });
});
afterAll(() => app.close());

const LIST = `query ($where: SessionWhere, $orderBy: SessionOrder, $first: Int, $after: String) {
  sessions(where: $where, orderBy: $orderBy, first: $first, after: $after) { totalCount nodes { id } pageInfo { hasNextPage endCursor } }
}`;

async function matching(where: object, caller = mechanic) {
  const { data, errors } = await app.gql(LIST, { where, first: 100 }, caller.token);
  expect(errors).toBeUndefined();
  const found = data!.sessions.nodes.map((node: { id: string }) => node.id);
  expect(data!.sessions.totalCount).toBe(found.length);
  return found.sort();
}
const sessions = (...names: (keyof typeof ids)[]) => names.map((name) => ids[name]).sort();

describe("filtering sessions", () => {
  it.each([
    ["status, any of", { status: ["COMPLETED", "CANCELLED"] }, ["b1", "c1"]],
    ["status, none given", { status: [] }, []],
    ["concern contains, ignoring case", { concern: { contains: "BRAKE" } }, ["a1", "a2"]],
    ["concern starts with", { concern: { startsWith: "engine" } }, ["b1"]],
    ["concern equals, ignoring case", { concern: { equals: "noise" } }, ["c1"]],
    ["concern in, ignoring case", { concern: { in: ["NOISE", "engine light on"] } }, ["b1", "c1"]],
    ["every text operator at once", { concern: { startsWith: "brake", contains: "squeal" } }, ["a2"]],
    ["requested from (inclusive) until (exclusive)", { requestedAfter: at(1), requestedBefore: at(3) }, ["b1", "c1"]],
    ["vehicle make and year", { vehicle: { make: { equals: "toyota" }, year: 2015 } }, ["a1"]],
    ["the customer's first name", { customer: { firstName: { startsWith: "av" } } }, ["a1", "a2"]],
    ["OR across the vehicle and the customer", { OR: [{ vehicle: { model: { equals: "civic" } } }, { customer: { firstName: { equals: "casey" } } }] }, ["b1", "c1"]],
    ["an empty OR: nothing", { OR: [] }, []],
    ["an empty OR in the customer filter: nothing", { customer: { OR: [] } }, []],
    ["NOT on the customer", { NOT: { customer: { firstName: { equals: "avery" } } } }, ["b1", "c1"]],
    ["AND with a NOT inside", { AND: [{ status: ["IN_PROGRESS", "ACCEPTED"] }, { NOT: { concern: { contains: "squeal" } } }] }, ["a1"]],
    ["NOT and OR inside the customer filter", { customer: { NOT: { OR: [{ firstName: { equals: "Avery" } }, { firstName: { equals: "Blake" } }] } } }, ["c1"]],
  ] as const)("by %s", async (_name, where, expected) => {
    expect(await matching(where)).toEqual(sessions(...expected));
  });

  it("by the customer's contact details, for admins", async () => {
    expect(await matching({ customer: { email: { equals: blake.email.toUpperCase() } } }, admin)).toEqual(sessions("b1"));
    expect(await matching({ AND: [{ customer: { city: { equals: "dallas" } } }, { concern: { contains: "grinding" } }] }, admin)).toEqual(sessions("a1"));
  });
});

it("lists each session as stored", async () => {
  const { data } = await app.gql(
    `{ sessions(first: 1, orderBy: { field: REQUESTED_AT, direction: ASC }) { nodes { id status concern requestedAt vehicle { make model year } customer { firstName } } } }`,
    {},
    mechanic.token,
  );
  expect(data!.sessions.nodes[0]).toEqual({
    id: ids.a1,
    status: "IN_PROGRESS",
    concern: "Grinding brakes",
    requestedAt: T0.toISOString(),
    vehicle: { make: "Toyota", model: "Corolla", year: 2015 },
    customer: { firstName: "Avery" },
  });
});

describe("ordering sessions", () => {
  const walk = async (orderBy: object) => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 5; page++) {
      const { data, errors }: any = await app.gql(LIST, { orderBy, first: 3, after }, mechanic.token);
      expect(errors).toBeUndefined();
      seen.push(...data.sessions.nodes.map((node: { id: string }) => node.id));
      if (!data.sessions.pageInfo.hasNextPage) break;
      after = data.sessions.pageInfo.endCursor;
    }
    return seen;
  };
  it("by request time, both ways, across pages", async () => {
    expect(await walk({ field: "REQUESTED_AT", direction: "ASC" })).toEqual([ids.a1, ids.b1, ids.c1, ids.a2]);
    expect(await walk({ field: "REQUESTED_AT" })).toEqual([ids.a2, ids.c1, ids.b1, ids.a1]);
  });

  it("by the customer's first name, ties in id order, across pages", async () => {
    const averys = [ids.a1, ids.a2].sort();
    expect(await walk({ field: "CUSTOMER_FIRST_NAME", direction: "ASC" })).toEqual([...averys, ids.b1, ids.c1]);
    expect(await walk({ field: "CUSTOMER_FIRST_NAME", direction: "DESC" })).toEqual([ids.c1, ids.b1, ...averys.reverse()]);
  });
});
