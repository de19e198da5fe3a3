// The content policy reads a name field without knowing whose it is, so a customer's own last name
// passed in their vehicle's make, model or colour, which mechanics and workshops read (a workshop
// read colour "Kowalczyk" beside the last initial "K"). Every name of a thing a customer writes is
// now read against what the platform stores of them and keeps from professionals (AccountService.
// ownPrivateDetails, domain/contacts/own-details.ts): their last name however written, cut off or
// glued, their phone number's digits, their e-mail's mailbox name. It is refused (BAD_USER_INPUT,
// CONTACT_DETAILS, the field, a message saying what to write, never the value) and nothing is
// written. A last name that is a common word or a make ("Ford", "Brown", "Golf") counts only where
// it reads as a name, so a Ford's "Ford Focus" and a Brown's "dark brown" stay what they are.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createCustomer } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const ADD_VEHICLE = `mutation ($input: AddVehicleInput!) { addVehicle(input: $input) { id make model color } }`;
const CIVIC = { year: 2016, make: "Honda", model: "Civic", color: "Blue" };

const zed = () => createCustomer(app, { firstName: "Zed", lastName: "Kowalczyk", city: "Portland", phone: "+1 503 555 0199", email: `zedk77@${randomUUID()}.example.test` });

describe("a customer's vehicle holding their own private details", () => {
  it.each([
    ["make", "Zed Kowalczyk", "last name"],
    ["model", "Civic Kowalczyk", "last name"],
    ["color", "Kowalczyk", "last name"],
    ["color", "KOWALCZYK", "last name"],
    ["model", "Civic Kowalc", "last name"],
    ["color", "Blue-555-0199", "phone number"],
  ] as const)("refuses the %s %j and adds no vehicle", async (field, value, detail) => {
    const customer = await zed();
    const { errors, body } = await app.gql(ADD_VEHICLE, { input: { ...CIVIC, [field]: value } }, customer.token);
    expect(errors?.[0]).toMatchObject({
      message: `input.${field}: must not hold your ${detail}: professionals read this field and are not shown them; write only what the field names (a make, a model, a colour)`,
      extensions: { code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: `input.${field}` },
    });
    expect(body).not.toMatch(/kowalc|0199/i);
    expect(await app.prisma.vehicle.count({ where: { ownerId: customer.id } })).toBe(0);
  });

  it("refuses the mailbox name of the customer's e-mail in a vehicle's colour", async () => {
    const customer = await zed();
    const { errors } = await app.gql(ADD_VEHICLE, { input: { ...CIVIC, color: "zedk77" } }, customer.token);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "input.color" });
    expect(errors?.[0]?.message).toContain("e-mail address");
  });

  it("records the refused attempt for admins, without a penalty", async () => {
    const customer = await zed();
    await app.gql(ADD_VEHICLE, { input: { ...CIVIC, color: "Kowalczyk" } }, customer.token);
    const flags = await app.prisma.contentFlag.findMany({ where: { authorId: customer.id } });
    expect(flags.map((flag) => [flag.field, flag.kinds])).toEqual([["input.color", ["FULL_NAME"]]]);
    expect(await app.prisma.penalty.count({ where: { userId: customer.id } })).toBe(0);
  });
});

describe("a last name that is a common word, a make or a colour", () => {
  it.each([
    ["Ford", { make: "Ford", model: "Focus", color: "Grey" }],
    ["Mercedes", { make: "Mercedes-Benz", model: "C300", color: "Black" }],
    ["Brown", { make: "Toyota", model: "Corolla", color: "dark brown" }],
    ["Golf", { make: "Volkswagen", model: "Golf", color: "Red" }],
    ["Park", { make: "Kia", model: "Soul", color: "Park Avenue Blue" }],
  ])("a %s keeps the vehicle %j: a word in its own field is not a name", async (lastName, vehicle) => {
    const customer = await createCustomer(app, { firstName: "Zed", lastName });
    const { data, errors } = await app.gql(ADD_VEHICLE, { input: { year: 2016, ...vehicle } }, customer.token);
    expect(errors).toBeUndefined();
    expect(data!.addVehicle).toMatchObject(vehicle);
  });

  it("refuses it where it reads as the customer's name", async () => {
    const customer = await createCustomer(app, { firstName: "Zed", lastName: "Ford" });
    const { errors } = await app.gql(ADD_VEHICLE, { input: { year: 2016, make: "Ford", model: "Focus", color: "Zed Ford" } }, customer.token);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "input.color" });
  });
});
