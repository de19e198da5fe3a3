// A batch with an element that is no operation says which element, not Apollo's "POST body
// missing, invalid Content-Type, or JSON object has no keys."; a documentId sent with a query
// that is not the document's text is BAD_REQUEST, over POST and GET: before, the documentId ran
// and the query sent beside it was silently ignored.
import { describe, expect, it } from "vitest";
import { MeDocument } from "../../client/generated/graphql.ts";
import { loadPersistedOperations } from "../../src/platform/server/persisted-operations.ts";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const documentIdOf = (document: unknown) => (document as { __meta__: { hash: string } }).__meta__.hash;

async function post(body: unknown) {
  const response = await fetch(app.graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}

const BOTH = { errors: [{ message: "Send either documentId or query: the query sent is not the document's text", extensions: { code: "BAD_REQUEST" } }] };

describe("a batch with an element that is no operation", () => {
  it("is refused naming the element", async () => {
    expect(await post([{ query: "{ __typename }" }, 5, "x"])).toEqual({
      status: 400,
      body: { errors: [{ message: "Batch element 1 is not an operation: each element is an object with a query (or a documentId)", extensions: { code: "BAD_REQUEST" } }] },
    });
  });
});

describe("a documentId sent with a query", () => {
  it("is refused when the query is another text, over POST", async () => {
    expect(await post({ documentId: documentIdOf(MeDocument), query: "{ __typename }" })).toEqual({ status: 400, body: BOTH });
  });

  it("is refused when the query is another text, over GET", async () => {
    const search = new URLSearchParams({ documentId: documentIdOf(MeDocument), query: "{ __typename }" });
    const response = await fetch(`${app.graphqlUrl}?${search}`, { headers: { "apollo-require-preflight": "1" } });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual(BOTH);
  });

  it("runs the document when the query is its text", async () => {
    const text = loadPersistedOperations(undefined, "allow").operations.get(documentIdOf(MeDocument))!;
    const answer = await post({ documentId: documentIdOf(MeDocument), query: text });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  });
});
