// A `documentId` that is no string (a number, an object, null) is a malformed request: BAD_REQUEST
// over POST and graphql-ws, as the GraphQL over HTTP spec reads a document id as a string. It was
// answered PERSISTED_QUERY_NOT_FOUND over POST, which tells a client to resend the text, and over
// graphql-ws it was ignored and the text sent beside it ran. A string id the server lacks stays
// PERSISTED_QUERY_NOT_FOUND.
import { describe, expect, it } from "vitest";
import type { TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

let app: TestApp;
serverSpec((started) => (app = started));

async function post(body: unknown) {
  const response = await fetch(app.graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: response.status, body: (await response.json()) as { errors?: unknown[] } };
}

const NOT_A_STRING = { status: 400, body: { errors: [{ message: "documentId must be a string", extensions: { code: "BAD_REQUEST" } }] } };

describe("a documentId that is not a string", () => {
  it.each([
    ["a number", 42],
    ["an object", { hash: "abc" }],
    ["null", null],
  ])("is BAD_REQUEST over POST: %s", async (_name, documentId) => {
    expect(await post({ documentId })).toEqual(NOT_A_STRING);
    expect(await post([{ query: "{ __typename }" }, { documentId }])).toEqual(NOT_A_STRING);
  });

  it("is BAD_REQUEST over graphql-ws, and the text beside it does not run", async () => {
    const client = app.ws();
    const outcome = await new Promise<{ next: boolean; errors?: { message: string; extensions?: unknown }[] }>((resolve) => {
      let next = false;
      client.subscribe(
        { query: "{ __typename }", extensions: { documentId: 42 } },
        { next: () => (next = true), error: (errors) => resolve({ next, errors: errors as { message: string }[] }), complete: () => resolve({ next }) },
      );
    });
    await client.dispose();
    expect(outcome).toEqual({ next: false, errors: [{ message: "documentId must be a string", extensions: { code: "BAD_REQUEST" } }] });
  });

  it("leaves a string id the server lacks PERSISTED_QUERY_NOT_FOUND", async () => {
    expect(await post({ documentId: "0".repeat(64) })).toEqual({ status: 400, body: { errors: [{ message: "Unknown documentId", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }] } });
  });
});
