import { describe, expect, it } from "vitest";
import { customerSignUpInput, SIGN_UP } from "../factories/accounts.ts";
import { createCustomer } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

/**
 * A customer's last name is shown to professionals only as its initial, so a surname of two words or
 * more ("Della Rosa", "van der Berg") is no contact detail: it is accepted at sign-up and on a profile
 * edit, whether or not its words read as a person's full name. A phone number, an e-mail, a handle or
 * a link beside such a surname is still refused (CONTACT_DETAILS), and nothing is written.
 */
const UPDATE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { customer { firstName } } }`;
// Each reads as a first name and a surname to the contact detector, which refused it as a full name.
const SURNAMES = ["Te Awa", "Della Rosa", "Della Valle", "Lo Bianco", "Abu Bakr", "Garcia Lopez", "Bonham Carter"];

let app: TestApp;
serverSpec((started) => (app = started));

const storedLastName = async (userId: string) => (await app.prisma.customerProfile.findUniqueOrThrow({ where: { userId }, select: { lastName: true } })).lastName;

describe("a customer's last name of several words", () => {
  it.each(SURNAMES)("accepts %j at sign-up", async (lastName) => {
    const input = customerSignUpInput({ lastName });
    const { errors } = await app.gql(SIGN_UP, { input });
    expect(errors).toBeUndefined();
    expect(await app.prisma.customerProfile.findFirstOrThrow({ where: { user: { email: input.email } }, select: { lastName: true } })).toEqual({ lastName });
  });

  it.each(SURNAMES)("accepts %j on a profile edit", async (lastName) => {
    const customer = await createCustomer(app, { firstName: "Casey", lastName: "Customer" });
    const { errors } = await app.gql(UPDATE, { input: { lastName } }, customer.token);
    expect(errors).toBeUndefined();
    expect(await storedLastName(customer.id)).toBe(lastName);
  });

  it.each(["Della Rosa 512 555 0142", "Della Rosa dr@example.com", "Della Rosa @dellarosa_77", "Della Rosa dellarosa.com"])(
    "accepts the surname alone but refuses it with a contact detail beside it: %j",
    async (lastName) => {
      const customer = await createCustomer(app, { firstName: "Casey", lastName: "Customer" });
      const refused = await app.gql(UPDATE, { input: { lastName } }, customer.token);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "input.lastName" });
      expect(refused.body).not.toContain(lastName);
      expect(await storedLastName(customer.id)).toBe("Customer");
      const accepted = await app.gql(UPDATE, { input: { lastName: "Della Rosa" } }, customer.token);
      expect(accepted.errors).toBeUndefined();
      expect(await storedLastName(customer.id)).toBe("Della Rosa");
    },
  );
});
