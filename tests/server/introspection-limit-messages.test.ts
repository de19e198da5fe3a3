import { describe, expect, it } from "vitest";
import { DEFAULT_QUERY_LIMITS, INTROSPECTION_LIMITS } from "../../src/platform/server/query-limits.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

/**
 * An operation of introspection fields only is measured against introspection's own bounds (README,
 * Introspection), and its refusal says so: round 51's walkthrough sent thirty aliased `__typename`s,
 * read "limit of 20" and found QUERY_MAX_ALIASES at 15 in the README.
 */
let app: TestApp;
serverSpec((started) => (app = started));

const aliases = (field: string, count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(" ")} }`;

describe("an alias refusal's message", () => {
  it("names introspection's own limit for aliased __typename", async () => {
    const { errors } = await app.gql(aliases("__typename", 30));
    expect(errors?.[0]).toEqual({
      message: `Query aliases 30 exceeds the limit of ${INTROSPECTION_LIMITS.maxAliases} for an operation of introspection fields only (__schema, __type, __typename)`,
      extensions: { code: "QUERY_TOO_COMPLEX", limit: "aliases" },
    });
  });

  it("names QUERY_MAX_ALIASES's limit alone for data fields", async () => {
    const { errors } = await app.gql(aliases("diagnosticPriceCents", 16));
    expect(errors?.[0]?.message).toBe(`Query aliases 16 exceeds the limit of ${DEFAULT_QUERY_LIMITS.maxAliases}`);
  });
});
