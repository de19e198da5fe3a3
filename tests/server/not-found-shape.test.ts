// Every 404 has the shape of every other refusal, `{"errors":[{message, extensions: {code}}]}`:
// before, a GraphiQL asset that does not exist answered that shape and any other path
// `{"error":{code, message}}`. GraphiQL's page declares it has no icon, so the browser does not ask
// for /favicon.ico (a 404 in its console).
import { describe, expect, it } from "vitest";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

describe("a path that does not exist", () => {
  it("answers 404 in one shape, a GraphiQL asset or any other path", async () => {
    for (const path of ["/graphiql/assets/nope.js", "/no/such/path", "/favicon.ico"]) {
      const response = await fetch(`${app.server.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(response.headers.get("content-type"), path).toMatch(/^application\/json/);
      expect(await response.json(), path).toEqual({ errors: [{ message: expect.any(String), extensions: { code: "NOT_FOUND" } }] });
    }
  });

  it("is not asked for by GraphiQL's page: it declares no icon", async () => {
    const page = await (await fetch(`${app.server.url}/graphiql`)).text();
    expect(page).toContain('<link rel="icon" href="data:," />');
  });
});
