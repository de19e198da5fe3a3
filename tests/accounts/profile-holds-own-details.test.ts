// A customer's city (which workshops read) and first name (which mechanics and workshops read) were
// checked for the last name only in the first name, and only whole: a city "Kowalczyk" and a first
// name "Zed-Kowalc" passed. The city is now read against everything the profile keeps from
// professionals, as it will be stored (customer-names.ts refuseOwnDetailsInProfile): the last
// name, the phone number's digits, the e-mail's mailbox name; the first name also holds no last
// name cut off after 5 letters or more (firstNameHoldsSurname). Refused with CONTACT_DETAILS at the
// field, a message saying what to write, never the value; nothing is written. A city that is also
// the customer's last name as a common word or a given name ("Austin" for an Austin) stays.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { customerSignUpInput, SIGN_UP } from "../factories/accounts.ts";
import { createCustomer } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const UPDATE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { customer { firstName city } } }`;
const FIRST_NAME_PROBLEM = "input.firstName: must not hold your last name or its initial: professionals read your first name, and your last name is kept from them";

const zed = () => createCustomer(app, { firstName: "Zed", lastName: "Kowalczyk", city: "Portland", phone: "+1 503 555 0199", email: `zedwrench@${randomUUID()}.example.test` });
const stored = async (userId: string) => app.prisma.customerProfile.findUniqueOrThrow({ where: { userId }, select: { firstName: true, city: true } });

describe("a customer's city holding their own private details", () => {
  it.each([
    ["Kowalczyk", "last name"],
    ["Kowalczykville", "last name"],
    ["Zedwrench", "e-mail address"],
  ])("refuses %j on a profile edit and writes nothing", async (city, detail) => {
    const customer = await zed();
    const { errors, body } = await app.gql(UPDATE, { input: { city } }, customer.token);
    expect(errors?.[0]).toMatchObject({
      message: `input.city: must be the city's name alone: it holds your ${detail}, which professionals are not shown`,
      extensions: { code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "input.city" },
    });
    expect(body).not.toMatch(/kowalczyk|zedwrench/i);
    expect(await stored(customer.id)).toEqual({ firstName: "Zed", city: "Portland" });
  });

  it("refuses it at sign-up, read against the input's own last name, and creates no account", async () => {
    const input = customerSignUpInput({ firstName: "Zed", lastName: "Kowalczyk", city: "Kowalczyk" });
    const { errors } = await app.gql(SIGN_UP, { input });
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "input.city" });
    expect(await app.prisma.user.count({ where: { email: input.email } })).toBe(0);
  });

  it.each([
    ["Austin", "Austin"],
    ["Brown", "Brownsville"],
    ["Park", "Park City"],
    ["Jackson", "Jackson"],
  ])("a %s keeps the city %j: a common word or a given name counts only where it reads as a name", async (lastName, city) => {
    const customer = await createCustomer(app, { firstName: "Zed", lastName });
    const { errors } = await app.gql(UPDATE, { input: { city } }, customer.token);
    expect(errors).toBeUndefined();
    expect((await stored(customer.id)).city).toBe(city);
  });
});

describe("a customer's first name holding their last name cut off", () => {
  it.each(["Zed-Kowalc", "Kowalc-Zed", "zedkowalc"])("refuses %j and writes nothing", async (firstName) => {
    const customer = await zed();
    const { errors } = await app.gql(UPDATE, { input: { firstName } }, customer.token);
    expect(errors?.[0]).toMatchObject({ message: FIRST_NAME_PROBLEM, extensions: { code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "input.firstName" } });
    expect(await stored(customer.id)).toEqual({ firstName: "Zed", city: "Portland" });
  });

  it.each([
    ["Stephen", "Stephenson"],
    ["Kowa", "Kowalczyk"],
  ])("accepts %j for a %s: a given name, or a cut of fewer than 5 letters", async (firstName, lastName) => {
    const customer = await createCustomer(app, { firstName: "Zed", lastName });
    const { errors } = await app.gql(UPDATE, { input: { firstName } }, customer.token);
    expect(errors).toBeUndefined();
  });
});
