import "reflect-metadata";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import WebSocket from "ws";
import type { RunningServer } from "../../src/app/server.ts";
import { createAdvisor, createCustomer, createWorkshop } from "../factories/index.ts";
import { waitUntil } from "../setup/live.ts";
import { rawTcpWebSocket } from "../setup/raw-websocket.ts";
import { keptOpenSocket, startTestApp, wsExecute, type TestApp } from "../setup/test-app.ts";
import { twoInstancesSpec } from "../support/app-spec.ts";

/** A raw graphql-transport-ws socket, acknowledged, for tests that misbehave on purpose. */
async function rawSocket(url: string, token?: string): Promise<{ socket: WebSocket; closed: Promise<number> }> {
  const socket = new WebSocket(url, "graphql-transport-ws");
  const closed = new Promise<number>((resolve) => socket.once("close", (code) => resolve(code)));
  socket.on("error", () => {});
  await new Promise((resolve, reject) => {
    socket.once("open", resolve);
    socket.once("unexpected-response", (_req, res) => reject(new Error(`upgrade refused ${res.statusCode}`)));
  });
  socket.send(JSON.stringify({ type: "connection_init", payload: token ? { authorization: `Bearer ${token}` } : {} }));
  await new Promise<void>((resolve, reject) => {
    socket.on("message", (data) => JSON.parse(String(data)).type === "connection_ack" && resolve());
    void closed.then((code) => reject(new Error(`closed ${code}`)));
  });
  return { socket, closed };
}

const errorLogs = (app: TestApp) => app.logLines.filter((line) => /"level":50/.test(line));

describe("client errors over HTTP and graphql-ws are client errors", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ WS_ANONYMOUS_IDLE_MS: "60000" });
  });
  afterAll(() => app.close());

  it("an operationName not in the document: 400 OPERATION_RESOLUTION_FAILURE, on HTTP and graphql-ws", async () => {
    for (let run = 0; run < 3; run++) {
      const response = await fetch(app.graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "query A { __typename }", operationName: "B" }) });
      expect(response.status).toBe(400);
      expect(((await response.json()) as any).errors[0].extensions.code).toBe("OPERATION_RESOLUTION_FAILURE");
    }
    const customer = await createCustomer(app);
    const client = app.ws(customer.token);
    const ws = await new Promise<any>((resolve) => client.subscribe({ query: "query A { __typename }", operationName: "B" }, { next: resolve, error: resolve, complete: () => {} }));
    expect(ws[0].extensions.code).toBe("OPERATION_RESOLUTION_FAILURE");
    expect(errorLogs(app)).toEqual([]);
  });

  it.each([
    ["an unfinished document", "subscription { escalationCreated { id "],
    ["an empty one", ""],
    ["an unclosed string", '{ me(x: "abc) { id } }'],
  ])("%s over graphql-ws: GRAPHQL_PARSE_FAILED with the parser's message, as over HTTP, no error log", async (_name, query) => {
    const response = await fetch(app.graphqlUrl, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) });
    const http = ((await response.json()) as any).errors[0];
    const client = app.ws();
    const ws = await new Promise<any>((resolve) => client.subscribe({ query }, { next: resolve, error: resolve, complete: () => {} }));
    expect(ws[0].extensions.code).toBe("GRAPHQL_PARSE_FAILED");
    if (query) expect({ message: ws[0].message, code: ws[0].extensions.code }).toEqual({ message: http.message, code: http.extensions.code });
    expect(errorLogs(app)).toEqual([]);
  });

  it("validation errors and bad variables over graphql-ws: their own codes, no error log", async () => {
    const customer = await createCustomer(app);
    const client = app.ws(customer.token);
    const invalid = await wsExecute(client, `{ noSuchField }`).catch((errors) => ({ errors }));
    expect((invalid.errors as any)[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const badVariables = await wsExecute(client, `query ($n: Int) { sessions(first: $n) { totalCount } }`, { n: "many" }).catch((errors) => ({ errors }));
    expect((badVariables.errors as any)[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(badVariables)).not.toContain("many");
    expect(errorLogs(app)).toEqual([]);
  });

  it("an oversized frame: closed with 1009, no stack printed", async () => {
    const printed = vi.spyOn(console, "error");
    const { socket, closed } = await rawSocket(app.wsUrl);
    socket.send(JSON.stringify({ id: "1", type: "subscribe", payload: { query: `{ __typename }`, pad: "x".repeat(200_000) } }));
    expect(await closed).toBe(1009);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(printed).not.toHaveBeenCalled();
    printed.mockRestore();
    expect(errorLogs(app)).toEqual([]);
  });

  it("unknown paths: a JSON 404", async () => {
    const response = await fetch(`${app.server.url}/no/such/path`);
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: "NOT_FOUND" } }] });
  });
});

describe("WebSocket resources are bounded per client", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      WS_MAX_CONNECTIONS_PER_IP: "4",
      WS_MAX_ANONYMOUS_CONNECTIONS_PER_IP: "2",
      WS_ANONYMOUS_IDLE_MS: "400",
      WS_CONNECTION_INIT_WAIT_MS: "1000",
      WS_MAX_SUBSCRIPTIONS_PER_SOCKET: "2",
      WS_MAX_BUFFERED_BYTES: "65536",
    });
  });
  afterAll(() => app.close());

  it("closes an anonymous socket that stays idle, with 4408", async () => {
    const { closed } = await rawSocket(app.wsUrl);
    expect(await closed).toBe(4408);
  });

  it("closes a socket that sends no connection_init within the wait, with 4408", async () => {
    const socket = new WebSocket(app.wsUrl, "graphql-transport-ws");
    const closed = new Promise<string>((resolve) => socket.once("close", (code, reason) => resolve(`${code} ${reason}`)));
    expect(await closed).toBe("4408 Connection initialisation timeout");
  });

  it("reads a connection_init that arrived in time although the process stalled past the wait (a loaded machine)", async () => {
    const customer = await createCustomer(app);
    const socket = new WebSocket(app.wsUrl, "graphql-transport-ws");
    const outcome = new Promise<string>((resolve) => {
      socket.once("close", (code, reason) => resolve(`closed ${code} ${reason}`));
      socket.on("message", (data) => JSON.parse(String(data)).type === "connection_ack" && resolve("acknowledged"));
    });
    await new Promise((resolve) => socket.once("open", resolve));
    socket.send(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${customer.token}` } }));
    // The server runs in this process: blocking it past the wait leaves its timer expired and the
    // init unread; graphql-ws's own timer closed this socket with 4408 here.
    for (const until = Date.now() + 1_300; Date.now() < until;);
    expect(await outcome).toBe("acknowledged");
    // Closed before the next spec counts this address's sockets.
    const closed = new Promise((resolve) => socket.once("close", resolve));
    socket.close();
    await closed;
  });

  it("caps operations running at once on one socket", async () => {
    const workshop = await createWorkshop(app);
    const advisor = await createAdvisor(app, workshop.id);
    const { socket, closed } = await rawSocket(app.wsUrl, advisor.token);
    const answers: any[] = [];
    socket.on("message", (data) => answers.push(JSON.parse(String(data))));
    // Advisors may subscribe to escalationCreated: these stay open.
    for (let i = 1; i <= 3; i++) socket.send(JSON.stringify({ id: String(i), type: "subscribe", payload: { query: `subscription { escalationCreated { id } }` } }));
    await waitUntil(() => answers.some((a) => a.id === "3"), 5_000, "the third subscription's answer");
    expect(answers.filter((a) => a.id !== "3")).toEqual([]);
    expect(answers.find((a) => a.id === "3")).toMatchObject({ type: "error", payload: [{ extensions: { code: "TOO_MANY_SUBSCRIPTIONS" } }] });
    // Ending one makes room.
    socket.send(JSON.stringify({ id: "1", type: "complete" }));
    socket.send(JSON.stringify({ id: "4", type: "subscribe", payload: { query: `subscription { escalationCreated { id } }` } }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(answers.filter((a) => a.id === "4")).toEqual([]);
    socket.close();
    await closed;
  });

  it("caps sockets per address (anonymous stricter), and forgets the address after close", async () => {
    const anonymous = [await rawSocket(app.wsUrl), await rawSocket(app.wsUrl)];
    await expect(rawSocket(app.wsUrl)).rejects.toThrow("closed 4429");
    const customer = await createCustomer(app);
    const signedIn = [await rawSocket(app.wsUrl, customer.token)];
    // 2 anonymous + 1 signed in + the refused one closing: the fourth upgrade from this address is refused.
    await waitUntil(() => app.server.websockets.open() === 3, 2_000, "the refused socket to close");
    signedIn.push(await rawSocket(app.wsUrl, customer.token));
    await expect(rawSocket(app.wsUrl, customer.token)).rejects.toThrow("upgrade refused 429");
    for (const { socket } of [...anonymous, ...signedIn]) socket.close();
    await waitUntil(() => app.server.websockets.open() === 0, 2_000, "every socket to close");
    expect(app.server.websockets.tracked()).toEqual({ users: 0, addresses: 0, anonymousAddresses: 0 });
  });
});

describe("a slow consumer", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ WS_MAX_BUFFERED_BYTES: "65536", WS_MAX_SUBSCRIPTIONS_PER_SOCKET: "1000" });
  });
  afterAll(() => app.close());

  it("that stops reading is closed with 4008 and dropped", async () => {
    const customer = await createCustomer(app);
    // A bare TCP client (ws's own client resumes a paused socket when its parser drains): it
    // speaks just enough WebSocket to subscribe, then never reads again.
    const slow = await rawTcpWebSocket(app.server.port);
    slow.sendText(JSON.stringify({ type: "connection_init", payload: { authorization: `Bearer ${customer.token}` } }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    slow.socket.pause();
    // Large answers within the cost limit: every type's fields and descriptions (~0.1 MB each),
    // 40 MB in all, more than the loopback's kernel buffers hold.
    const dump = `__schema { types { name description fields { name description } } }`;
    const big = `{ ${Array.from({ length: 5 }, (_, i) => `t${i}: ${dump}`).join(" ")} }`;
    for (let i = 0; i < 400; i++) slow.sendText(JSON.stringify({ id: `q${i}`, type: "subscribe", payload: { query: big } }));
    await waitUntil(() => app.server.websockets.open() === 0, 40_000, "the slow consumer to be dropped");
    expect(app.logLines.some((line) => line.includes("slow consumer"))).toBe(true);
    expect(app.server.websockets.tracked()).toEqual({ users: 0, addresses: 0, anonymousAddresses: 0 });
    slow.socket.destroy();
  }, 70_000);
});

describe("a suspension applies to open sockets on another instance without its announcement", () => {
  let app: TestApp;
  let other: RunningServer;
  twoInstancesSpec((world) => ({ app, other } = world));

  it("refuses the next operation within about a second and closes the socket with 4403", async () => {
    const customer = await createCustomer(app);
    const client = keptOpenSocket(other.url, customer.token);
    // One socket kept open throughout (not lazy): the second operation travels on the first's connection.
    expect((await wsExecute(client, `{ me { id } }`)).data).toEqual({ me: { id: customer.id } });
    const closed = new Promise<number>((resolve) => client.on("closed", (event) => resolve((event as { code: number }).code)));
    await app.prisma.user.update({ where: { id: customer.id }, data: { status: "SUSPENDED", suspendedUntil: new Date(Date.now() + 86_400_000) } });
    // No announcement: as if it were lost with Redis.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const refused = await wsExecute(client, `{ me { id } }`).catch((errors) => ({ errors }));
    expect((refused.errors as any)?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await closed).toBe(4403);
    await client.dispose();
  });
});
