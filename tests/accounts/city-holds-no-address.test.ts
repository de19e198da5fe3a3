import { describe, expect, it } from "vitest";
import { customerSignUpInput, SIGN_UP } from "../factories/accounts.ts";
import { createCustomer } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

/**
 * A customer's city, which the workshops they are escalated to read, is a place's name: a house
 * number, a postcode or a street beside it is the customer's address, so a city with a digit, a
 * number of 3 digits or more said in words, or a street type after a name is refused
 * (CONTACT_DETAILS, a message saying what a city is, the value not echoed, nothing written). A town
 * named with a number is written with the number as a word, and towns named so stay accepted, as
 * do cities with spaces, dots, dashes and apostrophes and a "St" that is Saint.
 */
const UPDATE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { customer { city } } }`;
const CITY_PROBLEM = "input.city: must be a city name alone, without a street, a house number or a postcode (write a number in a town's name as a word)";

let app: TestApp;
serverSpec((started) => (app = started));

const storedCity = async (userId: string) => (await app.prisma.customerProfile.findUniqueOrThrow({ where: { userId } })).city;

describe("a customer's city", () => {
  it.each([
    ["a house number and a street", "1537 Harrison", "1537"],
    ["a postcode", "Portland 97214", "97214"],
    ["a town's number in digits", "100 Mile House", "100 Mile"],
    ["a postcode in words", "Portland, ninety seven two one four", "ninety seven"],
    ["a state and a postcode in words", "Austin TX seven eight seven four one", "seven eight"],
    ["a house number in words and a street", "Austin fifteen thirty seven Harrison", "fifteen thirty"],
    ["a street before the city", "Elm St Austin", "Elm St"],
    ["a street after the city", "Austin, Harrison St", "Harrison St"],
    ["a numbered street", "Sixth Street, Austin", "Sixth Street"],
  ])("refuses %s (%j) on a profile edit and keeps the city", async (_shape, city, secret) => {
    const customer = await createCustomer(app, { city: "Austin" });
    const { errors, body } = await app.gql(UPDATE, { input: { city } }, customer.token);
    expect(errors?.[0]).toMatchObject({ message: CITY_PROBLEM, extensions: { code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "input.city" } });
    expect(body).not.toContain(secret);
    expect(await storedCity(customer.id)).toBe("Austin");
  });

  it("refuses a street address in the city at sign-up and creates no account", async () => {
    const input = customerSignUpInput({ city: "Austin 1 Main" });
    const { errors, body } = await app.gql(SIGN_UP, { input });
    expect(errors?.[0]).toMatchObject({ message: CITY_PROBLEM, extensions: { code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "input.city" } });
    expect(body).not.toContain("1 Main");
    expect(await app.prisma.user.count({ where: { email: input.email } })).toBe(0);
  });

  it.each([
    "Round Rock",
    "St. Louis",
    "St Paul",
    "Saint-Étienne",
    "Fort St. John",
    "Winston-Salem",
    "Coeur d'Alene",
    "Hundred Mile House",
    "Twentynine Palms",
    "Seven Sisters",
    "Five Points",
    "Three Rivers",
    "Thousand Oaks",
  ])("accepts %j", async (city) => {
    const customer = await createCustomer(app, { city: "Austin" });
    const { data, errors } = await app.gql(UPDATE, { input: { city } }, customer.token);
    expect(errors).toBeUndefined();
    expect(data!.updateProfile.customer).toEqual({ city });
  });
});
