// A vehicle's VIN is read by the mechanics and workshops of its sessions: one that spells out a
// phone number ("CALL5125550143XYZ") is refused at the edge, as every field holding a contact
// detail is (BAD_USER_INPUT, reason CONTACT_DETAILS), and nothing is stored; real VINs,
// however long their digits run, are kept as typed.
import { describe, expect, it } from "vitest";
import { createCustomer } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const ADD = `mutation ($input: AddVehicleInput!) { addVehicle(input: $input) { id vin } }`;
const vehicle = (vin: string) => ({ make: "Honda", model: "Civic", year: 2014, vin });

describe("a VIN", () => {
  it.each(["CALL5125550143XYZ", "TEXT9715550142ABC", "ab15125550143cdef", "5125550143ZZZZAAG", "51255501430000000"])(
    "%s, holding a phone number, is BAD_USER_INPUT on vin with reason CONTACT_DETAILS and stores nothing",
    async (vin) => {
      const customer = await createCustomer(app);
      const refused = await app.gql(ADD, { input: vehicle(vin) }, customer.token);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.vin", reason: "CONTACT_DETAILS" });
      expect(refused.body).not.toMatch(/5125550143|9715550142/);
      expect(await app.prisma.vehicle.count({ where: { ownerId: customer.id } })).toBe(0);
    },
  );

  it.each(["1HGCM82633A004352", "ZFA31200000712345", "WVWZZZ1JZXW000001", "JH4KA7561PC008269"])("%s is kept", async (vin) => {
    const customer = await createCustomer(app);
    const added = await app.gql(ADD, { input: vehicle(vin) }, customer.token);
    expect(added.errors).toBeUndefined();
    expect(added.data!.addVehicle.vin).toBe(vin);
  });
});
