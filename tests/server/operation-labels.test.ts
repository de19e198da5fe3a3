import { describe, expect, it } from "vitest";
import { MAX_OPERATION_LABEL_LENGTH, OperationLabels } from "../../src/platform/server/metrics.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

/** The latency histogram's `operation` label: bounded however many names clients make up. */
describe("operation labels", () => {
  it("keep the names of shipped operations, the first few others, and fold the rest into 'other'", () => {
    const labels = new OperationLabels(["Me", "SessionList"], 2);
    expect(["First", "Second", "Third", "First", "Me", "SessionList", "Fourth"].map((name) => labels.of(name))).toEqual(["First", "Second", "other", "First", "Me", "SessionList", "other"]);
  });

  it("call an unnamed operation 'anonymous', without spending a slot on it", () => {
    const labels = new OperationLabels([], 1);
    expect([labels.of(undefined), labels.of(null), labels.of(""), labels.of("Named"), labels.of("Another")]).toEqual(["anonymous", "anonymous", "anonymous", "Named", "other"]);
  });

  it("fold a name longer than MAX_OPERATION_LABEL_LENGTH into 'other' without spending a slot, so one client cannot grow the scrape", () => {
    const labels = new OperationLabels([], 1);
    const longest = `N${"a".repeat(MAX_OPERATION_LABEL_LENGTH - 1)}`;
    expect([labels.of(`${longest}a`), labels.of("R".repeat(100_000)), labels.of(longest), labels.of(`${longest}a`)]).toEqual(["other", "other", longest, "other"]);
  });

  it("fold a name that is not a plain GraphQL name (an operationName a client made up) into 'other'", () => {
    const labels = new OperationLabels([], 10);
    expect(['x"} 1\nfake_metric{a="', "with space", "naïve", "1leading", "ok_Name1"].map((name) => labels.of(name))).toEqual(["other", "other", "other", "other", "ok_Name1"]);
  });
});

describe("GET /metrics after operations with huge names", () => {
  let app: TestApp;
  serverSpec((started) => (app = started));

  it("counts them as 'other' and keeps the scrape small", async () => {
    const before = (await (await fetch(`${app.server.url}/metrics`)).text()).length;
    for (let i = 0; i < 3; i++) {
      const response = await fetch(app.graphqlUrl, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `query R${i}${"a".repeat(200_000)} { __typename }` }),
      });
      expect(response.status).toBe(200);
      await response.text();
    }
    const response = await fetch(`${app.server.url}/metrics`);
    const scrape = await response.text();
    expect(response.status).toBe(200);
    expect(scrape).toMatch(/graphql_operation_duration_seconds_count\{operation="other",type="query"\} 3/);
    expect(scrape).not.toContain("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    expect(scrape.length).toBeLessThan(before + 10_000);
  });
});
