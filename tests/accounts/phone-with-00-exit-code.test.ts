// Most of the world dials abroad with 00 and writes numbers so ("0044 7911 123456"); the phone
// field took the US exit code 011 but refused 00, and its hint said to put + "in place of the
// leading 0", shaping the country code into the national number ("+<country code> xx xxxx xxxxxx").
// A number spaced with narrow no-break spaces (U+202F, as French typesetting writes it) or other
// Unicode spaces is the same number as one spaced with plain spaces.
import { describe, expect, it } from "vitest";
import { customerSignUpInput, SIGN_UP } from "../factories/accounts.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const signUp = (phone: string) => app.gql(SIGN_UP, { input: customerSignUpInput({ phone }) });

const storedPhone = async (phone: string) => {
  const input = customerSignUpInput({ phone });
  const { errors } = await app.gql(SIGN_UP, { input });
  expect(errors).toBeUndefined();
  return (await app.prisma.customerProfile.findFirstOrThrow({ where: { user: { email: input.email } }, select: { phone: true } })).phone;
};

describe("a phone number written with the 00 international prefix", () => {
  it.each([
    ["0044 7911 123456", "+447911123456"],
    ["00 33 6 12 34 56 78", "+33612345678"],
    ["0049 30 12345678", "+493012345678"],
  ])("%j is stored as %j", async (phone, stored) => {
    expect(await storedPhone(phone)).toBe(stored);
  });

  it("an incomplete one is hinted with the country code it gave", async () => {
    const { errors } = await signUp("0049 30 12");
    expect(errors?.map((error) => [error.extensions?.code, error.message])).toEqual([["BAD_USER_INPUT", "input.phone: must be a whole phone number of country code +49, like +49 1512 3456789"]]);
  });

  it("a US number with its leading 0 is still read as no country's", async () => {
    const { errors } = await signUp("0 512 555 0143");
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.phone" });
  });
});

describe("a phone number spaced with Unicode spaces", () => {
  it.each([
    ["narrow no-break spaces", "+33\u202f6\u202f12\u202f34\u202f56\u202f78", "+33612345678"],
    ["no-break spaces", "+44\u00a07911\u00a0123456", "+447911123456"],
    ["thin spaces", "(512)\u2009555\u20090143", "+15125550143"],
    ["figure spaces after 00", "0044\u20077911\u2007123456", "+447911123456"],
    ["ideographic spaces", "+81\u300090\u30001234\u30005678", "+819012345678"],
  ])("%s: %j is stored as %j", async (_kind, phone, stored) => {
    expect(await storedPhone(phone)).toBe(stored);
  });
});
