import { describe, expect, it } from "vitest";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

/** What Chromium sends when a user opens a URL. */
const BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";
/** Apollo Server's landing pages load from these (they say "appears that you might be offline" on a closed network). */
const APOLLO_CDN = /apollographql\.com|embeddable-sandbox|landing-page/i;

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${app.server.url}${path}`, { headers, redirect: "manual" });

describe("GET /graphql from a browser", () => {
  it.each(["/graphql", "/graphql?query=%7B__typename%7D"])("redirects %s to GraphiQL, which the API serves itself", async (path) => {
    const response = await get(path, { accept: BROWSER_ACCEPT });
    expect([response.status, response.headers.get("location")]).toEqual([302, "/graphiql"]);
    expect(await response.text()).toBe("");
    const page = await get("/graphiql", { accept: BROWSER_ACCEPT });
    expect([page.status, page.headers.get("content-type")]).toEqual([200, "text/html; charset=utf-8"]);
    const html = await page.text();
    expect(html).toContain("/graphiql/assets/graphiql.min.js");
    expect(html).not.toMatch(APOLLO_CDN);
  });
});

describe("GET /graphql from anything else keeps GraphQL's answers", () => {
  it.each([
    ["no Accept", {}],
    ["*/*, as curl", { accept: "*/*" }],
    ["JSON", { accept: "application/json" }],
    ["JSON before HTML", { accept: "application/json, text/html;q=0.5" }],
  ])("%s: runs a query sent with a preflight header, refuses one without (CSRF) and one without a query, with a code", async (_name, accept: Record<string, string>) => {
    const ran = await get("/graphql?query=%7B__typename%7D", { ...accept, "apollo-require-preflight": "true" });
    expect([ran.status, await ran.json()]).toEqual([200, { data: { __typename: "Query" } }]);

    for (const path of ["/graphql?query=%7B__typename%7D", "/graphql"]) {
      const refused = await get(path, accept);
      expect(refused.status, path).toBe(400);
      expect(refused.headers.get("content-type"), path).toMatch(/^application\/(graphql-response\+)?json/);
      const body = await refused.text();
      expect(JSON.parse(body).errors[0].extensions.code, path).toBe("BAD_REQUEST");
      expect(body).not.toMatch(APOLLO_CDN);
    }
  });
});

describe("GraphiQL behind a proxy that terminates TLS", () => {
  it("takes its WebSocket URL from the page's own location, not a ws:// URL built from the request", async () => {
    // What the API sees behind the proxy: plain HTTP, the public host, X-Forwarded-Proto https.
    const page = await get("/graphiql", { accept: BROWSER_ACCEPT, host: "api.example.com", "x-forwarded-proto": "https" });
    const html = await page.text();
    expect(html).not.toContain("ws://api.example.com");
    expect(html).toContain('location.protocol === "https:" ? "wss://" : "ws://"');
  });
});
