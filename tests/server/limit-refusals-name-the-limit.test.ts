// Every limit's refusal names the limit and its size, as depth, aliases, directives and cost did
// ("exceeds the limit of N"): the token limit (which said "Query is too complex", no number), the
// body limit (413 "Request body too large") and the header limit (431 with an empty body from
// Node's parser: a 20 KB token, a GET with a 3,000-field query), now a JSON error with a code.
import { request } from "node:http";
import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "../../src/platform/server/graphql-http.ts";
import { wsExecute, type TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

/** A GET of `path` with `headers`, by node:http (fetch refuses what Node's server refuses to read): its status, content type and body. */
function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; type: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL(app.graphqlUrl);
    const req = request({ host: url.hostname, port: url.port, path, headers }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode!, type: res.headers["content-type"], body }));
    });
    req.on("error", reject);
    req.end();
  });
}

const HEADERS_REFUSAL = {
  errors: [{ message: "Request headers and URL exceed the limit of 16 KiB (16384 bytes); send a long query by POST, and a token of ordinary size", extensions: { code: "BAD_REQUEST" } }],
};

describe("a refusal at a limit", () => {
  it("names the token limit, over HTTP and graphql-ws", async () => {
    const query = `{ ${Array.from({ length: 1_100 }, () => "diagnosticPriceCents").join(" ")} }`;
    const refusal = { message: "Query tokens exceed the limit of 1000", extensions: { code: "QUERY_TOO_COMPLEX", limit: "tokens" } };
    expect((await app.gql(query)).errors).toEqual([expect.objectContaining(refusal)]);
    const overWs = await wsExecute(app.ws(), query).catch((errors: unknown) => ({ errors }));
    expect(overWs.errors).toEqual([expect.objectContaining(refusal)]);
  });

  it("names the body limit", async () => {
    const response = await fetch(app.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }", padding: "x".repeat(MAX_BODY_BYTES) }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ errors: [{ message: "Request body exceeds the limit of 1 MiB (1048576 bytes, after decompression)", extensions: { code: "BAD_REQUEST" } }] });
  });

  it("answers headers over the limit (a 20 KB token) with 431 and a JSON error", async () => {
    const response = await get("/graphql?query=%7B__typename%7D", { authorization: `Bearer ${"t".repeat(20_000)}` });
    expect(response.status).toBe(431);
    expect(response.type).toMatch(/^application\/json/);
    expect(JSON.parse(response.body)).toEqual(HEADERS_REFUSAL);
  });

  it("answers a GET whose query makes the URL too long (3,000 fields) alike", async () => {
    const query = `{ ${Array.from({ length: 3_000 }, (_, i) => `f${i}: __typename`).join(" ")} }`;
    const response = await get(`/graphql?query=${encodeURIComponent(query)}`);
    expect(response.status).toBe(431);
    expect(JSON.parse(response.body)).toEqual(HEADERS_REFUSAL);
  });
});
