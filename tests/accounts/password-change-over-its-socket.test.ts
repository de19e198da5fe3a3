import { describe, expect, it } from "vitest";
import { createCustomer, FACTORY_PASSWORD } from "../factories/index.ts";
import { wsExecute, type TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

/**
 * A password change sent over a socket opened with the token it revokes: the caller must get the
 * new token it continues with, so that socket delivers the change's result first and closes (4403)
 * after it; another socket opened with the old token closes without waiting for it.
 */
const CHANGE = `mutation ($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) { token } }`;
const ME = `{ me { id } }`;

let app: TestApp;
serverSpec((started) => (app = started));

/** A socket opened with `token`, and its close event. */
function opened(token: string) {
  const client = app.ws(token, { lazy: false });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => client.on("closed", (event) => resolve(event as { code: number; reason: string })));
  return { client, closed };
}

describe("a password change over a socket opened with the old token", () => {
  it("delivers the result with the new token, then closes that socket with 4403", async () => {
    const customer = await createCustomer(app);
    const own = opened(customer.token);
    const other = opened(customer.token);
    // Both sockets are connected (acknowledged) before the change.
    expect((await wsExecute(other.client, ME)).errors).toBeUndefined();

    const changed = await wsExecute<{ changePassword: { token: string } }>(own.client, CHANGE, { current: FACTORY_PASSWORD, next: "a-brand-new-password" });

    expect(changed.errors).toBeUndefined();
    expect(await own.closed).toMatchObject({ code: 4403, reason: "Password changed" });
    expect(await other.closed).toMatchObject({ code: 4403, reason: "Password changed" });
    expect((await app.gql(ME, {}, changed.data!.changePassword.token)).data!.me.id).toBe(customer.id);
  });
});
