import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MeDocument } from "../../client/generated/graphql.ts";
import { createAdmin, createCustomer } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

const documentIdOf = (document: unknown) => (document as { __meta__: { hash: string } }).__meta__.hash;

describe("GET /metrics", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ METRICS_TOKEN: "metrics-token-for-tests" });
  });
  afterAll(() => app.close());

  it("exposes requests, errors by code, latency by operation and live WebSockets in Prometheus format, behind its token", async () => {
    const customer = await createCustomer(app);
    await app.gql(`{ me { id } }`, {}, customer.token);
    await app.gql(`{ customers { totalCount } }`, {}, customer.token);
    expect((await fetch(`${app.server.url}/metrics`)).status).toBe(401);
    const text = await (await fetch(`${app.server.url}/metrics`, { headers: { authorization: "Bearer metrics-token-for-tests" } })).text();
    expect(text).toMatch(/graphql_operations_total\{type="query"\} \d+/);
    expect(text).toMatch(/graphql_errors_total\{code="FORBIDDEN"\} 1/);
    expect(text).toMatch(/graphql_operation_duration_seconds_count\{operation="anonymous",type="query"\} 2/);
    await app.gql(`query ShippedOrNot { me { id } }`, {}, customer.token);
    await app.gql(MeDocument, {}, customer.token);
    const labelled = await (await fetch(`${app.server.url}/metrics`, { headers: { authorization: "Bearer metrics-token-for-tests" } })).text();
    expect(labelled).toMatch(/graphql_operation_duration_seconds_bucket\{le="0.005",operation="ShippedOrNot",type="query"\} \d+/);
    expect(labelled).toMatch(/graphql_operation_duration_seconds_count\{operation="Me",type="query"\} 1/);
    expect(text).toContain("websocket_connections");
    expect(text).toContain("chat_messages_flagged_total");
  });
});

describe("persisted operations in production", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ NODE_ENV: "production", JWT_SECRET: "a-production-secret-that-is-long-enough-for-tests", PERSISTED_OPERATIONS: "only" });
  });
  afterAll(() => app.close());

  const post = (body: unknown, token: string) =>
    fetch(app.graphqlUrl, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify(body) }).then(async (response) => ({
      status: response.status,
      body: (await response.json()) as any,
    }));

  it("answer a published operation sent by its documentId", async () => {
    const customer = await createCustomer(app);
    const { body } = await post({ documentId: documentIdOf(MeDocument) }, customer.token);
    expect(body.data.me.id).toBe(customer.id);
  });

  it("refuse ad-hoc query text from clients, but not from admins working in GraphiQL", async () => {
    const customer = await createCustomer(app);
    const refused = await post({ query: "{ me { id } }" }, customer.token);
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].extensions.code).toBe("PERSISTED_QUERY_REQUIRED");
    const admin = await createAdmin(app);
    expect((await post({ query: "{ me { id } }" }, admin.token)).body.data.me.id).toBe(admin.id);
  });

  it("refuse an unknown documentId", async () => {
    const customer = await createCustomer(app);
    const { status, body } = await post({ documentId: "0000" }, customer.token);
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
  });

  it("hide field suggestions, which would map the schema", async () => {
    const admin = await createAdmin(app);
    const { body } = await post({ query: "{ me { emial } }" }, admin.token);
    expect(body.errors[0].message).not.toContain("Did you mean");
  });
});
