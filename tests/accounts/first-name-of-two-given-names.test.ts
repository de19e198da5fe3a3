import { describe, expect, it } from "vitest";
import { customerSignUpInput, SIGN_UP } from "../factories/accounts.ts";
import { createCustomer } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

/**
 * A customer's first name may be two given names written apart ("Mary Ann", "Minh Tuan", "Lakshmi
 * Priya"): mechanics read it and no one is found by it. It is accepted at sign-up and on a profile
 * edit. A given name and a surname ("Mary Smith", "Priya Sharma") is a full name, and professionals
 * see only a first name and the last name's initial, so it is still refused with the message that
 * says to give the first name alone, and nothing is written.
 */
const UPDATE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { customer { firstName } } }`;
const FULL_NAME_PROBLEM = 'input.firstName: must not be a full name: give your first name alone, without your last name or its initial (join a double first name with a dash: "Mary-Rose")';
const GIVEN_NAMES = ["Mary Ann", "Minh Tuan", "Lakshmi Priya", "Abdul Rahman", "María José", "Jean Paul", "Anne Marie"];

let app: TestApp;
serverSpec((started) => (app = started));

const storedFirstName = async (userId: string) => (await app.prisma.customerProfile.findUniqueOrThrow({ where: { userId }, select: { firstName: true } })).firstName;

describe("a customer's first name of two given names", () => {
  it.each(GIVEN_NAMES)("accepts %j at sign-up", async (firstName) => {
    const input = customerSignUpInput({ firstName, lastName: "Okafor" });
    const { errors } = await app.gql(SIGN_UP, { input });
    expect(errors).toBeUndefined();
    expect(await app.prisma.customerProfile.findFirstOrThrow({ where: { user: { email: input.email } }, select: { firstName: true } })).toEqual({ firstName });
  });

  it.each(GIVEN_NAMES)("accepts %j on a profile edit", async (firstName) => {
    const customer = await createCustomer(app, { firstName: "Casey", lastName: "Okafor" });
    const { data, errors } = await app.gql(UPDATE, { input: { firstName } }, customer.token);
    expect(errors).toBeUndefined();
    expect(data!.updateProfile.customer).toEqual({ firstName });
    expect(await storedFirstName(customer.id)).toBe(firstName);
  });

  it.each([
    ["Mary Ann", "Mary Smith"],
    ["Lakshmi Priya", "Priya Sharma"],
    ["Minh Tuan", "Carmen Kowalczyk"],
  ])("accepts %j but still refuses the full name %j, writing nothing", async (given, fullName) => {
    const customer = await createCustomer(app, { firstName: "Casey", lastName: "Okafor" });
    const refused = await app.gql(UPDATE, { input: { firstName: fullName } }, customer.token);
    expect(refused.errors?.[0]).toMatchObject({ message: FULL_NAME_PROBLEM, extensions: { code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "input.firstName" } });
    expect(await storedFirstName(customer.id)).toBe("Casey");
    const accepted = await app.gql(UPDATE, { input: { firstName: given } }, customer.token);
    expect(accepted.errors).toBeUndefined();
    expect(await storedFirstName(customer.id)).toBe(given);
  });
});
