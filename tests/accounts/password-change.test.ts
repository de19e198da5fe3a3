import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCustomer, FACTORY_PASSWORD } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

const CHANGE = `mutation ($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) { token user { id } } }`;
const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }`;
const ME = `{ me { id } }`;

let app: TestApp;
serverSpec((started) => (app = started));

describe("a password change", () => {
  it("needs the current password, then the new one signs in and the old one no longer does", async () => {
    const customer = await createCustomer(app);
    const wrong = await app.gql(CHANGE, { current: "not-my-password", next: "a-brand-new-password" }, customer.token);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "currentPassword" });
    const { errors } = await app.gql(CHANGE, { current: FACTORY_PASSWORD, next: "a-brand-new-password" }, customer.token);
    expect(errors).toBeUndefined();
    expect((await app.gql(SIGN_IN, { email: customer.email, password: FACTORY_PASSWORD })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const signedIn = await app.gql(SIGN_IN, { email: customer.email, password: "a-brand-new-password" });
    expect((await app.gql(ME, {}, signedIn.data!.signIn.token)).data!.me.id).toBe(customer.id);
  });

  it("signs every other session out and keeps the caller in with the returned token", async () => {
    const customer = await createCustomer(app);
    const other = (await app.gql(SIGN_IN, { email: customer.email, password: FACTORY_PASSWORD })).data!.signIn.token;
    const { data } = await app.gql(CHANGE, { current: FACTORY_PASSWORD, next: "a-brand-new-password" }, customer.token);
    expect((await app.gql(ME, {}, other)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await app.gql(ME, {}, customer.token)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await app.gql(ME, {}, data!.changePassword.token)).data!.me.id).toBe(customer.id);
  });

  it("refuses a new password shorter than 10 characters", async () => {
    const customer = await createCustomer(app);
    const { errors } = await app.gql(CHANGE, { current: FACTORY_PASSWORD, next: "short" }, customer.token);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "newPassword" });
  });

  it("refuses a new password equal to the current one, and the current one keeps working", async () => {
    const customer = await createCustomer(app);
    const { errors } = await app.gql(CHANGE, { current: FACTORY_PASSWORD, next: FACTORY_PASSWORD }, customer.token);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "newPassword" });
    expect(errors?.[0]?.message).toBe("newPassword: must differ from the current password");
    expect((await app.gql(ME, {}, customer.token)).data!.me.id).toBe(customer.id);
    expect(await app.prisma.auditLog.count({ where: { action: "account.password.changed", entityId: customer.id } })).toBe(0);
  });

  it("is audited without the password", async () => {
    const customer = await createCustomer(app);
    await app.gql(CHANGE, { current: FACTORY_PASSWORD, next: "a-brand-new-password" }, customer.token);
    const rows = await app.prisma.auditLog.findMany({ where: { action: "account.password.changed", entityId: customer.id } });
    expect(rows.map((row) => row.fields)).toEqual([["password"]]);
    expect(JSON.stringify(rows)).not.toContain("a-brand-new-password");
  });
});

describe("password change attempts", () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: "3" });
  });
  afterAll(() => limited.close());

  it("are rate-limited like sign-in, so the current password cannot be guessed faster here", async () => {
    const customer = await createCustomer(limited);
    const codes: unknown[] = [];
    for (let i = 0; i < 4; i++) codes.push((await limited.gql(CHANGE, { current: `guess-${i}-password`, next: "a-brand-new-password" }, customer.token)).errors?.[0]?.extensions?.code);
    expect(codes).toEqual(["BAD_USER_INPUT", "BAD_USER_INPUT", "BAD_USER_INPUT", "RATE_LIMITED"]);
  });
});
