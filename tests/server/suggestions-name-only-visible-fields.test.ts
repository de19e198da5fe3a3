import { describe, expect, it } from "vitest";
import { createAdmin, createCustomer } from "../factories/index.ts";
import { wsExecute, type TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

/**
 * Outside production, a validation error's "Did you mean ...?" names only what the caller's role
 * can see: round 51's walkthrough, signed out, sent `{ customr { id } }` and was told "customer" and
 * "customers" exist, which the signed-out schema hides (`__type(name: "Customer")` is null).
 */
let app: TestApp;
serverSpec((started) => (app = started));

describe("validation suggestions", () => {
  it("name no field a signed-out caller cannot see, over HTTP and graphql-ws", async () => {
    const http = await app.gql(`{ customr { id } }`);
    expect(http.errors?.[0]).toMatchObject({ message: 'Cannot query field "customr" on type "Query".', extensions: { code: "GRAPHQL_VALIDATION_FAILED" } });
    // graphql-ws hands a refused operation's errors to the subscriber's error handler.
    const ws = (await wsExecute(app.ws(), `{ customr { id } }`).catch((errors: { message: string }[]) => errors)) as { message: string }[];
    expect(ws[0]?.message).toBe('Cannot query field "customr" on type "Query".');
  });

  it("name no admin field to a customer, and still name the fields she can use", async () => {
    const customer = await createCustomer(app);
    const hidden = await app.gql(`{ solicitationReport { totalCount } }`, {}, customer.token);
    expect(hidden.errors?.[0]?.message).toBe('Cannot query field "solicitationReport" on type "Query".');
    const own = await app.gql(`{ sessionz { totalCount } }`, {}, customer.token);
    expect(own.errors?.[0]?.message).toMatch(/^Cannot query field "sessionz" on type "Query"\. Did you mean .*"sessions"\?$/);
  });

  it("keep the whole schema's suggestions for an admin", async () => {
    const admin = await createAdmin(app);
    const answer = await app.gql(`{ solicitationReport { totalCount } }`, {}, admin.token);
    expect(answer.errors?.[0]?.message).toMatch(/Did you mean "solicitationReports"/);
  });
});
