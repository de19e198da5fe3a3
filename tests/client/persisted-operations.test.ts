import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import * as generated from "../../client/generated/graphql.ts";
import { MeDocument } from "../../client/generated/graphql.ts";
import { createAutoDoctorClient } from "../../client/src/autodoctor-client.ts";
import { loadPersistedOperations, PERSISTED_DOCUMENTS_FILE } from "../../src/platform/server/persisted-operations.ts";
import { createCustomer, createMechanic, createSession, FACTORY_PASSWORD } from "../factories/index.ts";
import { startTestApp, wsExecute, type TestApp } from "../setup/test-app.ts";

/** The typed client against a server that accepts only the generated operations (PERSISTED_OPERATIONS=only). */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ PERSISTED_OPERATIONS: "only" });
});
afterAll(() => app.close());

describe("the typed client with PERSISTED_OPERATIONS=only", () => {
  it("signs in and runs its queries and mutations, sent by documentId", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id });
    const client = createAutoDoctorClient({ url: app.graphqlUrl, webSocketImpl: WebSocket });
    await client.signIn(customer.email, FACTORY_PASSWORD);
    expect((await client.request(MeDocument)).me.id).toBe(customer.id);
    const { sendMessage } = await client.request(generated.SendMessageDocument, { sessionId: session.id, body: "Is the noise worse when braking?" });
    const { messages } = await client.request(generated.MessagesDocument, { sessionId: session.id, first: 10 });
    expect(messages.nodes.map((message) => message.id)).toEqual([sendMessage.message.id]);
    client.close();
  });

  it("refuses raw query text with PERSISTED_QUERY_REQUIRED, from the client in text mode and from anyone else", async () => {
    const customer = await createCustomer(app);
    const client = createAutoDoctorClient({ url: app.graphqlUrl, token: customer.token, documents: "text" });
    await expect(client.request(MeDocument)).rejects.toMatchObject({ code: "PERSISTED_QUERY_REQUIRED" });
    const raw = await app.gql("{ me { id } }", {}, customer.token);
    expect(raw.status).toBe(400);
    expect(raw.errors?.[0]?.extensions).toEqual({ code: "PERSISTED_QUERY_REQUIRED" });
  });

  it("judges each operation of a batch on its own: a published one does not carry query text with it", async () => {
    const customer = await createCustomer(app);
    const response = await fetch(app.graphqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${customer.token}` },
      body: JSON.stringify([{ documentId: documentIdOf(MeDocument) }, { query: "{ me { customer { phone lastName } } }" }]),
    });
    const [published, raw] = (await response.json()) as { data?: any; errors?: { extensions: { code: string } }[] }[];
    expect(published!.data.me.id).toBe(customer.id);
    expect(raw!.data).toBeUndefined();
    expect(raw!.errors?.[0]?.extensions.code).toBe("PERSISTED_QUERY_REQUIRED");
  });

  it("refuses query text over graphql-ws too, and runs what the client sends there (by documentId)", async () => {
    const customer = await createCustomer(app);
    const mechanic = await createMechanic(app);
    const session = await createSession(app, { customerId: customer.id, mechanicId: mechanic.id });
    // graphql-ws answers a refused operation with an `error` message: its errors reject.
    const raw = await wsExecute(app.ws(customer.token), "{ me { customer { phone lastName } } }").then(
      (result) => result,
      (errors: { extensions?: { code?: string } }[]) => ({ data: undefined, errors }),
    );
    expect(raw.data).toBeUndefined();
    expect(raw.errors?.[0]?.extensions).toEqual({ code: "PERSISTED_QUERY_REQUIRED" });
    // The typed client's subscriptions go over the socket: their first event arrives.
    const client = createAutoDoctorClient({ url: app.graphqlUrl, token: customer.token, webSocketImpl: WebSocket });
    const added = new Promise<string>((resolve, reject) => {
      client.subscribe(generated.ChatMessageAddedDocument, { sessionId: session.id }, { next: ({ chatMessageAdded }) => resolve(chatMessageAdded.id), error: reject });
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { sendMessage } = await client.request(generated.SendMessageDocument, { sessionId: session.id, body: "Does it squeal when cold?" });
    expect(await added).toBe(sendMessage.message.id);
    client.close();
  });

  it("falls back to the text when the server does not know a document's id (refused here, as only mode must)", async () => {
    const customer = await createCustomer(app);
    const client = createAutoDoctorClient({ url: app.graphqlUrl, token: customer.token });
    const unpublished = { ...parse("query Unpublished { me { id } }"), __meta__: { hash: "0".repeat(64) } } as unknown as TypedDocumentNode<{ me: { id: string } }, Record<string, never>>;
    // PERSISTED_QUERY_NOT_FOUND for the id, then the text, which only mode refuses.
    await expect(client.request(unpublished)).rejects.toMatchObject({ code: "PERSISTED_QUERY_REQUIRED" });
  });
});

describe("the persisted-documents manifest", () => {
  it("holds every generated document by the id the document carries, the sha256 of its text", () => {
    const manifest = loadPersistedOperations();
    const ids = Object.values(generated)
      .map((document) => (document as { __meta__?: { hash: string } })?.__meta__?.hash)
      .filter((id): id is string => id !== undefined);
    expect(ids.length).toBeGreaterThan(20);
    expect(ids.every((id) => /^[0-9a-f]{64}$/.test(id) && manifest.operations.has(id))).toBe(true);
    expect(new Set(ids).size).toBe(manifest.operations.size);
  });

  it("is refused at start-up when an id is not its operation's sha256", () => {
    const entries = JSON.parse(readFileSync(PERSISTED_DOCUMENTS_FILE, "utf8")) as Record<string, string>;
    const [id] = Object.keys(entries);
    const tampered = join(mkdtempSync(join(tmpdir(), "persisted-")), "persisted-documents.json");
    writeFileSync(tampered, JSON.stringify({ ...entries, [id!]: "query Me { me { id email } }" }));
    expect(() => loadPersistedOperations(tampered)).toThrow(/is not the sha256 of its operation/);
  });
});

/** The id codegen gave a generated document. */
function documentIdOf(document: unknown): string {
  return (document as { __meta__: { hash: string } }).__meta__.hash;
}
