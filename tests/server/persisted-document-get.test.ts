// A published operation runs by its `documentId` over GET as over POST (GraphQL over HTTP's
// persisted documents: the same name as a query parameter), so a client reading through GET works
// against PERSISTED_OPERATIONS=only too; an unknown id is PERSISTED_QUERY_NOT_FOUND. A GET with a
// documentId answered BAD_REQUEST "must contain a non-empty query".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MeDocument } from "../../client/generated/graphql.ts";
import { createCustomer, type CreatedUser } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

const documentIdOf = (document: unknown) => (document as { __meta__: { hash: string } }).__meta__.hash;

let app: TestApp;
let customer: CreatedUser;
beforeAll(async () => {
  app = await startTestApp({ PERSISTED_OPERATIONS: "only" });
  customer = await createCustomer(app);
});
afterAll(() => app.close());

async function get(params: Record<string, string> | string) {
  const response = await fetch(`${app.graphqlUrl}?${new URLSearchParams(params)}`, { headers: { "apollo-require-preflight": "1", authorization: `Bearer ${customer.token}` } });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: unknown[] } };
}

describe("GET by documentId", () => {
  it("runs the published operation, as POST does", async () => {
    const response = await get({ documentId: documentIdOf(MeDocument) });
    expect(response.status).toBe(200);
    expect(response.body.data.me.id).toBe(customer.id);
  });

  it("refuses an unknown id, and an id given twice", async () => {
    expect(await get({ documentId: "0000" })).toEqual({ status: 400, body: { errors: [{ message: "Unknown documentId", extensions: { code: "PERSISTED_QUERY_NOT_FOUND" } }] } });
    const id = documentIdOf(MeDocument);
    expect(await get(`documentId=${id}&documentId=${id}`)).toEqual({ status: 400, body: { errors: [{ message: "documentId may be given once", extensions: { code: "BAD_REQUEST" } }] } });
  });

  it("still refuses query text from a client in PERSISTED_OPERATIONS=only", async () => {
    const response = await get({ query: "{ me { id } }" });
    expect(response.status).toBe(400);
    expect(response.body.errors).toMatchObject([{ extensions: { code: "PERSISTED_QUERY_REQUIRED" } }]);
  });
});
