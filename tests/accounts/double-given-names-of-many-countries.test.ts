// Two given names pass as a first name ("Mary Ann", "Minh Tuan"), but Korean and Chinese given
// names romanised as two syllables ("Hye Jin", "Ji Woo", "Seo Yeon", "Xiao Ming"), Spanish given
// names with a particle ("María del Carmen") and the Filipino "Ma." are refused as full names or
// not shaped as a first name, though none holds a surname.
import { describe, expect, it } from "vitest";
import { customerSignUpInput, SIGN_UP } from "../factories/accounts.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

describe("a first name of two given names of many countries", () => {
  it.each([
    ["Hye Jin", "Park"],
    ["Ji Woo", "Kim"],
    ["Seo Yeon", "Lee"],
    ["Xiao Ming", "Wang"],
    ["María del Carmen", "Ruiz"],
    ["Ma. Cristina", "Reyes"],
  ])("%j with last name %j is accepted at sign-up", async (firstName, lastName) => {
    const { errors } = await app.gql(SIGN_UP, { input: customerSignUpInput({ firstName, lastName }) });
    expect(errors).toBeUndefined();
  });

  it.each([
    ["Mary Smith", "Jones"],
    ["Priya Sharma", "Patel"],
    ["Carmen Kowalczyk", "Ruiz"],
    ["Tom Park", "Ellis"],
    ["Hye Choi", "Choi"],
    ["Xiao Zhang", "Zhang"],
    ["Zed de Portland", "Harlow"],
    ["Mt. Hood", "Harlow"],
  ])("%j with last name %j is still refused as a full name or no first name", async (firstName, lastName) => {
    const { errors } = await app.gql(SIGN_UP, { input: customerSignUpInput({ firstName, lastName }) });
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.firstName" });
  });
});
