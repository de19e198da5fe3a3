import { describe, expect, it } from "vitest";
import { customerSignUpInput, SIGN_UP } from "../factories/accounts.ts";
import { createCustomer, createMechanic } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

/**
 * A professional goes by a first name and an initial or a trade name, so a display name that is a
 * full name is refused (CONTACT_DETAILS). Someone who typed their own name is told what to write
 * instead, not that it holds "contact details"; a number in a name still reads as contact details.
 * A customer's first name is told to stand alone, since an initial beside it is their last name's
 * and is refused too; the first name alone is then accepted.
 */
const UPDATE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { mechanic { displayName } } }`;
const FULL_NAME_PROBLEM = 'must not be a full name: go by a first name and an initial ("Sam P.") or a trade name ("Dr. Wrench")';
const FIRST_NAME_PROBLEM = 'must not be a full name: give your first name alone, without your last name or its initial (join a double first name with a dash: "Mary-Rose")';
const UPDATE_CUSTOMER = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { customer { firstName } } }`;

let app: TestApp;
serverSpec((started) => (app = started));

describe("a full name as a professional's display name", () => {
  it("is refused at sign-up with a message that says what to write instead", async () => {
    const { errors, data } = await app.gql(SIGN_UP, { input: { role: "MECHANIC", email: "quinn.h@example.test", password: "a-long-password", displayName: "Quinn Harper" } });
    expect(data).toBeNull();
    expect(errors?.[0]).toMatchObject({
      message: `input.displayName: ${FULL_NAME_PROBLEM}`,
      extensions: { code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "input.displayName" },
    });
  });

  it("is refused on a profile edit with the same message, and the first name and initial it suggests are accepted", async () => {
    const mechanic = await createMechanic(app, { displayName: "Quinn" });
    const refused = await app.gql(UPDATE, { input: { displayName: "Quinn Harper" } }, mechanic.token);
    expect(refused.errors?.[0]?.message).toBe(`input.displayName: ${FULL_NAME_PROBLEM}`);
    const accepted = await app.gql(UPDATE, { input: { displayName: "Quinn H." } }, mechanic.token);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.updateProfile.mechanic).toEqual({ displayName: "Quinn H." });
  });

  // Round 52: a display name holds a name alone, and its refusal names the number (not a full name).
  it("says what a display name holds, not that it is a full name, when the name holds a number", async () => {
    const mechanic = await createMechanic(app, { displayName: "Quinn" });
    const { errors } = await app.gql(UPDATE, { input: { displayName: "Quinn 512 555 01" } }, mechanic.token);
    expect(errors?.[0]?.message).not.toBe(`input.displayName: ${FULL_NAME_PROBLEM}`);
    expect(errors?.[0]?.message).toMatch(/^input\.displayName: must be a first name and an initial .* without a number of three digits or more/);
  });
});

describe("a full name as a customer's first name", () => {
  it("is refused at sign-up with a message that says to give the first name alone", async () => {
    const input = customerSignUpInput({ firstName: "Carmen Ruiz", lastName: "Ruiz" });
    const { errors, data } = await app.gql(SIGN_UP, { input });
    expect(data).toBeNull();
    expect(errors?.[0]).toMatchObject({ message: `input.firstName: ${FIRST_NAME_PROBLEM}`, extensions: { code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "input.firstName" } });
    expect(await app.prisma.user.count({ where: { email: input.email } })).toBe(0);
  });

  it("is refused on a profile edit with the same message, and the first name alone it asks for is accepted", async () => {
    const carmen = await createCustomer(app, { firstName: "Casey", lastName: "Ruiz" });
    const refused = await app.gql(UPDATE_CUSTOMER, { input: { firstName: "Carmen Ruiz" } }, carmen.token);
    expect(refused.errors?.[0]?.message).toBe(`input.firstName: ${FIRST_NAME_PROBLEM}`);
    const accepted = await app.gql(UPDATE_CUSTOMER, { input: { firstName: "Carmen" } }, carmen.token);
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.updateProfile.customer).toEqual({ firstName: "Carmen" });
  });
});
