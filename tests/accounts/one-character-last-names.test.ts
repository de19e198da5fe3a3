// The last-name-of-initials rule counts letters, so a surname of one CJK character (王 Wang, 李 Li,
// 김 Kim, 이 Lee: most Chinese and Korean surnames written in their own script) or a one-letter
// romanised surname (Korean "O", Burmese "U") is refused as "not its initial". These are whole names.
import { describe, expect, it } from "vitest";
import { customerSignUpInput, SIGN_UP } from "../factories/accounts.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

describe("a last name of one character of a script without initials", () => {
  it.each([
    ["明", "王"],
    ["娜", "李"],
    ["민준", "김"],
    ["서연", "이"],
  ])("first name %j, last name %j is accepted at sign-up", async (firstName, lastName) => {
    const { errors } = await app.gql(SIGN_UP, { input: customerSignUpInput({ firstName, lastName }) });
    expect(errors).toBeUndefined();
  });

  it.each([["K."], ["O"], ["Д."], ["Λ"], ["J. S."]])("an initial of an alphabet alone, %j, is still refused", async (lastName) => {
    const { errors } = await app.gql(SIGN_UP, { input: customerSignUpInput({ lastName }) });
    expect(errors?.[0]?.extensions?.field).toBe("input.lastName");
  });
});
