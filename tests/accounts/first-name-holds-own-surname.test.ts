import { describe, expect, it } from "vitest";
import { customerSignUpInput, SIGN_UP } from "../factories/accounts.ts";
import { createCustomer } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

/**
 * Mechanics read a customer's first name and never the last; workshops read only its initial. So a
 * first name holding the account's own last name, however it is joined or cased, or an initial
 * standing for it, is refused (CONTACT_DETAILS, the field, a message that repeats no value), at
 * sign-up and on a profile edit, and so is a new last name the stored first name holds. A surname
 * glued on counts only beside a given name ("carmenruiz"), so a first name that merely starts or
 * ends with it ("Rylee" for a Lee, "Jayden" for a Jay) stays accepted, as do double given names
 * holding a surname that is a given name too ("Jo-Ann" for an Ann) and short surnames inside
 * another name.
 */
const UPDATE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { customer { firstName } } }`;
const FIRST_NAME_PROBLEM = "input.firstName: must not hold your last name or its initial: professionals read your first name, and your last name is kept from them";

let app: TestApp;
serverSpec((started) => (app = started));

const storedNames = async (userId: string) => app.prisma.customerProfile.findUniqueOrThrow({ where: { userId }, select: { firstName: true, lastName: true } });

describe("a customer's first name holding their own last name", () => {
  it.each(["Carmen-Ruiz", "CarmenRuiz", "carmenruiz", "RUIZ-Carmen", "Carmen R", "Carmen R.", "R. Carmen", "CarmenR"])("refuses %j on a profile edit and writes nothing", async (firstName) => {
    const carmen = await createCustomer(app, { firstName: "Carmen", lastName: "Ruiz" });
    const { errors, body } = await app.gql(UPDATE, { input: { firstName } }, carmen.token);
    expect(errors?.[0]).toMatchObject({ message: FIRST_NAME_PROBLEM, extensions: { code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "input.firstName" } });
    expect(body).not.toContain(firstName);
    expect(await storedNames(carmen.id)).toEqual({ firstName: "Carmen", lastName: "Ruiz" });
  });

  it("refuses it at sign-up, where both names come in one input, and creates no account", async () => {
    const input = customerSignUpInput({ firstName: "CarmenRuiz", lastName: "Ruiz" });
    const { errors, body } = await app.gql(SIGN_UP, { input });
    expect(errors?.[0]).toMatchObject({ message: FIRST_NAME_PROBLEM, extensions: { code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "input.firstName" } });
    expect(body).not.toContain("CarmenRuiz");
    expect(await app.prisma.user.count({ where: { email: input.email } })).toBe(0);
  });

  it("refuses a new last name that the stored first name holds, and writes nothing", async () => {
    const customer = await createCustomer(app, { firstName: "Carmen-Ruiz", lastName: "Lopez" });
    const { errors, body } = await app.gql(UPDATE, { input: { lastName: "Ruiz" } }, customer.token);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "input.lastName" });
    expect(errors?.[0]?.message).toBe("input.lastName: is held in your first name, which professionals read: change your first name with it");
    expect(body).not.toContain("Ruiz");
    expect(await storedNames(customer.id)).toEqual({ firstName: "Carmen-Ruiz", lastName: "Lopez" });
  });

  it("accepts a new last name that is one given name of a stored double given name", async () => {
    const customer = await createCustomer(app, { firstName: "Mary-Kate", lastName: "Olsen" });
    const { errors } = await app.gql(UPDATE, { input: { lastName: "Kate" } }, customer.token);
    expect(errors).toBeUndefined();
    expect(await storedNames(customer.id)).toEqual({ firstName: "Mary-Kate", lastName: "Kate" });
  });

  it.each([
    ...["Rylee", "Haylee", "Brylee", "Kailee", "Paislee", "Jaylee", "Leeanna", "Leeroy"].map((firstName) => [firstName, "Lee"]),
    ...["Hudson", "Grayson", "Greyson", "Bryson", "Jaxson", "Ellison", "Maddison"].map((firstName) => [firstName, "Son"]),
    ...["Kimora", "Kimani", "Joakim"].map((firstName) => [firstName, "Kim"]),
    ...["Jayden", "Jaylen", "Jayla", "Jaycee"].map((firstName) => [firstName, "Jay"]),
    ...["Raylan", "Rayan", "Rayleigh"].map((firstName) => [firstName, "Ray"]),
    ["Aliyah", "Ali"],
    ["Minji", "Min"],
    ["Minjun", "Min"],
    ["Annika", "Ann"],
    ["Isabell", "Bell"],
    ["Samir", "Sam"],
    ["Deandre", "Dean"],
    ["Brooklynn", "Lynn"],
    ["Jo-Ann", "Ann"],
    ["Mary-Rose", "Rose"],
  ])("accepts the first name %j for a %j at sign-up: it starts or ends with the last name, or is a double given name", async (firstName, lastName) => {
    const input = customerSignUpInput({ firstName, lastName });
    const { data, errors } = await app.gql(SIGN_UP, { input });
    expect(errors).toBeUndefined();
    expect(data!.signUp.token).toEqual(expect.any(String));
    expect(await app.prisma.customerProfile.findFirstOrThrow({ where: { user: { email: input.email } }, select: { firstName: true, lastName: true } })).toEqual({ firstName, lastName });
  });

  it("accepts double given names and a short surname inside another name", async () => {
    for (const [firstName, lastName] of [
      ["Mary-Kate", "Ruiz"],
      ["Jean-Luc", "Ruiz"],
      ["Carmen R", "Lopez"],
      ["Lian", "Li"],
      ["Ashlee", "Lee"],
    ] as const) {
      const customer = await createCustomer(app, { firstName: "Casey", lastName });
      const { data, errors } = await app.gql(UPDATE, { input: { firstName } }, customer.token);
      expect(errors, `${firstName} ${lastName}`).toBeUndefined();
      expect(data!.updateProfile.customer).toEqual({ firstName });
    }
  });
});
