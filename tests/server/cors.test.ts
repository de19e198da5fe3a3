import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/app/config.ts";
import { createCustomer } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/** CORS_ORIGINS at the HTTP level: what a browser's preflight and request get back (the browser itself: cors-browser.test.ts). */
const FRONT_END = "https://app.autodoctor.test";
const OTHER_SITE = "https://elsewhere.example";

const preflight = (url: string, origin: string) =>
  fetch(url, {
    method: "OPTIONS",
    headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "authorization,content-type" },
  });

const corsHeaders = (response: Response) => [...response.headers.keys()].filter((name) => name.startsWith("access-control-"));

describe("CORS with CORS_ORIGINS set", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ CORS_ORIGINS: `${FRONT_END}, http://localhost:5173` });
  });
  afterAll(() => app.close());

  it("answers a listed origin's preflight with 204, the methods, headers and max-age, and no credentials", async () => {
    const response = await preflight(app.graphqlUrl, FRONT_END);
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(FRONT_END);
    expect(response.headers.get("access-control-allow-methods")).toBe("GET,POST");
    expect(response.headers.get("access-control-allow-headers")!.split(",")).toEqual(
      expect.arrayContaining(["content-type", "authorization", "apollo-require-preflight", "x-request-id", "x-apollo-operation-name"]),
    );
    expect(response.headers.get("access-control-max-age")).toBe("600");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    expect(response.headers.get("vary")).toContain("Origin");
  });

  it("gives an unlisted origin's preflight no CORS header, and no CSRF error either", async () => {
    const response = await preflight(app.graphqlUrl, OTHER_SITE);
    expect(response.status).toBe(204);
    expect(corsHeaders(response)).toEqual([]);
    expect(response.headers.get("vary")).toContain("Origin");
  });

  it("lets a listed origin read the answer to a JSON POST with a bearer token, and exposes the retry header", async () => {
    const customer = await createCustomer(app);
    const response = await fetch(app.graphqlUrl, {
      method: "POST",
      headers: { origin: FRONT_END, "content-type": "application/json", authorization: `Bearer ${customer.token}` },
      body: JSON.stringify({ query: "{ me { id } }" }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as any).data.me.id).toBe(customer.id);
    expect(response.headers.get("access-control-allow-origin")).toBe(FRONT_END);
    expect(response.headers.get("access-control-expose-headers")).toContain("retry-after");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("answers an unlisted origin's request without CORS headers, so its browser withholds the answer", async () => {
    const response = await fetch(app.graphqlUrl, {
      method: "POST",
      headers: { origin: OTHER_SITE, "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(corsHeaders(response)).toEqual([]);
  });

  it("keeps CSRF prevention: a simple request (no preflight) is refused even from a listed origin", async () => {
    const get = await fetch(`${app.graphqlUrl}?query=${encodeURIComponent("{ __typename }")}`, { headers: { origin: FRONT_END } });
    expect(get.status).toBe(400);
    expect(await get.text()).toMatch(/CSRF/i);
    const textPlain = await fetch(app.graphqlUrl, { method: "POST", headers: { origin: FRONT_END, "content-type": "text/plain" }, body: '{"query":"{ __typename }"}' });
    expect(textPlain.status).toBe(400);
    expect(await textPlain.text()).toMatch(/CSRF/i);
  });

  it("covers the health probes a front end may poll, but not the operator's metrics or the webhooks", async () => {
    const healthz = await fetch(`${app.server.url}/healthz`, { headers: { origin: FRONT_END } });
    expect(healthz.headers.get("access-control-allow-origin")).toBe(FRONT_END);
    expect(corsHeaders(await fetch(`${app.server.url}/metrics`, { headers: { origin: FRONT_END } }))).toEqual([]);
    expect(corsHeaders(await preflight(`${app.server.url}/webhooks/stripe`, FRONT_END))).toEqual([]);
  });
});

describe("CORS with CORS_ORIGINS unset", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it("allows no origin: a preflight is answered 204 without any CORS header", async () => {
    const response = await preflight(app.graphqlUrl, FRONT_END);
    expect(response.status).toBe(204);
    expect(corsHeaders(response)).toEqual([]);
  });
});

describe("CORS_ORIGINS", () => {
  it.each(["*", "https://app.autodoctor.test/", "https://app.autodoctor.test/path", "app.autodoctor.test", "https://*.autodoctor.test", "ftp://files.example"])(
    "refuses %s: only exact origins are allowed",
    (value) => {
      expect(() => loadConfig({ CORS_ORIGINS: value })).toThrow(/CORS_ORIGINS: ".*" is not an exact origin/);
    },
  );

  it("reads a comma-separated list, ignoring blanks", () => {
    expect(loadConfig({ CORS_ORIGINS: " https://a.example, ,http://localhost:5173 " }).corsOrigins).toEqual(["https://a.example", "http://localhost:5173"]);
    expect(loadConfig({}).corsOrigins).toEqual([]);
  });
});
