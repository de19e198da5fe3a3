// The sign-in and password-reset arguments are checked by @Check (SignInArgs,
// RequestPasswordResetArgs, ResetPasswordArgs) in the service, after the attempt is charged: a
// malformed one is BAD_USER_INPUT naming the argument, and still costs an attempt.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

let app: TestApp;
let nextIp = 1;
/**
 * Each request speaks from its own address (the loopback proxy's X-Forwarded-For), with a fresh
 * per-IP budget of 3; an email has a budget of its own, so each malformed email is used in one test.
 */
const freshIp = () => `203.0.113.${nextIp++}`;

beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: "3", TRUSTED_PROXIES: "loopback" });
});
afterAll(() => app.close());

const SIGN_IN = `mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { token } }`;
const REQUEST_RESET = `mutation ($e: String!) { requestPasswordReset(email: $e) }`;
const RESET = `mutation ($t: String!, $p: String!) { resetPassword(token: $t, newPassword: $p) }`;

/** The first error of `query` sent from `ip`: message, code and field. */
async function errorOf(query: string, variables: Record<string, unknown>, ip: string) {
  const response = await fetch(app.graphqlUrl, { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": ip }, body: JSON.stringify({ query, variables }) });
  const error = ((await response.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] }).errors?.[0];
  return { message: error?.message, code: error?.extensions?.code, field: error?.extensions?.field };
}
const refusal = (field: string, rule: string) => ({ message: `${field}: ${rule}`, code: "BAD_USER_INPUT", field });

describe("sign-in and password-reset arguments", () => {
  it("refuse a malformed email or an empty password, naming it", async () => {
    expect(await errorOf(SIGN_IN, { e: "not an email", p: "a-long-password" }, freshIp())).toEqual(refusal("email", "must be an email address"));
    expect(await errorOf(SIGN_IN, { e: "someone@example.test", p: "" }, freshIp())).toEqual(refusal("password", "is required"));
    expect(await errorOf(REQUEST_RESET, { e: "not an email" }, freshIp())).toEqual(refusal("email", "must be an email address"));
  });

  it("refuse a token that is not a reset token, or a new password under 10 characters", async () => {
    expect(await errorOf(RESET, { t: "short", p: "a-long-password" }, freshIp())).toEqual(refusal("token", "must be a reset token"));
    expect(await errorOf(RESET, { t: "t".repeat(40), p: "short" }, freshIp())).toEqual(refusal("newPassword", "must be at least 10 characters"));
  });

  it("charge a malformed attempt like any other", async () => {
    for (const [query, variables] of [
      [SIGN_IN, { e: "still not an email", p: "guess" }],
      [REQUEST_RESET, { e: "never an email" }],
      [RESET, { t: "short", p: "short" }],
    ] as const) {
      const ip = freshIp();
      const codes = [];
      for (let attempt = 0; attempt < 4; attempt++) codes.push((await errorOf(query, variables, ip)).code);
      expect(codes).toEqual(["BAD_USER_INPUT", "BAD_USER_INPUT", "BAD_USER_INPUT", "RATE_LIMITED"]);
    }
  });
});
