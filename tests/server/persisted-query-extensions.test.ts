// Automatic persisted queries (Apollo's `extensions.persistedQuery`) that Apollo refuses before
// execution with an error of its own (a hash that is not the query's, a version other than 1, a
// persistedQuery that is no object) are BAD_REQUEST with Apollo's message, over POST and GET,
// signed out, and nothing is logged at error level: Apollo gives these no code, and they were
// answered INTERNAL_SERVER_ERROR with a level-50 log line. A well-formed one still works.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const errorLogLines = (from: number) => app.logLines.slice(from).filter((line) => /"level":50/.test(line));
const QUERY = "{__typename}";
const MISMATCH = { message: "provided sha does not match query", extensions: { code: "BAD_REQUEST" } };
const VERSION = { message: "Unsupported persisted query version", extensions: { code: "BAD_REQUEST" } };

async function post(body: unknown) {
  const response = await fetch(app.graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: unknown[] } };
}

async function get(params: Record<string, string>) {
  const response = await fetch(`${app.graphqlUrl}?${new URLSearchParams(params)}`, { headers: { "apollo-require-preflight": "1" } });
  return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: unknown[] } };
}

describe("a malformed persisted-query extension", () => {
  it.each([
    ["a hash that is not the query's", { query: QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: "deadbeef" } } }, MISMATCH],
    ["a hash missing beside the query", { query: QUERY, extensions: { persistedQuery: { version: 1 } } }, MISMATCH],
    ["version 2", { query: QUERY, extensions: { persistedQuery: { version: 2, sha256Hash: "deadbeef" } } }, VERSION],
    ["a persistedQuery that is a string", { query: QUERY, extensions: { persistedQuery: "x" } }, VERSION],
  ])("is BAD_REQUEST over POST: %s", async (_name, body, error) => {
    const logged = app.logLines.length;
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([error]);
    expect(errorLogLines(logged)).toEqual([]);
  });

  it("is BAD_REQUEST over GET", async () => {
    const logged = app.logLines.length;
    const response = await get({ extensions: JSON.stringify({ persistedQuery: { version: 3 } }) });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([VERSION]);
    expect(errorLogLines(logged)).toEqual([]);
  });

  it("is counted under its code in the metrics, not as an internal error", async () => {
    await post({ query: QUERY, extensions: { persistedQuery: { version: 2 } } });
    const metrics = await (await fetch(`${app.server.url}/metrics`)).text();
    expect(metrics).toMatch(/graphql_errors_total\{code="BAD_REQUEST"\} [1-9]/);
    expect(metrics).not.toContain('code="INTERNAL_SERVER_ERROR"');
  });
});

describe("a well-formed persisted query", () => {
  it("registers with its text and then runs by its hash alone; an unknown hash is PERSISTED_QUERY_NOT_FOUND", async () => {
    const sha256Hash = createHash("sha256").update(QUERY).digest("hex");
    const persistedQuery = { version: 1, sha256Hash };
    expect((await post({ query: QUERY, extensions: { persistedQuery } })).body).toEqual({ data: { __typename: "Query" } });
    expect((await get({ extensions: JSON.stringify({ persistedQuery }) })).body).toEqual({ data: { __typename: "Query" } });
    const unknown = await get({ extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } }) });
    expect(unknown.body.errors).toEqual([{ message: "PersistedQueryNotFound", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }]);
  });
});
