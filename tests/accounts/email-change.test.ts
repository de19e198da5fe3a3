import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OutboxTransport } from "../../src/platform/mail/mail-transport.ts";
import { createCustomer, createMechanic, FACTORY_PASSWORD } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

const UPDATE = `mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { id email customer { city } } }`;
const REQUEST_RESET = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }`;

let app: TestApp;
serverSpec((started) => (app = started));

const outbox = () => app.server.services.mail as OutboxTransport;
const emailOf = async (userId: string) => (await app.prisma.user.findUniqueOrThrow({ where: { id: userId } })).email;
const auditOf = (userId: string) => app.prisma.auditLog.findMany({ where: { action: "account.profile.updated", entityId: userId } });
const freshAddress = (tag: string) => `${tag}-${crypto.randomUUID().slice(0, 8)}@evil.test`;

describe("an email change", () => {
  it("needs the current password: a stolen session cannot move the account to another mailbox and reset its password there", async () => {
    for (const victim of [await createCustomer(app), await createMechanic(app)]) {
      const attacker = freshAddress("attacker");
      for (const currentPassword of [undefined, "not-my-password"]) {
        const { errors } = await app.gql(UPDATE, { input: { email: attacker, currentPassword } }, victim.token);
        expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.currentPassword" });
        expect(errors?.[0]?.message).toBe("input.currentPassword: is not the account's current password");
      }
      expect(await emailOf(victim.id)).toBe(victim.email);
      await app.gql(REQUEST_RESET, { email: attacker });
      expect(outbox().read(attacker)).toEqual([]);
      expect(await auditOf(victim.id)).toEqual([]);
    }
  });

  it("with the current password changes the sign-in email and mails a notice to the old address", async () => {
    const customer = await createCustomer(app);
    const next = freshAddress("moved");
    const { data, errors } = await app.gql(UPDATE, { input: { email: next, currentPassword: FACTORY_PASSWORD } }, customer.token);
    expect(errors).toBeUndefined();
    expect(data!.updateProfile.email).toBe(next);
    expect((await app.gql(SIGN_IN, { email: next, password: FACTORY_PASSWORD })).errors).toBeUndefined();
    const notices = outbox().read(customer.email);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ subject: "Your AutoDoctor sign-in email was changed" });
    expect(notices[0]!.text).not.toContain(FACTORY_PASSWORD);
    expect(outbox().read(next)).toEqual([]);
  });

  it("is audited as a profile edit with the field's name, never the addresses or the password", async () => {
    const customer = await createCustomer(app);
    const next = freshAddress("audited");
    await app.gql(UPDATE, { input: { email: next, currentPassword: FACTORY_PASSWORD } }, customer.token);
    const rows = await auditOf(customer.id);
    expect(rows.map((row) => row.fields)).toEqual([["email"]]);
    const logged = JSON.stringify(rows);
    for (const value of [customer.email, next, FACTORY_PASSWORD]) expect(logged).not.toContain(value);
  });

  it("leaves the other fields free of the password, and the same email in another case is no change", async () => {
    const customer = await createCustomer(app, { city: "Austin" });
    const { data, errors } = await app.gql(UPDATE, { input: { email: customer.email.toUpperCase(), city: "Dallas" } }, customer.token);
    expect(errors).toBeUndefined();
    expect(data!.updateProfile).toMatchObject({ email: customer.email, customer: { city: "Dallas" } });
    expect(outbox().read(customer.email)).toEqual([]);
  });

  it("refuses an email another account has with CONFLICT / ALREADY_EXISTS, and only after the password, so it tells no one without it which emails exist", async () => {
    const taken = await createCustomer(app);
    const customer = await createCustomer(app);
    const guessed = await app.gql(UPDATE, { input: { email: taken.email } }, customer.token);
    expect(guessed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.currentPassword" });
    const { errors } = await app.gql(UPDATE, { input: { email: taken.email.toUpperCase(), currentPassword: FACTORY_PASSWORD } }, customer.token);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", reason: "ALREADY_EXISTS" });
    expect(outbox().read(customer.email)).toEqual([]);
  });
});

describe("email change attempts", () => {
  let limited: TestApp;
  beforeAll(async () => {
    limited = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: "3" });
  });
  afterAll(() => limited.close());

  it("are rate-limited like sign-in, so the current password cannot be guessed faster here", async () => {
    const customer = await createCustomer(limited);
    const codes: unknown[] = [];
    for (let i = 0; i < 4; i++)
      codes.push((await limited.gql(UPDATE, { input: { email: freshAddress("guess"), currentPassword: `guess-${i}-password` } }, customer.token)).errors?.[0]?.extensions?.code);
    expect(codes).toEqual(["BAD_USER_INPUT", "BAD_USER_INPUT", "BAD_USER_INPUT", "RATE_LIMITED"]);
  });
});
