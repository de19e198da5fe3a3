// A customer's own details are masked in chat however they are cut or ordered ("Ngu yen",
// "Harrison Street 1537"), but a session request's concern, which mechanics read before they
// claim it, is read by the weaker FREE_TEXT own-details step: a surname cut by a space and a house
// number after its street reach the mechanic there.
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
  ])("%j is masked as in chat", async (concern, leaked) => {
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
