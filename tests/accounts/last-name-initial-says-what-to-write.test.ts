import { describe, expect, it } from "vitest";
import { customerSignUpInput, SIGN_UP } from "../factories/accounts.ts";
import { createCustomer } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

/**
 * Professionals are shown a customer's last name as its initial, taken from the name the account
 * keeps. A last name that is initials alone ("J.", "J", "J. S.") is refused at sign-up and on a
 * profile edit (BAD_USER_INPUT at input.lastName) with a message that says to write the last name
 * in full and why, whatever the first name is, and nothing is written. A short surname ("Ng",
 * "O'Neil") and a name with an initial in it ("J. Ng") are last names.
 */
const UPDATE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { customer { firstName } } }`;
const INITIAL_PROBLEM = 'input.lastName: must be your last name in full, not its initial ("Rosa", "Della Rosa"): professionals are shown only its initial, which is taken from it';

let app: TestApp;
serverSpec((started) => (app = started));

describe("a customer's last name that is an initial alone", () => {
  it.each([
    ["Casey", "J."],
    ["Casey", "J"],
    ["Casey", "J. S."],
    ["J.R.", "J."],
  ])("refuses %j %j at sign-up with a message that says to write the last name in full, and creates no account", async (firstName, lastName) => {
    const input = customerSignUpInput({ firstName, lastName });
    const { errors, data } = await app.gql(SIGN_UP, { input });
    expect(data).toBeNull();
    expect(errors?.[0]).toMatchObject({ message: INITIAL_PROBLEM, extensions: { code: "BAD_USER_INPUT", field: "input.lastName" } });
    expect(await app.prisma.user.count({ where: { email: input.email } })).toBe(0);
  });

  it("refuses it on a profile edit with the same message and keeps the stored last name; the name in full is accepted", async () => {
    const customer = await createCustomer(app, { firstName: "Casey", lastName: "Customer" });
    const refused = await app.gql(UPDATE, { input: { lastName: "J." } }, customer.token);
    expect(refused.errors?.[0]).toMatchObject({ message: INITIAL_PROBLEM, extensions: { code: "BAD_USER_INPUT", field: "input.lastName" } });
    expect((await app.prisma.customerProfile.findUniqueOrThrow({ where: { userId: customer.id } })).lastName).toBe("Customer");
    for (const lastName of ["Ng", "J. Ng", "Jones"]) {
      const accepted = await app.gql(UPDATE, { input: { lastName } }, customer.token);
      expect(accepted.errors, lastName).toBeUndefined();
      expect((await app.prisma.customerProfile.findUniqueOrThrow({ where: { userId: customer.id } })).lastName).toBe(lastName);
    }
  });
});
