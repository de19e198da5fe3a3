import { describe, expect, it } from "vitest";
import { customerSignUpInput, SIGN_UP } from "../factories/accounts.ts";
import { createCustomer } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

/**
 * A first name that is the customer's own last name itself hands mechanics, who read the first name,
 * the whole last name. One rule for every name: it is refused (CONTACT_DETAILS, the field written)
 * whether or not the word is also a given name ("Kim" for a Kim as "Ng" for an Ng), at sign-up and
 * on a profile edit of either name, and nothing is written. A surname that is one of two given names
 * ("Mary-Kate" for a Kate) still passes, since its reader cannot tell it from the given name.
 */
const UPDATE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { customer { firstName } } }`;
const FIRST_NAME_PROBLEM = "input.firstName: must not hold your last name or its initial: professionals read your first name, and your last name is kept from them";
const LAST_NAME_PROBLEM = "input.lastName: is held in your first name, which professionals read: change your first name with it";

let app: TestApp;
serverSpec((started) => (app = started));

const storedNames = async (userId: string) => app.prisma.customerProfile.findUniqueOrThrow({ where: { userId }, select: { firstName: true, lastName: true } });

describe("a customer's first name that is their own last name", () => {
  it.each([
    ["Kim", "Kim"],
    ["Lee", "Lee"],
    ["Ann", "Ann"],
    ["kim", "KIM"],
  ])("refuses the first name %j for a %j at sign-up, as it refuses an Ng for an Ng, and creates no account", async (firstName, lastName) => {
    for (const [first, last] of [
      ["Ng", "Ng"],
      [firstName, lastName],
    ]) {
      const input = customerSignUpInput({ firstName: first, lastName: last });
      const { errors, data } = await app.gql(SIGN_UP, { input });
      expect(data, `${first} ${last}`).toBeNull();
      expect(errors?.[0]).toMatchObject({ message: FIRST_NAME_PROBLEM, extensions: { code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "input.firstName" } });
      expect(await app.prisma.user.count({ where: { email: input.email } })).toBe(0);
    }
  });

  it("refuses it on a profile edit of either name and writes nothing", async () => {
    const kim = await createCustomer(app, { firstName: "Kim", lastName: "Park" });
    const lastEdit = await app.gql(UPDATE, { input: { lastName: "Kim" } }, kim.token);
    expect(lastEdit.errors?.[0]).toMatchObject({ message: LAST_NAME_PROBLEM, extensions: { code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "input.lastName" } });
    expect(await storedNames(kim.id)).toEqual({ firstName: "Kim", lastName: "Park" });
    const lee = await createCustomer(app, { firstName: "Casey", lastName: "Lee" });
    const firstEdit = await app.gql(UPDATE, { input: { firstName: "Lee" } }, lee.token);
    expect(firstEdit.errors?.[0]).toMatchObject({ message: FIRST_NAME_PROBLEM, extensions: { code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "input.firstName" } });
    expect(await storedNames(lee.id)).toEqual({ firstName: "Casey", lastName: "Lee" });
  });
});
