// A customer's first name is what mechanics read of them, and it took anything beside the name: a
// handle ("Zed (zedk77)"), the city mechanics may not read ("Zed of Portland", "Zed (Gresham)"), a
// street ("Zed Harrison St"), a number ("Zed 1537"). A first name is now letters, hyphens and
// apostrophes, at most with a second given name (isGivenNameShaped, customer-names.ts
// refuseFirstNameShape): anything else is refused at sign-up and on a profile edit (BAD_USER_INPUT,
// CONTACT_DETAILS, input.firstName, a message saying what a first name is, never the value), and
// nothing is written. Given names as people write them stay accepted.
import { describe, expect, it } from "vitest";
import { customerSignUpInput, SIGN_UP } from "../factories/accounts.ts";
import { createCustomer } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const UPDATE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { customer { firstName } } }`;
const PROBLEM =
  'input.firstName: must be your first name alone: letters, hyphens and apostrophes, at most with a second given name ("Mary Ann"; join a double first name with a dash: "Mary-Rose"), without a place, a street, a number or a handle';

/** Zed Kowalczyk of 1537 Harrison St, Portland: the details a first name must not carry. */
const signUpInput = (firstName: string) => customerSignUpInput({ firstName, lastName: "Kowalczyk", phone: "+1 503 555 0199", addressLine1: "1537 Harrison St", city: "Portland" });

describe("a customer's first name carrying something beside the name", () => {
  it.each(["Zed (zedk77)", "Zed of Portland", "Zed (Gresham)", "Zed Harrison St", "Zed 1537"])("refuses %j on a profile edit and writes nothing", async (firstName) => {
    const customer = await createCustomer(app, { firstName: "Zed", lastName: "Kowalczyk", city: "Portland" });
    const { errors, body } = await app.gql(UPDATE, { input: { firstName } }, customer.token);
    expect(errors?.[0]).toMatchObject({ message: PROBLEM, extensions: { code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "input.firstName" } });
    expect(body).not.toContain(firstName);
    expect((await app.prisma.customerProfile.findUniqueOrThrow({ where: { userId: customer.id } })).firstName).toBe("Zed");
  });

  it("refuses it at sign-up and creates no account", async () => {
    const input = signUpInput("Zed of Portland");
    const { errors } = await app.gql(SIGN_UP, { input });
    expect(errors?.[0]).toMatchObject({ message: PROBLEM, extensions: { code: "BAD_USER_INPUT", reason: "CONTACT_DETAILS", field: "input.firstName" } });
    expect(await app.prisma.user.count({ where: { email: input.email } })).toBe(0);
  });

  it.each(["Zed", "Mary-Rose", "D'Andre", "O’Neil", "Zoë", "Søren", "Jean-Luc", "Hyun-Woo"])("accepts the given name %j", async (firstName) => {
    const { errors } = await app.gql(SIGN_UP, { input: signUpInput(firstName) });
    expect(errors).toBeUndefined();
  });
});
