// A phone number glued to a word or a code in a name or an identifier field (a vehicle's colour, a
// catalogue part's name or part number) is refused as a bare one is: BAD_USER_INPUT, reason
// CONTACT_DETAILS, the field and never the value, and nothing is written. The glued shapes are the
// detector's (phone.ts GLUED_WORD, gluedAsPhone); a North American number grouped as one is refused
// in a name whatever is glued around it, a code's suffix included ("Code 503-555-0199-A",
// content-enforce.ts NANP_GROUPED), which prose reads as a labelled reference. Real part numbers,
// paint codes and prefixed codes pass as typed, an ungrouped run after a maker's name too
// ("BOSCH-3397007120", "BOSCH-5035550199"): Bosch writes its ten digits so, and some of them are valid
// North American numbers, so nothing but the fiction range would tell the second from a part.
import { describe, expect, it } from "vitest";
import { createAdmin, createCustomer } from "../factories/index.ts";
import { part, partnerWorld, UPSERT_PART } from "../factories/partnerships.ts";
import type { TestApp } from "../setup/test-app.ts";
import { detectorSpec } from "../support/detector-spec.ts";

let app: TestApp;
detectorSpec((started) => (app = started));

const ADD_VEHICLE = `mutation ($input: AddVehicleInput!) { addVehicle(input: $input) { id color } }`;

/** Adds a vehicle with `color`: the response, and how many vehicles its fresh owner has after it. */
async function addVehicleColored(color: string) {
  const customer = await createCustomer(app);
  const response = await app.gql(ADD_VEHICLE, { input: { year: 2016, make: "Toyota", model: "Corolla", color } }, customer.token);
  return { response, count: await app.prisma.vehicle.count({ where: { ownerId: customer.id } }) };
}

/** Upserts a catalogue part with `value` in `field`: the response, and how many parts the fresh partnership's catalogue gained. */
async function upsertPartWith(field: "name" | "partNumber", value: string) {
  const w = await partnerWorld(app, await createAdmin(app));
  const before = await app.prisma.partnerCatalogPart.count({ where: { partnershipId: w.partnership.id } });
  const response = await app.gql(UPSERT_PART, { p: w.partnership.id, input: { ...part("GLUE-1", 1_000, 2_000), [field]: value } }, w.partner.token);
  return { response, count: (await app.prisma.partnerCatalogPart.count({ where: { partnershipId: w.partnership.id } })) - before };
}

describe("a phone number glued into a name or an identifier", () => {
  it.each(["Red-503-555-0199", "PN-503-555-0199", "Code 503-555-0199-A", "Blue/971.334.2090", "Red_503-555-0199"])("addVehicle refuses the color %j and adds no vehicle", async (color) => {
    const { response, count } = await addVehicleColored(color);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "input.color" });
    expect(response.body).not.toMatch(/555-0199|334.2090/);
    expect(count).toBe(0);
  });

  it.each([
    ["name", "ACME-1-503-555-0199"],
    ["name", "Pads Rosa-503-555-0199"],
    ["partNumber", "PPS-503-555-0199"],
    ["partNumber", "503-555-0199-A"],
    ["partNumber", "PN-971-334-2090-LH"],
  ] as const)("upsertCatalogPart refuses the %s %j and writes no part", async (field, value) => {
    const { response, count } = await upsertPartWith(field, value);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: `input.${field}` });
    expect(response.body).not.toMatch(/555-?0199|334-2090/);
    expect(count).toBe(0);
  });

  it.each(["Red-3R3", "Code 1G3 Magnetic Gray", "Paint-040 Super White", "NH-731P Crystal Black"])("addVehicle keeps the color %j", async (color) => {
    const { response, count } = await addVehicleColored(color);
    expect(response.errors).toBeUndefined();
    expect(response.data!.addVehicle.color).toBe(color);
    expect(count).toBe(1);
  });

  it.each([
    ["partNumber", "PN-12345-67890"],
    ["partNumber", "04465-33450"],
    ["partNumber", "90915-YZZD1"],
    ["partNumber", "BOSCH-3397007120"],
    ["partNumber", "BOSCH-5035550199"],
    ["partNumber", "0 280 158 117"],
    ["partNumber", "15400-PLM-A02"],
    ["partNumber", "GM-12345678"],
    ["partNumber", "DENSO-234-9041"],
    ["partNumber", "PN-123-456-7890-A"],
    ["partNumber", "SKU-100-200-3000"],
    ["name", "ACME Brake Pad Set 2024-03"],
    ["name", "Oil filter OEM-04465-33450"],
  ] as const)("upsertCatalogPart keeps the %s %j", async (field, value) => {
    const { response, count } = await upsertPartWith(field, value);
    expect(response.errors).toBeUndefined();
    expect(count).toBe(1);
  });
});
