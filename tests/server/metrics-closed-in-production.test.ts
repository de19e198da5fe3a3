// GET /metrics describes the traffic (operation names, error codes, live connections): in production
// it is served only behind METRICS_TOKEN. Without one it does not exist there (404, as any unknown
// path); outside production it stays open for a developer's scrape.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/app/config.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

const PRODUCTION = { NODE_ENV: "production", JWT_SECRET: "a-production-secret-that-is-long-enough-for-tests" };

describe("who GET /metrics answers, as configured", () => {
  it("is nobody in production without METRICS_TOKEN (an empty one counts as unset), its bearers with one", () => {
    expect(loadConfig(PRODUCTION).metrics).toEqual({ access: "off" });
    expect(loadConfig({ ...PRODUCTION, METRICS_TOKEN: "" }).metrics).toEqual({ access: "off" });
    expect(loadConfig({ ...PRODUCTION, METRICS_TOKEN: "a-metrics-token-0123" }).metrics).toEqual({ access: "token", token: "a-metrics-token-0123" });
  });

  it("is everyone outside production without a token", () => {
    expect(loadConfig({ NODE_ENV: "development" }).metrics).toEqual({ access: "open" });
    expect(loadConfig({ NODE_ENV: "test" }).metrics).toEqual({ access: "open" });
  });
});

describe("GET /metrics in production without METRICS_TOKEN", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp(PRODUCTION);
  });
  afterAll(() => app.close());

  it("is 404 like any unknown path, with or without a bearer token, and serves no counter", async () => {
    for (const headers of [{}, { authorization: "Bearer anything-at-all-0123456789" }] as Record<string, string>[]) {
      const response = await fetch(`${app.server.url}/metrics`, { headers });
      const body = await response.text();
      expect(response.status).toBe(404);
      expect(JSON.parse(body).errors[0].extensions.code).toBe("NOT_FOUND");
      expect(body).not.toContain("graphql_operations_total");
    }
    expect((await fetch(`${app.server.url}/healthz`)).status).toBe(200);
  });
});
