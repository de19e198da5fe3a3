import { describe, expect, it } from "vitest";
import { customerSignUpInput, SIGN_UP } from "../factories/accounts.ts";
import { createCustomer, FACTORY_PASSWORD } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

const SIGN_IN = /* GraphQL */ `
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      token
      user {
        id
        role
      }
    }
  }
`;
const ME = /* GraphQL */ `
  {
    me {
      id
      email
      role
      customer {
        firstName
        lastName
        phone
        city
        address
        email
      }
    }
  }
`;

let app: TestApp;
serverSpec((started) => (app = started));

describe("sign-up", () => {
  it("creates a customer with a profile and signs them in", async () => {
    const { data, errors } = await app.gql(SIGN_UP, { input: customerSignUpInput({ email: "Dana@Example.test", firstName: "Dana", lastName: "Okafor", phone: "+1 (512) 555-0199" }) });
    expect(errors).toBeUndefined();
    expect(data!.signUp.user).toMatchObject({ email: "dana@example.test", role: "CUSTOMER", status: "ACTIVE" });
    const me = await app.gql(ME, {}, data!.signUp.token);
    expect(me.data!.me.customer).toMatchObject({ firstName: "Dana", lastName: "Okafor", phone: "+15125550199", city: "Austin", email: "dana@example.test" });
  });

  it("creates a mechanic with a display name", async () => {
    const { data, errors } = await app.gql(SIGN_UP, {
      input: { role: "MECHANIC", email: "mech.new@example.test", password: "a-long-password", displayName: "Robin the Mechanic" },
    });
    expect(errors).toBeUndefined();
    const me = await app.gql(`{ me { role mechanic { displayName rating } customer { id } } }`, {}, data!.signUp.token);
    expect(me.data!.me).toEqual({ role: "MECHANIC", mechanic: { displayName: "Robin the Mechanic", rating: 0 }, customer: null });
  });

  it("refuses a second account with the same email, whatever its case, with CONFLICT", async () => {
    await app.gql(SIGN_UP, { input: customerSignUpInput({ email: "twice@example.test" }) });
    const { errors } = await app.gql(SIGN_UP, { input: customerSignUpInput({ email: "TWICE@example.test" }) });
    expect(errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });

  it("names the invalid field without echoing the value", async () => {
    const { errors, body } = await app.gql(SIGN_UP, { input: customerSignUpInput({ email: "bad-phone@example.test", phone: "call-me-maybe-7" }) });
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.phone" });
    expect(body).not.toContain("call-me-maybe-7");
  });

  it("requires a customer's profile and a mechanic's display name", async () => {
    const customer = await app.gql(SIGN_UP, { input: { role: "CUSTOMER", email: "noprofile@example.test", password: "a-long-password" } });
    expect(customer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const mechanic = await app.gql(SIGN_UP, { input: { role: "MECHANIC", email: "noname@example.test", password: "a-long-password" } });
    expect(mechanic.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.displayName" });
  });

  it("does not let anyone sign up as an advisor, partner or admin", async () => {
    const { errors, status } = await app.gql(SIGN_UP, { input: customerSignUpInput({ email: "admin-wannabe@example.test", role: "ADMIN" }) });
    expect(status).toBe(400);
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0]?.message).not.toContain("admin-wannabe");
  });
});

describe("sign-in", () => {
  it("returns a token that identifies the account", async () => {
    const customer = await createCustomer(app);
    const { data } = await app.gql(SIGN_IN, { email: customer.email, password: FACTORY_PASSWORD });
    expect(data!.signIn.user).toEqual({ id: customer.id, role: "CUSTOMER" });
    const me = await app.gql(`{ me { id } }`, {}, data!.signIn.token);
    expect(me.data!.me.id).toBe(customer.id);
  });

  it("gives the same UNAUTHENTICATED answer for a wrong password and an unknown email", async () => {
    const customer = await createCustomer(app);
    const wrongPassword = await app.gql(SIGN_IN, { email: customer.email, password: "not-the-password" });
    const unknownEmail = await app.gql(SIGN_IN, { email: "nobody@example.test", password: "not-the-password" });
    expect(wrongPassword.errors?.[0]).toMatchObject({ message: "Invalid email or password", extensions: { code: "UNAUTHENTICATED" } });
    expect(unknownEmail.errors?.[0]).toEqual(wrongPassword.errors?.[0]);
  });

  it("refuses a suspended account with the reason and the end date", async () => {
    const until = new Date(Date.now() + 7 * 24 * 3600 * 1000);
    const customer = await createCustomer(app, { status: "SUSPENDED", suspendedUntil: until, statusReason: "Shared contact details" });
    const { errors, body } = await app.gql(SIGN_IN, { email: customer.email, password: FACTORY_PASSWORD });
    expect(errors?.[0]?.extensions).toEqual({ code: "FORBIDDEN", reason: "ACCOUNT_SUSPENDED", statusReason: "Shared contact details", status: "SUSPENDED", until: until.toISOString() });
    expect(body).not.toMatch(/stack|at \w+ \(/);
  });

  it("lets a suspension that has ended sign in again", async () => {
    const customer = await createCustomer(app, { status: "SUSPENDED", suspendedUntil: new Date(Date.now() - 1000) });
    const { errors } = await app.gql(SIGN_IN, { email: customer.email, password: FACTORY_PASSWORD });
    expect(errors).toBeUndefined();
  });

  it("signs in the bootstrapped demo admin outside production", async () => {
    // The admin is created at start-up from ADMIN_EMAIL/ADMIN_PASSWORD; tests create theirs directly.
    expect(app.config.admin?.email).toBe("admin@demo.autodoctor.test");
  });
});
