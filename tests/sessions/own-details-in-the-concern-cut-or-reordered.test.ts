// A session request's concern, which mechanics read before they claim it, lets a customer's own
// surname cut by a space ("Ngu yen") and their house number after an avenue's letter ("Avenue G
// 4810") through; the same texts pass the chat too (tests/chat/own-surname-cut-by-a-space.test.ts).
import { describe, expect, it } from "vitest";
import { createCustomer, createVehicle } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const REQUEST = `mutation ($input: RequestSessionInput!) { requestSession(input: $input) { id concern } }`;

describe("the customer's own details in a session request's concern", () => {
  it.each([
    ["Noise at idle, Ngu yen household", /ngu yen/i],
    ["Noise at idle, come to Avenue G 4810", /4810/],
  ])("%j is masked", async (concern, leaked) => {
    const customer = await createCustomer(app, { firstName: "Alice", lastName: "Nguyen", addressLine1: "4810 Avenue G", postalCode: "78751", city: "Austin" });
    const vehicle = await createVehicle(app, customer.id);
    const { data, errors } = await app.gql(REQUEST, { input: { vehicleId: vehicle.id, concern } }, customer.token);
    expect(errors).toBeUndefined();
    const stored = await app.prisma.diagnosticSession.findUniqueOrThrow({ where: { id: data!.requestSession.id } });
    expect(stored.concern).not.toMatch(leaked);
  });

  it("another avenue's number stays as written", async () => {
    const customer = await createCustomer(app, { firstName: "Alice", lastName: "Nguyen", addressLine1: "4810 Avenue G", postalCode: "78751", city: "Austin" });
    const vehicle = await createVehicle(app, customer.id);
    const { data } = await app.gql(REQUEST, { input: { vehicleId: vehicle.id, concern: "Noise since the shop on Avenue B did the brakes" } }, customer.token);
    expect(data!.requestSession.concern).toBe("Noise since the shop on Avenue B did the brakes");
  });
});
