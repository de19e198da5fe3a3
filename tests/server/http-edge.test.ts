import { request } from "node:http";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { BODY_TOO_LARGE } from "../../src/platform/server/graphql-http.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const post = (body: string, contentType = "application/json") => fetch(app.graphqlUrl, { method: "POST", headers: { "content-type": contentType }, body });

describe("health probes", () => {
  it("says the process is up on /healthz", async () => {
    const response = await fetch(`${app.server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("says the database is reachable on /readyz", async () => {
    const response = await fetch(`${app.server.url}/readyz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ready" });
  });
});

describe("bad requests get a clear JSON error, never a stack trace", () => {
  it("malformed JSON", async () => {
    const response = await post("{ not json");
    const body = await response.text();
    expect(response.status).toBe(400);
    expect(JSON.parse(body).errors[0].extensions.code).toBe("BAD_REQUEST");
    expect(body).not.toMatch(/at \w+ \(|node_modules/);
  });

  it("an oversized body", async () => {
    const response = await post(JSON.stringify({ query: `{ __typename }`, padding: "x".repeat(2_000_000) }));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: unknown[] }).errors[0]).toEqual({ message: BODY_TOO_LARGE, extensions: { code: "BAD_REQUEST" } });
  });

  it("an oversized body streamed without a declared length, answered before it is all read", async () => {
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request(app.graphqlUrl, { method: "POST", headers: { "content-type": "application/json", "transfer-encoding": "chunked" } }, (res) => {
        let text = "";
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on("error", reject);
      req.write(`{"query":"{ __typename }","padding":"`);
      // 3 MiB in 64 KiB chunks; the server stops reading after 1 MiB.
      const chunk = "x".repeat(64 * 1024);
      const writeMore = (left: number) => {
        if (left === 0) return void req.end(`"}`);
        if (req.destroyed) return;
        req.write(chunk, () => writeMore(left - 1));
      };
      writeMore(48);
    });
    expect(status).toBe(413);
    expect(JSON.parse(body).errors[0]).toEqual({ message: BODY_TOO_LARGE, extensions: { code: "BAD_REQUEST" } });
  });

  it("a gzip-compressed body is read like a plain one; an unknown encoding is refused", async () => {
    const json = JSON.stringify({ query: "{ __typename }" });
    const gzipped = await fetch(app.graphqlUrl, { method: "POST", headers: { "content-type": "application/json", "content-encoding": "gzip" }, body: gzipSync(json) });
    expect(await gzipped.json()).toEqual({ data: { __typename: "Query" } });
    const unknown = await fetch(app.graphqlUrl, { method: "POST", headers: { "content-type": "application/json", "content-encoding": "zstd-ish" }, body: json });
    expect(unknown.status).toBe(415);
    expect(((await unknown.json()) as { errors: Array<{ extensions: unknown }> }).errors[0]!.extensions).toEqual({ code: "BAD_REQUEST" });
  });

  it("a corrupt compressed body is refused as undecodable, not as malformed JSON", async () => {
    const response = await fetch(app.graphqlUrl, { method: "POST", headers: { "content-type": "application/json", "content-encoding": "gzip" }, body: "not gzip at all" });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: unknown[] }).errors[0]).toEqual({
      message: "The request body could not be decoded as gzip (Content-Encoding: gzip)",
      extensions: { code: "BAD_REQUEST" },
    });
  });

  it("a query that does not parse", async () => {
    const { status, errors } = await app.gql("{ me { ");
    expect(status).toBe(400);
    expect(errors?.[0]?.extensions).toEqual({ code: "GRAPHQL_PARSE_FAILED" });
  });

  it("a field that does not exist", async () => {
    const { errors } = await app.gql("{ nothingHere }");
    expect(errors?.[0]?.extensions).toEqual({ code: "GRAPHQL_VALIDATION_FAILED" });
  });

  it("a variable of the wrong type, without quoting its value back", async () => {
    const { errors, body } = await app.gql("query ($id: ID!) { session(id: $id) { id } }", { id: { phone: "+1-555-0100-canary" } });
    expect(errors?.[0]?.extensions).toEqual({ code: "BAD_USER_INPUT" });
    expect(body).not.toContain("canary");
  });
});
