import { describe, expect, it } from "vitest";
import { createCustomer, createMechanic } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

/**
 * A name others read (a NAME-class field: first and last names, display names, cities, business
 * names) holds no line or paragraph separator, no invisible character inside a word, no private-use
 * character, and is not punctuation alone: each is BAD_USER_INPUT naming the field. Fullwidth
 * letters are stored as the letters they show (NFKC). Letters of any script, with the joiners their
 * words need, pass.
 */
let app: TestApp;
serverSpec((started) => (app = started));

const UPDATE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { customer { firstName lastName city } mechanic { displayName } } }`;
const refusalOf = (result: { errors?: { message: string; extensions?: Record<string, any> }[] }) => result.errors?.map((error) => [error.extensions?.code, error.extensions?.field, error.message]);

describe("a name with characters no name holds", () => {
  it.each([
    ["firstName", "Sa\u200Bm", "must not contain invisible characters inside a word"],
    ["lastName", "Kowal\u2060czyk", "must not contain invisible characters inside a word"],
    ["lastName", "Smith\u2028Jones", "must not contain line or paragraph separators"],
    ["city", "Austin\u2029", "must not contain line or paragraph separators"],
    ["city", "Aus\uE000tin", "must not contain private-use characters"],
    ["firstName", "---", "must contain a letter or a digit"],
    ["city", "?!.", "must contain a letter or a digit"],
  ])("%s %j is refused naming the field, and nothing changes", async (field, value, problem) => {
    const customer = await createCustomer(app, { firstName: "Casey", lastName: "Customer", city: "Austin" });
    expect(refusalOf(await app.gql(UPDATE, { input: { [field]: value } }, customer.token))).toEqual([["BAD_USER_INPUT", `input.${field}`, `input.${field}: ${problem}`]]);
    const stored = await app.prisma.customerProfile.findUniqueOrThrow({ where: { userId: customer.id }, select: { firstName: true, lastName: true, city: true } });
    expect(stored).toEqual({ firstName: "Casey", lastName: "Customer", city: "Austin" });
  });

  it("refuses a display name of punctuation only and one with a zero-width joiner inside a Latin word", async () => {
    const mechanic = await createMechanic(app, { displayName: "Robin" });
    expect(refusalOf(await app.gql(UPDATE, { input: { displayName: "..." } }, mechanic.token))).toEqual([
      ["BAD_USER_INPUT", "input.displayName", "input.displayName: must contain a letter or a digit"],
    ]);
    expect(refusalOf(await app.gql(UPDATE, { input: { displayName: "Rob\u200Din" } }, mechanic.token))).toEqual([
      ["BAD_USER_INPUT", "input.displayName", "input.displayName: must not contain invisible characters inside a word"],
    ]);
  });
});

describe("a name written in fullwidth letters", () => {
  it("is stored NFKC-normalised, as the letters it shows", async () => {
    const customer = await createCustomer(app);
    const { data, errors } = await app.gql(UPDATE, { input: { firstName: "Ｓａｍ", city: "Ｄａｌｌａｓ" } }, customer.token);
    expect(errors).toBeUndefined();
    expect(data!.updateProfile.customer).toMatchObject({ firstName: "Sam", city: "Dallas" });
  });
});

describe("names of any script", () => {
  it.each([
    ["firstName", "Jean-Luc"],
    ["lastName", "O'Brien"],
    ["lastName", "Nguyễn"],
    ["lastName", "علی\u200Cزاده"],
    ["city", "São Paulo"],
    ["city", "Saint-Étienne"],
  ])("%s %j is accepted", async (field, value) => {
    const customer = await createCustomer(app);
    const { data, errors } = await app.gql(UPDATE, { input: { [field]: value } }, customer.token);
    expect(errors).toBeUndefined();
    expect(data!.updateProfile.customer[field]).toBe(value.normalize("NFKC"));
  });
});
