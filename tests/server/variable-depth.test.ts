// A variable nested deeper than MAX_VARIABLE_DEPTH (32 objects and lists) is BAD_USER_INPUT naming
// the variable, over HTTP (POST and GET) and graphql-ws, signed in or out, before graphql-js
// coerces it: a filter nested thousands deep overflowed the stack of graphql-js's coercion or of
// the filter's checks, an INTERNAL_SERVER_ERROR logged at level 50.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { MAX_VARIABLE_DEPTH } from "../../src/platform/server/variable-depth.ts";
import { createCustomer, type CreatedUser } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

let app: TestApp;
let customer: CreatedUser;
beforeAll(async () => {
  app = await startTestApp();
  customer = await createCustomer(app);
});
afterAll(() => app.close());

const SESSIONS = `query ($w: SessionWhere) { sessions(where: $w) { totalCount } }`;

/** `{"NOT":{"NOT":...{}}}`, `levels` objects deep, as JSON text (JSON.stringify itself overflows past some thousands). */
const notChain = (levels: number) => `${'{"NOT":'.repeat(levels - 1)}{}${"}".repeat(levels - 1)}`;

/** POSTs SESSIONS with `$w` given as JSON text. */
async function post(w: string, token?: string) {
  const response = await fetch(app.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: `{"query":${JSON.stringify(SESSIONS)},"variables":{"w":${w}}}`,
  });
  return { status: response.status, body: (await response.json()) as { errors?: unknown[] } };
}

/** Runs SESSIONS over graphql-ws with `$w` given as JSON text, and resolves with the first answer to it. */
async function overWebSocket(w: string, token?: string): Promise<{ type: string; payload: unknown }> {
  const socket = new WebSocket(app.wsUrl, "graphql-transport-ws");
  const messages: { type: string; payload: unknown }[] = [];
  const next = () =>
    new Promise<{ type: string; payload: unknown }>((resolve) => {
      const wait = () => (messages.length ? resolve(messages.shift()!) : setTimeout(wait, 5));
      wait();
    });
  socket.on("message", (data) => messages.push(JSON.parse(String(data))));
  socket.on("close", (code) => messages.push({ type: "closed", payload: code }));
  await new Promise((resolve) => socket.once("open", resolve));
  socket.send(JSON.stringify({ type: "connection_init", payload: token ? { authorization: `Bearer ${token}` } : {} }));
  expect((await next()).type).toBe("connection_ack");
  socket.send(`{"id":"1","type":"subscribe","payload":{"query":${JSON.stringify(SESSIONS)},"variables":{"w":${w}}}}`);
  const answer = await next();
  socket.close();
  return answer;
}

const errorLogLines = (from: number) => app.logLines.slice(from).filter((line) => /"level":50/.test(line));
const REFUSAL = { message: `Variable "$w" nests objects and lists more than ${MAX_VARIABLE_DEPTH} levels deep`, extensions: { code: "BAD_USER_INPUT" } };

describe("a variable nested too deeply", () => {
  it("is refused over HTTP, signed in or out, however deep", async () => {
    for (const [levels, token] of [
      [MAX_VARIABLE_DEPTH + 1, customer.token],
      [1_000, customer.token],
      [5_000, undefined],
      [50_000, undefined],
    ] as const) {
      const logged = app.logLines.length;
      const response = await post(notChain(levels), token);
      expect(response.status, `${levels} levels`).toBe(400);
      expect(response.body.errors, `${levels} levels`).toEqual([REFUSAL]);
      expect(errorLogLines(logged)).toEqual([]);
    }
  });

  it("is refused in a GET's variables", async () => {
    const logged = app.logLines.length;
    // A URL holds a few hundred levels (Node reads at most 16 KiB of headers).
    const search = new URLSearchParams({ query: SESSIONS, variables: `{"w":${notChain(200)}}` });
    const response = await fetch(`${app.graphqlUrl}?${search}`, { headers: { "apollo-require-preflight": "1", authorization: `Bearer ${customer.token}` } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: unknown[] }).errors).toEqual([REFUSAL]);
    expect(errorLogLines(logged)).toEqual([]);
  });

  it("is refused over graphql-ws, signed in or out (a message holds at most 64 KiB: 8,000 levels)", async () => {
    for (const token of [customer.token, undefined]) {
      const logged = app.logLines.length;
      const answer = await overWebSocket(notChain(8_000), token);
      expect(answer).toMatchObject({ type: "error", payload: [REFUSAL] });
      expect(errorLogLines(logged)).toEqual([]);
    }
  });

  it("is not a filter at its nesting cap, which runs", async () => {
    // Five levels of AND/OR/NOT with a customer condition inside: well within the variable limit.
    const w = { AND: [{ OR: [{ NOT: { AND: [{ NOT: { customer: { city: { in: ["Austin"] } } } }] } }] }] };
    const response = await app.gql(SESSIONS, { w }, customer.token);
    expect(response.errors, response.body).toBeUndefined();
    expect(response.data?.sessions.totalCount).toBe(0);
  });
});
