import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * README Execution: the operations of a batch are each run and limited as if sent alone. When one
 * is over the rate budget the others have run (their mutations committed), so the batch is
 * answered 200, the limited element carrying RATE_LIMITED and retryAfterSeconds, without a
 * Retry-After header that would tell a client to send the whole batch again. A single operation
 * over its budget is still answered 429 with Retry-After.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ RATE_LIMIT_PER_MINUTE: "2" });
});
afterAll(() => app.close());

const ADD_VEHICLE = `mutation Add($make: String!) { addVehicle(input: { year: 2016, make: $make, model: "Civic" }) { id } }`;
const post = (body: unknown, token: string) => fetch(app.graphqlUrl, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify(body) });

describe("a batch with an element over the rate budget", () => {
  it("is answered 200, the limited element alone refused, the others' writes kept; a lone operation over it is 429", async () => {
    const customer = await createCustomer(app);
    const response = await post(
      ["First", "Second", "Third"].map((make) => ({ query: ADD_VEHICLE, variables: { make } })),
      customer.token,
    );
    const results = (await response.json()) as { data?: unknown; errors?: { extensions: Record<string, unknown> }[] }[];

    expect(response.status).toBe(200);
    expect(response.headers.get("retry-after")).toBeNull();
    expect(results.map((result) => result.errors?.map((error) => error.extensions.code) ?? "ran")).toEqual(["ran", "ran", ["RATE_LIMITED"]]);
    expect(results[2]!.errors![0]!.extensions.retryAfterSeconds).toBeGreaterThan(0);
    expect((await app.prisma.vehicle.findMany({ where: { ownerId: customer.id }, select: { make: true }, orderBy: { make: "asc" } })).map((vehicle) => vehicle.make)).toEqual(["First", "Second"]);

    const alone = await post({ query: ADD_VEHICLE, variables: { make: "Fourth" } }, customer.token);
    expect(alone.status).toBe(429);
    expect(Number(alone.headers.get("retry-after"))).toBeGreaterThan(0);
    await alone.text();
  });
});
