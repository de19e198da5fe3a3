import { createClient } from "graphql-ws";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import { createCustomer, createSession } from "../factories/index.ts";
import { waitUntil } from "../setup/live.ts";
import { startTestApp, wsExecute, type TestApp } from "../setup/test-app.ts";
import { serverSpec } from "../support/app-spec.ts";

/**
 * What operators read: one access line per request at info, with the request id the client sent
 * (or one made up) echoed back and carried by every line written while the request is served.
 */
let app: TestApp;
serverSpec((started) => (app = started));

type LogLine = Record<string, any>;
const lines = (from = 0): LogLine[] => app.logLines.slice(from).map((line) => JSON.parse(line));
const accessLines = (from = 0) => lines(from).filter((line) => line.msg === "request completed" || line.msg === "request failed");
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(app.graphqlUrl, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

describe("the access log", () => {
  it("writes one info line per GraphQL request: method, path, status, duration, operation, user and request id, ISO time", async () => {
    const customer = await createCustomer(app);
    const from = app.logLines.length;
    const response = await post({ query: "query MyAccount { me { id } }" }, { authorization: `Bearer ${customer.token}`, "x-request-id": "req-from-the-client-1" });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("req-from-the-client-1");
    await response.text();
    const [line, ...others] = accessLines(from);
    expect(others).toEqual([]);
    expect(line).toMatchObject({
      level: 30,
      requestId: "req-from-the-client-1",
      req: { method: "POST", path: "/graphql" },
      res: { statusCode: 200 },
      operation: "MyAccount",
      userId: customer.id,
    });
    expect(typeof line!.durationMs).toBe("number");
    expect(new Date(line!.time).toISOString()).toBe(line!.time);
  });

  it("names every operation of a batch, and 'anonymous' for an unnamed one", async () => {
    const from = app.logLines.length;
    await (await post([{ query: "query First { __typename }" }, { query: "{ __typename }" }])).text();
    expect(accessLines(from)).toEqual([expect.objectContaining({ operation: "First,anonymous", res: { statusCode: 200 } })]);
    expect(accessLines(from)[0]).not.toHaveProperty("userId");
  });

  it("logs refusals and the other routes too, and the probes only at debug", async () => {
    const from = app.logLines.length;
    await (await fetch(`${app.server.url}/no-such-path`, { headers: { "x-request-id": "req-404" } })).text();
    await (await fetch(`${app.server.url}/healthz`)).text();
    await (await fetch(`${app.server.url}/readyz`)).text();
    const malformed = await fetch(app.graphqlUrl, { method: "POST", headers: { "content-type": "application/json", "x-request-id": "req-malformed" }, body: "{ not json" });
    expect([malformed.status, malformed.headers.get("x-request-id")]).toEqual([400, "req-malformed"]);
    await malformed.text();
    const logged = accessLines(from);
    expect(logged.find((line) => line.requestId === "req-malformed")).toMatchObject({ level: 30, req: { method: "POST", path: "/graphql" }, res: { statusCode: 400 } });
    expect(logged.find((line) => line.requestId === "req-404")).toMatchObject({ level: 30, req: { method: "GET", path: "/no-such-path" }, res: { statusCode: 404 } });
    expect(logged.filter((line) => ["/healthz", "/readyz"].includes(line.req.path)).map((line) => line.level)).toEqual([20, 20]);
  });

  it("makes up a request id when the client sends none, or one that is too long or not printable", async () => {
    for (const sent of [undefined, "x".repeat(129), "tab\there", "é-accented"]) {
      const from = app.logLines.length;
      const response = await post({ query: "{ __typename }" }, sent === undefined ? {} : { "x-request-id": sent });
      await response.text();
      const id = response.headers.get("x-request-id");
      expect(id, sent).toMatch(UUID);
      expect(accessLines(from)[0]?.requestId).toBe(id);
    }
    const longest = "y".repeat(128);
    const response = await post({ query: "{ __typename }" }, { "x-request-id": longest });
    expect(response.headers.get("x-request-id")).toBe(longest);
  });

  it("puts the request id and user on every line the request writes, e.g. an internal error's", async () => {
    const customer = await createCustomer(app);
    const session = await createSession(app, { customerId: customer.id });
    // A row no API call can write: reading the non-null list fails inside execution, which is logged.
    await app.prisma.$executeRaw`UPDATE "DiagnosticSession" SET "recommendedServices" = NULL WHERE id = ${session.id}::uuid`;
    const from = app.logLines.length;
    await (await post({ query: "query Broken { sessions { nodes { recommendedServices } } }" }, { authorization: `Bearer ${customer.token}`, "x-request-id": "req-broken" })).text();
    const written = lines(from).filter((line) => line.requestId === "req-broken");
    expect(written.map((line) => line.msg)).toEqual(expect.arrayContaining(["internal error", "graphql operation", "request completed"]));
    for (const line of written) expect(line.userId, line.msg).toBe(customer.id);
  });

  it("never carries the Authorization header, the query string of a GET, or variables", async () => {
    const customer = await createCustomer(app);
    const secret = "variable-value-that-must-not-be-logged";
    const from = app.logLines.length;
    await (await post({ query: "query Find($q: String!) { __type(name: $q) { name } }", variables: { q: secret } }, { authorization: `Bearer ${customer.token}` })).text();
    const search = new URLSearchParams({ query: "query Get($q: String!) { __type(name: $q) { name } }", variables: JSON.stringify({ q: secret }) });
    const get = await fetch(`${app.graphqlUrl}?${search}`, { headers: { authorization: `Bearer ${customer.token}`, "apollo-require-preflight": "true" } });
    expect(get.status).toBe(200);
    await get.text();
    const logged = app.logLines.slice(from).join("\n");
    expect(accessLines(from).map((line) => line.req.path)).toEqual(["/graphql", "/graphql"]);
    expect(logged).not.toContain(secret);
    expect(logged).not.toContain(customer.token);
    expect(logged).not.toMatch(/authorization"|Bearer /i);
  });
});

describe("graphql-ws", () => {
  it("puts the connection's id (the upgrade's x-request-id) and user on its lines, and logs each connection when it closes", async () => {
    const customer = await createCustomer(app);
    const session = await createSession(app, { customerId: customer.id });
    await app.prisma.$executeRaw`UPDATE "DiagnosticSession" SET "recommendedServices" = NULL WHERE id = ${session.id}::uuid`;
    class WithRequestId extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { "x-request-id": "ws-conn-1" } });
      }
    }
    const client = createClient({ url: app.wsUrl, webSocketImpl: WithRequestId, retryAttempts: 0, connectionParams: { authorization: `Bearer ${customer.token}` } });
    const from = app.logLines.length;
    await wsExecute(client, "query Broken { sessions { nodes { recommendedServices } } }");
    await client.dispose();
    await waitUntil(() => lines(from).some((line) => line.msg === "websocket closed"), 5_000, "the close line");
    const written = lines(from).filter((line) => line.connectionId === "ws-conn-1");
    expect(written.find((line) => line.msg === "internal error")).toMatchObject({ userId: customer.id });
    expect(written.find((line) => line.msg === "graphql-ws operation")).toMatchObject({ userId: customer.id, operation: "Broken", operationId: expect.any(String) });
    expect(written.find((line) => line.msg === "websocket closed")).toMatchObject({ level: 30, userId: customer.id, operations: 1, durationMs: expect.any(Number) });
  });
});

describe("at a level that writes no access line (error)", () => {
  it("still echoes the client's request id, or makes one up, and builds no access line", async () => {
    const quiet = await startTestApp({ LOG_LEVEL: "error" });
    try {
      const ask = (headers: Record<string, string> = {}) =>
        fetch(quiet.graphqlUrl, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query: "{ __typename }" }) });
      const sent = await ask({ "x-request-id": "req-quiet-1" });
      expect(sent.status).toBe(200);
      expect(sent.headers.get("x-request-id")).toBe("req-quiet-1");
      const made = await ask();
      expect(made.headers.get("x-request-id")).toMatch(UUID);
      expect(quiet.logLines.filter((line) => line.includes("request completed"))).toEqual([]);
    } finally {
      await quiet.close();
    }
  });
});
