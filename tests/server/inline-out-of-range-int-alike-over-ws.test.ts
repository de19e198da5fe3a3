// An inline Int beyond 32 bits is refused alike over HTTP and graphql-ws. Finding of attack55
// (LOW): over HTTP validation refused it ("Int cannot represent non 32-bit signed integer value"),
// over graphql-ws the argument's own bound answered first ("first: must be between 1 and 100"),
// because graphql-ws checked the query limits before validating. It now checks them after, as
// Apollo's didResolveOperation does over HTTP.
import { describe, expect, it } from "vitest";
import { wsExecute, type TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

describe("an inline Int beyond 32 bits", () => {
  it("gets the same refusal over graphql-ws as over HTTP", async () => {
    const query = `{ sessions(first: 55501420000) { totalCount } }`;
    const overHttp = (await app.gql(query)).errors;
    const overWs = await wsExecute(app.ws(), query).catch((errors: unknown) => ({ errors }) as { errors: unknown });
    expect(overWs.errors).toEqual(overHttp);
  });
});
