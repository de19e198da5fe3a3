// Most of the world dials abroad with 00 and writes numbers so ("0044 7911 123456"); the phone
// field took the US exit code 011 but refused 00, and its hint said to put + "in place of the
// leading 0", shaping the country code into the national number ("+<country code> xx xxxx xxxxxx").
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) { token } }`;

describe("a phone number written with the 00 international prefix", () => {
  it.each([
    ["0044 7911 123456", "+447911123456"],
    ["00 33 6 12 34 56 78", "+33612345678"],
    ["0049 30 12345678", "+493012345678"],
  ])("%j is stored as %j", async (phone, stored) => {
    const email = `${randomUUID()}@example.test`;
    const { errors } = await app.gql(SIGN_UP, {
      input: { role: "CUSTOMER", email, password: "a-long-password", firstName: "Casey", lastName: "Harlow", phone, addressLine1: "1 Elm Street", city: "Austin" },
    });
    expect(errors).toBeUndefined();
    expect((await app.prisma.customerProfile.findFirstOrThrow({ where: { user: { email } }, select: { phone: true } })).phone).toBe(stored);
  });
});
