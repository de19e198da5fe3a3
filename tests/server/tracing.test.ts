import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";
import { postGraphql, spawnApi, type SpawnedApi } from "../setup/spawn-api.ts";
import { wsExecute } from "../setup/test-app.ts";

/**
 * OpenTelemetry tracing, opt-in with OTEL_EXPORTER_OTLP_ENDPOINT, exercised on the real start
 * command (`main.ts`, where tracing must start before pg is loaded) against a collector in this
 * test that accepts OTLP/HTTP JSON, the exporter's default encoding.
 */
interface Span {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  scope: string;
  attributes: Record<string, unknown>;
}

const SERVER_KIND = 2;
let collector: Server;
const received: string[] = [];
const spans: Span[] = [];
let database: TestDatabase;
let api: SpawnedApi;

/** OTLP/JSON attribute values are typed wrappers ({ stringValue }, { intValue } ...). */
const attributesOf = (list: { key: string; value: Record<string, unknown> }[] = []) => Object.fromEntries(list.map(({ key, value }) => [key, Object.values(value)[0]]));

const secret = { email: "traced.customer@example.test", password: "a-password-never-traced", phone: "+1 512 555 0199", address: "77 Traced Lane" };
let token = "";
const clientTrace = { traceId: "4bf92f3577b34da6a3ce929d0e0e4736", spanId: "00f067aa0ba902b7" };

beforeAll(async () => {
  collector = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      received.push(body);
      const payload = JSON.parse(body) as { resourceSpans: { resource: { attributes: any[] }; scopeSpans: { scope: { name: string }; spans: any[] }[] }[] };
      for (const resourceSpans of payload.resourceSpans) {
        expect(attributesOf(resourceSpans.resource.attributes)["service.name"]).toBe("autodoctor-api");
        for (const { scope, spans: batch } of resourceSpans.scopeSpans) {
          for (const span of batch) spans.push({ ...span, scope: scope.name, attributes: attributesOf(span.attributes) });
        }
      }
      res.writeHead(200, { "content-type": "application/json" });
      res.end("{}");
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", resolve));
  database = await createTestDatabase();
  api = await spawnApi({
    DATABASE_URL: database.url,
    ...database.env,
    OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(collector.address() as AddressInfo).port}`,
    // The first run on graphql-js, the next ones compiled by graphql-jit.
    GRAPHQL_COMPILE_AFTER: "1",
    SEED_DEMO_DATA: "never",
  });

  const signUp = await postGraphql(api.url, `mutation SignUp($input: SignUpInput!) { signUp(input: $input) { token } }`, {
    input: { role: "CUSTOMER", email: secret.email, password: secret.password, phone: secret.phone, addressLine1: secret.address, firstName: "Traced", lastName: "Customer", city: "Austin" },
  });
  expect(signUp.errors, JSON.stringify(signUp.errors)).toBeUndefined();
  token = signUp.data.signUp.token;
  for (let run = 0; run < 3; run++) expect((await postGraphql(api.url, `query MyAccount { me { id } }`, {}, token)).errors).toBeUndefined();
  const continued = await fetch(`${api.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}`, traceparent: `00-${clientTrace.traceId}-${clientTrace.spanId}-01` },
    body: JSON.stringify({ query: "query Continued { me { id } }" }),
  });
  expect(continued.status).toBe(200);
  const socket = createClient({ url: `${api.url.replace("http", "ws")}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0, connectionParams: { authorization: `Bearer ${token}` } });
  expect((await wsExecute(socket, "query ViaSocket { me { id } }")).errors).toBeUndefined();
  await socket.dispose();
  // Shutdown exports what is still buffered.
  expect(await api.stop("SIGTERM")).toBe(0);
}, 180_000);

afterAll(async () => {
  await api?.stop("SIGKILL");
  await database?.drop();
  await new Promise((resolve) => collector?.close(resolve));
});

const operationSpans = (name: string) => spans.filter((span) => span.attributes["graphql.operation.name"] === name);
const byId = (spanId: string | undefined) => spans.find((span) => span.spanId === spanId);
const childrenOf = (parent: Span) => spans.filter((span) => span.traceId === parent.traceId && span.parentSpanId === parent.spanId);

describe("tracing with OTEL_EXPORTER_OTLP_ENDPOINT", () => {
  it("exports a server span per HTTP request, with method, route and status (never a query string or header)", () => {
    const http = spans.filter((span) => span.kind === SERVER_KIND && span.name === "POST /graphql");
    expect(http.length).toBeGreaterThanOrEqual(5);
    for (const span of http) expect(span.attributes).toMatchObject({ "http.request.method": "POST", "http.route": "/graphql", "url.path": "/graphql", "http.response.status_code": 200 });
  });

  it("runs each operation in a span named by its type and name, on graphql-js and then compiled by graphql-jit, inside its request's trace", () => {
    const operations = operationSpans("MyAccount");
    expect(operations.map((span) => span.name)).toEqual(["query MyAccount", "query MyAccount", "query MyAccount"]);
    expect(operations.map((span) => span.attributes["autodoctor.graphql.engine"]).sort()).toEqual(["graphql-jit", "graphql-jit", "graphql-js"]);
    for (const operation of operations) {
      expect(operation.attributes["graphql.operation.type"]).toBe("query");
      const request = byId(operation.parentSpanId);
      expect(request).toMatchObject({ name: "POST /graphql", traceId: operation.traceId });
    }
  });

  it("traces the PostgreSQL statements of an operation's resolvers as its children, on both engines", () => {
    for (const operation of operationSpans("MyAccount")) {
      const statements = childrenOf(operation).filter((span) => span.scope === "@opentelemetry/instrumentation-pg" && span.name.startsWith("pg.query"));
      expect(statements.length, String(operation.attributes["autodoctor.graphql.engine"])).toBeGreaterThan(0);
      expect(statements[0]!.attributes["db.system.name"]).toBe("postgresql");
    }
    // Authentication's read of the account happens before execution, under the request itself.
    const request = byId(operationSpans("MyAccount")[0]!.parentSpanId)!;
    expect(childrenOf(request).some((span) => span.name.startsWith("pg.query"))).toBe(true);
  });

  it("traces parsing and validation of a document the server has not seen before", () => {
    const [first] = operationSpans("MyAccount");
    const steps = childrenOf(byId(first!.parentSpanId)!).map((span) => span.name);
    expect(steps).toEqual(expect.arrayContaining(["graphql.parse", "graphql.validate"]));
  });

  it("continues the caller's trace from a W3C traceparent", () => {
    const [operation] = operationSpans("Continued");
    const request = byId(operation!.parentSpanId)!;
    expect(request).toMatchObject({ traceId: clientTrace.traceId, parentSpanId: clientTrace.spanId });
  });

  it("traces graphql-ws queries too", () => {
    const [operation] = operationSpans("ViaSocket");
    expect(operation).toMatchObject({ name: "query ViaSocket", attributes: { "autodoctor.graphql.engine": "graphql-js" } });
    expect(childrenOf(operation!).some((span) => span.name.startsWith("pg.query"))).toBe(true);
  });

  it("exports no variable, password, contact detail or token", () => {
    const exported = received.join("\n");
    for (const value of [secret.email, secret.password, secret.phone, "512 555 0199", secret.address, token]) expect(exported).not.toContain(value);
  });
});
