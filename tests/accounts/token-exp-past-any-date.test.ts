import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { createCustomer } from "../factories/index.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

/**
 * A token must not outlive the lifetime tokens are issued for (JWT_TTL_SECONDS): round 51's
 * walkthrough signed one with `exp` 1e20, past any date JavaScript can hold, and it was accepted
 * (its Invalid Date slipped through the lifetime check), a credential that never expires.
 */
let app: TestApp;
serverSpec((started) => (app = started));

/** A token with the server's own key (a leaked key, or a bug) for `subject`, expiring at `exp` (seconds). */
const signed = (subject: string, exp: number) =>
  new SignJWT({ role: "CUSTOMER" })
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer(app.config.auth.issuer)
    .setAudience(app.config.auth.audience)
    .setSubject(subject)
    .setExpirationTime(exp)
    .sign(new TextEncoder().encode(app.config.auth.jwtSecret));

describe("a token's expiry", () => {
  it.each([
    ["past any date (1e20)", 1e20],
    ["past the year 275760", 8.64e12 + 1],
  ])("%s is refused as UNAUTHENTICATED", async (_name, exp) => {
    const customer = await createCustomer(app);
    const { status, errors } = await app.gql(`{ me { id } }`, {}, await signed(customer.id, exp));
    expect(status).toBe(401);
    expect(errors?.[0]).toMatchObject({ message: "Invalid or expired token", extensions: { code: "UNAUTHENTICATED" } });
  });

  it("within the issued lifetime is accepted", async () => {
    const customer = await createCustomer(app);
    const { data } = await app.gql(`{ me { id } }`, {}, await signed(customer.id, Math.floor(Date.now() / 1000) + app.config.auth.tokenTtlSeconds - 60));
    expect(data).toEqual({ me: { id: customer.id } });
  });
});
