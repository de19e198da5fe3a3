import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAdmin, createCustomer } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * Under PERSISTED_OPERATIONS=only, an automatic persisted query sent by its hash alone gets what
 * query text gets (README, PERSISTED_OPERATIONS): round 51's walkthrough got Apollo's bare
 * PersistedQueryNotFound, which tells a client to send the text next, which `only` refuses.
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ PERSISTED_OPERATIONS: "only" });
});
afterAll(() => app.close());

const ME = "query Me { me { email id role status suspendedUntil } }"; // a published operation (client/operations)
const hashOf = (text: string) => createHash("sha256").update(text).digest("hex");

/** `persistedQuery` alone: by `sha256Hash`, or (an object) as sent, a malformed one among them. */
async function byHash(sha256Hash: string | Record<string, unknown>, token?: string) {
  const response = await fetch(app.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ extensions: { persistedQuery: typeof sha256Hash === "string" ? { version: 1, sha256Hash } : sha256Hash } }),
  });
  return { status: response.status, body: (await response.json()) as { data?: any; errors?: { message: string; extensions: Record<string, unknown> }[] } };
}

describe("an automatic persisted query by its hash alone, PERSISTED_OPERATIONS=only", () => {
  it("is refused as query text is, pointing to documentId, when its hash is no published operation's", async () => {
    const customer = await createCustomer(app);
    const text = await app.gql("{ me { id } }", {}, customer.token);
    const hashOnly = await byHash(hashOf("{ me { id } }"), customer.token);
    expect(hashOnly.status).toBe(400);
    expect(hashOnly.body.errors).toEqual([{ message: "Send one of the published operations by documentId", extensions: { code: "PERSISTED_QUERY_REQUIRED" } }]);
    expect(hashOnly.body.errors).toEqual(text.errors);
    // Signed out alike.
    expect((await byHash("0".repeat(64))).body.errors?.[0]?.extensions.code).toBe("PERSISTED_QUERY_REQUIRED");
  });

  it("is refused alike with no hash, or a hash that is not a string, not Apollo's PERSISTED_QUERY_NOT_FOUND", async () => {
    const customer = await createCustomer(app);
    for (const persistedQuery of [{ version: 1 }, { version: 1, sha256Hash: 123 }, { version: 1, sha256Hash: ["a"] }]) {
      const answer = await byHash(persistedQuery, customer.token);
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toEqual([{ message: "Send one of the published operations by documentId", extensions: { code: "PERSISTED_QUERY_REQUIRED" } }]);
    }
  });

  it("runs the published operation whose documentId the hash is", async () => {
    const customer = await createCustomer(app);
    const answer = await byHash(hashOf(ME), customer.token);
    expect(answer.body).toEqual({ data: { me: expect.objectContaining({ id: customer.id }) } });
  });

  it("stays Apollo's PERSISTED_QUERY_NOT_FOUND for an admin, who may register any text", async () => {
    const admin = await createAdmin(app);
    expect((await byHash(hashOf("{ me { id } }"), admin.token)).body.errors?.[0]?.extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
  });
});
