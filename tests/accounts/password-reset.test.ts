import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/app/config.ts";
import type { OutboxTransport } from "../../src/platform/mail/mail-transport.ts";
import { createAdmin, createCustomer, FACTORY_PASSWORD } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

const REQUEST = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation ($token: String!, $password: String!) { resetPassword(token: $token, newPassword: $password) }`;
const SIGN_IN = `mutation ($email: String!, $password: String!) { signIn(email: $email, password: $password) { token } }`;
const OUTBOX = `query ($to: String) { mailOutbox(to: $to) { to subject text } }`;

let app: TestApp;
serverSpec((started) => (app = started));

const outbox = () => app.server.services.mail as OutboxTransport;
/** The token of the last reset mail sent to `email`. */
const mailedToken = (email: string) => /reset token: (\S+)/.exec(outbox().read(email).at(-1)?.text ?? "")?.[1];

describe("a password reset", () => {
  it("mails a token that sets a new password once; the old password and the old sessions stop working", async () => {
    const customer = await createCustomer(app);
    expect((await app.gql(REQUEST, { email: customer.email.toUpperCase() })).data).toEqual({ requestPasswordReset: true });
    const token = mailedToken(customer.email)!;
    expect(token).toBeDefined();
    expect((await app.gql(RESET, { token, password: "a-reset-password" })).data).toEqual({ resetPassword: true });
    expect((await app.gql(SIGN_IN, { email: customer.email, password: FACTORY_PASSWORD })).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await app.gql(SIGN_IN, { email: customer.email, password: "a-reset-password" })).errors).toBeUndefined();
    expect((await app.gql(`{ me { id } }`, {}, customer.token)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const again = await app.gql(RESET, { token, password: "another-reset-password" });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "token" });
  });

  it("answers an unknown email exactly as a known one, and mails nobody", async () => {
    const customer = await createCustomer(app);
    const before = outbox().read().length;
    const known = await app.gql(REQUEST, { email: customer.email });
    const unknown = await app.gql(REQUEST, { email: "nobody-here@example.test" });
    expect(unknown.body).toBe(known.body);
    expect(outbox().read().length).toBe(before + 1);
    expect(outbox().read("nobody-here@example.test")).toEqual([]);
  });

  it("stores only a hash of the token", async () => {
    const customer = await createCustomer(app);
    await app.gql(REQUEST, { email: customer.email });
    const token = mailedToken(customer.email)!;
    const rows = await app.prisma.passwordResetToken.findMany({ where: { userId: customer.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.tokenHash).not.toContain(token);
  });

  it("refuses an expired token", async () => {
    const customer = await createCustomer(app);
    await app.gql(REQUEST, { email: customer.email });
    const token = mailedToken(customer.email)!;
    await app.prisma.passwordResetToken.updateMany({ where: { userId: customer.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const { errors } = await app.gql(RESET, { token, password: "a-reset-password" });
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "token" });
  });

  it("uses up the account's earlier tokens when one is used", async () => {
    const customer = await createCustomer(app);
    await app.gql(REQUEST, { email: customer.email });
    const first = mailedToken(customer.email)!;
    await app.gql(REQUEST, { email: customer.email });
    const second = mailedToken(customer.email)!;
    expect((await app.gql(RESET, { token: second, password: "a-reset-password" })).errors).toBeUndefined();
    expect((await app.gql(RESET, { token: first, password: "a-reset-password" })).errors?.[0]?.extensions?.field).toBe("token");
  });

  it("is audited without the token or the password", async () => {
    const customer = await createCustomer(app);
    await app.gql(REQUEST, { email: customer.email });
    const token = mailedToken(customer.email)!;
    await app.gql(RESET, { token, password: "a-reset-password" });
    const rows = await app.prisma.auditLog.findMany({ where: { action: "account.password.reset", entityId: customer.id } });
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it("lets an admin read the development outbox, and no one else", async () => {
    const admin = await createAdmin(app);
    const customer = await createCustomer(app);
    await app.gql(REQUEST, { email: customer.email });
    const { data } = await app.gql(OUTBOX, { to: customer.email }, admin.token);
    expect(data!.mailOutbox).toEqual([expect.objectContaining({ to: customer.email, subject: "Reset your AutoDoctor password" })]);
    expect((await app.gql(OUTBOX, { to: customer.email }, customer.token)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("mail configuration", () => {
  it("defaults to the outbox and sends by SMTP only with SMTP_URL", () => {
    expect(loadConfig({}).mail).toEqual({ transport: "outbox", from: "no-reply@autodoctor.app" });
    expect(loadConfig({ MAIL_TRANSPORT: "smtp", SMTP_URL: "smtps://user:pass@smtp.example.test" }).mail).toMatchObject({ transport: "smtp", smtpUrl: "smtps://user:pass@smtp.example.test" });
    expect(() => loadConfig({ MAIL_TRANSPORT: "smtp" })).toThrow(/SMTP_URL: is required/);
    expect(() => loadConfig({ MAIL_TRANSPORT: "smtp", SMTP_URL: "https://example.test" })).toThrow(/SMTP_URL/);
  });
});
