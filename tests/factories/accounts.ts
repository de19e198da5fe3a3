import { randomUUID } from "node:crypto";

/**
 * The sign-up mutation as the account specs send it: `$input` is a `SignUpInput` (a customer's from
 * `customerSignUpInput`, or a mechanic's `{ role: "MECHANIC", email, password, displayName }`);
 * answers the token, its expiry and the new user (`{ id email role status }`).
 */
export const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { token expiresAt user { id email role status } } }`;

/** A customer's `SignUpInput` as GraphQL variables: `role` is the enum's name ("CUSTOMER"; a spec may send another to see it refused). */
export interface CustomerSignUpInput {
  role: string;
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  phone: string;
  addressLine1: string;
  postalCode?: string;
  city: string;
}

/**
 * A customer's sign-up that passes every check, with a fresh email each call ("<uuid>@example.test"),
 * password "a-long-password", Casey Customer at 1 Elm Street, Austin, +1 512 555 0100; `overrides`
 * says what the spec is about ("a first name of two given names", "a phone written with 00").
 */
export const customerSignUpInput = (overrides: Partial<CustomerSignUpInput> = {}): CustomerSignUpInput => ({
  role: "CUSTOMER",
  email: `${randomUUID()}@example.test`,
  password: "a-long-password",
  firstName: "Casey",
  lastName: "Customer",
  phone: "+1 512 555 0100",
  addressLine1: "1 Elm Street",
  city: "Austin",
  ...overrides,
});
