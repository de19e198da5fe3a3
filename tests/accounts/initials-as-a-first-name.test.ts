// Initials are a first name by the first-name rules ("J.R."), and "A.J.", "J.J.", "D.J." pass, but
// "T.J.", "C.J.", "P.J.", "J.K." and "J.R.R." are refused whatever the last name and city, as
// "must not contain contact details: read with the other fields shown with it, it holds part of
// one", a message the customer cannot act on.
import { describe, expect, it } from "vitest";
import { customerSignUpInput, SIGN_UP } from "../factories/accounts.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

describe("a first name of initials", () => {
  it.each([
    ["T.J.", "Miller"],
    ["C.J.", "Walker"],
    ["P.J.", "Harvey"],
    ["J.K.", "Rowling"],
    ["J.R.R.", "Tolkien"],
  ])("%j with last name %j is accepted at sign-up", async (firstName, lastName) => {
    const { errors } = await app.gql(SIGN_UP, { input: customerSignUpInput({ firstName, lastName }) });
    expect(errors).toBeUndefined();
  });

  it.each([
    ["T.J.", "@tjmiller77", "input.lastName"],
    ["T.J. Miller", "Miller", "input.firstName"],
    ["J.K.R.", "Rowling", null],
  ])("%j beside last name %j is judged by the names' own rules (refused at %s)", async (firstName, lastName, field) => {
    const { errors } = await app.gql(SIGN_UP, { input: customerSignUpInput({ firstName, lastName }) });
    expect(errors?.[0]?.extensions?.field ?? null).toBe(field);
  });
});
