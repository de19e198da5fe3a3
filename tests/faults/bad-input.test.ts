import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { createCustomer } from "../factories/index.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

let app: TestApp;
let token: string;
beforeAll(async () => {
  app = await startTestApp({ LOG_LEVEL: "warn" });
  token = (await createCustomer(app)).token;
});
afterAll(() => app.close());

interface Case {
  name: string;
  body: string | Buffer;
  contentType?: string;
}

const gqlBody = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });
/** `depth` nested selections (the schema need not have them: the depth limit comes first). */
const deep = (depth: number) => `{ ${Array.from({ length: depth }, () => "me {").join(" ")} id ${"}".repeat(depth)} }`;

/** Hostile HTTP requests: each must get a JSON error with a code, never a 5xx or a hang. */
const HTTP_CASES: Case[] = [
  { name: "malformed JSON", body: `{"query": "{ me { id }"` },
  { name: "JSON that is not an object", body: `"just a string"` },
  { name: "wrong content type", body: gqlBody("{ __typename }"), contentType: "text/plain" },
  { name: "form content type", body: "query=%7B__typename%7D", contentType: "application/x-www-form-urlencoded" },
  { name: "oversized body", body: JSON.stringify({ query: "{ __typename }", variables: { pad: "x".repeat(2 * 1024 * 1024) } }) },
  { name: "invalid session id", body: gqlBody(`query ($id: ID!) { session(id: $id) { id } }`, { id: "not-a-uuid' OR 1=1 --" }) },
  { name: "invalid id in a mutation", body: gqlBody(`mutation ($id: ID!) { cancelSession(id: $id, reason: "r") { id } }`, { id: "12345" }) },
  { name: "invalid id in chat history", body: gqlBody(`query ($id: ID!) { messages(sessionId: $id) { totalCount } }`, { id: "../../etc" }) },
  {
    name: "huge message body",
    body: gqlBody(`mutation ($s: ID!, $b: String!) { sendMessage(sessionId: $s, body: $b) { flagged } }`, { s: "00000000-0000-0000-0000-000000000000", b: "y".repeat(500_000) }),
  },
  { name: "huge string argument", body: gqlBody(`query ($id: ID!) { session(id: $id) { id } }`, { id: "z".repeat(800_000) }) },
  { name: "deep query", body: gqlBody(deep(40)) },
  { name: "wide query", body: gqlBody(`{ ${Array.from({ length: 200 }, (_, i) => `a${i}: me { id }`).join(" ")} }`) },
  { name: "huge token count", body: gqlBody(`{ ${"__typename ".repeat(5000)} }`) },
  { name: "variables of the wrong type", body: JSON.stringify({ query: "query ($id: ID!) { session(id: $id) { id } }", variables: { id: { nested: [1, 2, 3] } } }) },
  { name: "binary garbage", body: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)), contentType: "application/json" },
  { name: "batch over the limit", body: JSON.stringify(Array.from({ length: 50 }, () => ({ query: "{ __typename }" }))) },
];

async function postRaw(body: string | Buffer, contentType = "application/json") {
  const response = await fetch(app.graphqlUrl, { method: "POST", headers: { "content-type": contentType, authorization: `Bearer ${token}`, "apollo-require-preflight": "true" }, body });
  const text = await response.text();
  return { status: response.status, text };
}

/** Hostile graphql-ws frames: the server answers with a close code (or an error message) and stays up. */
const WS_FRAMES: Array<{ name: string; frames: Array<string | Buffer> }> = [
  { name: "not JSON", frames: ["this is not json"] },
  { name: "subscribe before connection_init", frames: [JSON.stringify({ id: "1", type: "subscribe", payload: { query: "{ __typename }" } })] },
  { name: "unknown message type", frames: [JSON.stringify({ type: "connection_init" }), JSON.stringify({ type: "launch_missiles" })] },
  { name: "subscribe without id", frames: [JSON.stringify({ type: "connection_init" }), JSON.stringify({ type: "subscribe", payload: {} })] },
  { name: "binary frame", frames: [Buffer.from([0, 1, 2, 3, 255])] },
  { name: "oversized frame", frames: [JSON.stringify({ type: "connection_init", payload: { pad: "x".repeat(200 * 1024) } })] },
  { name: "two connection_init", frames: [JSON.stringify({ type: "connection_init" }), JSON.stringify({ type: "connection_init" })] },
];

function sendFrames(frames: Array<string | Buffer>): Promise<{ closeCode: number | null; messages: string[] }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(app.wsUrl, "graphql-transport-ws");
    const messages: string[] = [];
    const timer = setTimeout(() => {
      socket.terminate();
      resolve({ closeCode: null, messages });
    }, 2_000);
    socket.on("open", () => {
      for (const frame of frames) socket.send(frame);
    });
    socket.on("message", (data) => messages.push(data.toString()));
    socket.on("error", () => {});
    socket.on("close", (code) => {
      clearTimeout(timer);
      resolve({ closeCode: code, messages });
    });
    socket.on("unexpected-response", () => reject(new Error("upgrade refused")));
  });
}

async function sweep() {
  for (const { name, body, contentType } of HTTP_CASES) {
    const { status, text } = await postRaw(body, contentType);
    const parsed = JSON.parse(text) as { errors?: Array<{ message: string; extensions?: { code?: string } }> } | Array<{ errors?: unknown[] }>;
    const errors = Array.isArray(parsed) ? parsed.flatMap((p) => p.errors ?? []) : (parsed.errors ?? []);
    expect(status, name).toBeLessThan(500);
    expect(errors.length, name).toBeGreaterThan(0);
    for (const error of errors as Array<{ message: string; extensions?: { code?: string } }>) {
      expect(error.extensions?.code, `${name}: ${error.message}`).toMatch(/^[A-Z_]+$/);
      expect(error.extensions?.code, name).not.toBe("INTERNAL_SERVER_ERROR");
      // Nothing submitted comes back (a huge value, say) and no stack.
      expect(error.message.length, name).toBeLessThan(500);
    }
    expect(text, name).not.toMatch(/\bat .+\.ts:\d+/);
  }
  for (const { name, frames } of WS_FRAMES) {
    const { closeCode, messages } = await sendFrames(frames);
    const answered = (closeCode !== null && closeCode >= 1000) || messages.some((m) => m.includes('"error"'));
    expect(answered, `${name}: close ${closeCode}, ${messages.join(" ")}`).toBe(true);
  }
}

describe("a sweep of malformed and hostile input", () => {
  it("answers every request with a clear error code and keeps serving", async () => {
    await sweep();
    expect((await app.gql(`{ me { id } }`, {}, token)).data?.me?.id).toBeDefined();
  });

  it("keeps memory bounded over repeated sweeps", async () => {
    // The server runs in this process: its heap is ours to watch.
    await sweep();
    globalThis.gc?.();
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < 5; i++) await sweep();
    globalThis.gc?.();
    const growth = process.memoryUsage().heapUsed - before;
    expect(growth).toBeLessThan(64 * 1024 * 1024);
    expect((await app.gql(`{ __typename }`)).data).toEqual({ __typename: "Query" });
  });
});
