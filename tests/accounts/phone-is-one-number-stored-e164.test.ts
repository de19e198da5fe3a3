import { describe, expect, it } from "vitest";
import { customerSignUpInput, SIGN_UP } from "../factories/accounts.ts";
import { createCustomer } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

/**
 * A customer's phone is one whole number, stored in E.164 whatever way it was typed; a number with
 * words, an extension or a second number around it is refused BAD_USER_INPUT naming the field, and
 * the hint fits what the caller wrote (their country code's example, the shape of their national
 * number) without echoing their digits.
 */
let app: TestApp;
serverSpec((started) => (app = started));

const UPDATE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { customer { phone } } }`;

const storedPhoneOf = async (email: string) => (await app.prisma.user.findUniqueOrThrow({ where: { email }, select: { customer: { select: { phone: true } } } })).customer!.phone;

describe("a customer's phone number", () => {
  it.each([
    ["(512) 555-0143", "+15125550143"],
    ["+1 512-555-0143", "+15125550143"],
    ["+44 7911 123456", "+447911123456"],
    ["+55 11 91234-5678", "+5511912345678"],
  ])("%j is stored at sign-up as %j", async (typed, stored) => {
    const input = customerSignUpInput({ phone: typed });
    expect((await app.gql(SIGN_UP, { input })).errors).toBeUndefined();
    expect(await storedPhoneOf(input.email)).toBe(stored);
  });

  it("is stored in E.164 by a profile edit, and read back so", async () => {
    const customer = await createCustomer(app);
    const { data, errors } = await app.gql(UPDATE, { input: { phone: "+1 (303) 555-0119" } }, customer.token);
    expect(errors).toBeUndefined();
    expect(data!.updateProfile.customer.phone).toBe("+13035550119");
  });

  it.each(["07911 123456 call after 6", "512-555-0143 (mobile)", "call 512 555 0143", "+1 512 555 0143 ext. 12", "512 555 0143, 512 555 0144"])(
    "%j, a number with other text, is refused naming the field and writes nothing",
    async (phone) => {
      const customer = await createCustomer(app, { phone: "+15035550162" });
      const { errors, body } = await app.gql(UPDATE, { input: { phone } }, customer.token);
      expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.phone" });
      expect(errors![0]!.message).toMatch(/^input\.phone: must be one phone number and nothing else/);
      expect(body).not.toMatch(/0143|123456/);
      expect(await app.prisma.customerProfile.findUniqueOrThrow({ where: { userId: customer.id }, select: { phone: true } })).toEqual({ phone: "+15035550162" });
    },
  );

  it("is refused at sign-up with the same rule", async () => {
    const input = customerSignUpInput({ phone: "512-555-0143 (mobile)" });
    const { errors } = await app.gql(SIGN_UP, { input });
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.phone" });
    expect(await app.prisma.user.count({ where: { email: input.email } })).toBe(0);
  });

  it.each([
    ["+49 30 12", "input.phone: must be a whole phone number of country code +49, like +49 1512 3456789"],
    ["+33 6 12", "input.phone: must be a whole phone number of country code +33, like +33 6 12 34 56 78"],
    ["(011) 91234-5678", "input.phone: must be a phone number; outside the US, write + and the country code in place of the leading 0: +<country code> (xx) xxxxx-xxxx"],
    ["06 12 34 56 78", "input.phone: must be a phone number; outside the US, write + and the country code in place of the leading 0: +<country code> x xx xx xx xx"],
  ])("%j gets a hint fitted to what was written", async (phone, message) => {
    const { errors } = await app.gql(SIGN_UP, { input: customerSignUpInput({ phone }) });
    expect(errors?.map((error) => [error.extensions?.code, error.message])).toEqual([["BAD_USER_INPUT", message]]);
  });
});
