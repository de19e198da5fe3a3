import { describe, expect, it } from "vitest";
import { createCustomer } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

/**
 * An input the schema cannot take is refused BAD_USER_INPUT with a message that names where it is
 * wrong (the argument or variable, the field) and what was expected, in the schema's terms, never
 * internal text: an unknown input field is named (when its name is a plain field name, which holds
 * no digits a detail could hide in), and an object given for an ID says an ID is text.
 */
let app: TestApp;
serverSpec((started) => (app = started));

const ADD_VEHICLE = `mutation ($input: AddVehicleInput!) { addVehicle(input: $input) { id } }`;
const SESSION = `query ($id: ID!) { session(id: $id) { id } }`;

describe("an input the schema cannot take", () => {
  it("names an unknown field of a variable's input, with the type that lacks it", async () => {
    const customer = await createCustomer(app);
    const { errors } = await app.gql(ADD_VEHICLE, { input: { year: 2016, make: "Ford", model: "Focus", colour: "red" } }, customer.token);
    expect(errors).toEqual([
      expect.objectContaining({
        message: 'Variable "$input" has an invalid value: field "colour" is not defined by type "AddVehicleInput"; expected only its own fields.',
        extensions: { code: "BAD_USER_INPUT" },
      }),
    ]);
  });

  it("names an unknown field written inline in the operation, as BAD_USER_INPUT", async () => {
    const customer = await createCustomer(app);
    const { errors } = await app.gql(`mutation { addVehicle(input: { year: 2016, make: "Ford", model: "Focus", colour: "red" }) { id } }`, {}, customer.token);
    expect(errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
      ["BAD_USER_INPUT", 'Argument "input" has an invalid value: field "colour" is not defined by type "AddVehicleInput"; expected only its own fields.'],
    ]);
  });

  it("says an ID is text when a variable gives an object for it, without quoting the object", async () => {
    const { errors, body } = await app.gql(SESSION, { id: { phone: "+1-555-0100-canary" } });
    expect(errors).toEqual([
      expect.objectContaining({ message: 'Variable "$id" has an invalid value: expected an ID (text or a whole number), got an object.', extensions: { code: "BAD_USER_INPUT" } }),
    ]);
    expect(body).not.toContain("canary");
    expect(body).not.toContain("phone");
  });

  it("says an ID is text when an object is written inline for it", async () => {
    const { errors, body } = await app.gql(`{ session(id: { phone: "canary" }) { id } }`);
    expect(errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
      ["BAD_USER_INPUT", 'Argument "id" has an invalid value: expected an ID (text or a whole number), got an object.'],
    ]);
    expect(body).not.toContain("canary");
  });
});
